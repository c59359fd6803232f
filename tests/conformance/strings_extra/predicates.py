samples = ["abc", "ABC", "Abc", "aBC", "123", "½", "²", "٣", "Ⅷ", "一二", "3.5", " \t\n", "\x1c", "\xa0",
           "", "_x1", "1x", "é", "ǅ", "Hello World", "Hello world", "HELLO WORLD", "ab1_", "a b",
           "\u200b", "\x7f", "ß", "ﬁ", "Σσς", "x\u0301", "🐍", "ª", "ⓐ", "Ⓐ"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
