class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __lt__(self, other):
        return self.parts < other.parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __repr__(self):
        return "Version(" + ".".join(map(str, self.parts)) + ")"

versions = [Version("1.10.0"), Version("1.2.3"), Version("1.2.10"), Version("0.9")]
print(sorted(versions))
print(max(versions), min(versions))
print(Version("2.0") > Version("1.9"))
