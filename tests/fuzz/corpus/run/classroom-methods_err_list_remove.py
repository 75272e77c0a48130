# list.remove raises ValueError for a value that is not there
queue = ["ann", "bob", "cy"]
queue.remove("bob")
print(queue)
queue.remove("dan")
print("not reached")
