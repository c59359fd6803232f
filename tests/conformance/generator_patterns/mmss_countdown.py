def countdown(seconds, step):
    while seconds >= 0:
        minutes, secs = divmod(seconds, 60)
        yield f"{minutes:02}:{secs:02}"
        seconds -= step

print(list(countdown(150, 30)))
print(list(countdown(5, 2)))
