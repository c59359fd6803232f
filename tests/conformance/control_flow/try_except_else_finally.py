def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("cannot divide by zero")
        return None
    else:
        print("division ok")
        return result
    finally:
        print("finally for", a, b)

print(divide(10, 4))
print(divide(1, 0))
