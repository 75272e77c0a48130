"""Regular expressions: the Python half of re, over the C matcher _sre.

Written for PyMem Lab. As in CPython, the module functions look the
compiled pattern up in a cache (a dict keyed by the pattern's type, text
and flags, oldest dropped first past 512 entries) before compiling.
"""

import enum
import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    TEMPLATE = T = 1
    IGNORECASE = I = 2
    LOCALE = L = 4
    MULTILINE = M = 8
    DOTALL = S = 16
    UNICODE = U = 32
    VERBOSE = X = 64
    DEBUG = 128
    ASCII = A = 256

    def __repr__(self):
        value = self._value_
        if value == 0:
            return 're.NOFLAG'
        parts = []
        bit = 1
        while bit <= value:
            if value & bit:
                member = RegexFlag._value2member_map_.get(bit)
                if member is not None:
                    parts.append('re.' + member._name_)
                else:
                    parts.append(hex(bit))
            bit <<= 1
        return '|'.join(parts)

    __str__ = __repr__


NOFLAG = RegexFlag.NOFLAG
TEMPLATE = T = RegexFlag.TEMPLATE
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
UNICODE = U = RegexFlag.UNICODE
VERBOSE = X = RegexFlag.VERBOSE
DEBUG = RegexFlag.DEBUG
ASCII = A = RegexFlag.ASCII


class error(Exception):
    """A pattern or template that cannot be compiled.

    msg is the message alone; pattern and pos say where (pos may be
    None), lineno and colno the same position as a line and a column.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is None or pos is None:
            self.lineno = None
            self.colno = None
            super().__init__(msg)
            return
        self.lineno = pattern.count('\n', 0, pos) + 1
        self.colno = pos - pattern.rfind('\n', 0, pos)
        text = '%s at position %d' % (msg, pos)
        if '\n' in pattern:
            text = '%s (line %d, column %d)' % (text, self.lineno, self.colno)
        super().__init__(text)


Pattern = _sre.Pattern
Match = _sre.Match

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, str):
        raise TypeError("first argument must be string or compiled pattern")
    compiled = _sre.compile(pattern, flags)
    if not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            # the oldest entry goes first
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    "Match the pattern at the start of the string: a Match, or None."
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    "Match the pattern against all of the string: a Match, or None."
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    "The first place the pattern matches in the string: a Match, or None."
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    "The string with the pattern's matches replaced by repl."
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    "A tuple: sub()'s string, and how many replacements were made."
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    "The pieces of the string between the pattern's matches."
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    "A list of every match of the pattern in the string."
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    "An iterator over the Match objects of the pattern in the string."
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the cache of compiled patterns."
    _cache.clear()


_SPECIAL = {}
for _c in '()[]{}?*+-|^$\\.&~# \t\n\r\v\f':
    _SPECIAL[ord(_c)] = '\\' + _c
del _c


def escape(pattern):
    "The pattern with its special characters escaped by a backslash."
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL)
    raise TypeError("escape() of a bytes pattern is not supported here")
