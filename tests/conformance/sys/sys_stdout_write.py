import sys

sys.stdout.write("no newline here")
sys.stdout.write("\n")
count = sys.stdout.write("twelve chars\n")
print(count)
for i in range(3):
    sys.stdout.write(f"{i} ")
sys.stdout.write("\n")
sys.stderr.write("this goes to stderr\n")
print("done")
