"""The names scripts import for annotations, as CPython 3.11's typing
module has them: subscripting builds inert aliases that print as
CPython's (typing.List[int], typing.Optional[str]); nothing is checked."""

TYPE_CHECKING = False
_NoneType = type(None)
_UnionType = type(int | str)


class _Unionable:
    # X | Y of typing's objects is Union[X, Y]
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


def _type_repr(obj):
    # a class as module.qualname (builtins bare), ... as '...'
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _type_check(arg):
    # None stands for its type, a string for a forward reference; ClassVar
    # and Final only ever annotate, never stand inside another hint
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in (ClassVar, Final):
        raise TypeError(f"{arg} is not valid as type argument")
    if arg is ClassVar or arg is Final:
        raise TypeError(f"Plain {arg} is not valid as type argument")
    return arg


def _as_tuple(params):
    if not isinstance(params, tuple):
        return (params,)
    return params


def _cached(method):
    # typing's subscriptions are cached (CPython's _tp_cache): the same
    # List[int] object every time; types are part of the key, so that
    # Literal[1] and Literal[True] stay apart; unhashable ones are not kept
    cache = {}

    def inner(self, params):
        key = (self, params, tuple(type(p) for p in _as_tuple(params)))
        try:
            return cache[key]
        except KeyError:
            pass
        except TypeError:
            return method(self, params)
        result = method(self, params)
        cache[key] = result
        return result
    return inner


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, TypeVar):
            if t not in params:
                params.append(t)
        else:
            for p in getattr(t, '__parameters__', ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


class ForwardRef:
    """A type named by a string, not evaluated."""

    def __init__(self, arg):
        self.__forward_arg__ = arg

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


class TypeVar(_Unionable):
    """A type variable: T = TypeVar('T')."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = tuple(_type_check(c) for c in constraints)
        self.__bound__ = None if bound is None else _type_check(bound)
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__


class _SpecialForm(_Unionable):
    """Any, Union, Optional, ClassVar, Final, Literal..."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    @_cached
    def __getitem__(self, parameters):
        if self._getitem is None:
            # Any is a class in CPython 3.11: its message is a class's
            if self._name == 'Any':
                raise TypeError("type 'Any' is not subscriptable")
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


class _GenericAlias(_Unionable):
    """An alias with arguments: List[int], Dict[str, int], Stack[T]."""

    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = _as_tuple(args)
        self.__parameters__ = _collect_parameters(self.__args__)
        self._name = name

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__ == ():
            args = '()'
        else:
            args = ', '.join([_type_repr(a) for a in self.__args__])
        return f'{name}[{args}]'

    @_cached
    def __getitem__(self, params):
        # List[T][int]: the type variables replaced in order
        params = _as_tuple(params)
        if len(params) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(params) > len(self.__parameters__) else 'few'}"
                            f" arguments for {self}")
        subst = dict(zip(self.__parameters__, params))
        args = tuple(subst.get(a, a) if isinstance(a, TypeVar) else a for a in self.__args__)
        return self.copy_with(args)

    def copy_with(self, args):
        return _GenericAlias(self.__origin__, args, name=self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        if self.__origin__ is Generic:
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f'typing.Callable[..., {_type_repr(args[1])}]'
        params = ', '.join([_type_repr(a) for a in args[:-1]])
        return f'typing.Callable[[{params}], {_type_repr(args[-1])}]'

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name=self._name)


class _UnionGenericAlias(_GenericAlias):
    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return 'typing.Union[' + ', '.join([_type_repr(a) for a in args]) + ']'

    def copy_with(self, args):
        return Union[args]


def _values_and_types(args):
    # Literal[1] is not Literal[True]: each value goes with its type
    return set([(a, type(a)) for a in args])


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return 'typing.Literal[' + ', '.join([repr(a) for a in self.__args__]) + ']'

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return _values_and_types(self.__args__) == _values_and_types(other.__args__)

    def __hash__(self):
        return hash(frozenset(_values_and_types(self.__args__)))


class _SpecialGenericAlias(_Unionable):
    """A bare alias of a class: List, Dict, Iterable..."""

    def __init__(self, origin, nparams, name):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    @_cached
    def __getitem__(self, params):
        params = tuple(_type_check(p) for p in _as_tuple(params))
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self};"
                            f" actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, name=self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type {self._name} cannot be instantiated; "
                        f"use {self.__origin__.__name__}() instead")

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _TupleAlias(_SpecialGenericAlias):
    @_cached
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name='Tuple')
        params = tuple(p if p is ... else _type_check(p) for p in _as_tuple(params))
        return _GenericAlias(tuple, params, name='Tuple')


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as "
                            "Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            # a tuple, so that the cache can keep it
            params = (tuple(args), result)
        return self._getitem_inner(params)

    @_cached
    def _getitem_inner(self, params):
        args, result = params
        if args is ...:
            flat = (..., _type_check(result))
        else:
            flat = tuple(_type_check(a) for a in _as_tuple(args)) + (_type_check(result),)
        return _CallableGenericAlias(self.__origin__, flat, name='Callable')


class _ABC:
    """Stands for a collections.abc class, which scripts only name."""

    def __init__(self, name):
        self.__name__ = name
        self.__qualname__ = name
        self.__module__ = 'collections.abc'

    def __repr__(self):
        return f"<class 'collections.abc.{self.__name__}'>"


def _union(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    params = []
    for p in _as_tuple(parameters):
        p = _type_check(p)
        # a Union inside is flattened, repeats dropped
        inner = p.__args__ if isinstance(p, (_UnionGenericAlias, _UnionType)) else (p,)
        for q in inner:
            if q not in params:
                params.append(q)
    if len(params) == 1:
        return params[0]
    return _UnionGenericAlias(self, tuple(params), name='Union')


def _optional(self, parameters):
    if isinstance(parameters, tuple):
        raise TypeError(f"{self} requires a single type. Got {parameters}.")
    return Union[parameters, None]


def _one_type(self, parameters):
    if isinstance(parameters, tuple):
        raise TypeError(f"{self} accepts only single type. Got {parameters}.")
    item = _type_check(parameters)
    return _GenericAlias(self, (item,), name=self._name)


def _literal(self, parameters):
    values = []
    for p in _as_tuple(parameters):
        if p not in values:
            values.append(p)
    return _LiteralGenericAlias(self, tuple(values), name='Literal')


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
ClassVar = _SpecialForm('ClassVar', _one_type)
Final = _SpecialForm('Final', _one_type)
Literal = _SpecialForm('Literal', _literal)

List = _SpecialGenericAlias(list, 1, 'List')
Dict = _SpecialGenericAlias(dict, 2, 'Dict')
Set = _SpecialGenericAlias(set, 1, 'Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet')
Tuple = _TupleAlias(tuple, -1, 'Tuple')
Type = _SpecialGenericAlias(type, 1, 'Type')
Callable = _CallableAlias(_ABC('Callable'), -1, 'Callable')
Iterable = _SpecialGenericAlias(_ABC('Iterable'), 1, 'Iterable')
Iterator = _SpecialGenericAlias(_ABC('Iterator'), 1, 'Iterator')
Generator = _SpecialGenericAlias(_ABC('Generator'), 3, 'Generator')
Sequence = _SpecialGenericAlias(_ABC('Sequence'), 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_ABC('MutableSequence'), 1, 'MutableSequence')
Mapping = _SpecialGenericAlias(_ABC('Mapping'), 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_ABC('MutableMapping'), 2, 'MutableMapping')
Collection = _SpecialGenericAlias(_ABC('Collection'), 1, 'Collection')
Container = _SpecialGenericAlias(_ABC('Container'), 1, 'Container')
AbstractSet = _SpecialGenericAlias(_ABC('Set'), 1, 'AbstractSet')
Hashable = _SpecialGenericAlias(_ABC('Hashable'), 0, 'Hashable')
Sized = _SpecialGenericAlias(_ABC('Sized'), 0, 'Sized')


class Generic:
    """The base of generic classes: class Stack(Generic[T])."""

    @_cached
    def __class_getitem__(cls, params):
        params = tuple(_type_check(p) for p in _as_tuple(params))
        if cls is Generic:
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError("Parameters to Generic[...] must all be type variables "
                                    "or parameter specification variables.")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        params = []
        for base in cls.__dict__.get('__orig_bases__', ()):
            if isinstance(base, _GenericAlias):
                for p in base.__parameters__:
                    if p not in params:
                        params.append(p)
        cls.__parameters__ = tuple(params)


# names a class defines that are not members of its protocol
_NOT_PROTOCOL_MEMBERS = [
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol',
    '_is_runtime_protocol', '__final__', '__abstractmethods__', '__annotations__',
    '__dict__', '__doc__', '__init__', '__module__', '__new__', '__slots__',
    '__subclasshook__', '__weakref__', '__class_getitem__', '__qualname__',
    '__init_subclass__', '_MutableMapping__marker',
]


def _protocol_members(cls):
    """The names a protocol asks for: its classes' own names and annotations."""
    members = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__.keys()) + list(getattr(base, '__annotations__', {}).keys())
        for name in names:
            if not name.startswith('_abc_') and name not in _NOT_PROTOCOL_MEMBERS:
                members.add(name)
    return members


def _only_method_members(cls):
    return all(callable(getattr(cls, name, None)) for name in _protocol_members(cls))


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    if cls.__init__ is not _no_init_or_replace_init:
        return
    # a concrete class below a protocol: its first real __init__ from now on
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


class _ProtocolMeta(type):
    """isinstance() against a runtime protocol looks for its members."""

    def __instancecheck__(cls, instance):
        is_protocol = getattr(cls, '_is_protocol', False)
        if is_protocol and not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if (not is_protocol or _only_method_members(cls)) and issubclass(instance.__class__, cls):
            return True
        if is_protocol:
            found = True
            for name in _protocol_members(cls):
                if not hasattr(instance, name):
                    found = False
                elif callable(getattr(cls, name, None)) and getattr(instance, name) is None:
                    found = False
            if found:
                return True
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        # the class's hook first, as ABCMeta asks it
        hook = cls.__dict__.get('__subclasshook__')
        if hook is not None:
            ok = hook(other)
            if ok is not NotImplemented:
                return ok
        return super().__subclasscheck__(other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """The base of structural types: class Drawable(Protocol)."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        def _proto_hook(other):
            if not cls.__dict__.get('_is_protocol', False):
                return NotImplemented
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError("Instance and class checks can only be used with"
                                " @runtime_checkable protocols")
            if not _only_method_members(cls):
                raise TypeError("Protocols with non-method members"
                                " don't support issubclass()")
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            for name in _protocol_members(cls):
                for base in other.__mro__:
                    if name in base.__dict__:
                        if base.__dict__[name] is None:
                            return NotImplemented
                        break
                else:
                    return NotImplemented
            return True

        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def runtime_checkable(cls):
    """Lets isinstance() and issubclass() check a protocol's members."""
    if not issubclass(cls, Generic) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


class _TypedDictMeta(type):
    """TypedDict classes: their instances are plain dicts."""

    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        own = {n: _type_check(t) for n, t in ns.get('__annotations__', {}).items()}
        annotations.update(own)
        for key in own:
            if total:
                required.add(key)
            else:
                optional.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys: class Movie(TypedDict)."""
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields)}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def cast(typ, val):
    """The value itself: a cast only informs a type checker."""
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()


def _lookup(name, globalns):
    # a name as eval would find it: the module's globals, then builtins
    if name in globalns:
        return globalns[name]
    builtins = globalns.get('__builtins__')
    if isinstance(builtins, dict):
        if name in builtins:
            return builtins[name]
    elif hasattr(builtins, name):
        return getattr(builtins, name)
    raise NameError(f"name '{name}' is not defined")


def _parse_hint(text, pos, globalns):
    # a forward reference's text: a dotted name, None or ..., maybe
    # subscripted with a comma-separated list of the same, or a string
    while text[pos:pos + 1] == ' ':
        pos += 1
    if text[pos:pos + 1] in ('"', "'"):
        end = text.index(text[pos], pos + 1)
        return ForwardRef(text[pos + 1:end]), end + 1
    if text.startswith('...', pos):
        return ..., pos + 3
    end = pos
    while end < len(text) and (text[end].isalnum() or text[end] in '_.'):
        end += 1
    name = text[pos:end]
    if not name or not all(part.isidentifier() for part in name.split('.')):
        raise NotImplementedError(f"forward references like {text!r} are not supported in scenarios")
    parts = name.split('.')
    value = None if name == 'None' else _lookup(parts[0], globalns)
    for part in parts[1:]:
        value = getattr(value, part)
    pos = end
    while text[pos:pos + 1] == ' ':
        pos += 1
    if text[pos:pos + 1] == '[':
        items = []
        pos += 1
        while True:
            if text[pos:pos + 1] == '[':
                # Callable[[int, str], bool]: a list of hints
                inner = []
                pos += 1
                while text[pos:pos + 1] != ']':
                    item, pos = _parse_hint(text, pos, globalns)
                    inner.append(item)
                    while text[pos:pos + 1] in (' ', ','):
                        pos += 1
                items.append(inner)
                pos += 1
            else:
                item, pos = _parse_hint(text, pos, globalns)
                items.append(item)
            while text[pos:pos + 1] == ' ':
                pos += 1
            if text[pos:pos + 1] == ',':
                pos += 1
                continue
            if text[pos:pos + 1] != ']':
                raise NotImplementedError(f"forward references like {text!r} are not supported in scenarios")
            pos += 1
            break
        value = value[items[0] if len(items) == 1 else tuple(items)]
    return value, pos


def _hint_value(value, globalns):
    # only an annotation itself is None or a string: inside a subscription
    # they were checked already, and Literal's strings are values
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = ForwardRef(value)
    return _eval_type(value, globalns)


def _eval_type(t, globalns):
    if isinstance(t, ForwardRef):
        value, pos = _parse_hint(t.__forward_arg__, 0, globalns)
        if t.__forward_arg__[pos:].strip():
            raise NotImplementedError(f"forward references like {t.__forward_arg__!r}"
                                      " are not supported in scenarios")
        return _eval_type(value, globalns)
    if isinstance(t, _GenericAlias):
        args = tuple(_eval_type(a, globalns) if a is not ... else a for a in t.__args__)
        if args != t.__args__:
            return t.copy_with(args)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, a class (its bases' first) or a
    module, with strings evaluated and None as NoneType."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = getattr(base, '__dict__', {}).get('__annotations__', {})
            if globalns is None:
                import sys
                module = sys.modules.get(base.__module__)
                base_globals = module.__dict__ if module is not None else {}
            else:
                base_globals = globalns
            for name, value in ann.items():
                hints[name] = _hint_value(value, base_globals)
        return hints
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    if globalns is None:
        globalns = getattr(obj, '__globals__', None)
        if globalns is None:
            globalns = getattr(obj, '__dict__', {})
    for name, value in ann.items():
        hints[name] = _hint_value(value, globalns)
    return hints


# NamedTuple: as in CPython, a function (for the call form) whose
# __mro_entries__ swaps itself, in a class statement's bases, for a
# placeholder class whose metaclass builds a collections.namedtuple.

def _make_nmtuple(name, types, module, defaults=()):
    import collections
    fields = [n for n, t in types]
    types = {n: _type_check(t) for n, t in types}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = types
    return nm_tpl


# names a NamedTuple class body may not define, and names it defines
# that are not copied onto the new class
_nt_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                            '_fields', '_field_defaults',
                            '_make', '_replace', '_asdict', '_source'})
_nt_special = frozenset({'__module__', '__name__', '__annotations__'})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        for key in ns:
            if key in _nt_prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _nt_special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    from _collections import _caller_module
    return _make_nmtuple(typename, fields, module=_caller_module())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries
