# match and case are soft keywords: ordinary names everywhere else
match = {"home": 2, "away": 1}
case = "final"
print(match["home"], case)


def match_score(match):
    case = match["home"] - match["away"]
    match case:
        case 0:
            return "draw"
        case d if d > 0:
            return "home wins by " + str(d)
        case d:
            return "away wins by " + str(-d)


print(match_score(match))
print(match_score({"home": 0, "away": 3}))
print(match_score({"home": 1, "away": 1}))

match (match["home"], case):
    case (2, "final"):
        print("matched a tuple subject in parentheses")

_ = "underscore is a name too"
match 5:
    case _:
        print("wildcard does not bind:", _)

matches = [match, {"home": 4, "away": 4}]
for match in matches:
    print(match_score(match))
