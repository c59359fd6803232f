def string_generator(string):
    for char in string:
        yield char
