# The string module's character classes and capwords, as learners use them.
import string

for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits',
             'hexdigits', 'octdigits', 'punctuation', 'whitespace', 'printable']:
    print(name, repr(getattr(string, name)))

print(string.capwords('  hello   big  world '))
print(string.capwords('one-two-three', '-'))

def letters(n):
    for c in string.ascii_lowercase[:n]:
        yield c

print(list(letters(5)))
text = "Hello, World! It's 2024."
print(sum(1 for c in text if c in string.punctuation))
print(''.join(c for c in text if c not in string.punctuation))
print([w.strip(string.punctuation).lower() for w in text.split()])
caesar = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[3:] + string.ascii_lowercase[:3])
print('generators'.translate(caesar))
