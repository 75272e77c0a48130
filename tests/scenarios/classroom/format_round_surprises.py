# round() and its surprises: binary floats and banker's rounding
print(round(2.675, 2))      # 2.67, not 2.68: 2.675 is stored as 2.67499999...
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(3.14159, 2), round(3.14159, 0), round(3.14159))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(1234, -1), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(7, 2), round(True), round(0.125, 2), round(0.375, 2))
print(round(2.5, 0), round(-0.4, 0), round(1e300, -299), round(5.0, -1), round(50.0, -2))
print(round(123456789, -3), round(2**70, -5))
print(round(3.14159, ndigits=3))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, -1)))
print("{:.2f}".format(2.675), "%.2f" % 2.675, format(2.675, ".2f"))
print("{:.1f} {:.1f} {:.1f}".format(0.25, 0.35, 0.45))
try:
    round("3.5")
except TypeError as e:
    print("TypeError:", e)
