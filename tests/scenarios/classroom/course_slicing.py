# Slicing: start, stop, step, negative indices, copies and reversing
letters = ["a", "b", "c", "d", "e", "f", "g"]
print(letters[2:5])
print(letters[:3], letters[4:])
print(letters[-2:], letters[:-2])
print(letters[::2], letters[1::2])
print(letters[::-1], letters[5:1:-1])
print(letters[100:], letters[-100:2])
copy = letters[:]
print(copy == letters, copy is letters)
word = "programming"
print(word[0], word[-1], word[3:7], word[::-1], word[::3])
nums = list(range(10))
print(nums[slice(2, 8, 2)])
s = slice(1, None, 3)
print(s.start, s.stop, s.step, nums[s])
print((1, 2, 3, 4)[1:3])
print(range(10)[2:8:3], list(range(10)[2:8:3]))
print("hello world"[6:], "hello world"[:5].upper())
