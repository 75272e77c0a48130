# Old-style % formatting and str.format, compared with f-strings
name = "Ada"
age = 36
pi = 3.14159265

print("Hello, %s! You are %d years old." % (name, age))
print("pi is about %.2f" % pi)
print("[%5d] [%-5d] [%05d]" % (42, 42, 42))
print("%s has %d%% battery" % ("phone", 80))
print("%x %o %e" % (255, 8, 12345.678))
print("%(name)s is %(age)d" % {"name": name, "age": age})
print("%r" % "quoted")

print("Hello, {}! You are {} years old.".format(name, age))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Grace", age=85))
print("pi is about {:.3f}".format(pi))
print("[{:>8}] [{:<8}] [{:^8}]".format("r", "l", "c"))
print("{:,}".format(10 ** 9))
point = (3, 4)
print("x={0[0]}, y={0[1]}".format(point))
print(f"Hello, {name}! You are {age} years old.")
