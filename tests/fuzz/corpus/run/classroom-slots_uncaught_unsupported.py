# A class without __add__: adding to it ends the program with the usual
# TypeError, naming both operand types.

class Money:
    def __init__(self, cents):
        self.cents = cents

    def __radd__(self, other):
        return NotImplemented


wallet = Money(250)
print("wallet has", wallet.cents, "cents")
total = wallet + 100
print("never printed", total)
