# One block still in use keeps its pool, and so its arena, from being released.
import pymalloc

# Each address below is an int: a 32-byte block of its own. Make room for them
# first, in the first arena: of 8,100 ints keep one per pool, so that those
# pools stay in use, with free blocks for the addresses, and the arenas the
# 256-byte blocks fill hold nothing else.
room = [n * 1000003 for n in range(8100)]
keep = room[::500]
del room

blocks = [pymalloc.malloc(256) for i in range(8000)]   # pools of 256-byte blocks, in new arenas
last = blocks.pop()                                    # in the newest arena
for b in blocks:
    pymalloc.free(b)
# The older arena is empty now; CPython keeps one empty arena mapped for the
# next burst, and the newest one stays for the sake of one block.
print("one block of", len(blocks) + 1, "still in use")
pymalloc.free(last)                                    # its arena is released
print("all freed")
