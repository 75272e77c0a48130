# Text and bytes cannot be glued together by writing them side by side
header = b"GIF89a"
greeting = b"hello " "world"
print(header, greeting)
