"""Heap queue algorithm (a.k.a. priority queue).

A heap is a list where heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]
for every k, so heap[0] is always the smallest item."""

# The list operations come from C (_heapq), as CPython's; the functions
# below take the same steps as CPython's Python ones, so the lists they
# hand back grow and shrink exactly as there.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

from _heapq import heappush, heappop, heapify, heapreplace, heappushpop
from _heapq import _heappop_max, _heapreplace_max, _heapify_max


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output."""
    # each entry of the heap is a list [sort value, input number, ...,
    # the input's __next__]; the input number breaks ties stably
    entries = []
    if reverse:
        make_heap, drop_top, replace_top, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, drop_top, replace_top, sign = heapify, heappop, heapreplace, 1

    if key is None:
        for number, source in enumerate(map(iter, iterables)):
            try:
                step = source.__next__
                entries.append([step(), number * sign, step])
            except StopIteration:
                pass
        make_heap(entries)
        while len(entries) > 1:
            try:
                while True:
                    value, number, step = top = entries[0]
                    yield value
                    top[0] = step()
                    replace_top(entries, top)
            except StopIteration:
                drop_top(entries)
        if entries:
            value, number, step = entries[0]
            yield value
            yield from step.__self__
        return

    for number, source in enumerate(map(iter, iterables)):
        try:
            step = source.__next__
            value = step()
            entries.append([key(value), number * sign, value, step])
        except StopIteration:
            pass
    make_heap(entries)
    while len(entries) > 1:
        try:
            while True:
                sort_value, number, value, step = top = entries[0]
                yield value
                value = step()
                top[0] = key(value)
                top[2] = value
                replace_top(entries, top)
        except StopIteration:
            drop_top(entries)
    if entries:
        sort_value, number, value, step = entries[0]
        yield value
        yield from step.__self__


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        missing = object()
        found = min(iter(iterable), default=missing, key=key)
        return [] if found is missing else [found]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]

    # keep the n smallest seen so far in a max-heap: its top is the one
    # the next smaller item replaces; the counter keeps equal items in
    # their input order
    it = iter(iterable)
    if key is None:
        kept = [(elem, i) for i, elem in zip(range(n), it)]
        if not kept:
            return kept
        _heapify_max(kept)
        worst = kept[0][0]
        counter = n
        for elem in it:
            if elem < worst:
                _heapreplace_max(kept, (elem, counter))
                worst, _counter = kept[0]
                counter += 1
        kept.sort()
        return [elem for (elem, counter) in kept]

    kept = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not kept:
        return kept
    _heapify_max(kept)
    worst = kept[0][0]
    counter = n
    for elem in it:
        k = key(elem)
        if k < worst:
            _heapreplace_max(kept, (k, counter, elem))
            worst, _counter, _elem = kept[0]
            counter += 1
    kept.sort()
    return [elem for (k, counter, elem) in kept]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        missing = object()
        found = max(iter(iterable), default=missing, key=key)
        return [] if found is missing else [found]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]

    # the mirror image of nsmallest: a min-heap of the n largest, with a
    # falling counter so equal items still come out in input order
    it = iter(iterable)
    if key is None:
        kept = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not kept:
            return kept
        heapify(kept)
        worst = kept[0][0]
        counter = -n
        for elem in it:
            if worst < elem:
                heapreplace(kept, (elem, counter))
                worst, _counter = kept[0]
                counter -= 1
        kept.sort(reverse=True)
        return [elem for (elem, counter) in kept]

    kept = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not kept:
        return kept
    heapify(kept)
    worst = kept[0][0]
    counter = -n
    for elem in it:
        k = key(elem)
        if worst < k:
            heapreplace(kept, (k, counter, elem))
            worst, _counter, _elem = kept[0]
            counter -= 1
    kept.sort(reverse=True)
    return [elem for (k, counter, elem) in kept]
