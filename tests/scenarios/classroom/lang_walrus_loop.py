# Assignment expressions: read values until a sentinel, filter and reuse
readings = [12, 7, 25, 3, 0, 18]
position = 0

def next_reading():
    global position
    value = readings[position]
    position += 1
    return value

while (value := next_reading()) != 0:
    print("reading", value)
print("stopped after", position, "readings")

if (count := len(readings)) > 5:
    print("long list:", count, "items")

def normalized(values):
    return [half for v in values if (half := v / 2) > 4]

print(normalized(readings))
doubled = [last := r * 2 for r in readings]
print("last doubled value:", last)
