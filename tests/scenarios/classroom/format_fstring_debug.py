# f-string debugging with {x=}: the text of the expression is kept
x = 42
name = "Grace"
scores = [88, 92, 79]
ratio = 2 / 3
print(f"{x=}")
print(f"{x = }")
print(f"{name=}")
print(f"{name=!s}")
print(f"{ratio=:.3f}")
print(f"{len(scores)=}, {max(scores)=}, {sum(scores) / len(scores)=:.1f}")
print(f"{x * 2 + 1=}")
print(f"{scores[0]=} {scores[-1] = }")
print(f"{x=:#x} {x=:08b}")
print(f"{'quoted'=}")
print(f"{x==42=}")
