# A field nested in a format spec fails: the caret is on the inner field
width = 12
label = "total"
print(f"[{label:>{width}}]")
print(f"[{label:>{width.real + witdh}}]")
