# An error inside an expression written over several lines
prices = {"apple": 0.5, "pear": 0.75}
basket = ["apple", "pear", "plum"]
total = sum(
    prices[item]
    for item in basket
)
print(total)
