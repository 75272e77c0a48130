# A Playlist behaving like a sequence: slicing, iteration, reversed, in, +
class Song:
    def __init__(self, title, artist, seconds):
        self.title = title
        self.artist = artist
        self.seconds = seconds

    @property
    def length(self):
        m, s = divmod(self.seconds, 60)
        return f"{m}:{s:02d}"

    def __repr__(self):
        return f"Song({self.title!r})"

    def __eq__(self, other):
        return isinstance(other, Song) and (self.title, self.artist) == (other.title, other.artist)

    def __hash__(self):
        return hash((self.title, self.artist))

class Playlist:
    def __init__(self, name, songs=()):
        self.name = name
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(f"{self.name}[{index.start}:{index.stop}:{index.step}]", self.songs[index])
        return self.songs[index]

    def __contains__(self, song):
        return song in self.songs

    def __add__(self, other):
        return Playlist(f"{self.name}+{other.name}", self.songs + other.songs)

    def __iadd__(self, song):
        self.songs.append(song)
        return self

    def __reversed__(self):
        print("(using __reversed__)")
        return reversed(self.songs)

    def __repr__(self):
        return f"Playlist({self.name!r}, {len(self)} songs)"

    def duration(self):
        total = sum(s.seconds for s in self.songs)
        return f"{total // 3600}h {total % 3600 // 60:02d}m {total % 60:02d}s"

road = Playlist("Road trip", [
    Song("Drive", "The Cars", 235),
    Song("Roadrunner", "Modern Lovers", 245),
    Song("Fast Car", "Tracy Chapman", 296),
    Song("Highway Star", "Deep Purple", 365),
])
for number, song in enumerate(road, 1):
    print(f"{number}. {song.title:<14}{song.artist:<16}{song.length:>6}")
print(len(road), road.duration())
print(road[0], road[-1], road[1:3], road[::2].songs)
print(Song("Drive", "The Cars", 1) in road, Song("Drive", "Other", 1) in road)
road += Song("Life is a Highway", "Tom Cochrane", 266)
print(road, road.duration())
chill = Playlist("Chill", [Song("Breathe", "Telepopmusik", 278)])
both = road + chill
print(both, both[-1])
print([s.title for s in reversed(road)])
it = iter(road)
print(next(it), next(it))
print(sorted(road, key=lambda s: s.seconds)[0], max(road, key=lambda s: len(s.title)))
unique = {Song("A", "x", 1), Song("A", "x", 2), Song("B", "x", 1)}
print(len(unique))
print(list(map(lambda s: s.length, road)))
try:
    road[10]
except IndexError as e:
    print("IndexError:", e)
a, b, *rest = road
print(a, b, rest)
print(road.songs.index(Song("Fast Car", "Tracy Chapman", 0)))
print(sum(1 for _ in road), any(s.seconds > 300 for s in road), "x" in road)
