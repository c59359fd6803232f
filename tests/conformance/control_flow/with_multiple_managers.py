class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"<{self.name}>")
        return self.name
    def __exit__(self, *args):
        print(f"</{self.name}>")

with Tag("html") as a, Tag("body") as b:
    print("content", a, b)
