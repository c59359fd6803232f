def process(value):
    try:
        result = 10 / value
    except ZeroDivisionError:
        return "division by zero"
    except TypeError as e:
        return f"type problem: {e}"
    else:
        return f"result {result}"
    finally:
        print(f"processed {value!r}")

for v in [2, 0, "x"]:
    print(process(v))
