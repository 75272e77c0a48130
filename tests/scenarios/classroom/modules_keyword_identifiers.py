# Which names can be variables? keyword and str.isidentifier
import keyword

candidates = ['total', 'class', 'for', 'my_list', '2fast', 'match', 'case', 'None',
              'none', 'lambda', '_', 'print', 'async', 'with']
for name in candidates:
    if keyword.iskeyword(name):
        verdict = "keyword: not allowed"
    elif not name.isidentifier():
        verdict = "not an identifier"
    elif keyword.issoftkeyword(name):
        verdict = "soft keyword: allowed, but confusing"
    else:
        verdict = "fine"
    print(f"{name:10} {verdict}")

print(len(keyword.kwlist), "keywords")
print(keyword.softkwlist)
