def first_n_list(n):
    result = []
    num = 0
    while num < n:
        result.append(num)
        num += 1
    return result

def first_n_gen(n):
    num = 0
    while num < n:
        yield num
        num += 1

print(sum(first_n_list(1000)), sum(first_n_gen(1000)))
print(first_n_list(5), list(first_n_gen(5)))
print(type(first_n_list(3)).__name__, type(first_n_gen(3)).__name__)
