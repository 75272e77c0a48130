# Memory lesson: identity (is, id) versus equality (==)
import sys

a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a == b, a is b, id(a) == id(b))
print(a == c, a is c, id(a) == id(c))
b.append(4)
print(a, c)

x = 256
y = int("256")
print("256:", x is y)
x = 257
y = int("257")
print("257:", x == y, x is y)
print("-5:", int("-5") is int("-5"), "-6:", int("-6") is int("-6"))

s1 = "hello"
s2 = "hel" + "lo"
s3 = "".join(["hel", "lo"])
print(s1 == s3, s1 is s2, s1 is s3, s1 is sys.intern(s3))
print("single chars are shared:", s1[0] is s3[0])

def empty_tuple():
    return tuple()
print(None is None, type(None)() is None, True is (1 == 1), empty_tuple() is tuple())
empty1 = ()
empty2 = tuple([])
print("the empty tuple is shared:", empty1 is empty2)
print("empty lists are not:", [] is [], [] == [])

def same_object(p, q):
    return p is q
print(same_object(a, b), same_object(a, c))

def modify(lst):
    lst.append("changed")
def rebind(lst):
    lst = ["new"]
    return lst
data = ["original"]
modify(data)
print(data)
result = rebind(data)
print(data, result, result is data)

t = (1, 2)
before = id(t)
t += (3,)
print("tuple += makes a new object:", id(t) != before, t)
lst = [1, 2]
before = id(lst)
lst += [3]
print("list += changes it in place:", id(lst) == before, lst)
before = id(lst)
lst = lst + [4]
print("list = list + [...] makes a new one:", id(lst) != before)

n = 10
before = id(n)
n += 1
print("ints are immutable:", id(n) != before)

row = [0] * 3
board = [row] * 3
print([r is row for r in board])
board[1][1] = "X"
print(board)
board = [[0] * 3 for _ in range(3)]
print(board[0] is board[1])

print(float("nan") == float("nan"))
nan = float("nan")
print(nan is nan, [nan] == [nan], nan in [nan])

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
p, q = Point(1, 2), Point(1, 2)
print(p == q, p is q, p != q)
print(sys.getrefcount(None) > 100, sys.getrefcount(True) > 10)
ids = {id(obj) for obj in [a, b, c]}
print("distinct objects among a, b, c:", len(ids))
