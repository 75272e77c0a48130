# Wrapping a long paragraph to a fixed width with textwrap
import textwrap
import sys

paragraph = ("Python's memory manager keeps small objects in pools of fixed-size "
             "blocks, grouped into arenas of 256 KiB. When a list grows, its array "
             "of pointers is resized with some room to spare, so that appending "
             "stays cheap on average.")

for width in (30, 50):
    print(f"--- width {width} ---")
    lines = textwrap.wrap(paragraph, width=width)
    for line in lines:
        print(f"|{line:<{width}}|")
    print(len(lines), "lines, the longest", max(len(l) for l in lines))

filled = textwrap.fill(paragraph, width=40)
print("--- fill ---")
print(filled)
print("fill gives one str:", type(filled).__name__, filled.count("\n") + 1, "lines")
print("same as joining wrap:", filled == "\n".join(textwrap.wrap(paragraph, 40)))
print("the list of lines:", sys.getsizeof(textwrap.wrap(paragraph, 40)), "bytes")
