def fizzbuzz(limit):
    for n in range(1, limit + 1):
        if n % 15 == 0:
            yield "FizzBuzz"
        elif n % 3 == 0:
            yield "Fizz"
        elif n % 5 == 0:
            yield "Buzz"
        else:
            yield str(n)

print(", ".join(fizzbuzz(20)))
print(sum(1 for word in fizzbuzz(100) if word == "Fizz"))
