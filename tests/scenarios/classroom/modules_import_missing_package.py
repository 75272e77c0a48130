# Optional packages: a script that runs with or without numpy and matplotlib.
# On a machine without them, the import raises ModuleNotFoundError, a kind of
# ImportError, and the script falls back to plain lists.
try:
    import numpy as np
except ImportError:
    np = None

try:
    from matplotlib import pyplot as plt
except ModuleNotFoundError as error:
    plt = None
    print("no plotting:", error)

try:
    import scipy.stats
except ImportError as error:
    print(type(error).__name__, "-", error)
    print(isinstance(error, ImportError), ModuleNotFoundError.__mro__[1].__name__)

scores = [72, 88, 95, 61]
if np is None:
    print("mean without numpy:", sum(scores) / len(scores))

import tqdm
