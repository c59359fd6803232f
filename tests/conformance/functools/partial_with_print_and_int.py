from functools import partial

parse_binary = partial(int, base=2)
print(parse_binary("1010"), parse_binary("11111111"))
say = partial(print, "LOG:", sep=" | ")
say("started")
say("two", "parts")
hex_of = partial(int, base=16)
print(hex_of("ff"), hex_of("10"))
