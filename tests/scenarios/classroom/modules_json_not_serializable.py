# Sets are not part of JSON: dumps stops with a TypeError
import json

tags = {"python"}
print(json.dumps(sorted(tags)))
print(json.dumps({"tags": tags}))
