# @staticmethod: a helper that belongs to the class but needs no self
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @staticmethod
    def f_to_c(f):
        return (f - 32) * 5 / 9

    def fahrenheit(self):
        return self.c_to_f(self.celsius)


print(Temperature.c_to_f(100))
print(Temperature.f_to_c(212))
t = Temperature(37)
print(t.fahrenheit())
print(t.c_to_f(0))
for c in range(-10, 41, 10):
    print(f"{c:>4} C = {Temperature.c_to_f(c):6.1f} F")


class MathUtils:
    @staticmethod
    def is_even(n):
        return n % 2 == 0


print([n for n in range(10) if MathUtils.is_even(n)])
