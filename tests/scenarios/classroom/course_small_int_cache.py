# The small int cache: ints from -5 to 256 are shared objects, bigger ones are not
a = 250
b = a + 6
c = int("256")
print(b, c, b is c)

x = a + 7
y = int("257")
print(x, y, x == y, x is y)

n = -3
m = int("-3")
print(n is m)
p = -6 + 0 * n
q = int("-6")
print(p is q, p == q)

results = []
for value in [0, 100, 255, 256, 257, 1000, -5, -6]:
    text = str(value)
    results.append((value, int(text) is int(text)))
print(results)

nums = [int(s) for s in ["7", "7", "700", "700"]]
print(nums[0] is nums[1], nums[2] is nums[3], nums[2] == nums[3])
t = True
one = 1
print(int(t) is one, bool(one) is t)
