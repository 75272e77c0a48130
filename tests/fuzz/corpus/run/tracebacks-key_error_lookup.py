# Looking up a word that is not in the dictionary
capitals = {"France": "Paris", "Spain": "Madrid"}
country = "Italy"
print("The capital is " + capitals[country])
