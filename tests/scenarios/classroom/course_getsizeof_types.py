# sys.getsizeof of everyday objects: ints, floats, strings, tuples, dicts and sets
import sys

print("int 0:", sys.getsizeof(0))
print("int 1:", sys.getsizeof(1))
print("int 2**40:", sys.getsizeof(2 ** 40))
print("float:", sys.getsizeof(3.14))
print("True:", sys.getsizeof(True), "None:", sys.getsizeof(None))
for s in ["", "a", "hello", "hello world" * 10]:
    print(f"str of length {len(s)}:", sys.getsizeof(s))
print("str with é:", sys.getsizeof("café"))
print("tuple ():", sys.getsizeof(()), "tuple of 3:", sys.getsizeof((1, 2, 3)))
print("empty dict:", sys.getsizeof({}), "dict of 1:", sys.getsizeof({"a": 1}))
d = {}
last = sys.getsizeof(d)
for i in range(20):
    d[i] = i
    if sys.getsizeof(d) != last:
        last = sys.getsizeof(d)
        print(f"dict with {len(d)} keys: {last}")
print("empty set:", sys.getsizeof(set()), "set of 5:", sys.getsizeof({1, 2, 3, 4, 5}))
print("range(1000):", sys.getsizeof(range(1000)), "list(range(1000)):", sys.getsizeof(list(range(1000))))
