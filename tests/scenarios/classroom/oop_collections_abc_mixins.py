# collections.abc: implement two methods, get the rest of a Sequence or a MutableMapping free
import collections.abc
from collections.abc import Sequence, MutableMapping, Iterable, Sized


class Playlist(Sequence):
    def __init__(self, *songs):
        self._songs = list(songs)

    def __getitem__(self, index):
        return self._songs[index]

    def __len__(self):
        return len(self._songs)


p = Playlist("intro", "verse", "chorus", "verse")
print(list(p), len(p), "chorus" in p)
print(p.index("verse"), p.count("verse"), list(reversed(p)))
print(isinstance(p, Iterable), isinstance(p, Sized), isinstance(p, collections.abc.Container))
print(Sequence.__module__, collections.abc.Sequence is Sequence)


class LowerDict(MutableMapping):
    """A dict whose keys are always lower case."""

    def __init__(self, **items):
        self._data = {}
        self.update(items)

    def __getitem__(self, key):
        return self._data[key.lower()]

    def __setitem__(self, key, value):
        self._data[key.lower()] = value

    def __delitem__(self, key):
        del self._data[key.lower()]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


d = LowerDict(Name="Ada", LANG="Python")
d["Year"] = 1843
print(dict(d), d["NAME"], "lang" in d, d.get("missing", "-"))
print(d.pop("YEAR"), d.setdefault("Field", "maths"), sorted(d.keys()))
print(list(d.items())[:2], list(d.values())[0])
print(d == {"name": "Ada", "lang": "Python", "field": "maths"})


class Incomplete(Sequence):
    def __len__(self):
        return 0


try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
print(sorted(Sequence.__abstractmethods__), sorted(MutableMapping.__abstractmethods__))
print(isinstance([], Sequence), isinstance({}, MutableMapping), issubclass(tuple, Sequence), isinstance("s", MutableMapping))
