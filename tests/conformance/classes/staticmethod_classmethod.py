class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, text):
        y, m, d = map(int, text.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_valid(text):
        parts = text.split("-")
        return len(parts) == 3 and all(p.isdigit() for p in parts)

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"

class Birthday(Date):
    pass

print(Date.from_string("2024-02-29"))
print(Birthday.from_string("1990-07-01"))
print(Date.is_valid("2024-1-1"), Date.is_valid("yesterday"))
print(Date(1, 2, 3).is_valid("1-2-3"))
