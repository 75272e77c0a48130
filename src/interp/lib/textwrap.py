"""Text wrapping and filling.
"""

# CPython cuts text into chunks with regular expressions; there is no re
# module here, so the chunking below walks the text by hand and finds the
# same chunks (the whitespace runs, words, the pieces of hyphenated words
# and em-dashes) that CPython's patterns find.

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return _is_word_char(c) and not c.isdigit()


def _is_word_punct(c):
    return _is_word_char(c) or c in '!"\'&.,?'


def _dash_run(text, i):
    # the number of '-' from i, when there are two or more and a word
    # character follows them (an em-dash written as --), else 0
    n = len(text)
    j = i
    while j < n and text[j] == '-':
        j += 1
    if j - i >= 2 and j < n and _is_word_char(text[j]):
        return j - i
    return 0


def _hyphen_breaks_after(text, q):
    # a break after the hyphen at q, as in "self-aware": two letters (or
    # letter, hyphen, letter) before it, and a letter, maybe a hyphen,
    # and a letter after it
    n = len(text)
    if q >= n or text[q] != '-':
        return False
    before = (q >= 2 and _is_letter(text[q - 2]) and _is_letter(text[q - 1])) or \
             (q >= 3 and _is_letter(text[q - 3]) and text[q - 2] == '-' and _is_letter(text[q - 1]))
    if not before:
        return False
    if q + 1 >= n or not _is_letter(text[q + 1]):
        return False
    after = q + 2
    if after < n and text[after] == '-':
        if after + 1 < n and _is_letter(text[after + 1]):
            return True
    return after < n and _is_letter(text[after])


def _split_on_hyphens(text):
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        if text[p] in _whitespace:
            q = p + 1
            while q < n and text[q] in _whitespace:
                q += 1
            chunks.append(text[p:q])
            p = q
            continue
        if p > 0 and _is_word_punct(text[p - 1]):
            run = _dash_run(text, p)
            if run:
                chunks.append(text[p:p + run])
                p += run
                continue
        # the shortest word that ends at a hyphen break, at whitespace or
        # the end, or just before an em-dash
        q = p + 1
        while True:
            if _hyphen_breaks_after(text, q):
                q += 1
                break
            if q >= n or text[q] in _whitespace:
                break
            if _is_word_punct(text[q - 1]) and _dash_run(text, q):
                break
            q += 1
        chunks.append(text[p:q])
        p = q
    return chunks


def _split_on_whitespace(text):
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        space = text[p] in _whitespace
        q = p + 1
        while q < n and (text[q] in _whitespace) == space:
            q += 1
        chunks.append(text[p:q])
        p = q
    return chunks


def _ends_sentence(chunk):
    # a lowercase letter, then . ! or ?, then maybe a closing quote
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """
    Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are just there for
    subclasses to override in order to tweak the default behaviour.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs and turn every other whitespace character into a
        space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text into indivisible chunks: words (or parts of
        hyphenated words) and the whitespace between them."""
        if self.break_on_hyphens is True:
            return _split_on_hyphens(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        """Two spaces after a sentence's end where the text had one."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Break a chunk too long for any line (or keep it whole on a
        line of its own)."""
        word = reversed_chunks[-1]
        room = width - cur_len if width >= 1 else 1
        if not self.break_long_words:
            # an unbreakable word gets a line to itself
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        cut = room
        if self.break_on_hyphens and len(word) > room:
            # rather just after a hyphen, when something other than
            # hyphens comes before it
            hyphen = word.rfind('-', 0, room)
            if hyphen > 0 and word[:hyphen].strip('-'):
                cut = hyphen + 1
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _wrap_chunks(self, chunks):
        """Fill lines of at most self.width with the chunks, greedily."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            last_indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(last_indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        # the next chunk is the last one: popping is cheap
        pending = chunks
        pending.reverse()
        while pending:
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            # no line but the first starts with whitespace
            if lines and self.drop_whitespace and not pending[-1].strip():
                pending.pop()
            line = []
            used = 0
            while pending and used + len(pending[-1]) <= room:
                used += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = sum(len(piece) for piece in line)
            if self.drop_whitespace and line and not line[-1].strip():
                used -= len(line.pop())
            if not line:
                continue
            if self._fits_before_limit(lines, pending, used, room):
                lines.append(prefix + ''.join(line))
                continue
            self._end_with_placeholder(lines, line, used, room, prefix)
            break
        return lines

    def _fits_before_limit(self, lines, pending, used, room):
        # may this line go out as it is: no max_lines, not the last line
        # allowed yet, or nothing but whitespace left after it
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        nothing_left = not pending or (self.drop_whitespace and len(pending) == 1
                                       and not pending[0].strip())
        return nothing_left and used <= room

    def _end_with_placeholder(self, lines, line, used, room, prefix):
        # drop chunks from the end until the placeholder fits after a word
        while line:
            if line[-1].strip() and used + len(self.placeholder) <= room:
                lines.append(prefix + ''.join(line) + self.placeholder)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(self.placeholder) <= self.width:
                lines[-1] = previous + self.placeholder
                return
        lines.append(prefix + self.placeholder.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Reformat the single paragraph in 'text' so it fits in lines of
        no more than 'self.width' columns, and return a list of wrapped
        lines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Reformat the single paragraph in 'text' to fit in lines of no
        more than 'self.width' columns, and return a new string
        containing the entire wrapped paragraph."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    Entirely blank lines are normalized to a newline character.
    """
    lines = text.split('\n')
    margin = None
    for number, line in enumerate(lines):
        content = line.lstrip(' \t')
        if not content:
            # a line of only spaces and tabs becomes empty
            lines[number] = ''
            continue
        leading = line[:len(line) - len(content)]
        if margin is None:
            margin = leading
        elif leading.startswith(margin):
            pass
        elif margin.startswith(leading):
            margin = leading
        else:
            for i, (x, y) in enumerate(zip(margin, leading)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        for number, line in enumerate(lines):
            if line.startswith(margin):
                lines[number] = line[len(margin):]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'."""
    if predicate is None:
        def predicate(line):
            return line.strip()

    def prefixed_lines():
        for line in text.splitlines(True):
            yield (prefix + line if predicate(line) else line)
    return ''.join(prefixed_lines())
