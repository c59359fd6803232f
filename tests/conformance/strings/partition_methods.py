print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="))
url = "https://example.org/path/page"
scheme, _, rest = url.partition("://")
host, _, path = rest.partition("/")
print(scheme, host, path)
