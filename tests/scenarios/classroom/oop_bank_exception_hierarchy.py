# Custom exception classes with extra fields, str and repr, chaining
class ShopError(Exception):
    code = "E000"

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}"

class OutOfStock(ShopError):
    code = "E100"

    def __init__(self, item, wanted, available):
        super().__init__(f"{item}: wanted {wanted}, only {available} left")
        self.item = item
        self.wanted = wanted
        self.available = available

class PaymentError(ShopError):
    code = "E200"

class CardDeclined(PaymentError):
    code = "E201"

class ShopWarning(UserWarning):
    pass

stock = {"apple": 5, "pear": 0}

def order(item, qty):
    if item not in stock:
        raise ShopError(f"unknown item {item!r}")
    if stock[item] < qty:
        raise OutOfStock(item, qty, stock[item])
    stock[item] -= qty
    return f"ordered {qty} {item}"

def pay(amount, card):
    try:
        if card.startswith("0"):
            raise ConnectionError("bank unreachable")
        if amount > 100:
            raise ValueError(f"limit exceeded by {amount - 100}")
    except ValueError as e:
        raise CardDeclined(f"card {card[-4:]} declined") from e
    except ConnectionError as e:
        raise PaymentError("try again later")
    return "paid"

for item, qty in [("apple", 2), ("pear", 1), ("kiwi", 1), ("apple", 9)]:
    try:
        print(order(item, qty))
    except OutOfStock as e:
        print(e, "|", repr(e), "|", e.args, "| short by", e.wanted - e.available)
    except ShopError as e:
        print(e, "|", repr(e))

for amount, card in [(50, "1234-5678"), (500, "1111-2222"), (10, "0000-9999")]:
    try:
        print(pay(amount, card))
    except PaymentError as e:
        print(type(e).__name__, str(e), e.code)
        print("   cause:", repr(e.__cause__), " context:", repr(e.__context__))
        print("   suppress:", e.__suppress_context__, isinstance(e, ShopError))

print([c.__name__ for c in CardDeclined.__mro__])
e = OutOfStock("fig", 3, 1)
print(e.item, e.args, str(e), e.code, ShopError.code)
e.note = "custom attribute"
print(e.note, sorted(vars(e)))
try:
    try:
        order("kiwi", 1)
    except ShopError as first:
        raise RuntimeError("order pipeline failed") from first
except RuntimeError as err:
    chain = []
    cur = err
    while cur is not None:
        chain.append(f"{type(cur).__name__}: {cur}")
        cur = cur.__cause__ or cur.__context__
    print(" <- ".join(chain))

def risky(n):
    try:
        return 10 / n
    except ZeroDivisionError:
        return float("inf")
    finally:
        print(f"  risky({n}) done")
print(risky(2), risky(0))
print(issubclass(ShopWarning, Warning), issubclass(ShopWarning, Exception), ShopWarning.__mro__[1].__name__)
excs = [ShopError("a"), OutOfStock("b", 2, 1), CardDeclined("c")]
print(sorted(type(x).code for x in excs), [str(x) for x in excs])
try:
    raise ShopError
except ShopError as e:
    print(repr(e), str(e), e.args)
try:
    raise ShopError("x", 1)
except ShopError as e:
    print(str(e), e.args)
