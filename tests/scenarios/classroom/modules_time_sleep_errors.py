# time.sleep checks its argument
import time

for value in (0, 0.01, -1, -0.5, "2", None, float("nan"), True):
    try:
        result = time.sleep(value)
        print(repr(value), "->", result)
    except (ValueError, TypeError) as e:
        print(repr(value), "->", type(e).__name__ + ":", e)
print(time.sleep.__name__, type(time.sleep).__name__)
