import math
result = await math.sqrt(4)
