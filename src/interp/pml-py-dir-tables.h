/* pml-py-dir-tables.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* dir() of the built-in types, as CPython 3.11 lists them */
static const char dir_str[] =
  "__add__ __class__ __contains__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ "
  "__getitem__ __getnewargs__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __iter__ __le__ __len__ "
  "__lt__ __mod__ __mul__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __rmod__ __rmul__ __setattr__ "
  "__sizeof__ __str__ __subclasshook__ capitalize casefold center count encode endswith expandtabs find "
  "format format_map index isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric "
  "isprintable isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix "
  "replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title "
  "translate upper zfill";
static const char dir_list[] =
  "__add__ __class__ __class_getitem__ __contains__ __delattr__ __delitem__ __dir__ __doc__ __eq__ __format__ "
  "__ge__ __getattribute__ __getitem__ __getstate__ __gt__ __hash__ __iadd__ __imul__ __init__ "
  "__init_subclass__ __iter__ __le__ __len__ __lt__ __mul__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ "
  "__reversed__ __rmul__ __setattr__ __setitem__ __sizeof__ __str__ __subclasshook__ append clear copy count "
  "extend index insert pop remove reverse sort";
static const char dir_tuple[] =
  "__add__ __class__ __class_getitem__ __contains__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ "
  "__getattribute__ __getitem__ __getnewargs__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ "
  "__iter__ __le__ __len__ __lt__ __mul__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __rmul__ "
  "__setattr__ __sizeof__ __str__ __subclasshook__ count index";
static const char dir_dict[] =
  "__class__ __class_getitem__ __contains__ __delattr__ __delitem__ __dir__ __doc__ __eq__ __format__ __ge__ "
  "__getattribute__ __getitem__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __ior__ __iter__ "
  "__le__ __len__ __lt__ __ne__ __new__ __or__ __reduce__ __reduce_ex__ __repr__ __reversed__ __ror__ "
  "__setattr__ __setitem__ __sizeof__ __str__ __subclasshook__ clear copy fromkeys get items keys pop popitem "
  "setdefault update values";
static const char dir_set[] =
  "__and__ __class__ __class_getitem__ __contains__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ "
  "__getattribute__ __getstate__ __gt__ __hash__ __iand__ __init__ __init_subclass__ __ior__ __isub__ "
  "__iter__ __ixor__ __le__ __len__ __lt__ __ne__ __new__ __or__ __rand__ __reduce__ __reduce_ex__ __repr__ "
  "__ror__ __rsub__ __rxor__ __setattr__ __sizeof__ __str__ __sub__ __subclasshook__ __xor__ add clear copy "
  "difference difference_update discard intersection intersection_update isdisjoint issubset issuperset pop "
  "remove symmetric_difference symmetric_difference_update union update";
static const char dir_frozenset[] =
  "__and__ __class__ __class_getitem__ __contains__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ "
  "__getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __iter__ __le__ __len__ __lt__ "
  "__ne__ __new__ __or__ __rand__ __reduce__ __reduce_ex__ __repr__ __ror__ __rsub__ __rxor__ __setattr__ "
  "__sizeof__ __str__ __sub__ __subclasshook__ __xor__ copy difference intersection isdisjoint issubset "
  "issuperset symmetric_difference union";
static const char dir_int[] =
  "__abs__ __add__ __and__ __bool__ __ceil__ __class__ __delattr__ __dir__ __divmod__ __doc__ __eq__ "
  "__float__ __floor__ __floordiv__ __format__ __ge__ __getattribute__ __getnewargs__ __getstate__ __gt__ "
  "__hash__ __index__ __init__ __init_subclass__ __int__ __invert__ __le__ __lshift__ __lt__ __mod__ __mul__ "
  "__ne__ __neg__ __new__ __or__ __pos__ __pow__ __radd__ __rand__ __rdivmod__ __reduce__ __reduce_ex__ "
  "__repr__ __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__ "
  "__rsub__ __rtruediv__ __rxor__ __setattr__ __sizeof__ __str__ __sub__ __subclasshook__ __truediv__ "
  "__trunc__ __xor__ as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag numerator "
  "real to_bytes";
static const char dir_bool[] =
  "__abs__ __add__ __and__ __bool__ __ceil__ __class__ __delattr__ __dir__ __divmod__ __doc__ __eq__ "
  "__float__ __floor__ __floordiv__ __format__ __ge__ __getattribute__ __getnewargs__ __getstate__ __gt__ "
  "__hash__ __index__ __init__ __init_subclass__ __int__ __invert__ __le__ __lshift__ __lt__ __mod__ __mul__ "
  "__ne__ __neg__ __new__ __or__ __pos__ __pow__ __radd__ __rand__ __rdivmod__ __reduce__ __reduce_ex__ "
  "__repr__ __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__ "
  "__rsub__ __rtruediv__ __rxor__ __setattr__ __sizeof__ __str__ __sub__ __subclasshook__ __truediv__ "
  "__trunc__ __xor__ as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag numerator "
  "real to_bytes";
static const char dir_float[] =
  "__abs__ __add__ __bool__ __ceil__ __class__ __delattr__ __dir__ __divmod__ __doc__ __eq__ __float__ "
  "__floor__ __floordiv__ __format__ __ge__ __getattribute__ __getformat__ __getnewargs__ __getstate__ __gt__ "
  "__hash__ __init__ __init_subclass__ __int__ __le__ __lt__ __mod__ __mul__ __ne__ __neg__ __new__ __pos__ "
  "__pow__ __radd__ __rdivmod__ __reduce__ __reduce_ex__ __repr__ __rfloordiv__ __rmod__ __rmul__ __round__ "
  "__rpow__ __rsub__ __rtruediv__ __setattr__ __sizeof__ __str__ __sub__ __subclasshook__ __truediv__ "
  "__trunc__ as_integer_ratio conjugate fromhex hex imag is_integer real";
static const char dir_bytes[] =
  "__add__ __bytes__ __class__ __contains__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ "
  "__getattribute__ __getitem__ __getnewargs__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ "
  "__iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __rmod__ "
  "__rmul__ __setattr__ __sizeof__ __str__ __subclasshook__ capitalize center count decode endswith "
  "expandtabs find fromhex hex index isalnum isalpha isascii isdigit islower isspace istitle isupper join "
  "ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition "
  "rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill";
static const char dir_bytearray[] =
  "__add__ __alloc__ __class__ __contains__ __delattr__ __delitem__ __dir__ __doc__ __eq__ __format__ __ge__ "
  "__getattribute__ __getitem__ __getstate__ __gt__ __hash__ __iadd__ __imul__ __init__ __init_subclass__ "
  "__iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __rmod__ "
  "__rmul__ __setattr__ __setitem__ __sizeof__ __str__ __subclasshook__ append capitalize center clear copy "
  "count decode endswith expandtabs extend find fromhex hex index insert isalnum isalpha isascii isdigit "
  "islower isspace istitle isupper join ljust lower lstrip maketrans partition pop remove removeprefix "
  "removesuffix replace reverse rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip "
  "swapcase title translate upper zfill";
static const char dir_none[] =
  "__bool__ __class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ "
  "__gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ "
  "__setattr__ __sizeof__ __str__ __subclasshook__";
static const char dir_range[] =
  "__bool__ __class__ __contains__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ "
  "__getitem__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __iter__ __le__ __len__ __lt__ __ne__ "
  "__new__ __reduce__ __reduce_ex__ __repr__ __reversed__ __setattr__ __sizeof__ __str__ __subclasshook__ "
  "count index start step stop";
static const char dir_object[] =
  "__class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ "
  "__hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ "
  "__setattr__ __sizeof__ __str__ __subclasshook__";
static const struct { PmlKind kind; const char *names; } builtin_dirs[] = {
  { K_STR, dir_str },
  { K_LIST, dir_list },
  { K_TUPLE, dir_tuple },
  { K_DICT, dir_dict },
  { K_SET, dir_set },
  { K_FROZENSET, dir_frozenset },
  { K_INT, dir_int },
  { K_BOOL, dir_bool },
  { K_FLOAT, dir_float },
  { K_BYTES, dir_bytes },
  { K_BYTEARRAY, dir_bytearray },
  { K_NONE, dir_none },
  { K_RANGE, dir_range },
  { K_OBJECT, dir_object },
};
/* BaseException's and Exception's */
static const char dir_exception[] =
  "__cause__ __class__ __context__ __delattr__ __dict__ __dir__ __doc__ __eq__ __format__ __ge__ "
  "__getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ __new__ "
  "__reduce__ __reduce_ex__ __repr__ __setattr__ __setstate__ __sizeof__ __str__ __subclasshook__ "
  "__suppress_context__ __traceback__ add_note args with_traceback";
