# A shopping cart class: a list of items, a total, a discount and a receipt
class Item:
    def __init__(self, name, price, qty=1):
        self.name = name
        self.price = price
        self.qty = qty

    def subtotal(self):
        return self.price * self.qty


class Cart:
    TAX = 0.08

    def __init__(self):
        self.items = []

    def add(self, name, price, qty=1):
        for item in self.items:
            if item.name == name:
                item.qty += qty
                return
        self.items.append(Item(name, price, qty))

    def remove(self, name):
        self.items = [i for i in self.items if i.name != name]

    def total(self, discount=0):
        subtotal = sum(i.subtotal() for i in self.items)
        subtotal *= 1 - discount / 100
        return round(subtotal * (1 + self.TAX), 2)

    def receipt(self):
        for i in self.items:
            print(f"{i.name:<10} {i.qty:>2} x {i.price:>6.2f} = {i.subtotal():>7.2f}")
        print(f"{'TOTAL':<10} {self.total():>24.2f}")


cart = Cart()
cart.add("notebook", 2.49, 3)
cart.add("pen", 0.99)
cart.add("backpack", 34.5)
cart.add("pen", 0.99, 2)
cart.receipt()
cart.remove("backpack")
print(len(cart.items), cart.total(), cart.total(discount=10))
