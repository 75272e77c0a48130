# Finding hashtags, mentions and links in posts with findall and
# finditer, and counting them with a dict.
import re

posts = [
    "Loving the #python class with @prof_smith! #coding #Python",
    "Homework 3 is up: https://school.example.edu/hw3 #homework",
    "@alice @bob study group tonight? #study #coding",
    "No tags here.",
]

HASHTAG = re.compile(r"#(\w+)")
MENTION = re.compile(r"@(\w+)")
URL = re.compile(r"https?://[^\s]+")

tags = {}
for post in posts:
    for tag in HASHTAG.findall(post):
        tag = tag.lower()
        tags[tag] = tags.get(tag, 0) + 1
    print(MENTION.findall(post), URL.findall(post))

for tag, n in sorted(tags.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"#{tag}: {n}")

# where each hashtag starts, with finditer
for m in HASHTAG.finditer(posts[0]):
    print(m.start(), m.group(0), m.group(1))

# findall with two groups gives tuples
pairs = re.findall(r"(\w+)=(\d+)", "a=1, b=22, c=, d=4")
print(pairs, dict(pairs))

# the iterator is used up after one pass
it = HASHTAG.finditer("#a #b #c")
print([m.group(1) for m in it])
print([m.group(1) for m in it])
