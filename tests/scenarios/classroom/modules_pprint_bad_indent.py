# A negative indent is refused before anything is printed
import pprint

marks = {"ana": [81, 77], "ben": [64, 90]}
pprint.pprint(marks, indent=4, width=20)
pprint.pprint(marks, indent=-2)
