def repeat_word(word="hi", times=3, sep=None):
    for i in range(times):
        if sep and i:
            yield sep
        yield word

print(list(repeat_word()))
print(list(repeat_word("yo", 2)))
print("".join(repeat_word("ab", times=3, sep="-")))
