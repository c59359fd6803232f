class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"

class OnlyStr:
    def __str__(self):
        return "only str"

print(OnlyRepr(), str(OnlyRepr()))
print(OnlyStr())
print([OnlyRepr()])
