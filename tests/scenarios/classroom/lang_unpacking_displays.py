# Unpacking inside list, tuple, set and dict displays
first = [1, 2, 3]
second = (4, 5)
print([*first, *second])
print((*first, 0))
print({*first, *second, 3})
defaults = {"color": "red", "size": "M"}
custom = {"size": "L"}
merged = {**defaults, **custom}
print(merged)
print({**defaults, "size": "S", **{"extra": True}})
print(defaults)
head, *rest = [*"abc", *"de"]
print(head, rest)
import sys
combined = [*first, *first]
print(len(combined), sys.getsizeof(combined))
print(sys.getsizeof(merged))
