# A workload for the recording benchmark: JSON round trips of a nested
# structure, a few hundred thousand allocator requests.
import json

records = [{"id": i, "name": "item-%05d" % i, "tags": ["t%d" % (i % 7), "x" * (i % 40)],
            "nested": {"a": [i, i + 1, i + 2], "b": {"c": str(i) * (1 + i % 5)}}} for i in range(3000)]
for _ in range(3):
    back = json.loads(json.dumps(records, indent=1, sort_keys=True))
    assert back == records
print(len(records))
