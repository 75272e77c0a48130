# f-string format specs, nested fields, conversions and braces
value = 3.141592653589793
n = 1234567
for prec in range(5):
    print(f"pi to {prec} places: {value:.{prec}f}")
for width in (6, 10):
    print(f"[{n:>{width}}] [{n:<{width},}] [{n:^{width}x}]")
word = "naïve"
print(f"{word!r} {word!s} {word!a}")
print(f"{word:>10}|{word:*^11}|{word:.3}|")
print(f"{{literal}} {{{n}}} }}{{")
print(f"{n:,} {n:_} {n:e} {n:.2e} {n:g}")
print(f"{-n:+,} {n: } {0.5:+.0%}")
point = {"x": 3, "y": -4}
print(f"({point['x']}, {point['y']}) is {(point['x'] ** 2 + point['y'] ** 2) ** 0.5:.1f} from the origin")
print(f'{"double quotes inside"} and {"nested " + f"{n:,}"}')
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|")
items = ["a", "bb", "ccc"]
print(f"{', '.join(items)!r:>20}")
print(f"""multi
line {n:>10,}""")
