# Big integers and their decimal text: Python 3.11 refuses to convert an
# int of more than 4300 decimal digits to a string (or back), because the
# conversion takes time growing with the square of the length
import sys

print("limit:", sys.get_int_max_str_digits())

big = 2 ** 20000              # computing it is fast: no decimal digits yet
print("bits:", big.bit_length(), "bytes:", sys.getsizeof(big))
print("last digit:", big % 10)
print("hex digits:", len(hex(big)) - 2)   # powers of two are not limited

try:
    text = str(big)
except ValueError as err:
    print("str:", err)
for convert in (repr, lambda n: f"{n}", lambda n: "%d" % n, lambda n: format(n, ",")):
    try:
        convert(big)
    except ValueError as err:
        print("also refused")

fits = 10 ** 4299
print("4300 digits:", len(str(fits)), len(str(-fits)))

digits = "7" * 5000
try:
    int(digits)
except ValueError as err:
    print("int:", err)
print("in base 16:", int("f" * 5000, 16).bit_length())
print("with underscores:", int("1_000" * 1000) % 1000)

# a teacher can raise the limit, or lift it with 0
try:
    sys.set_int_max_str_digits(100)
except ValueError as err:
    print("too low:", err)
sys.set_int_max_str_digits(maxdigits=20000)
print("now:", sys.get_int_max_str_digits(), len(str(big)), str(big)[:10])
print("back:", int(str(big)) == big)
sys.set_int_max_str_digits(0)
print("no limit:", len(str(10 ** 30000)))
sys.set_int_max_str_digits(4300)
try:
    print(10 ** 5000)
except ValueError as err:
    print("again:", err)
