# Build a nested structure, dump it to JSON, load it back, compare.
import json

records = []
for i in range(300):
    records.append({"id": i, "name": "item-%05d" % i, "tags": ["t%d" % (i % 7), "x" * (i % 40)],
                    "nested": {"a": [i, i + 1], "b": {"c": str(i) * (1 + i % 5)}}})
text = json.dumps(records, indent=1, sort_keys=True)
back = json.loads(text)
assert back == records
print(len(text))
