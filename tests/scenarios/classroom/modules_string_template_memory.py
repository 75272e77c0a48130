# A Template is a small object holding its text; each substitute makes a new str
import sys
from string import Template

text = "Dear $name, welcome!"
t = Template(text)
print(t.template is text)
print("refs to the text:", sys.getrefcount(text))
print("template object:", sys.getsizeof(t), "bytes")
print(vars(t))

a = t.substitute(name="Ann")
b = t.substitute(name="Ann")
print(a == b, a is b, a)
print(sys.getsizeof(a), len(a))
print(t.template, t.delimiter)
del t
print("after del:", sys.getrefcount(text))
