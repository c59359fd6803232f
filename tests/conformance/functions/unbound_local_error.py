count = 10

def bump():
    try:
        count += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

bump()

def show():
    print(count)

show()
