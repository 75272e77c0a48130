# When cleanup code fails too: which exception wins, and what it remembers
from contextlib import ExitStack, contextmanager

def failing_cleanup(name):
    def cleanup(*exc_info):
        raise RuntimeError(f"cleanup {name} failed")
    return cleanup

def chain(exc):
    names = []
    while exc is not None:
        names.append(f"{type(exc).__name__}({exc})")
        exc = exc.__context__
    return " <- ".join(names)

# two cleanups fail while the block's own error is being handled:
# the last one to fail is raised, remembering the others in order
try:
    with ExitStack() as stack:
        stack.push(failing_cleanup("A"))
        stack.push(failing_cleanup("B"))
        raise KeyError("the block failed")
except Exception as e:
    print(chain(e))

# the same with nested with statements
@contextmanager
def step(name, fail):
    try:
        yield
    finally:
        if fail:
            raise RuntimeError(f"step {name} failed")

try:
    with step("outer", True):
        with step("inner", True):
            raise KeyError("the block failed")
except Exception as e:
    print(chain(e))

# an error raised while handling another, inside a function
def load(data):
    try:
        return data["value"]
    except KeyError:
        raise ValueError("no value")

try:
    try:
        raise IndexError("first")
    except IndexError:
        load({})
except ValueError as e:
    print(chain(e))
    print(e.__cause__, e.__suppress_context__)
