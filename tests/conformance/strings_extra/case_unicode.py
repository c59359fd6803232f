# Case mapping beyond ASCII: full mappings (one character becoming several),
# titlecase digraphs and the Greek final sigma.
words = ["straße", "ﬁnal ﬂag", "ǆemal ǉubav", "ΟΔΥΣΣΕΥΣ", "ΣΑΣ Σ", "İstanbul", "Привет мир",
         "ÀÉÎõü", "hello wORLD", "o'neil mc-donald", "ŉ", "ǰ", "Ⅷ ⅷ", "ᾳ", "123abc", ""]
for w in words:
    print(repr(w))
    print("  upper     ", repr(w.upper()))
    print("  lower     ", repr(w.lower()))
    print("  title     ", repr(w.title()))
    print("  capitalize", repr(w.capitalize()))
    print("  swapcase  ", repr(w.swapcase()))
    print("  casefold  ", repr(w.casefold()))
    print("  is        ", w.isupper(), w.islower(), w.istitle())
print("ß".upper() == "SS", "ß".casefold() == "ss", "ẞ".lower())
print(len("ﬃ".upper()), "ǅ".istitle(), "ǅ".isupper(), "ǅ".islower())
print("They're bill's friends".title())
