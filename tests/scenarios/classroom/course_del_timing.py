# del and __del__: an object is finalized when its last reference goes away
class Noisy:
    def __init__(self, name):
        self.name = name
        print(f"{self.name} created")

    def __del__(self):
        print(f"{self.name} destroyed")


a = Noisy("A")
b = a
print("del a")
del a
print("A still alive through b:", b.name)
print("del b")
del b
print("---")
x = Noisy("X")
x = Noisy("Y")
print("X was replaced")
print("---")


def make_temp():
    t = Noisy("temp")
    print("leaving make_temp")


make_temp()
print("back in main")
items = [Noisy("L1"), Noisy("L2")]
print("clearing the list")
items.clear()
print("---")
last = Noisy("Z")
print("end of program")
