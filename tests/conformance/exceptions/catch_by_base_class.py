errors = [ZeroDivisionError("zero"), KeyError("key"), IndexError("index"), ValueError("value")]
for err in errors:
    try:
        raise err
    except ArithmeticError as e:
        print("arithmetic:", repr(e))
    except LookupError as e:
        print("lookup:", repr(e))
    except Exception as e:
        print("other:", repr(e))
