# An assert that fails stops the program with AssertionError and its message
def apply_discount(price, percent):
    new_price = price * (100 - percent) / 100
    assert 0 <= new_price <= price, f"bad discount {percent}% on {price}"
    return new_price


print(apply_discount(200, 25))
print(apply_discount(80, 0))
print(apply_discount(80, 100))
print(apply_discount(50, 150))
print("never printed")
