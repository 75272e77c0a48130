# A resource manager without files: a pool of connections
from contextlib import contextmanager

class Pool:
    def __init__(self, size):
        self.free = list(range(size))
        self.log = []

    def acquire(self):
        conn = self.free.pop()
        self.log.append(f"acquire {conn}")
        return conn

    def release(self, conn):
        self.free.append(conn)
        self.log.append(f"release {conn}")

pool = Pool(3)

@contextmanager
def connection(pool):
    conn = pool.acquire()
    try:
        yield conn
    except ZeroDivisionError as e:
        pool.log.append(f"handled {e}")
    finally:
        pool.release(conn)

with connection(pool) as c:
    print("using connection", c, "free:", pool.free)
print("after:", pool.free)

# an exception in the block is raised inside the generator, at the yield
with connection(pool) as c:
    print("dividing with", c)
    1 / 0
print("the ZeroDivisionError was handled by the generator")

# one it does not handle still releases the connection, then propagates
try:
    with connection(pool) as c:
        raise KeyError("missing")
except KeyError as e:
    print("KeyError reached the caller:", e)

for line in pool.log:
    print(line)
print("free again:", sorted(pool.free))

# a generator must yield exactly once
@contextmanager
def broken():
    yield 1
    yield 2

try:
    with broken():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def empty():
    if False:
        yield

try:
    with empty():
        print("never printed")
except RuntimeError as e:
    print("RuntimeError:", e)
