import os

with open("data.txt", "w") as f:
    f.write("x")
print(os.path.exists("data.txt"), os.path.exists("missing.txt"))
print(os.path.join("folder", "sub", "file.py"))
print(os.path.basename("/home/user/report.csv"), os.path.dirname("/home/user/report.csv"))
print(os.path.splitext("archive.tar.gz"), os.path.split("a/b/c.txt"))
print(os.path.isfile("data.txt"), os.path.isdir("data.txt"))
