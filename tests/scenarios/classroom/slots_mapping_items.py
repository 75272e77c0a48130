# A dictionary with case-insensitive keys: d[key], d[key] = value and
# del d[key] call __getitem__, __setitem__ and __delitem__.

class CaseInsensitiveDict:
    def __init__(self):
        self.data = {}

    def __setitem__(self, key, value):
        self.data[key.lower()] = value

    def __getitem__(self, key):
        return self.data[key.lower()]

    def __delitem__(self, key):
        del self.data[key.lower()]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key.lower() in self.data


headers = CaseInsensitiveDict()
headers["Content-Type"] = "text/html"
headers["ACCEPT"] = "*/*"
print(headers["content-type"], headers["Accept"])
print("size:", len(headers))
print("'CONTENT-TYPE' in headers:", "CONTENT-TYPE" in headers)
del headers["accept"]
print("after del:", len(headers), "accept" in headers)
try:
    headers["Accept"]
except KeyError as e:
    print("KeyError:", e)


class ReadOnly:
    def __getitem__(self, key):
        return key * 2


r = ReadOnly()
print(r[21], r["ab"])
try:
    r[1] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del r[1]
except TypeError as e:
    print("TypeError:", e)
