"""Container datatypes: defaultdict, from the C module _collections."""

# Each algorithm here is CPython's (the same dict operations in the same
# order), so what a script builds with it has CPython's sizes and
# reference counts.

import sys as _sys

from _collections import defaultdict

__all__ = ['defaultdict']
