# A number guessing game driven by a seeded random and a scripted player
import random

def play(secret, guesses):
    tries = 0
    for guess in guesses:
        tries += 1
        if guess < secret:
            print(f"  {guess}: too low")
        elif guess > secret:
            print(f"  {guess}: too high")
        else:
            print(f"  {guess}: correct after {tries} tries")
            return tries
    else:
        print("  out of guesses, it was", secret)
        return None

def bisect_player(low, high):
    """Yields guesses; receives 'low'/'high' feedback via send."""
    while low <= high:
        mid = (low + high) // 2
        feedback = yield mid
        if feedback == "low":
            low = mid + 1
        elif feedback == "high":
            high = mid - 1
        else:
            return mid

random.seed(2024)
for game in range(3):
    secret = random.randint(1, 100)
    guesses = [random.randint(1, 100) for _ in range(4)] + [secret]
    print("game", game)
    play(secret, guesses)

random.seed(7)
secret = random.randint(1, 1000)
player = bisect_player(1, 1000)
guess = next(player)
steps = 1
while guess != secret:
    guess = player.send("low" if guess < secret else "high")
    steps += 1
print("bisect found", guess, "in", steps, "steps")
try:
    player.send("correct")
except StopIteration as stop:
    print("player returned", stop.value)
print(random.choice(["rock", "paper", "scissors"]), random.random() < 1)
