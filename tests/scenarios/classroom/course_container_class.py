# A container class: __len__, __getitem__, __iter__ and __contains__
class Playlist:
    def __init__(self, name, songs=None):
        self.name = name
        self.songs = list(songs) if songs else []

    def add(self, song):
        self.songs.append(song)

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, index):
        return self.songs[index]

    def __iter__(self):
        return iter(self.songs)

    def __contains__(self, song):
        return song.lower() in [s.lower() for s in self.songs]


p = Playlist("Road trip", ["Africa", "Bohemian Rhapsody", "Hey Jude"])
p.add("Yesterday")
print(len(p))
print(p[0], "|", p[-1])
print(p[1:3])
for i, song in enumerate(p, 1):
    print(i, song)
print("hey jude" in p, "Thriller" in p)
print(list(p), sorted(p))
print(bool(Playlist("empty")))
