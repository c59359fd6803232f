def outer():
    msg = "outer message"
    def middle():
        def inner():
            return msg.upper()
        return inner()
    return middle()

print(outer())
