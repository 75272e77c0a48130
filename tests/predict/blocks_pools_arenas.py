# pymalloc: blocks of one size class come from one pool, one after the other.
import pymalloc

first = pymalloc.malloc(500)     # size class 31: 512-byte blocks
second = pymalloc.malloc(500)
print("one block apart:", second - first)
pymalloc.free(first)
again = pymalloc.malloc(500)     # the freed block is reused first
print("reused:", again == first)
