def tokens():
    buffer = ""
    result = []
    while True:
        ch = yield result
        result = []
        if ch == " ":
            if buffer:
                result = [buffer]
            buffer = ""
        else:
            buffer += ch

t = tokens()
next(t)
out = []
for ch in "send some chars ":
    out.extend(t.send(ch))
print(out)
