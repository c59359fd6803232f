data = {}
try:
    value = data["missing"]
except KeyError:
    print("handling the KeyError")
    value = 1 / 0
