def connect(host, *, port=80, timeout=10):
    return f"{host}:{port} (timeout {timeout})"

print(connect("example.org"))
print(connect("example.org", port=8080))
try:
    connect("example.org", 8080)
except TypeError as e:
    print("TypeError:", e)
