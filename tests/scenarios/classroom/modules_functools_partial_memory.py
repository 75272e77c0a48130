# What a partial object holds on to, and what the collector sees in it
import functools
import gc
import sys


def send(address, message, urgent=False):
    return ("URGENT " if urgent else "") + message + " -> " + address


config = {"host": "mail.example.org"}
to_admin = functools.partial(send, config["host"], urgent=True)
print(to_admin("disk full"))

# three references out of the partial: the function, a tuple of the
# frozen arguments, a dict of the frozen keywords
print(to_admin.func is send, to_admin.args, to_admin.keywords)
refs = gc.get_referents(to_admin)
print(send in refs, to_admin.args in refs, to_admin.keywords in refs)
del refs
print(sys.getsizeof(to_admin), gc.is_tracked(to_admin))

# the frozen string is shared, not copied
host = config["host"]
print("refs to host:", sys.getrefcount(host))
del to_admin
print("after the partial is gone:", sys.getrefcount(host))

# even a partial without keywords carries an (empty) dict
plain = functools.partial(len)
print(plain.keywords, plain("abc"))

# a partial can reference itself through its keywords: a cycle
loop = functools.partial(print)
loop.keywords["sep"] = loop
del loop
print("unreachable objects found:", gc.collect())
