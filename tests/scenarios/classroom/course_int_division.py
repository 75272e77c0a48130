# Integer division and modulo: //, %, divmod, with negative numbers too
print(17 / 5, 17 // 5, 17 % 5)
print(divmod(17, 5))
print(-17 // 5, -17 % 5, divmod(-17, 5))
print(17 // -5, 17 % -5)
print(7.5 // 2, 7.5 % 2)

seconds = 100000
minutes, secs = divmod(seconds, 60)
hours, minutes = divmod(minutes, 60)
days, hours = divmod(hours, 24)
print(f"{seconds} s = {days} d {hours} h {minutes} min {secs} s")

for n in range(1, 16):
    if n % 15 == 0:
        print("FizzBuzz")
    elif n % 3 == 0:
        print("Fizz")
    elif n % 5 == 0:
        print("Buzz")
    else:
        print(n)

number = 9471
digits = []
while number > 0:
    number, d = divmod(number, 10)
    digits.append(d)
print("digits reversed:", digits, "sum:", sum(digits))
print("is 2026 a leap year?", 2026 % 4 == 0 and (2026 % 100 != 0 or 2026 % 400 == 0))
