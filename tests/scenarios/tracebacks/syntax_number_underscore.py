# Underscores group digits, but a number cannot end with one
population = 8_000_000_000
budget = 1_500_
print(population, budget)
