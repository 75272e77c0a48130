# *args/**kwargs forwarding, keyword-only and positional-only parameters
def describe(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"

def forward(*args, **kwargs):
    print("  forwarding", len(args), "positional and", sorted(kwargs))
    return describe(*args, **kwargs)

print(forward(1, 2, x=3))
print(forward(*[4, 5], **{"y": 6, "z": 7}))

def power(base, /, exp=2, *, mod=None):
    result = base ** exp
    return result % mod if mod else result

print(power(3), power(3, 3), power(3, exp=4), power(3, 4, mod=5))
for call in (lambda: power(base=3), lambda: power(3, 2, 5), lambda: power()):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def make_tag(name, *children, cls=None, **attrs):
    parts = [name] + ([f'class="{cls}"'] if cls else [])
    parts += [f'{k}="{v}"' for k, v in sorted(attrs.items())]
    return "<" + " ".join(parts) + ">" + "".join(children) + f"</{name}>"

print(make_tag("p", "hello", " world", cls="intro", id="p1"))
print(make_tag("br"))
first, *middle, last = range(6)
print(first, middle, last)
head, *tail = "abc"
print(head, tail)
def pairs(**kw):
    return list(kw.items())
print(pairs(b=2, a=1))
print(dict(zip("abc", range(3)), d=4))
def sum_all(*nums, start=0):
    return start + sum(nums)
print(sum_all(), sum_all(1, 2, 3), sum_all(*range(5), start=100))
