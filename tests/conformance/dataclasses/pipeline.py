# A generator pipeline that parses lines into dataclass records, filters
# them and sums them up lazily.
from dataclasses import dataclass, astuple

LOG = """alice,login,3
bob,upload,120
alice,upload,45
carol,login,1
bob,download,300"""


@dataclass
class Event:
    user: str
    action: str
    size: int


def parse(lines):
    for line in lines:
        user, action, size = line.split(",")
        yield Event(user, action, int(size))


def only(events, action):
    for e in events:
        if e.action == action:
            yield e


events = parse(LOG.splitlines())
print(next(events))
uploads = only(events, "upload")
for e in uploads:
    print(e, astuple(e))
print(sum(e.size for e in parse(LOG.splitlines())))
totals = {}
for e in parse(LOG.splitlines()):
    totals[e.user] = totals.get(e.user, 0) + e.size
print(totals)
