# Week 2: loops - multiplication tables, countdowns and running totals
size = 6
header = "    |" + "".join(f"{c:4}" for c in range(1, size + 1))
print(header)
print("-" * len(header))
for row in range(1, size + 1):
    cells = "".join(f"{row * col:4}" for col in range(1, size + 1))
    print(f"{row:3} |{cells}")

print()
print("Countdown:")
n = 10
while n > 0:
    print(n, end=" ")
    n -= 3
print("liftoff!")

# break and else
for candidate in [4, 6, 9, 10, 15]:
    for d in range(2, candidate):
        if candidate % d == 0:
            print(f"{candidate} = {d} * {candidate // d}")
            break
    else:
        print(f"{candidate} is prime")

for candidate in range(20, 30):
    for d in range(2, int(candidate ** 0.5) + 1):
        if candidate % d == 0:
            break
    else:
        print("first prime in the twenties:", candidate)
        break

# continue
total = 0
for value in range(1, 21):
    if value % 3 == 0:
        continue
    total += value
print("sum of 1..20 skipping multiples of 3:", total)

# string padding lessons
for word in ["cat", "horse", "a", "hippopotamus"]:
    print(word.center(14, ".") + "|" + word.ljust(8, "_") + "|" + word.rjust(8))

for code in [7, 42, 123, 2024]:
    print("ID-" + str(code).zfill(5), str(-code).zfill(6))

# nested loop triangle
for i in range(1, 6):
    print(" " * (5 - i) + "*" * (2 * i - 1))

# collatz
n = 27
steps = 0
peak = n
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    peak = max(peak, n)
    steps += 1
print(f"27 reaches 1 after {steps} steps, peaking at {peak:,}")
