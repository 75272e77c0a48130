# += first looks for __iadd__, which can change the object in place;
# without it Python falls back to __add__ and rebinds the name to a new object.

class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __repr__(self):
        return f"Bag({self.items})"

    def __add__(self, other):
        print("  __add__: a new Bag")
        return Bag(self.items + other.items)

    def __iadd__(self, other):
        print("  __iadd__: the same Bag")
        self.items.extend(other.items)
        return self


class Tally:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Tally({self.n})"

    def __add__(self, k):
        print("  __add__ (no __iadd__ defined)")
        return Tally(self.n + k)


bag = Bag([1])
before = bag
bag += Bag([2, 3])
print(bag, "same object:", bag is before)
bag = bag + Bag([4])
print(bag, "same object:", bag is before)

t = Tally(1)
old = t
t += 5
print(t, "same object:", t is old)

nums = [1, 2]
alias = nums
nums += [3]
print(nums, "list += is in place:", nums is alias)
word = "ab"
w2 = word
word += "c"
print(word, "str += makes a new string:", word is w2)

try:
    t -= 1
except TypeError as e:
    print("TypeError:", e)
