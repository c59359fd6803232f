# A record built with one argument too few, and the TypeError is not caught.
from collections import namedtuple

Reading = namedtuple("Reading", "sensor value unit")

def readings():
    yield Reading("t1", 20.5, "C")
    yield Reading("t2", 21.0)

for r in readings():
    print(r.sensor, r.value, r.unit)
