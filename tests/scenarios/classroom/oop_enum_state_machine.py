# An Enum as a state machine: a traffic light and an order's lifecycle
from enum import Enum, IntEnum, auto


class Light(Enum):
    RED = "stop"
    GREEN = "go"
    YELLOW = "slow"

    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]


state = Light.RED
for _ in range(4):
    print(state, state.name, state.value)
    state = state.next()
print(Light("go"), Light["YELLOW"], repr(Light.GREEN))
print(Light.RED is Light("stop"), Light.RED == "stop")


class Status(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DONE = auto()


ALLOWED = {
    Status.NEW: {Status.PAID},
    Status.PAID: {Status.SHIPPED},
    Status.SHIPPED: {Status.DONE},
    Status.DONE: set(),
}


def advance(current, target):
    if target not in ALLOWED[current]:
        raise ValueError(f"cannot go from {current.name} to {target.name}")
    return target


s = Status.NEW
for t in (Status.PAID, Status.DONE, Status.SHIPPED, Status.DONE):
    try:
        s = advance(s, t)
        print("now", s)
    except ValueError as e:
        print("ValueError:", e)
print([m.value for m in Status], len(Status), Status.DONE in Status)


class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    ERROR = 40


print(Level.INFO > Level.DEBUG, Level.ERROR + 1, sorted([Level.ERROR, Level.DEBUG]))
print(Level(20), f"{Level.ERROR}", str(Level.INFO), repr(Level.INFO), format(Level.DEBUG, "04d"))
print([lvl.name for lvl in Level if lvl >= 20], Level.INFO == 20, isinstance(Level.INFO, int))
try:
    Level(30)
except ValueError as e:
    print("ValueError:", e)
print(type(Status.__members__).__name__, list(Status.__members__))
