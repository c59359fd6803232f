class Quit(BaseException):
    pass

def run():
    try:
        raise Quit("bye")
    except Exception:
        return "caught as Exception"

try:
    print(run())
except BaseException as e:
    print("BaseException caught:", type(e).__name__, e)
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
