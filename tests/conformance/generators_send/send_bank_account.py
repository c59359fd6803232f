def account(balance=0):
    while True:
        op = yield balance
        kind, amount = op
        if kind == "deposit":
            balance += amount
        elif kind == "withdraw":
            if amount > balance:
                print("insufficient funds for", amount)
            else:
                balance -= amount

acct = account(100)
next(acct)
print(acct.send(("deposit", 50)))
print(acct.send(("withdraw", 500)))
print(acct.send(("withdraw", 30)))
