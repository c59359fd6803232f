def logger(prefix):
    count = 0
    while True:
        message = yield count
        if message.startswith("prefix:"):
            prefix = message.split(":", 1)[1]
            continue
        count += 1
        print(f"[{prefix}] {message}")

log = logger("INFO")
next(log)
log.send("starting up")
log.send("prefix:WARN")
log.send("disk almost full")
print("messages logged:", log.send("shutting down"))
