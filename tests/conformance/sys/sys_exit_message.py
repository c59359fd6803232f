import sys

def check(age):
    if age < 0:
        sys.exit("age must not be negative")
    return age

try:
    sys.exit(2)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    print(check(30))
    check(-1)
finally:
    print("cleanup runs first")
print("never printed")
