# Turning user text into numbers: int(), float(), underscores and bad input
samples = ["42", "  -17  ", "+8", "1_000_000", "3.75", "1e3", "1_000.5", "1__000", "_12", "12_", "0x1F",
           "0b1010", "007", "0", "١٢٣", "12abc", "", "inf", "-Infinity", "nan", "1.5e-3", ".5", "5.", "1,000"]
for text in samples:
    try:
        as_int = int(text)
    except ValueError as e:
        as_int = f"ValueError: {e}"
    try:
        as_float = float(text)
    except ValueError as e:
        as_float = f"ValueError: {e}"
    print(f"{text!r:<14} int -> {as_int}")
    print(f"{'':<14} float -> {as_float}")
print(int("0x1F", 16), int("0x1F", 0), int("0b_1010", 0), int("1010", 2), int("777", 8), int("0o777", 0), int("zz", 36))
print(int("FF", base=16), int(b"42"), float(b" 2.5 "), int(bytearray(b"7")), float("1_0.2_5"))
for text, base in (("0_7", 0), ("08", 0), ("12", 2), ("0x", 16), ("9", 8)):
    try:
        print(int(text, base))
    except ValueError as e:
        print("ValueError:", e)
def read_price(text):
    cleaned = text.strip().removeprefix("$").replace(",", "")
    try:
        return round(float(cleaned), 2)
    except ValueError:
        return None
for t in ("$1,234.567", " 19.99 ", "$abc", "$0.005", "$2_500"):
    print(repr(t), "->", read_price(t))
