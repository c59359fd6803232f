with open("large.txt", "w") as f:
    for i in range(300):
        f.write(f"line {i}: the quick brown fox\n")

def read_chunks(file_path, chunk_size=1024):
    with open(file_path, "r") as f:
        while True:
            chunk = f.read(chunk_size)
            if not chunk:
                break
            yield chunk

# --- usage, added for the conformance suite ---
total = 0
count = 0
for chunk in read_chunks("large.txt"):
    count += 1
    total += len(chunk)
    print(count, len(chunk), repr(chunk[:12]))
print("chunks:", count, "characters:", total)
small = list(read_chunks("large.txt", chunk_size=4000))
print(len(small), [len(c) for c in small])
print(small[-1][-30:])
