from dataclasses import dataclass, field


@dataclass
class Account:
    owner: str
    balance: int = 0
    history: list = field(default_factory=list)

    def __post_init__(self):
        if self.balance < 0:
            raise ValueError("balance cannot be negative")


print(Account("ann", 5))
Account("bob", -1)
