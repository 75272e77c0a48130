# One block still in use keeps its pool, and so its arena, from being released.
import pymalloc

blocks = [pymalloc.malloc(256) for i in range(8000)]   # pools of 256-byte blocks, into a new arena
last = blocks.pop()                                    # in the newest arena
for b in blocks:
    pymalloc.free(b)
print("one block of", len(blocks) + 1, "still in use")
pymalloc.free(last)
print("all freed")
