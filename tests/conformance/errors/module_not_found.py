import itertools
print("itertools is available")
import numpy
