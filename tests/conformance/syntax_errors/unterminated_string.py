def greet(name):
    yield "Hello, " + name
    yield 'Goodbye, + name
