# Walking nested JSON data: a small bookshop catalogue
import json

catalogue = json.loads("""
{
  "shop": "Pages & Co",
  "books": [
    {"title": "Dune", "author": "Herbert", "price": 9.99, "tags": ["sci-fi", "classic"], "stock": 3},
    {"title": "Emma", "author": "Austen", "price": 7.5, "tags": ["classic"], "stock": 0},
    {"title": "Neuromancer", "author": "Gibson", "price": 11.25, "tags": ["sci-fi"], "stock": 5}
  ],
  "open": {"mon": [9, 17], "sat": [10, 14], "sun": null}
}
""")

print(catalogue["shop"])
for book in catalogue["books"]:
    status = "in stock" if book["stock"] else "sold out"
    print(f"  {book['title']:12} {book['author']:8} {book['price']:6.2f}  {status}")

total = sum(b["price"] * b["stock"] for b in catalogue["books"])
print("value of the stock:", round(total, 2))

by_tag = {}
for book in catalogue["books"]:
    for tag in book["tags"]:
        by_tag.setdefault(tag, []).append(book["title"])
print(json.dumps(by_tag, sort_keys=True))

for day, hours in catalogue["open"].items():
    print(day, "closed" if hours is None else f"{hours[0]}:00-{hours[1]}:00")

# the same key text in every book is one shared string after loads
keys = [list(b)[0] for b in catalogue["books"]]
print(keys, keys[0] is keys[1] is keys[2])

catalogue["books"][1]["stock"] = 4
print(json.dumps(catalogue["books"][1], separators=(",", ":")))
