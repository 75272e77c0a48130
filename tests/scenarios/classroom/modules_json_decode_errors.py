# Reading broken JSON: the JSONDecodeError says where the problem is
import json

broken = [
    '{"name": "Ann", "age": 20,}',
    "{'name': 'Ann'}",
    '{"name" "Ann"}',
    '[1, 2 3]',
    '[1, 2',
    '"no end',
    '',
    'True',
    '{"a": 1} {"b": 2}',
    '{\n  "a": 1,\n  "b": ?\n}',
    '"bad \\q escape"',
]

for text in broken:
    try:
        json.loads(text)
    except json.JSONDecodeError as err:
        print(f"{text!r:30} -> {err.msg} (line {err.lineno}, col {err.colno}, pos {err.pos})")

print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads('{"ok": tru}')
except ValueError as err:
    print("caught as ValueError:", err)
    print(type(err).__name__)

try:
    json.loads(42)
except TypeError as err:
    print("TypeError:", err)
