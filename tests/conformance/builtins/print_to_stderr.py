import sys

print("to stdout")
print("to stderr", file=sys.stderr)
print("stdout again", file=sys.stdout)
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print(n)
