# KeyError: looking up a missing key in a dictionary, left uncaught
stock = {"apples": 5, "pears": 2}
print(stock.get("plums", 0))
for fruit in ["apples", "pears", "plums"]:
    print(fruit, stock[fruit])
