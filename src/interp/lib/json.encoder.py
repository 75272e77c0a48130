"""Implementation of JSONEncoder
"""

# json.py holds the encoder; this submodule names it where CPython's
# package keeps it (json.encoder.JSONEncoder).
from json import JSONEncoder
