# The body of an if must be indented: IndentationError names the if's line
temperature = 31

if temperature > 30:
    print("hot")
else:
print("not hot")
print("done")
