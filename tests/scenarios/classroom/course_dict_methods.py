# Dictionary methods: get, setdefault, items, keys, values, update, pop
phone = {"alice": "555-1234", "bob": "555-9876"}
print(phone["alice"])
print(phone.get("carol"), phone.get("carol", "unknown"))
phone["carol"] = "555-0000"
print(phone)
print(list(phone.keys()), list(phone.values()))
for name, number in phone.items():
    print(f"{name}: {number}")
phone.update({"dave": "555-1111", "alice": "555-4321"})
print(phone)
removed = phone.pop("bob")
print("removed", removed, phone)
print(phone.pop("zed", "not there"))
print(phone.popitem(), len(phone))
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
print(groups.setdefault("a", []), groups.setdefault("z", ["new"]))
print("a" in groups, "apple" in groups)
copy = dict(groups)
copy.clear()
print(copy, len(groups))
print(dict.fromkeys(["x", "y"], 0), {**phone, "eve": "555-2222"})
