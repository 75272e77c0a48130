# A student forgets that JSON needs double quotes: json.loads refuses the text
import json

good = '{"subject": "maths", "mark": 17}'
print(json.loads(good))
bad = "{'subject': 'maths', 'mark': 17}"
print(json.loads(bad))
