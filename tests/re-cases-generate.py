#!/usr/bin/env python3.11
# SPDX-FileCopyrightText: 2026 The PyMemLab authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Record re-cases.txt for test-re-engine: random patterns (seeded, so the
file is the same each time) run by python3.11's re over random subjects.

    python3.11 tests/re-cases-generate.py > tests/re-cases.txt

    python3.11 tests/re-cases-generate.py --sizes > tests/re-sizes.txt

records instead sys.getsizeof of compiled patterns a lesson would write
(the pattern in hex, the flags, the size), for the sizes of our Pattern
objects.

One case a line, tab-separated: the flags, the pattern and the subject
(UTF-8 in hex), then what python3.11 found: "E pos msg" when compiling
fails (the message without its position, pos -1 for none), else the search's marks ("N" when
nothing matched, else start and end of the match then of each group,
-1 for a group that did not take part), then a ";" and the spans of
every finditer match.
"""

import random
import re
import sys

ATOMS = ['a', 'b', 'c', 'ab', ' ', '1', '.', r'\d', r'\w', r'\s', r'\W', r'\D', r'\S',
         '[ab]', '[^a]', '[a-c]', '[^ ]', r'[\d_]', r'\.', '-', 'A', 'é', '[b-cA]',
         '(?i:a)', '(?-i:b)', 'B', '[A-Z]', r'[^\W\d]', 'ä', '[à-ö]', r'\x41', r'\n', '$']
ANCHORS = ['^', '$', r'\b', r'\B', r'\A', r'\Z']
QUANTS = ['*', '+', '?', '*?', '+?', '??', '{2}', '{1,2}', '{,2}', '{2,}', '{0,1}?', '*+', '++']
SUBJECT_CHARS = 'aabbcc  11_-.A\néBCÄä'
FLAG_CHOICES = [0, 0, 0, re.I, re.I, re.M, re.S, re.A, re.I | re.M, re.I | re.A, re.X]


class Gen:
    def __init__(self, rnd):
        self.rnd = rnd
        self.groups = 0

    def atom(self, depth):
        r = self.rnd.random()
        if depth < 2 and r < 0.25:
            kind = self.rnd.choice(['(', '(?:', '(?P<n%d>', '(?=', '(?!', '(?>'])
            inner = self.alt(depth + 1)
            if kind == '(?P<n%d>':
                self.groups += 1
                return '(?P<n%d>%s)' % (self.groups, inner)
            if kind == '(':
                self.groups += 1
            return kind + inner + ')'
        if depth < 2 and r < 0.30:
            return '(?<=%s)' % self.rnd.choice(['a', 'b', r'\d', '[ab]', 'ab', ' '])
        if depth < 2 and r < 0.33:
            return '(?<!%s)' % self.rnd.choice(['a', 'b', r'\w', 'c'])
        if r < 0.36 and self.groups > 0:
            return '\\%d' % self.rnd.randint(1, self.groups)
        if r < 0.38 and self.groups > 0:
            return '(?(%d)%s|%s)' % (self.rnd.randint(1, self.groups), self.seq(depth + 1),
                                     self.seq(depth + 1))
        if r < 0.45:
            return self.rnd.choice(ANCHORS)
        return self.rnd.choice(ATOMS)

    def piece(self, depth):
        a = self.atom(depth)
        if a not in ANCHORS and not a.startswith('(?<') and self.rnd.random() < 0.4:
            a += self.rnd.choice(QUANTS)
        return a

    def seq(self, depth):
        return ''.join(self.piece(depth) for _ in range(self.rnd.randint(1, 4)))

    def alt(self, depth):
        parts = [self.seq(depth)]
        while self.rnd.random() < 0.25:
            parts.append(self.seq(depth))
        return '|'.join(parts)


def hexs(s):
    return s.encode('utf-8').hex() or '-'


def marks(m):
    out = []
    for g in range(len(m.groups()) + 1):
        out += list(m.span(g))
    return ' '.join(str(x) for x in out)


# patterns of the kind the classroom scenarios use
LESSON_PATTERNS = [
    '', 'a', 'abc', r'\d+', r'\w+', r'\s+', r'\D', r'\W+', '[aeiou]', '[A-Za-z]+', r'[^\w\s]',
    r'(\w+)@(\w+)\.com', r'^\s*$', r'\b\w{6,}\b', 'colou?r', '<.*?>', '<.*>', r'(?i)hello',
    r'\$(\d+\.\d{2})', 'cat|dog|bird', 'a|b', r'(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})',
    r'(\d{4})-(\d\d)-(\d\d)', r'(\d+)(?:\.(\d+))?', r'https?://[^\s]+', r'#(\w+)', r'@(\w+)',
    r'(?<=\$)\d+', r'[-+*/()=]', r'^(?=.*[a-z])(?=.*[A-Z])(?=.*\d).{8,}$', r'\s*[,;|]\s*',
    r'\b[A-Z]\w*', 'x*', 'a{2,3}', r'(.)\1', r'\b(\w+) \1\b', r'_([a-z])', r'(?<!^)(?=[A-Z])',
    r'\{(\w+)\}', r'\s+([,.!?])', r'[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}',
    r'\(?(\d{3})\)?[ .-]?(\d{3})[ .-]?(\d{4})', r'(\w+)=(\d+)', r'\d+|[a-z]+', r'(?m)^\w+',
    r'First.*THIRD', r'\bcat\b', r'[^\W\d_]+', r'(?<=[.!?])\s+', r'<[^>]+>', r'\n{2,}',
]


def sizes():
    import sys as _sys
    for pat in LESSON_PATTERNS:
        # without flags: under re.I CPython's code has case tables we
        # only estimate
        size = _sys.getsizeof(re.compile(pat))
        _sys.stdout.write('%s\t0\t%d\n' % (hexs(pat), size))


def main():
    rnd = random.Random(20261208)
    patterns = []
    while len(patterns) < 600:
        g = Gen(rnd)
        patterns.append(g.alt(0))
    # a few mistakes a student makes, for the messages
    patterns += ['(ab', 'a)', '*a', 'a**', '[ab', r'\q', 'a{3,2}', '(?<=a+)b', '(?P<1>x)', r'(a)\2',
                 '(?P=nope)', 'a|*', '(?x', '[z-a]', '(?<x', r'\x4', '+', '(?i', 'x{2}{3}',
                 'a(?i)b', '(?P<a>x)(?P<a>y)', '(?#comment', '(?Px)', r'[\d-z]', '(?', '(?z)',
                 r'\8', '[]', '[^]', 'a{,', 'a{1', '\\', '(?(2)a|b)', '(?<=a|bc)',
                 ' a b # comment', '[a-\\d]', r'(?i)straße', r'(?a)\w+', r'(?s).+', r'(?m)^\w$']
    for pat in patterns:
        flags = rnd.choice(FLAG_CHOICES)
        for _ in range(5):
            subject = ''.join(rnd.choice(SUBJECT_CHARS) for _ in range(rnd.randint(0, 12)))
            try:
                p = re.compile(pat, flags)
            except re.error as e:
                result = 'E %d %s' % (-1 if e.pos is None else e.pos, e.msg)
            else:
                m = p.search(subject)
                result = 'N' if m is None else 'M ' + marks(m)
                result += ' ; ' + ' '.join('%d %d' % it.span() for it in p.finditer(subject))
            sys.stdout.write('%d\t%s\t%s\t%s\n' % (int(flags), hexs(pat), hexs(subject), result))


if __name__ == '__main__':
    if sys.argv[1:] == ['--sizes']:
        sizes()
    else:
        main()
