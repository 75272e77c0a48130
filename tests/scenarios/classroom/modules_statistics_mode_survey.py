# A class survey: the most common answers with mode and multimode
import statistics

favourite = ["pizza", "tacos", "sushi", "pizza", "curry", "tacos", "pizza", "sushi", "tacos"]
print("mode:", statistics.mode(favourite))
print("all modes:", statistics.multimode(favourite))

pets = ["dog", "cat", "dog", "fish", "cat"]
print("mode picks the first seen:", statistics.mode(pets))
print("multimode lists the ties:", statistics.multimode(pets))

shoe_sizes = [38, 40, 42, 40, 39, 41, 40, 43, 38]
print("most common shoe size:", statistics.mode(shoe_sizes))
print("one answer each:", statistics.multimode([3, 1, 2]))
print("nothing:", statistics.multimode([]))
print("letters:", statistics.multimode("mississippi"))
