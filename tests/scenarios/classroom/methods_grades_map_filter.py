# map, filter, any and all over a list of grades
import sys

grades = [88, 92, 75, 64, 99, 58, 81]
curved = map(lambda g: min(g + 5, 100), grades)
print(type(curved).__name__, sys.getsizeof(curved))
curved = list(curved)
print(curved)
passing = list(filter(lambda g: g >= 60, curved))
print(passing, len(passing))
print(list(map(str, grades)), ", ".join(map(str, passing)))
print(any(g == 100 for g in curved), all(g >= 60 for g in curved), any([]), all([]))
print(list(filter(None, [0, 1, "", "ok", None, [], [0]])))
letters = list(map(lambda g: "A" if g >= 90 else "B" if g >= 80 else "C" if g >= 70 else "F", grades))
print(letters, letters.count("A"))
pairs = list(map(lambda a, b: a - b, curved, grades))
print(pairs, sum(pairs))
words = ["Apple", "banana", "Cherry"]
print(list(map(str.upper, words)), list(map(len, words)), sorted(words, key=str.lower))
it = filter(str.isupper, "HeLLo")
print(next(it), next(it), list(it))
