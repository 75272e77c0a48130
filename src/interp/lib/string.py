"""A collection of string constants."""

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words, capitalize each, and join them with sep."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}


def _is_id_start(c):
    # the default idpattern: ASCII letters (either case) and underscore
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _id_end(s, i):
    """The end of the identifier starting at s[i], or i if none does."""
    n = len(s)
    if i >= n or not _is_id_start(s[i]):
        return i
    j = i + 1
    while j < n and (_is_id_start(s[j]) or '0' <= s[j] <= '9'):
        j += 1
    return j


def _placeholders(template, delimiter):
    """Each placeholder of the template, in order, as
    (start, end, kind, name): kind is 'escaped', 'named', 'braced' or
    'invalid' (then end is where the bad placeholder's name would start)."""
    found = []
    d = len(delimiter)
    i = template.find(delimiter)
    while i >= 0:
        after = i + d
        if template.startswith(delimiter, after):
            found.append((i, after + d, 'escaped', None))
            i = template.find(delimiter, after + d)
            continue
        end = _id_end(template, after)
        if end > after:
            found.append((i, end, 'named', template[after:end]))
            i = template.find(delimiter, end)
            continue
        if template.startswith('{', after):
            end = _id_end(template, after + 1)
            if end > after + 1 and template.startswith('}', end):
                found.append((i, end + 1, 'braced', template[after + 1:end]))
                i = template.find(delimiter, end + 1)
                continue
        found.append((i, after, 'invalid', None))
        i = template.find(delimiter, after)
    return found


class Template:
    """A string with $name and ${name} placeholders, filled in by
    substitute() from a mapping or keywords; $$ is a single $."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _invalid(self, index):
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = index - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _fill(self, mapping, safe):
        template = self.template
        parts = []
        last = 0
        for start, end, kind, name in _placeholders(template, self.delimiter):
            parts.append(template[last:start])
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                parts.append(template[start:end])
            elif safe:
                try:
                    parts.append(str(mapping[name]))
                except KeyError:
                    parts.append(template[start:end])
            else:
                parts.append(str(mapping[name]))
            last = end
        parts.append(template[last:])
        return ''.join(parts)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        return self._fill(mapping, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        return self._fill(mapping, True)

    def is_valid(self):
        for start, end, kind, name in _placeholders(self.template, self.delimiter):
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in _placeholders(self.template, self.delimiter):
            if name is not None and name not in ids:
                ids.append(name)
        return ids
