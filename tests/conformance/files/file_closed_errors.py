f = open("temp.txt", "w")
f.write("data")
f.close()
print(f.closed)
try:
    f.write("more")
except ValueError as e:
    print("ValueError:", e)
with open("temp.txt") as f:
    try:
        f.write("x")
    except Exception as e:
        print(type(e).__name__ + ":", e)
