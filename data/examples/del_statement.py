# del removes a name; the object goes only when its last reference goes.
class Tag:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)

a = Tag("shared")
b = a
print("del a")
del a                 # b still refers to it: nothing is freed
print("del b")
del b                 # the last reference: freed right here
print("end")
