"""Container datatypes: Counter, and defaultdict from the C module
_collections."""

# Each algorithm here is CPython's (the same dict operations in the same
# order), so what a script builds with it has CPython's sizes and
# reference counts.

import sys as _sys

from _collections import defaultdict
from _collections import deque
from _collections import OrderedDict
from _collections import _count_elements
from _collections import _is_mapping

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'defaultdict', 'deque', 'namedtuple']


def _by_count(pair):
    return pair[1]


class Counter(dict):
    """A dict mapping elements to how many times they were counted."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        # never counted: zero, and nothing is stored
        return 0

    def total(self):
        """The sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """(element, count) pairs, the largest counts first; ties keep
        the order the elements were first counted in."""
        if n is None:
            return sorted(self.items(), key=_by_count, reverse=True)
        # the lists heapq.nlargest returns: one pair, a slice of the whole
        # sorted list, or the n best pairs appended one by one
        if n == 1:
            if not self:
                return []
            return [max(self.items(), key=_by_count)]
        if n >= len(self):
            return sorted(self.items(), key=_by_count, reverse=True)[:n]
        if n <= 0:
            return []
        best = sorted(self.items(), key=_by_count, reverse=True)
        return [pair for pair in best[:n]]

    def elements(self):
        """Each element, repeated as many times as its count."""
        for elem, times in self.items():
            for _ in range(times):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts: from an iterable of elements, or a mapping of counts."""
        if iterable is not None:
            if not _is_mapping(iterable):
                _count_elements(self, iterable)
            elif not self:
                # nothing to add to: the counts are copied as they are
                super().update(iterable)
            else:
                current = self.get
                for elem, times in iterable.items():
                    self[elem] = times + current(elem, 0)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Take counts away; they may go to zero or below."""
        if iterable is not None:
            current = self.get
            if _is_mapping(iterable):
                for elem, times in iterable.items():
                    self[elem] = current(elem, 0) - times
            else:
                for elem in iterable:
                    self[elem] = current(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        # deleting a count that is not there is not an error
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return f'{name}()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            # counts that cannot be ordered show in insertion order
            shown = dict(self)
        return f'{name}({shown!r})'

    # comparisons: a missing element counts as zero

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # arithmetic: the result keeps only the positive counts

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, times in self.items():
            both = times + other[elem]
            if both > 0:
                result[elem] = both
        for elem, times in other.items():
            if elem not in self and times > 0:
                result[elem] = times
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, times in self.items():
            left = times - other[elem]
            if left > 0:
                result[elem] = left
        for elem, times in other.items():
            if elem not in self and times < 0:
                result[elem] = 0 - times
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, times in self.items():
            theirs = other[elem]
            larger = theirs if times < theirs else times
            if larger > 0:
                result[elem] = larger
        for elem, times in other.items():
            if elem not in self and times > 0:
                result[elem] = times
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, times in self.items():
            theirs = other[elem]
            smaller = times if times < theirs else theirs
            if smaller > 0:
                result[elem] = smaller
        return result

    def __pos__(self):
        result = Counter()
        for elem, times in self.items():
            if times > 0:
                result[elem] = times
        return result

    def __neg__(self):
        result = Counter()
        for elem, times in self.items():
            if times < 0:
                result[elem] = 0 - times
        return result

    def _keep_positive(self):
        dropped = [elem for elem, times in self.items() if not times > 0]
        for elem in dropped:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, times in other.items():
            self[elem] += times
        return self._keep_positive()

    def __isub__(self, other):
        for elem, times in other.items():
            self[elem] -= times
        return self._keep_positive()

    def __ior__(self, other):
        for elem, theirs in other.items():
            mine = self[elem]
            if theirs > mine:
                self[elem] = theirs
        return self._keep_positive()

    def __iand__(self, other):
        for elem, times in self.items():
            theirs = other[elem]
            if theirs < times:
                self[elem] = theirs
        return self._keep_positive()


# namedtuple: a tuple subclass made at run time. CPython evaluates the
# source of its __new__ (so its signature names the fields); _eval does
# that here. Each field is a read-only property reading one item, as
# CPython's _tuplegetter does.

from _collections import _eval, _field_getter, _no_set, _no_delete, _caller_module

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield',
])


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new tuple subclass whose items can also be read by name."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        # invalid or repeated names become _0, _1, ... by position
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        # the defaults belong to the last fields
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'
    tuple_new = tuple.__new__
    _dict, _tuple, _len, _map, _zip = dict, tuple, len, map, zip

    namespace = {
        '_tuple_new': tuple_new,
        '__builtins__': {},
        '__name__': f'namedtuple_{typename}',
    }
    if defaults is None:
        params = arg_list
    else:
        # the last fields take their defaults from the namespace
        first = num_fields - len(defaults)
        namespace['_defaults'] = defaults
        params = ', '.join(name if i < first else f'{name}=_defaults[{i - first}]'
                           for i, name in enumerate(field_names))
    __new__ = _eval(f'lambda _cls, {params}: _tuple_new(_cls, ({arg_list}))', namespace)
    __new__.__name__ = '__new__'

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if _len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        # each field: the keyword given for it, else its current value
        result = self._make(_map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        return _dict(_zip(self._fields, self))

    def __getnewargs__(self):
        return _tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        doc = _sys.intern(f'Alias for field number {index}')
        class_namespace[name] = property(_field_getter(index), _no_set, _no_delete, doc)

    result = type(typename, (tuple,), class_namespace)
    result.__module__ = _caller_module() if module is None else module
    return result


# ChainMap: mappings searched in turn. CPython's derives from
# MutableMapping; the methods that ABC would add are written out here,
# with the views its keys(), values() and items() return.

class KeysView:
    """The keys of a mapping, as a set-like view."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __iter__(self):
        yield from self._mapping

    def __contains__(self, key):
        return key in self._mapping

    def __repr__(self):
        return f'{self.__class__.__name__}({self._mapping!r})'


class ItemsView(KeysView):
    """The (key, value) pairs of a mapping."""

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return found is value or found == value


class ValuesView(KeysView):
    """The values of a mapping."""

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]

    def __contains__(self, value):
        for key in self._mapping:
            found = self._mapping[key]
            if found is value or found == value:
                return True
        return False


class ChainMap:
    """Several mappings looked up in turn as one; writes and deletions
    go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        # the keys of all the maps, each counted once
        return len(set().union(*self.maps))

    def __iter__(self):
        # each key once, in the order the maps would list them from the last
        seen = {}
        for mapping in reversed(self.maps):
            seen.update(dict.fromkeys(mapping))
        return iter(seen)

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        if self in _repr_running:
            return '...'
        _repr_running.append(self)
        try:
            inner = ", ".join(map(repr, self.maps))
        finally:
            _repr_running.remove(self)
        return f'{self.__class__.__name__}({inner})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new ChainMap: a copy of the first map, the others shared."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A new ChainMap with a new map (or m) in front of these."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """A new ChainMap of all the maps but the first."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        merged = dict(other)
        for child in reversed(self.maps):
            merged.update(child)
        return self.__class__(merged)

    # what MutableMapping would add

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    def update(self, other=(), /, **kwds):
        if _is_mapping(other):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value


# the ChainMaps whose repr is being made (recursive_repr)
_repr_running = []
