def parse_sections(lines):
    section = None
    for line in lines:
        line = line.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        else:
            key, _, value = line.partition("=")
            yield section, key.strip(), value.strip()

ini = """
; settings
[server]
host = example.org
port = 8080

[client]
retries = 3
"""
for entry in parse_sections(ini.splitlines()):
    print(entry)
