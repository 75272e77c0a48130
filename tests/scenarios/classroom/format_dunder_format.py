# A class with __format__: format(), str.format and f-strings call it
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def __format__(self, spec):
        if spec.endswith("F"):
            value = self.celsius * 9 / 5 + 32
            return format(value, spec[:-1]) + "°F"
        if spec.endswith("C"):
            spec = spec[:-1]
        return format(self.celsius, spec) + "°C"

    def __str__(self):
        return "Temperature(" + str(self.celsius) + ")"


t = Temperature(21.5)
print(format(t, ".1f"))
print(format(t, ".0F"))
print(format(t, ">8.2C"))
print("Today: {:.1f}, that is {:.1F}".format(t, t))
print("Plain: {}".format(t))
print(str(t), format(t))


class Plain:
    def __str__(self):
        return "plain object"


p = Plain()
print(format(p), "{}".format(p), "{:}".format(p))
try:
    format(p, ">20")
except TypeError as e:
    print("TypeError:", e)
try:
    "{:>20}".format(p)
except TypeError as e:
    print("TypeError:", e)
