# Generator expressions vs list comprehensions: same syntax, lazy evaluation
import sys

squares_list = [n * n for n in range(1000)]
squares_gen = (n * n for n in range(1000))
print("list size:", sys.getsizeof(squares_list))
print("sum of list:", sum(squares_list))
print("sum of generator:", sum(squares_gen))
print("sum again (exhausted):", sum(squares_gen))

words = ["apple", "banana", "cherry", "date"]
print(max(len(w) for w in words))
print(any(w.startswith("c") for w in words))
print(", ".join(w.upper() for w in words if len(w) > 4))

gen = (x * 10 for x in range(3))
print(next(gen))
print(list(gen))
print(type(gen).__name__)
