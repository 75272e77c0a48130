# A TextWrapper object: set the options once, wrap many paragraphs
import textwrap

wrapper = textwrap.TextWrapper(width=36, initial_indent="  * ", subsequent_indent="    ")
notes = [
    "Lists store pointers to their items, not the items themselves.",
    "A tuple of small ints shares the cached int objects.",
    "Dicts keep their keys in insertion order since Python 3.7.",
]
for note in notes:
    print(wrapper.fill(note))

wrapper.width = 24
wrapper.max_lines = 2
print()
for note in notes:
    print(wrapper.fill(note))

tidy = textwrap.TextWrapper(width=30, fix_sentence_endings=True)
print()
print(tidy.fill("It was late. the lab was empty! Who left the oven on? nobody knew."))

keep = textwrap.TextWrapper(width=20, drop_whitespace=False, replace_whitespace=False, expand_tabs=False)
print(keep.wrap("a\tb  c   d    e"))
print(textwrap.TextWrapper(width=20, tabsize=4).wrap("a\tb\tc\td"))

try:
    textwrap.TextWrapper(width=0).wrap("anything")
except ValueError as err:
    print("ValueError:", err)
