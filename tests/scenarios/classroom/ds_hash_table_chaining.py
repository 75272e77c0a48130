# A hash table with separate chaining: buckets, load factor and resizing
class HashTable:
    def __init__(self, capacity=4):
        self.buckets = [[] for _ in range(capacity)]
        self.size = 0

    def _bucket(self, key):
        return self.buckets[hash(key) % len(self.buckets)]

    def __setitem__(self, key, value):
        bucket = self._bucket(key)
        for i, (k, _) in enumerate(bucket):
            if k == key:
                bucket[i] = (key, value)
                return
        bucket.append((key, value))
        self.size += 1
        if self.size / len(self.buckets) > 0.75:
            self._resize()

    def __getitem__(self, key):
        for k, v in self._bucket(key):
            if k == key:
                return v
        raise KeyError(key)

    def __delitem__(self, key):
        bucket = self._bucket(key)
        for i, (k, _) in enumerate(bucket):
            if k == key:
                del bucket[i]
                self.size -= 1
                return
        raise KeyError(key)

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def _resize(self):
        old = self.buckets
        self.buckets = [[] for _ in range(len(old) * 2)]
        self.size = 0
        print(f"  resize to {len(self.buckets)}")
        for bucket in old:
            for k, v in bucket:
                self[k] = v

    def __len__(self):
        return self.size

    def items(self):
        return sorted(kv for bucket in self.buckets for kv in bucket)


t = HashTable()
for i in range(10):
    t[i * 7] = i
t[14] = "fourteen"
print(len(t), t[14], 21 in t, 22 in t)
del t[0]
try:
    del t[0]
except KeyError as e:
    print("KeyError:", e)
print(t.items())
print([len(b) for b in t.buckets])
print(max(len(b) for b in t.buckets), len(t.buckets))
