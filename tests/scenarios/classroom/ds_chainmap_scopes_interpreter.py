# Scopes with ChainMap in a tiny interpreter; Counter and defaultdict for stats
from collections import ChainMap, Counter, defaultdict, OrderedDict


class Interpreter:
    def __init__(self):
        self.scopes = ChainMap({"pi": 3.14159})
        self.stats = Counter()
        self.assignments = defaultdict(list)

    def run(self, line):
        parts = line.split()
        self.stats[parts[0]] += 1
        match parts:
            case ["let", name, "=", value]:
                self.scopes[name] = self.eval(value)
                self.assignments[name].append(len(self.scopes.maps))
            case ["print", name]:
                print(f"  {name} = {self.eval(name)}")
            case ["enter"]:
                self.scopes = self.scopes.new_child()
            case ["exit"]:
                if len(self.scopes.maps) == 1:
                    raise RuntimeError("cannot exit the global scope")
                self.scopes = self.scopes.parents
            case _:
                raise SyntaxError(f"cannot parse {line!r}")

    def eval(self, token):
        if token.lstrip("-").isdigit():
            return int(token)
        try:
            return self.scopes[token]
        except KeyError:
            raise NameError(f"name {token!r} is not defined") from None


it = Interpreter()
program = ["let x = 1", "enter", "let x = 2", "let y = 5", "print x", "print y", "exit",
           "print x", "print pi", "print y", "exit", "jump 3"]
for line in program:
    try:
        it.run(line)
    except (NameError, RuntimeError, SyntaxError) as e:
        print(f"  {type(e).__name__}: {e}")
print(it.stats.most_common(2), sorted(it.stats.elements())[:3])
print(dict(it.assignments))
print(it.scopes.maps, len(it.scopes))
od = OrderedDict(sorted(it.stats.items(), key=lambda kv: kv[1]))
print(list(od), od.popitem(last=False))
