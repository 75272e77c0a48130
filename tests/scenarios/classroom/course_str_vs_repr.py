# __str__ vs __repr__: print uses __str__, containers and the REPL use __repr__
class Fraction:
    def __init__(self, num, den):
        self.num = num
        self.den = den

    def __str__(self):
        return f"{self.num}/{self.den}"

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


half = Fraction(1, 2)
print(half)
print(str(half), repr(half))
print([half, Fraction(3, 4)])
print(f"{half} and {half!r}")
print("value: " + str(half))
print(OnlyRepr(), str(OnlyRepr()))
print(str("text"), repr("text"))
print(str(3.0), repr(3.0), repr([1, "a"]))
print({"key": half})
