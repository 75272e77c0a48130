# The best and worst scores of a class with heapq.nlargest and nsmallest
import heapq
import sys

scores = {
    "Ada": 91, "Bo": 78, "Chen": 85, "Dana": 99, "Eli": 62,
    "Fay": 85, "Gus": 73, "Hana": 94, "Ivo": 58, "Jo": 88,
}

print("top three scores:", heapq.nlargest(3, scores.values()))
print("bottom three scores:", heapq.nsmallest(3, scores.values()))

best = heapq.nlargest(3, scores, key=scores.get)
print("top three students:", best)
worst = heapq.nsmallest(2, scores.items(), key=lambda item: item[1])
print("need help:", worst)

# ties keep the order the students were listed in
print("two with 85:", heapq.nlargest(5, scores, key=scores.get)[-2:])

# asking for more than there are is the same as sorting
everyone = heapq.nlargest(20, scores.values())
print("all, best first:", everyone)
print(len(everyone), "scores in a list of", sys.getsizeof(everyone), "bytes")

# the answer is a new list; the scores themselves are shared, not copied
top = heapq.nlargest(3, [1000 + s for s in scores.values()])
print("top with bonus:", top, sys.getsizeof(top))
print("n=1 is a plain max:", heapq.nlargest(1, scores.values()), heapq.nsmallest(1, []))

# from a stream that can only be read once
stream = iter([12, 7, 30, 5, 18, 25, 3, 40, 1])
print("three largest of the stream:", heapq.nlargest(3, stream))
print("what is left of the stream:", list(stream))
