def gen():
    x = 1
    if x:
        yield x
      yield x + 1
