memo = {}

def ways(n):
    if n <= 1:
        return 1
    if n not in memo:
        memo[n] = ways(n - 1) + ways(n - 2)
    return memo[n]

print(ways(10), ways(90))
print(len(memo))
