# A log-analysis pipeline of generators using all of collections: namedtuple
# records, a Counter of levels, a defaultdict of messages per host, and a
# deque keeping the last errors.
from collections import Counter, defaultdict, deque, namedtuple

Entry = namedtuple("Entry", "time host level message")

LOG = """09:00 web1 INFO started
09:01 web2 INFO started
09:02 web1 WARN slow response
09:03 db1 ERROR connection lost
09:04 web1 ERROR timeout
09:05 db1 INFO reconnected
09:06 web2 ERROR timeout
09:07 web1 INFO ok"""

def parse(lines):
    for line in lines:
        time, host, level, message = line.split(" ", 3)
        yield Entry(time, host, level, message)

def only(level, entries):
    return (e for e in entries if e.level == level)

levels = Counter(e.level for e in parse(LOG.splitlines()))
print(levels, levels.most_common(1))

per_host = defaultdict(list)
for e in parse(LOG.splitlines()):
    per_host[e.host].append(e.message)
print(dict(per_host))

last_errors = deque(only("ERROR", parse(LOG.splitlines())), maxlen=2)
print([f"{e.time} {e.host}" for e in last_errors])
print(Counter(e.message for e in only("ERROR", parse(LOG.splitlines()))).most_common())

def bursts(entries, size):
    window = deque(maxlen=size)
    for e in entries:
        window.append(e.level)
        if window.count("ERROR") >= 2:
            yield e.time, list(window)

print(list(bursts(parse(LOG.splitlines()), 3)))
