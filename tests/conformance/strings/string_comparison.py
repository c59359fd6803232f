print("apple" < "banana", "Zebra" < "apple", "a" < "aa", "" < "a")
print(sorted(["banana", "Apple", "cherry", "apple"]))
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
print(max("hello"), min("hello"), "abc" == "abc", "abc" is not None)
