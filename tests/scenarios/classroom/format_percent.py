# Percentages: the % type multiplies by 100
scores = [("Alice", 17, 20), ("Bob", 9, 20), ("Chen", 20, 20), ("Dana", 0, 20)]
for name, got, out_of in scores:
    ratio = got / out_of
    print("{:<6}{:>3}/{:<3}{:>8.1%}".format(name, got, out_of, ratio))
print(format(1 / 3, ".2%"), format(2 / 3, ".0%"), format(0.125, "%"), format(1, ".1%"))
print(format(0.5, "+.1%"), format(-0.25, " .0%"), format(0.0005, ".2%"))
