"""Implementation of JSONDecoder
"""

# json.py holds the decoder; this submodule names it where CPython's
# package keeps it (json.decoder.JSONDecodeError).
from json import JSONDecoder, JSONDecodeError

__all__ = ['JSONDecoder', 'JSONDecodeError']
