# A tour of the errors students meet, each caught and printed


def attempt(label, action):
    try:
        result = action()
        print(label, "->", result)
    except Exception as error:
        print(label, "->", type(error).__name__ + ":", error)


attempt("7 / 0", lambda: 7 / 0)
attempt("7 // 0", lambda: 7 // 0)
attempt("7 % 0", lambda: 7 % 0)
attempt("7.5 / 0", lambda: 7.5 / 0)
attempt("7.5 // 0", lambda: 7.5 // 0)
attempt("7.5 % 0", lambda: 7.5 % 0)
attempt("0.0 ** -1", lambda: 0.0 ** -1)
attempt("divmod(7, 0)", lambda: divmod(7, 0))
attempt("divmod(7.5, 0)", lambda: divmod(7.5, 0))
attempt("1 // 0.1", lambda: 1 // 0.1)
attempt("divmod(-7.5, 2)", lambda: divmod(-7.5, 2))
attempt("4.0 % -2.0", lambda: 4.0 % -2.0)
attempt("'age: ' + 12", lambda: "age: " + 12)
attempt("12 + 'a'", lambda: 12 + "a")
attempt("5 & 1.0", lambda: 5 & 1.0)
attempt("'abc'[1.5]", lambda: "abc"[int("1") + 0.5])
attempt("ord('ab')", lambda: ord("ab"))
attempt("ord(5)", lambda: ord(5))
attempt("int('12', 1)", lambda: int("12", 1))
attempt("int(12, 10)", lambda: int(12, 10))
attempt("int('z1', 36)", lambda: int("z1", 36))
attempt("int('19', 8)", lambda: int("19", 8))
attempt("bytes('hi')", lambda: bytes("hi"))
attempt("bytearray(-1)", lambda: bytearray(-1))
attempt("bytearray([1, 2, 300])", lambda: bytearray([1, 2, 300]))
attempt("bytearray(3)", lambda: bytearray(3))
attempt("bytearray((104, 105))", lambda: bytearray((104, 105)))


def total(*numbers):
    return sum(numbers)


attempt("total(*5)", lambda: total(*5))
attempt("print(*None)", lambda: print(*None))
attempt("total(1, *5)", lambda: total(1, *5))
score = 10.0
try:
    score &= 3
except TypeError as error:
    print("score &= 3 ->", error)
try:
    score **= "2"
except TypeError as error:
    print("score **= '2' ->", error)
