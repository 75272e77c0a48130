"""Bisection algorithms."""

# The searches and insertions come from C (_bisect), as CPython's;
# bisect and insort are their right-hand versions under shorter names.

from _bisect import bisect_left, bisect_right, insort_left, insort_right

bisect = bisect_right
insort = insort_right
