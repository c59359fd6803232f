try:
    value = input("prompt> ")
except EOFError as e:
    print()
    print("EOFError", repr(str(e)))
