import os

os.mkdir("reports")
for name in ["b.txt", "a.txt"]:
    with open(os.path.join("reports", name), "w") as f:
        f.write(name.upper())
print(sorted(os.listdir("reports")))
os.rename("reports/a.txt", "reports/c.txt")
print(sorted(os.listdir("reports")), os.path.getsize("reports/c.txt"))
os.remove("reports/b.txt")
print(sorted(os.listdir("reports")))
for action in [lambda: os.remove("reports/b.txt"), lambda: os.mkdir("reports"),
               lambda: os.rmdir("reports"), lambda: os.rename("nope.txt", "new.txt"),
               lambda: open("reports"), lambda: open("reports/c.txt", "x"),
               lambda: os.listdir("missing")]:
    try:
        action()
    except OSError as e:
        print(type(e).__name__, e.errno, e)
os.remove("reports/c.txt")
os.rmdir("reports")
print(os.path.exists("reports"), os.path.join("a", "b", "/c"), os.path.splitext(".bashrc"))
