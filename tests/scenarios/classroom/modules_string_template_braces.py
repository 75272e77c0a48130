# ${name} lets a placeholder touch the next word
from string import Template

t = Template("${noun}s are ${adj}er than $noun")
print(t.substitute(noun="cat", adj="fast"))
print(Template("$noun_s").safe_substitute(noun="cat"))
print(Template("${noun}_s").substitute(noun="cat"))
print(Template("$$noun costs $$$price").substitute(noun="x", price=5))
print(Template("$a$b$c").substitute(a=1, b=2, c=3))
print(Template("${A1}-$_x-$X9y").substitute(A1='p', _x='q', X9y='r'))
values = {'who': 'world', 'n': 3}
print(Template("hello $who " * 2).substitute(values))
print(Template("$who has $n items").substitute(values, n=7))
print(Template("no placeholders").substitute())
print(Template("$who").substitute(who=[1, 2]), Template("$who").substitute(who=None))
