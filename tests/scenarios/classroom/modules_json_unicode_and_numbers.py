# What JSON does to text and numbers: escapes, ensure_ascii, floats and ints
import json

words = ["café", "naïve", "日本", "emoji 😀", 'say "hi"', "tab\there", "line\nbreak", "back\\slash"]
print(json.dumps(words))
print(json.dumps(words, ensure_ascii=False))

numbers = [0, -7, 2**70, 0.1, 1/3, 1e-7, 2.5e20, -0.0, 100.0]
text = json.dumps(numbers)
print(text)
back = json.loads(text)
print(back == numbers, [type(n).__name__ for n in back])

print(json.loads("[1, 1.0, 1e2, -0, 1E+2, 3.14159]"))
print(json.loads('"\\u00e9t\\u00e9 \\ud83d\\ude00"'))

nan_inf = [float("inf"), float("-inf")]
print(json.dumps(nan_inf))
print(json.loads("[Infinity, -Infinity, NaN]"))
try:
    json.dumps(nan_inf, allow_nan=False)
except ValueError as err:
    print("ValueError:", err)

print(json.dumps({True: "yes", None: "nothing", 3: "three", 2.5: "half"}))
print(json.dumps("just a string"), json.dumps(42), json.dumps(None), json.dumps(False))
