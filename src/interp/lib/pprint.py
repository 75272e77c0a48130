"""Support to pretty-print lists, tuples, & dictionaries recursively.

Very simple, but useful, especially in debugging data structures.

Classes
-------

PrettyPrinter()
    Handle pretty-printing operations onto a stream using a configured
    set of formatting parameters.

Functions
---------

pformat()
    Format a Python object into a pretty-printed representation.

pprint()
    Pretty-print a Python object to a stream [default is sys.stdout].

saferepr()
    Generate a 'standard' repr()-like value, but protect against recursive
    data structures.

"""

# CPython picks a layout by the __repr__ an object's type uses (a dict's,
# a list's, Counter's, ...). Here the same choice is made by walking the
# type's MRO to the class whose __repr__ it gets: the first class with a
# layout of its own, or one that defines __repr__ itself. Long strings
# are cut at the same places CPython's regular expression cuts them.

import collections as _collections
import dataclasses as _dataclasses
import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    printer = PrettyPrinter(
        stream=stream, indent=indent, width=width, depth=depth,
        compact=compact, sort_dicts=sort_dicts,
        underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Format a Python object into a pretty-printed representation."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print a Python object"""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """Version of repr() which can handle recursive data structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Determine if saferepr(object) is readable by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Determine if object requires a recursive representation."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """Helper function for key functions when sorting unorderable objects."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _safe_tuple(t):
    "Helper function for comparing 2-tuples"
    return _safe_key(t[0]), _safe_key(t[1])


class _TextCollector:
    # what pformat writes into (CPython's io.StringIO)
    def __init__(self):
        self.pieces = []

    def write(self, text):
        self.pieces.append(text)

    def getvalue(self):
        return ''.join(self.pieces)


# the classes whose __repr__ the layouts below stand for
_REPR_CLASSES = (dict, list, tuple, int, str, bytes, bytearray, set, frozenset,
                 _collections.OrderedDict, _collections.defaultdict,
                 _collections.Counter, _collections.ChainMap, _collections.deque)


def _repr_class(typ):
    """The class whose __repr__ instances of typ use: one of _REPR_CLASSES,
    the class that defines __repr__, or None (object's)."""
    for cls in typ.__mro__:
        if cls in _REPR_CLASSES:
            return cls
        if cls is not object and '__repr__' in cls.__dict__:
            return cls
    return None


def _word_parts(line):
    # the line cut after each run of whitespace: 'ab  cd e' gives
    # ['ab  ', 'cd ', 'e']
    parts = []
    i = 0
    n = len(line)
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        parts.append(line[i:j])
        i = j
    return parts


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        """Handle pretty printing operations onto a stream using a set of
        configured parameters."""
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        collector = _TextCollector()
        self._format(object, collector, 0, 0, {}, 0)
        return collector.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Format object for a specific context, returning a string
        and flags indicating whether the representation is 'readable'
        and whether the object represents a recursive construct.
        """
        return self._safe_repr(object, context, maxlevels, level)

    # ---- one object: on one line when it fits, else laid out ----

    def _format(self, object, stream, indent, allowance, context, level):
        # allowance: the columns the closing brackets after this object
        # will take on its last line
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        if len(text) <= self._width - indent - allowance:
            stream.write(text)
            return
        layout = self._layouts.get(_repr_class(type(object)))
        if layout is None and not _has_generated_repr(object):
            stream.write(text)
            return
        if layout is None:
            layout = PrettyPrinter._layout_dataclass
        context[key] = 1
        layout(self, object, stream, indent, allowance, context, level + 1)
        del context[key]

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _sorted_items(self, mapping):
        if self._sort_dicts:
            return sorted(mapping.items(), key=_safe_tuple)
        return mapping.items()

    def _pad_after_open(self, stream):
        # an indent of n puts n - 1 spaces after an opening bracket
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')

    # ---- the layouts, by the class whose __repr__ the object uses ----

    def _layout_dataclass(self, object, stream, indent, allowance, context, level):
        name = object.__class__.__name__
        fields = [(f.name, getattr(object, f.name)) for f in _dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._write_keywords(fields, stream, indent + len(name) + 1, allowance, context, level)
        stream.write(')')

    def _layout_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        self._pad_after_open(stream)
        if len(object):
            self._write_pairs(self._sorted_items(object), stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _layout_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1, context, level)
        stream.write(')')

    def _layout_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._write_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _layout_tuple(self, object, stream, indent, allowance, context, level):
        close = ',)' if len(object) == 1 else ')'
        stream.write('(')
        self._write_items(object, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _layout_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        if cls is set:
            stream.write('{')
            close = '}'
        else:
            stream.write(cls.__name__ + '({')
            close = '})'
            indent += len(cls.__name__) + 1
        self._write_items(sorted(object, key=_safe_key), stream, indent, allowance + len(close),
                          context, level)
        stream.write(close)

    def _layout_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        # a string at the top is wrapped in parentheses
        if level == 1:
            indent += 1
            allowance += 1
        width = self._width - indent
        lines = object.splitlines(True)
        pieces = []
        for number, line in enumerate(lines):
            last_line = number == len(lines) - 1
            text = repr(line)
            if len(text) <= width - (allowance if last_line else 0):
                pieces.append(text)
                continue
            # too long: cut it after whitespace, filling each piece
            words = _word_parts(line)
            current = ''
            for at, word in enumerate(words):
                room = width - (allowance if last_line and at == len(words) - 1 else 0)
                if len(repr(current + word)) > room:
                    if current:
                        pieces.append(repr(current))
                    current = word
                else:
                    current = current + word
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            stream.write(text)
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            stream.write(')')

    def _layout_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        if level == 1:
            indent += 1
            allowance += 1
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(_bytes_pieces(object, self._width - indent, allowance)))
        if level == 1:
            stream.write(')')

    def _layout_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._layout_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(')')

    def _layout_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._layout_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _layout_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        self._pad_after_open(stream)
        self._write_pairs(object.most_common(), stream, indent + len(name) + 1, allowance + 2,
                          context, level)
        stream.write('})')

    def _layout_chain_map(self, object, stream, indent, allowance, context, level):
        if not len(object.maps):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        last = len(object.maps) - 1
        for number, mapping in enumerate(object.maps):
            if number == last:
                self._format(mapping, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(mapping, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    def _layout_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._write_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._write_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, maxlen))

    _layouts = {
        dict: _layout_dict,
        _collections.OrderedDict: _layout_ordered_dict,
        list: _layout_list,
        tuple: _layout_tuple,
        set: _layout_set,
        frozenset: _layout_set,
        str: _layout_str,
        bytes: _layout_bytes,
        bytearray: _layout_bytearray,
        _collections.defaultdict: _layout_default_dict,
        _collections.Counter: _layout_counter,
        _collections.ChainMap: _layout_chain_map,
        _collections.deque: _layout_deque,
    }

    # ---- the parts of a layout ----

    def _write_pairs(self, pairs, stream, indent, allowance, context, level):
        # key: value, one pair a line; each value indented past its key
        indent += self._indent_per_level
        separator = ',\n' + ' ' * indent
        last = len(pairs) - 1
        for number, (key, value) in enumerate(pairs):
            text = self._repr(key, context, level)
            stream.write(text + ': ')
            self._format(value, stream, indent + len(text) + 2,
                         allowance if number == last else 1, context, level)
            if number != last:
                stream.write(separator)

    def _write_keywords(self, pairs, stream, indent, allowance, context, level):
        # name=value, as a dataclass's repr writes its fields
        separator = ',\n' + ' ' * indent
        last = len(pairs) - 1
        for number, (name, value) in enumerate(pairs):
            stream.write(name + '=')
            if id(value) in context:
                # a field that refers back, shown as the dataclass repr does
                stream.write("...")
            else:
                self._format(value, stream, indent + len(name) + 1,
                             allowance if number == last else 1, context, level)
            if number != last:
                stream.write(separator)

    def _write_items(self, items, stream, indent, allowance, context, level):
        # one item a line; compact: as many as fit on each line
        indent += self._indent_per_level
        self._pad_after_open(stream)
        newline = ',\n' + ' ' * indent
        room = line_width = self._width - indent + 1
        separator = ''
        remaining = iter(items)
        for item in remaining:
            break
        else:
            return
        done = False
        while not done:
            current = item
            for item in remaining:
                break
            else:
                # the last item shares its line with the closing brackets
                done = True
                line_width -= allowance
                room -= allowance
            if self._compact:
                text = self._repr(current, context, level)
                needed = len(text) + 2
                if room < needed:
                    room = line_width
                    if separator:
                        separator = newline
                if room >= needed:
                    room -= needed
                    stream.write(separator + text)
                    separator = ', '
                    continue
            stream.write(separator)
            separator = newline
            self._format(current, stream, indent, allowance if done else 1, context, level)

    # ---- the one-line repr, guarded against cycles and depth ----

    def _safe_repr(self, object, context, maxlevels, level):
        # (text, readable by eval, recursive)
        cls = type(object)
        if cls in _builtin_scalars:
            return repr(object), True, False
        owner = _repr_class(cls)
        if owner is int:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if owner is dict:
            if not object:
                return "{}", True, False
            return self._safe_container(object, "{%s}", self._sorted_items(object), True,
                                        context, maxlevels, level)
        if owner is list or owner is tuple:
            if not object:
                return ("[]" if owner is list else "()"), True, False
            if owner is list:
                template = "[%s]"
            else:
                template = "(%s,)" if len(object) == 1 else "(%s)"
            return self._safe_container(object, template, object, False,
                                        context, maxlevels, level)
        text = repr(object)
        return text, (text and not text.startswith('<')), False

    def _safe_container(self, object, template, entries, pairs, context, maxlevels, level):
        key = id(object)
        if maxlevels and level >= maxlevels:
            return template % "...", False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable = True
        recursive = False
        texts = []
        for entry in entries:
            parts = entry if pairs else (entry,)
            shown = []
            for part in parts:
                text, part_readable, part_recursive = self.format(part, context, maxlevels, level + 1)
                shown.append(text)
                readable = readable and part_readable
                recursive = recursive or part_recursive
            texts.append(": ".join(shown))
        del context[key]
        return template % ", ".join(texts), readable, recursive


def _has_generated_repr(object):
    # a dataclass instance whose repr is the one @dataclass wrote
    return (_dataclasses.is_dataclass(object) and
            not isinstance(object, type) and
            object.__dataclass_params__.repr and
            hasattr(object.__repr__, "__wrapped__") and
            "__create_fn__" in object.__repr__.__wrapped__.__qualname__)


_builtin_scalars = frozenset({str, bytes, bytearray, float, complex,
                              bool, type(None)})


def _recursion(object):
    return ("<Recursion on %s with id=%s>"
            % (type(object).__name__, id(object)))


def _bytes_pieces(object, width, allowance):
    # the bytes in runs of 4, as many runs to a piece as its repr fits
    pieces = []
    current = b''
    last = len(object) // 4 * 4
    for start in range(0, len(object), 4):
        run = object[start:start + 4]
        if start == last:
            width -= allowance
        if len(repr(current + run)) > width:
            if current:
                pieces.append(repr(current))
            current = run
        else:
            current = current + run
    if current:
        pieces.append(repr(current))
    return pieces
