# while loops: the Collatz sequence, break, continue and the loop's else clause
n = 27
steps = 0
peak = n
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    peak = max(peak, n)
    steps += 1
print("27 reaches 1 after", steps, "steps, peak", peak)

guesses = [50, 25, 37, 43, 40]
secret = 40
tries = 0
while tries < len(guesses):
    guess = guesses[tries]
    tries += 1
    if guess < secret:
        print(guess, "too low")
    elif guess > secret:
        print(guess, "too high")
    else:
        print(guess, "correct after", tries, "tries")
        break

for n in [7, 9]:
    d = 2
    while d < n:
        if n % d == 0:
            print(n, "is divisible by", d)
            break
        d += 1
    else:
        print(n, "is prime")

i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    print("multiple of 3:", i)
