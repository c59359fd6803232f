log = """INFO start
ERROR disk full
INFO retry
WARNING slow
ERROR timeout
INFO done"""

def lines(text):
    for line in text.splitlines():
        yield line

def errors(lines):
    for line in lines:
        if line.startswith("ERROR"):
            yield line

def messages(lines):
    for line in lines:
        yield line.split(" ", 1)[1]

for msg in messages(errors(lines(log))):
    print(msg)
