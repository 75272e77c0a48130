# Quiz checker: a student lists keywords from memory
import keyword

answers = ['if', 'else', 'loop', 'def', 'function', 'return', 'True', 'true', 'import', 'match']
score = 0
for a in answers:
    if keyword.iskeyword(a):
        score += 1
        print(a, "- correct")
    elif keyword.issoftkeyword(a):
        print(a, "- a soft keyword: half a point")
    else:
        print(a, "- not a keyword")
print(f"score: {score}/{len(answers)}")
missing = [k for k in keyword.kwlist if k not in answers]
print(len(missing), "keywords not mentioned, e.g.", missing[:5])
print(keyword.iskeyword('If'), keyword.iskeyword(''), keyword.iskeyword('yield'))
