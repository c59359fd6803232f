class Account:
    def __init__(self, owner):
        self.owner = owner
        self.history = []

    def last(self):
        return self.history[-1]

    def report(self):
        return f"{self.owner}: {self.last()}"

acct = Account("ada")
acct.history.append(10)
print(acct.report())
acct.history.clear()
print(acct.report())
