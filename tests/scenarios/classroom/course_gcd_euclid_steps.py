# Euclid's algorithm, traced step by step, iteratively and recursively
def gcd_trace(a, b):
    step = 0
    while b != 0:
        q, r = divmod(a, b)
        step += 1
        print(f"step {step}: {a} = {q} * {b} + {r}")
        a, b = b, r
    return a

def gcd_rec(a, b):
    return a if b == 0 else gcd_rec(b, a % b)

def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y

print("gcd =", gcd_trace(1071, 462))
print(gcd_rec(270, 192), gcd_rec(17, 5), gcd_rec(0, 9))
for a, b in [(240, 46), (99, 78), (-12, 18)]:
    g, x, y = ext_gcd(a, b)
    print("{} * {} + {} * {} = {}".format(a, x, b, y, g))
def lcm(a, b):
    return abs(a * b) // gcd_rec(a, b)
print([lcm(n, 12) for n in range(1, 13)])
fractions = [(6, 8), (15, 35), (100, 25), (7, 13)]
for num, den in fractions:
    g = gcd_rec(num, den)
    print("%3d/%-3d -> %d/%d" % (num, den, num // g, den // g))
