"""Tools for functions and callable objects: caches, partial application,
wrappers that look like what they wrap, and rich comparisons."""

# The C parts (Modules/_functoolsmodule.c in CPython) come from the
# internal _functools module; the rest is written here in Python, as
# CPython's own functools.py is, so that every object it makes for a
# script has the size and the references CPython's has.

from _functools import reduce, partial, cmp_to_key, _lru_cache_wrapper

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'singledispatch', 'cached_property']


# --- wrappers that look like the function they wrap ---

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Copy the metadata of wrapped onto wrapper and return wrapper.

    The attributes named in assigned are set on wrapper (those wrapped
    lacks are skipped), the dicts named in updated are merged into
    wrapper's, and wrapper.__wrapped__ points back to wrapped.
    """
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # last, so that a __wrapped__ in wrapped's __dict__ does not win
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper: @wraps(func) on a wrapper."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# --- total_ordering: the missing comparisons from one of them ---

# Each derived method calls the root method through the class, never an
# operator, so that a NotImplemented comes back as it is.

def _gt_from_lt(self, other):
    'Return a > b, from not (a < b) and a != b.'
    less = type(self).__lt__(self, other)
    if less is NotImplemented:
        return less
    return not less and self != other

def _le_from_lt(self, other):
    'Return a <= b, from a < b or a == b.'
    less = type(self).__lt__(self, other)
    if less is NotImplemented:
        return less
    return less or self == other

def _ge_from_lt(self, other):
    'Return a >= b, from not (a < b).'
    less = type(self).__lt__(self, other)
    if less is NotImplemented:
        return less
    return not less

def _ge_from_le(self, other):
    'Return a >= b, from not (a <= b) or a == b.'
    less_eq = type(self).__le__(self, other)
    if less_eq is NotImplemented:
        return less_eq
    return not less_eq or self == other

def _lt_from_le(self, other):
    'Return a < b, from a <= b and a != b.'
    less_eq = type(self).__le__(self, other)
    if less_eq is NotImplemented:
        return less_eq
    return less_eq and self != other

def _gt_from_le(self, other):
    'Return a > b, from not (a <= b).'
    less_eq = type(self).__le__(self, other)
    if less_eq is NotImplemented:
        return less_eq
    return not less_eq

def _lt_from_gt(self, other):
    'Return a < b, from not (a > b) and a != b.'
    greater = type(self).__gt__(self, other)
    if greater is NotImplemented:
        return greater
    return not greater and self != other

def _ge_from_gt(self, other):
    'Return a >= b, from a > b or a == b.'
    greater = type(self).__gt__(self, other)
    if greater is NotImplemented:
        return greater
    return greater or self == other

def _le_from_gt(self, other):
    'Return a <= b, from not (a > b).'
    greater = type(self).__gt__(self, other)
    if greater is NotImplemented:
        return greater
    return not greater

def _le_from_ge(self, other):
    'Return a <= b, from not (a >= b) or a == b.'
    greater_eq = type(self).__ge__(self, other)
    if greater_eq is NotImplemented:
        return greater_eq
    return not greater_eq or self == other

def _gt_from_ge(self, other):
    'Return a > b, from a >= b and a != b.'
    greater_eq = type(self).__ge__(self, other)
    if greater_eq is NotImplemented:
        return greater_eq
    return greater_eq and self != other

def _lt_from_ge(self, other):
    'Return a < b, from not (a >= b).'
    greater_eq = type(self).__ge__(self, other)
    if greater_eq is NotImplemented:
        return greater_eq
    return not greater_eq

_convert = {
    '__lt__': [('__gt__', _gt_from_lt),
               ('__le__', _le_from_lt),
               ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le),
               ('__lt__', _lt_from_le),
               ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt),
               ('__ge__', _ge_from_gt),
               ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge),
               ('__gt__', _gt_from_ge),
               ('__lt__', _lt_from_ge)]
}


def total_ordering(cls):
    """Class decorator adding the ordering methods cls does not define."""
    # the comparisons cls (or a base other than object) defines itself
    defined = {op for op in _convert
               if getattr(cls, op, None) is not getattr(object, op, None)}
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(defined)       # preference order: __lt__, __le__, __gt__, __ge__
    for name, method in _convert[root]:
        if name not in defined:
            method.__name__ = name
            setattr(cls, name, method)
    return cls


# --- lru_cache and cache ---

class CacheInfo:
    """CacheInfo(hits, misses, maxsize, currsize): a cache's statistics."""

    __slots__ = ('hits', 'misses', 'maxsize', 'currsize')

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def __repr__(self):
        return (f'CacheInfo(hits={self.hits!r}, misses={self.misses!r}, '
                f'maxsize={self.maxsize!r}, currsize={self.currsize!r})')

    def __iter__(self):
        return iter((self.hits, self.misses, self.maxsize, self.currsize))

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return (self.hits, self.misses, self.maxsize, self.currsize)[index]

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __hash__(self):
        return hash(tuple(self))

_CacheInfo = CacheInfo
del CacheInfo


def lru_cache(maxsize=128, typed=False):
    """Decorator caching the results of a function, its least recently
    used results dropped beyond maxsize (None: no limit).

    typed=True caches arguments of different types apart (f(3) and
    f(3.0)). The arguments must be hashable. f.cache_info() gives the
    statistics, f.cache_clear() empties the cache, f.__wrapped__ is the
    function itself.
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # used bare, as @lru_cache: maxsize is the function
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError(
            'Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def cache(user_function, /):
    'An unbounded cache: lru_cache(maxsize=None).'
    return lru_cache(maxsize=None)(user_function)


# --- singledispatch ---

def singledispatch(func):
    """Make func a generic function, dispatching on its first argument's
    type: implementations are added with func.register(cls) or, from the
    annotation of their first parameter, with @func.register.

    Dispatch follows the argument class's MRO (abstract base classes are
    not considered).
    """
    registry = {}
    funcname = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        for klass in cls.__mro__:
            if klass in registry:
                return registry[klass]
        return registry[object]

    def register(cls, func=None):
        if func is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            annotations = getattr(cls, '__annotations__', {})
            if not annotations:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            func = cls
            argname, cls = next(iter(annotations.items()))
            if not isinstance(cls, type):
                raise TypeError(
                    f"Invalid annotation for {argname!r}. "
                    f"{cls!r} is not a class."
                )
        registry[cls] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least '
                            '1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


# --- cached_property ---

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance, then kept in the instance's
    __dict__ under the same name (which the descriptor, having no
    __set__, then leaves alone)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            )
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                msg = (
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f"does not support item assignment for caching {self.attrname!r} property."
                )
                raise TypeError(msg) from None
        return val
