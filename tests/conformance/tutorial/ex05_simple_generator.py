def simple_generator():
    yield 'Hello'
    yield 'World'
    yield '!'
