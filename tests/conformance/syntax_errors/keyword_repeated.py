def show(**kwargs):
    print(kwargs)

show(a=1, b=2, a=3)
