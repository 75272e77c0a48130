# A function with keyword-only options, as a teacher shows them
def format_price(amount, *, currency="EUR", decimals=2, show_sign=False):
    text = str(round(amount, decimals))
    if show_sign and amount > 0:
        text = "+" + text
    return text + " " + currency

print(format_price(3.14159))
print(format_price(3.14159, decimals=3))
print(format_price(10, currency="USD", show_sign=True))
print(format_price.__kwdefaults__)
print(format_price.__defaults__)

try:
    format_price(1, "USD")
except TypeError as e:
    print("TypeError:", e)

def connect(host, port, *, timeout, retries=3):
    return host + ":" + str(port) + " timeout=" + str(timeout) + " retries=" + str(retries)

print(connect("localhost", 8080, timeout=5))
try:
    connect("localhost", 8080)
except TypeError as e:
    print("TypeError:", e)
try:
    connect("localhost", 8080, timeout=1, verbose=True)
except TypeError as e:
    print("TypeError:", e)
