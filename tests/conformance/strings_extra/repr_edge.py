samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\tnl\ncr\r", "\x00\x01\x1f",
           "\x7f\x80\x9f", "\xa0\xad\xff", "é ñ ü", "\u200b\u200e\u2028\u2029", "\ufeff", "日本語",
           "🐍 snake", "\U0001f600", "\U000e0001", "\u0378", "\ue000", "a\u0301", "\u3000", "'", '"']
for s in samples:
    print(repr(s), len(repr(s)), ascii(s))
print(repr(samples))
print(str(["x'y", 'a"b']), repr(("'",)), {"k'": "v\n"})
print("%r %a" % ("é\n", "é\n"), "{!r} {!a}".format("ü'", "ü'"), f"{'ö'!a}")
