# Filling the first arena: bytes(440) takes 473 bytes, a 480-byte block
# (size class 29), 34 to a 16 KiB pool; 2000 of them need 59 pools, more
# than the arena the interpreter started in has free.
import sys

print(sys.getsizeof(bytes(440)))
keep = []
for i in range(2000):
    keep.append(bytes(440))  # ask
print(len(keep))
