# copy.copy makes a new outer list that shares the inner lists; copy.deepcopy copies them too.
import copy
import sys

grid = [[0, 0], [0, 0]]
alias = grid
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)

print("alias is grid:", alias is grid)
print("shallow is grid:", shallow is grid)
print("shallow shares rows:", shallow[0] is grid[0])
print("deep shares rows:", deep[0] is grid[0])
print("references to row 0:", sys.getrefcount(grid[0]))

grid[0][0] = 99
print("grid:   ", grid)
print("shallow:", shallow)
print("deep:   ", deep)

del alias, shallow
print("after del, row 0 has", sys.getrefcount(grid[0]), "references")
