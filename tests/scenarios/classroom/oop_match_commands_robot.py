# A robot driven by text commands parsed with match
class Robot:
    def __init__(self):
        self.x = self.y = 0
        self.heading = "N"
        self.log = []

    def run(self, line):
        match line.split():
            case ["go", ("north" | "south" | "east" | "west") as direction]:
                self.heading = direction[0].upper()
                self.step(1)
            case ["go", direction]:
                self.log.append(f"cannot go {direction}")
            case ["move", steps] if steps.isdigit():
                self.step(int(steps))
            case ["move", *_]:
                self.log.append("move needs a number")
            case ["turn", ("left" | "right") as side]:
                order = "NESW"
                delta = 1 if side == "right" else -1
                self.heading = order[(order.index(self.heading) + delta) % 4]
            case ["report"]:
                self.log.append(f"at ({self.x}, {self.y}) facing {self.heading}")
            case ["reset" | "home"]:
                self.x = self.y = 0
            case []:
                pass
            case [verb, *args]:
                self.log.append(f"unknown {verb!r} with {len(args)} args")

    def step(self, n):
        match self.heading:
            case "N":
                self.y += n
            case "S":
                self.y -= n
            case "E":
                self.x += n
            case "W":
                self.x -= n


r = Robot()
program = """go north
move 3
turn right
move 2
report
go up
move fast
jump 1 2
turn left
turn left
move 10
report

home
report"""
for line in program.splitlines():
    r.run(line)
print("\n".join(r.log))
