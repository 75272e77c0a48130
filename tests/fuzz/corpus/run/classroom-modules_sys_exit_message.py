# sys.exit("message"): the message goes to stderr, the exit status is 1
import sys

scores = [72, 85, -4, 90]
for i, score in enumerate(scores):
    if not 0 <= score <= 100:
        print(f"checked {i} scores")
        sys.exit(f"error: score {score} at position {i} is out of range")
print("all scores valid")
