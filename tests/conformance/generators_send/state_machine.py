def traffic_light():
    state = "red"
    while True:
        command = yield state
        if command == "next":
            state = {"red": "green", "green": "yellow", "yellow": "red"}[state]
        elif command == "reset":
            state = "red"

light = traffic_light()
print(next(light))
for cmd in ["next", "next", "wait", "next", "next", "reset"]:
    print(cmd, "->", light.send(cmd))
