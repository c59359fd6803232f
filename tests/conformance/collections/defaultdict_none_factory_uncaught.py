# A defaultdict made without a factory behaves like a plain dict on a
# missing key: the KeyError is not caught here.
from collections import defaultdict

def index_words(words):
    index = defaultdict()
    for position, word in enumerate(words):
        index[word].append(position)
    return index

print(index_words([]))
print(index_words(["spam", "eggs"]))
