db = {"users": {"ada": {"langs": ["python", "c"]}, "bob": {"langs": []}}}
print(db["users"]["ada"]["langs"][0])
db["users"]["cy"] = {"langs": ["go"]}
for user, info in db["users"].items():
    print(user, len(info["langs"]), info["langs"])
print(db)
