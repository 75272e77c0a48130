# A playlist that acts like a built-in container: len(), indexing,
# slicing, `in` and for-loops all go through its dunder methods.

class Playlist:
    def __init__(self, name, songs):
        self.name = name
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, index):
        return self.songs[index]

    def __contains__(self, song):
        print(f"  checking for {song!r}")
        return song.lower() in [s.lower() for s in self.songs]

    def __iter__(self):
        print("  __iter__ called")
        return iter(self.songs)


p = Playlist("Road trip", ["Africa", "Hey Jude", "Bohemian Rhapsody", "Imagine"])
print("songs:", len(p))
print("first:", p[0])
print("last:", p[-1])
print("middle two:", p[1:3])
print("'imagine' in p:", "imagine" in p)
print("'Yesterday' in p:", "Yesterday" in p)
for number, song in enumerate(p, 1):
    print(number, song)
print("sorted:", sorted(p))
print("as a list:", list(p))
try:
    p[10]
except IndexError as e:
    print("IndexError:", e)
