# Which one-character strings are shared objects, and which are new ones
word = "python"
letters = [c for c in word]
print("word[0] is word[0]:", word[0] is word[0])
print("letters[0] is word[0]:", letters[0] is word[0])
print("chr(112) is word[0]:", chr(112) is word[0])
print("word[0:1] is word[0]:", word[0:1] is word[0])
accented = "café"
print("chr(233) is accented[3]:", chr(233) is accented[3])
print("chr(300) is chr(300):", chr(300) is chr(300))

p = "p"
z = "z"
print("literal 'p' is chr(112):", p is chr(112))
print("literal 'z' is chr(122):", z is chr(122))
print("literal 'p' == chr(112):", p == chr(112))

digits = str(1234)
print("str(7) is str(7):", str(7) is str(7))
print("digits[0] is str(1):", digits[0] is str(1))
print("digits[0] is digits[0]:", digits[0] is digits[0])
print("'x'.upper() is 'x'.upper():", "x".upper() is "x".upper())
print("'X' == 'x'.upper():", "X" == "x".upper())
