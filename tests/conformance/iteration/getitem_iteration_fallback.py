class Alphabet:
    def __getitem__(self, index):
        if index >= 5:
            raise IndexError
        return chr(ord("a") + index)

print(list(Alphabet()))
for ch in Alphabet():
    print(ch, end="")
print()
print("c" in Alphabet(), "z" in Alphabet())
