# List methods: append, extend, insert, remove, pop, index, count, reverse, sort
todo = ["wash", "cook"]
todo.append("read")
print(todo)
todo.extend(["run", "sleep"])
print(todo)
todo.insert(0, "wake")
todo.insert(100, "dream")
print(todo)
todo.remove("cook")
print(todo)
print(todo.pop(), todo.pop(0), todo)
print(todo.index("read"), todo.count("run"))
todo.reverse()
print(todo)
todo.sort()
print(todo)
nums = [5, 3, 8, 1]
print(sorted(nums), nums)
print(nums.sort(), nums)
try:
    nums.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    nums.index(42)
except ValueError as e:
    print("ValueError:", e)
print(nums + [9], nums * 2, len(nums), 8 in nums)
nums.append([10, 11])
nums.extend("ab")
print(nums)
