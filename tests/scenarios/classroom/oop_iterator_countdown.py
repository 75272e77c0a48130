# Iterator classes: __iter__ returning self versus a fresh iterator
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __iter__(self):
        return PlaylistIterator(self.songs)

    def __len__(self):
        return len(self.songs)


class PlaylistIterator:
    def __init__(self, songs):
        self.songs = songs
        self.index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.index >= len(self.songs):
            raise StopIteration
        song = self.songs[self.index]
        self.index += 1
        return song


c = Countdown(3)
print(list(c), list(c))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
pl = Playlist("intro", "verse", "chorus")
print(list(pl), list(pl), len(pl))
for a, b in zip(pl, pl):
    print(a, b)
print([s.upper() for s in pl if "r" in s])
it = iter(pl)
print(type(it).__name__, iter(it) is it)
print(sum(1 for _ in Countdown(5)), max(Countdown(4)), sorted(Countdown(3)))
print(dict(enumerate(pl, 1)))
print("verse" in pl, "bridge" in pl)
