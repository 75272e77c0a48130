# Round-robin turns with deque.rotate, and a palindrome check from both ends
from collections import deque

players = deque(["Ann", "Ben", "Cho", "Dev"])
for turn in range(6):
    print("turn", turn, ":", players[0])
    players.rotate(-1)            # the first player moves to the back
print(players)
players.rotate(2)
print(players)

# reverse, insert, remove, index and count also work
players.reverse()
print(players)
players.insert(1, "Eve")
players.remove("Ben")
print(players, players.index("Eve"), players.count("Ann"))
try:
    players.remove("Zed")
except ValueError as e:
    print("ValueError:", e)


def is_palindrome(word):
    letters = deque(c for c in word.lower() if c.isalpha())
    while len(letters) > 1:
        if letters.popleft() != letters.pop():
            return False
    return True


for w in ["Racecar", "A man, a plan, a canal: Panama", "deque"]:
    print(w, is_palindrome(w))

# the Josephus problem: every third person leaves the circle
circle = deque(range(1, 11))
order = []
while circle:
    circle.rotate(-2)
    order.append(circle.popleft())
print(order)
