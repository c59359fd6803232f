# InitVar: arguments of __init__ passed on to __post_init__, never fields.
from dataclasses import dataclass, field, fields, InitVar, asdict


@dataclass
class User:
    name: str
    password: InitVar[str]
    salt: InitVar[str] = "pepper"
    digest: int = field(init=False, default=0)

    def __post_init__(self, password, salt):
        self.digest = sum(map(ord, password + salt)) % 997


u = User("ann", "secret")
print(u, [f.name for f in fields(u)], asdict(u))
print(User("bob", "x", salt="y") == User("bob", "x", "y"), User.__match_args__)
try:
    User("cy")
except TypeError as e:
    print(e)
print(hasattr(u, "password"))
print(User.__doc__)
