# Scaling a recipe with fractions: the cook's measuring cups stay exact
from fractions import Fraction

recipe = {
    "flour (cups)": Fraction(2, 3),
    "sugar (cups)": Fraction(1, 4),
    "butter (cups)": Fraction(1, 2),
    "eggs": Fraction(2),
    "milk (cups)": Fraction(3, 4),
}


def mixed(f):
    whole, rest = divmod(f.numerator, f.denominator)
    if rest == 0:
        return str(whole)
    if whole == 0:
        return f"{rest}/{f.denominator}"
    return f"{whole} {rest}/{f.denominator}"


for servings in (Fraction(1, 2), Fraction(3, 2), 3):
    print(f"--- x{servings} ---")
    for item, amount in recipe.items():
        print(f"{item:15} {mixed(amount * servings):>7}")

total_cups = sum(v for k, v in recipe.items() if "cups" in k)
print("cups of ingredients:", total_cups, "=", mixed(total_cups))
