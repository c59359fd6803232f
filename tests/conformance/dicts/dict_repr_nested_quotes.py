d = {"quote": "it's", "dq": 'say "x"', "nested": {"list": [1, {"deep": None}]}, 2: 2.5}
print(d)
print(str({}), repr({"": ""}))
me = {}
me["self"] = me
print(me)
