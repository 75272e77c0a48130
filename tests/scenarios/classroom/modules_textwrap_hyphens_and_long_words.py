# How textwrap breaks hyphenated words, long words and em-dashes
import textwrap

text = "A well-known, state-of-the-art self-driving car -- quite a thing -- drove by."
for width in (12, 18, 24):
    print(width, textwrap.wrap(text, width))
print("no hyphen breaks:", textwrap.wrap(text, 18, break_on_hyphens=False))

url = "see https://example.org/a/very/long/path/that-never-ends/index.html now"
print(textwrap.wrap(url, 20))
print(textwrap.wrap(url, 20, break_long_words=False))

word = "pneumonoultramicroscopicsilicovolcanoconiosis"
for line in textwrap.wrap(word, 10):
    print(f"[{line}]")

print(textwrap.wrap("Look, goof-ball -- use the -b option!", 10))
