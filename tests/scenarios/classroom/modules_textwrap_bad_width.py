# A negative width is a mistake textwrap reports, not an empty result
import textwrap

message = "Remember to save your work before the lab ends."
print(textwrap.fill(message, width=20))
columns = 40 - 50
print(textwrap.fill(message, width=columns))
