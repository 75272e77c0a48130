# Aliasing vs copying: two names for one list, or two lists
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b)

c = a[:]
d = list(a)
e = a.copy()
c.append(5)
print(a, c, a is c, a == d, d is e)

grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)

nested = [[1, 2], [3, 4]]
shallow = nested[:]
shallow[0].append(99)
shallow[1] = ["new"]
print(nested, shallow)


def add_item(lst, item):
    lst.append(item)


def replace_list(lst):
    lst = ["replaced"]
    return lst


x = [1]
add_item(x, 2)
print(x, replace_list(x), x)
t = ([1], [2])
t[0].append(3)
print(t)
