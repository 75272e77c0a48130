# A traffic light as a state machine with an Enum
from enum import Enum

class Light(Enum):
    GREEN = 30
    YELLOW = 5
    RED = 20

    @property
    def seconds(self):
        return self.value

    def next(self):
        transitions = {Light.GREEN: Light.YELLOW,
                       Light.YELLOW: Light.RED,
                       Light.RED: Light.GREEN}
        return transitions[self]

state = Light.RED
clock = 0
for step in range(5):
    print(f"t={clock:3} {state.name:<6} for {state.seconds}s")
    clock += state.seconds
    state = state.next()

# the same walk with match
def advice(light):
    match light:
        case Light.GREEN:
            return "go"
        case Light.YELLOW:
            return "slow down"
        case Light.RED:
            return "stop"

print([advice(light) for light in Light])

# states come back from their values and names
print(Light(5), Light["RED"], Light(5) is Light.YELLOW)
cycle = [Light.GREEN]
while len(cycle) < 4:
    cycle.append(cycle[-1].next())
print(cycle)
print(cycle[0] is cycle[3])
