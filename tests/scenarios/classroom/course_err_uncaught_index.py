# A loop that goes one step too far: the traceback a student sees
def average_of_pairs(values):
    result = []
    for i in range(len(values)):
        pair = (values[i], values[i + 1])
        result.append(sum(pair) / 2)
    return result

scores = [70, 80, 90, 100]
print("scores:", scores)
print("pairs so far:", [(scores[i], scores[i + 1]) for i in range(len(scores) - 1)])
print(average_of_pairs(scores))
