"""JSON (JavaScript Object Notation) <https://json.org> is a subset of
JavaScript syntax (ECMA-262 3rd edition) used as a lightweight data
interchange format."""

# CPython's json is a package (json.decoder, json.encoder, json.scanner)
# whose hot paths are in C (_json). Here it is one module: the names keep
# the modules CPython shows for them (json.decoder.JSONDecodeError in a
# traceback), and each path says which of CPython's it stands for where
# their messages differ (allow_nan=False with and without an indent).
# The objects a script gets back are built as CPython's scanner builds
# them: a dict filled key by key, a list appended to, equal keys shared.

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]
__author__ = 'Bob Ippolito <bob@redivi.com>'

_INFINITY = float('inf')

# ---- decoding ----


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = 'json.decoder'

_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'
_SIMPLE_ESCAPES = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}
_CONSTANTS = {
    'NaN': float('nan'),
    'Infinity': _INFINITY,
    '-Infinity': -_INFINITY,
}


class _StopScan(Exception):
    # where a value was expected and none began (the C scanner's
    # StopIteration)
    def __init__(self, pos):
        self.pos = pos


def _skip_space(s, i, n):
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


def _hex4(s, start):
    # the value of the 4 hex digits at start, -1 if they are not
    value = 0
    for ch in s[start:start + 4]:
        digit = '0123456789abcdef0123456789ABCDEF'.find(ch)
        if digit < 0:
            return -1
        value = value * 16 + digit % 16
    return value


def _scan_string(s, end, strict):
    """The string whose opening quote is at end - 1, and the index after
    its closing quote."""
    begin = end - 1
    n = len(s)
    pieces = []
    while True:
        nxt = end
        ch = ''
        while nxt < n:
            ch = s[nxt]
            if ch == '"' or ch == '\\':
                break
            if strict and ch <= '\x1f':
                raise JSONDecodeError("Invalid control character at", s, nxt)
            nxt += 1
        else:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if nxt != end:
            pieces.append(s[end:nxt])
        nxt += 1
        if ch == '"':
            end = nxt
            break
        if nxt == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[nxt]
        if esc != 'u':
            end = nxt + 1
            if esc not in _SIMPLE_ESCAPES:
                raise JSONDecodeError("Invalid \\escape", s, end - 2)
            pieces.append(_SIMPLE_ESCAPES[esc])
            continue
        nxt += 1
        end = nxt + 4
        if end >= n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, nxt - 1)
        code = _hex4(s, nxt)
        if code < 0:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, end - 5)
        # a high surrogate followed by \uXXXX: the pair is one character
        if 0xd800 <= code <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
            low = _hex4(s, end + 2)
            if low < 0:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        pieces.append(chr(code))
    if len(pieces) == 1:
        return pieces[0], end
    return ''.join(pieces), end


class _Scanner:
    def __init__(self, decoder):
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = {}

    def value(self, s, i):
        n = len(s)
        if i >= n:
            raise _StopScan(i)
        ch = s[i]
        if ch == '"':
            return _scan_string(s, i + 1, self.strict)
        if ch == '{':
            return self.object(s, i + 1)
        if ch == '[':
            return self.array(s, i + 1)
        if ch == 'n' and s[i:i + 4] == 'null':
            return None, i + 4
        if ch == 't' and s[i:i + 4] == 'true':
            return True, i + 4
        if ch == 'f' and s[i:i + 5] == 'false':
            return False, i + 5
        if ch == 'N' and s[i:i + 3] == 'NaN':
            return self.parse_constant('NaN'), i + 3
        if ch == 'I' and s[i:i + 8] == 'Infinity':
            return self.parse_constant('Infinity'), i + 8
        if ch == '-' and s[i:i + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), i + 9
        return self.number(s, i)

    def number(self, s, start):
        # -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
        n = len(s)
        i = start
        if i < n and s[i] == '-':
            i += 1
        if i < n and s[i] in '123456789':
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        elif i < n and s[i] == '0':
            i += 1
        else:
            raise _StopScan(start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i + 1 < n and s[i] in 'eE':
            e_start = i
            i += 1
            if i < n and s[i] in '-+':
                i += 1
            digits_from = i
            while i < n and s[i] in _DIGITS:
                i += 1
            if i > digits_from:
                is_float = True
            else:
                i = e_start
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def object(self, s, i):
        n = len(s)
        pairs = [] if self.object_pairs_hook is not None else None
        result = {} if pairs is None else None
        i = _skip_space(s, i, n)
        if i >= n or s[i] != '}':
            while True:
                if i >= n or s[i] != '"':
                    raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
                key, i = _scan_string(s, i + 1, self.strict)
                key = self.memo.setdefault(key, key)
                i = _skip_space(s, i, n)
                if i >= n or s[i] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                i = _skip_space(s, i + 1, n)
                value, i = self.value(s, i)
                if pairs is not None:
                    pairs.append((key, value))
                else:
                    result[key] = value
                i = _skip_space(s, i, n)
                if i < n and s[i] == '}':
                    break
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = _skip_space(s, i + 1, n)
        if pairs is not None:
            return self.object_pairs_hook(pairs), i + 1
        if self.object_hook is not None:
            return self.object_hook(result), i + 1
        return result, i + 1

    def array(self, s, i):
        n = len(s)
        result = []
        i = _skip_space(s, i, n)
        if i >= n or s[i] != ']':
            while True:
                value, i = self.value(s, i)
                result.append(value)
                i = _skip_space(s, i, n)
                if i < n and s[i] == ']':
                    break
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = _skip_space(s, i + 1, n)
        return result, i + 1


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder."""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document)."""
        obj, end = self.raw_decode(s, _skip_space(s, 0, len(s)))
        end = _skip_space(s, end, len(s))
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended."""
        scanner = _Scanner(self)
        try:
            return scanner.value(s, idx)
        except _StopScan as err:
            raise JSONDecodeError("Expecting value", s, err.pos) from None


JSONDecoder.__module__ = 'json.decoder'
_default_decoder = JSONDecoder()


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``s`` (a ``str``, ``bytes`` or ``bytearray`` instance
    containing a JSON document) to a Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = s.decode('utf-8')
    if (cls is None and object_hook is None and parse_int is None
            and parse_float is None and parse_constant is None
            and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``fp`` (a ``.read()``-supporting file-like object
    containing a JSON document) to a Python object."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


# ---- encoding ----

_ESCAPES = {
    '\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f',
    '\n': '\\n', '\r': '\\r', '\t': '\\t',
}
for _code in range(0x20):
    _ESCAPES.setdefault(chr(_code), '\\u{0:04x}'.format(_code))
del _code


def _quote(s, ascii_only):
    """s as a JSON string: quotes and control characters escaped, and
    with ascii_only everything outside ' '..'~' as \\uXXXX."""
    pieces = ['"']
    plain_from = 0
    i = 0
    for ch in s:
        if ch in _ESCAPES:
            text = _ESCAPES[ch]
        elif ascii_only and not (' ' <= ch <= '~'):
            code = ord(ch)
            if code < 0x10000:
                text = '\\u{0:04x}'.format(code)
            else:
                code -= 0x10000
                text = '\\u{0:04x}\\u{1:04x}'.format(0xd800 | ((code >> 10) & 0x3ff),
                                                   0xdc00 | (code & 0x3ff))
        else:
            i += 1
            continue
        if plain_from < i:
            pieces.append(s[plain_from:i])
        pieces.append(text)
        i += 1
        plain_from = i
    if plain_from == 0:
        return '"' + s + '"'
    pieces.append(s[plain_from:])
    pieces.append('"')
    return ''.join(pieces)


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            return _quote(o, self.ensure_ascii)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string
        representation as available."""
        # CPython encodes in C when it can (one shot, no indent), and the C
        # encoder words one message its Python encoder does not
        writer = _Writer(self, _one_shot and self.indent is None)
        writer.value(o, 0)
        return writer.parts


JSONEncoder.__module__ = 'json.encoder'


class _Writer:
    def __init__(self, encoder, in_c):
        self.encoder = encoder
        self.in_c = in_c
        self.parts = []
        self.markers = {} if encoder.check_circular else None
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.item_separator = encoder.item_separator
        self.key_separator = encoder.key_separator
        self.ascii_only = encoder.ensure_ascii

    def float_text(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INFINITY:
            text = 'Infinity'
        elif o == -_INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.encoder.allow_nan:
            if self.in_c:
                raise ValueError("Out of range float values are not JSON compliant")
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text

    def scalar(self, o):
        # the text of a str, None, bool, int or float; None for others
        if isinstance(o, str):
            return _quote(o, self.ascii_only)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.float_text(o)
        return None

    def enter(self, o):
        if self.markers is None:
            return None
        marker = id(o)
        if marker in self.markers:
            raise ValueError("Circular reference detected")
        self.markers[marker] = o
        return marker

    def leave(self, marker):
        if marker is not None:
            del self.markers[marker]

    def value(self, o, level):
        text = self.scalar(o)
        if text is not None:
            self.parts.append(text)
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            marker = self.enter(o)
            self.value(self.encoder.default(o), level)
            self.leave(marker)

    def array(self, items, level):
        parts = self.parts
        if not items:
            parts.append('[]')
            return
        marker = self.enter(items)
        parts.append('[')
        separator = self.item_separator
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            separator += newline
            parts.append(newline)
        first = True
        for item in items:
            if first:
                first = False
            else:
                parts.append(separator)
            self.value(item, level)
        if self.indent is not None:
            level -= 1
            parts.append('\n' + self.indent * level)
        parts.append(']')
        self.leave(marker)

    def key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_text(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.encoder.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def object(self, mapping, level):
        parts = self.parts
        if not mapping:
            parts.append('{}')
            return
        marker = self.enter(mapping)
        parts.append('{')
        separator = self.item_separator
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            separator += newline
            parts.append(newline)
        items = sorted(mapping.items()) if self.encoder.sort_keys else mapping.items()
        first = True
        for key, item in items:
            key = self.key_text(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                parts.append(separator)
            parts.append(_quote(key, self.ascii_only))
            parts.append(self.key_separator)
            self.value(item, level)
        if self.indent is not None:
            level -= 1
            parts.append('\n' + self.indent * level)
        parts.append('}')
        self.leave(marker)


_default_encoder = JSONEncoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize ``obj`` to a JSON formatted ``str``."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize ``obj`` as a JSON formatted stream to ``fp`` (a
    ``.write()``-supporting file-like object)."""
    if cls is None:
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                  check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                  separators=separators, default=default, sort_keys=sort_keys, **kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


# CPython's json package has imported its submodules by now: json.decoder
# and json.encoder are attributes of the package from the start
import json.decoder
import json.encoder
del json
