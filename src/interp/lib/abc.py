"""Abstract base classes (PEP 3119).

ABCMeta keeps, for each class it makes, the names of the methods still
abstract in __abstractmethods__: object.__new__ refuses an instance of a
class while that set is not empty. register() adds virtual subclasses,
which isinstance() and issubclass() accept through the metaclass.
"""

import weakref


def abstractmethod(funcobj):
    """Mark a method abstract: a class keeping it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# bumped by every register(): the negative caches are stale after it
_abc_invalidation_counter = 0


def get_cache_token():
    """The current version of the ABC caches, which register() changes."""
    return _abc_invalidation_counter


class _abc_data:
    """What ABCMeta keeps about one class: its registered virtual
    subclasses, the classes found to be (or not to be) subclasses, and
    the ABC subclasses made from it. Weak references, as CPython's."""
    __slots__ = ('_abc_registry', '_abc_cache', '_abc_negative_cache',
                 '_abc_negative_cache_version', '_abc_subclasses')

    def __init__(self):
        self._abc_registry = set()
        self._abc_cache = set()
        self._abc_negative_cache = set()
        self._abc_negative_cache_version = _abc_invalidation_counter
        self._abc_subclasses = []


_abc_data.__module__ = '_abc'


def _in_weak_set(refs, obj):
    return weakref.ref(obj) in refs


def _add_to_weak_set(refs, obj):
    refs.add(weakref.ref(obj))


def _abc_init(cls):
    # the abstract methods: those of the class's own dict, and those it
    # inherits and does not override
    bases = cls.__bases__
    abstracts = set()
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    cls._abc_impl = _abc_data()
    for base in bases:
        impl = getattr(base, '__dict__', {}).get('_abc_impl')
        if impl is not None:
            impl._abc_subclasses.append(weakref.ref(cls))


def _abc_register(cls, subclass):
    global _abc_invalidation_counter
    if not isinstance(subclass, type):
        raise TypeError("Can only register classes")
    if issubclass(subclass, cls):
        return subclass
    # a registered class that is a base of cls would make a cycle
    if issubclass(cls, subclass):
        raise RuntimeError("Refusing to create an inheritance cycle")
    _add_to_weak_set(cls._abc_impl._abc_registry, subclass)
    _abc_invalidation_counter += 1
    return subclass


def _abc_instancecheck(cls, instance):
    impl = cls._abc_impl
    subclass = instance.__class__
    if _in_weak_set(impl._abc_cache, subclass):
        return True
    subtype = type(instance)
    if subtype is subclass:
        if (impl._abc_negative_cache_version == _abc_invalidation_counter
                and _in_weak_set(impl._abc_negative_cache, subclass)):
            return False
        return cls.__subclasscheck__(subclass)
    return any(cls.__subclasscheck__(c) for c in (subclass, subtype))


def _abc_subclasscheck(cls, subclass):
    if not isinstance(subclass, type):
        raise TypeError('issubclass() arg 1 must be a class')
    impl = cls._abc_impl
    if _in_weak_set(impl._abc_cache, subclass):
        return True
    if impl._abc_negative_cache_version < _abc_invalidation_counter:
        impl._abc_negative_cache = set()
        impl._abc_negative_cache_version = _abc_invalidation_counter
    elif _in_weak_set(impl._abc_negative_cache, subclass):
        return False
    ok = cls.__subclasshook__(subclass)
    if ok is not NotImplemented:
        if ok:
            _add_to_weak_set(impl._abc_cache, subclass)
        else:
            _add_to_weak_set(impl._abc_negative_cache, subclass)
        return ok
    if cls in subclass.__mro__:
        _add_to_weak_set(impl._abc_cache, subclass)
        return True
    for ref in impl._abc_registry:
        rcls = ref()
        if rcls is not None and issubclass(subclass, rcls):
            _add_to_weak_set(impl._abc_cache, subclass)
            return True
    for ref in impl._abc_subclasses:
        scls = ref()
        if scls is not None and issubclass(subclass, scls):
            _add_to_weak_set(impl._abc_cache, subclass)
            return True
    _add_to_weak_set(impl._abc_negative_cache, subclass)
    return False


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    An ABC can be subclassed directly, and then acts as a mix-in class;
    unrelated concrete classes can be registered as its virtual
    subclasses, which isinstance() and issubclass() then accept without
    the ABC being in their MRO.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(cls)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC; returns the subclass,
        so that it can be used as a class decorator."""
        return _abc_register(cls, subclass)

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        return _abc_instancecheck(cls, instance)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        return _abc_subclasscheck(cls, subclass)


def update_abstractmethods(cls):
    """Recompute the abstract methods of an abstract class after methods
    were added to it (by a class decorator); returns the class."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls

    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """A helper class with ABCMeta as its metaclass: an ABC can be
    defined by deriving from ABC."""
    __slots__ = ()
