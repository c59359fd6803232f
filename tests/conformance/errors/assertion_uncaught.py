def withdraw(balance, amount):
    assert amount <= balance, "amount exceeds balance"
    return balance - amount

print(withdraw(10, 5))
print(withdraw(10, 50))
