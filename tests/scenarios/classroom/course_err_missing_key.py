# Looking up a key that is not in the dictionary: KeyError
prices = {"apple": 0.5, "banana": 0.25, "cherry": 3.0}
cart = ["apple", "banana", "apple", "grape", "cherry"]

print(prices.get("grape", "no price"))
total = 0
for item in cart:
    price = prices[item]
    total += price
    print(f"{item:<8} {price:5.2f}  running total {total:.2f}")
print("total:", total)
