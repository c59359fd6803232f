# Four identical frames are one too many to show: "repeated 1 more time".
def dig(k):
    if k == 0:
        return {}["missing"]
    return dig(k - 1)

dig(4)
