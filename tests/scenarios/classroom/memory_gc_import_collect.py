# What gc.collect() finds after importing modules
import gc
print(gc.collect())
import dataclasses, enum, copy, contextlib
print(gc.collect())
import functools, collections
print(gc.collect())
import typing
print(gc.collect())
import abc, weakref, operator, string, itertools, math, random
print(gc.collect())
print(gc.collect())
