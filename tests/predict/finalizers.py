# __del__ runs when the last reference disappears, and only once (PEP 442).
saved = []

class Phoenix:
    def __del__(self):
        print("__del__ runs")
        saved.append(self)     # resurrects the object

p = Phoenix()
del p
print("resurrected:", len(saved))
saved.clear()                  # now it really goes, without a second __del__
print("cleared")
