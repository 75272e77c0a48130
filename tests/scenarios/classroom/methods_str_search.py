# Searching in strings: find, rfind, index, rindex, count, startswith, endswith
dna = "GATTACAGATTACA"
print(dna.find("TTA"), dna.find("TTA", 3), dna.rfind("TTA"), dna.find("XYZ"))
print(dna.index("CA"), dna.rindex("CA"), dna.count("A"), dna.count("A", 7), dna.count("TA", 0, 7))
print(dna.find("A", -4), dna.find("", 3), dna.count(""), dna.rfind("G", 0, 5))
positions = []
start = dna.find("A")
while start != -1:
    positions.append(start)
    start = dna.find("A", start + 1)
print(positions)
files = ["report.pdf", "photo.JPG", "notes.txt", "song.mp3", "draft.docx"]
for f in files:
    kind = "image" if f.lower().endswith((".jpg", ".png")) else "document" if f.endswith((".pdf", ".txt", ".docx")) else "other"
    print(f.ljust(12), kind)
print("https://x.org".startswith("https"), "abc".startswith("b", 1), "abc".endswith("b", 0, 2))
try:
    dna.index("U")
except ValueError as e:
    print("ValueError:", e)
print("mississippi".replace("ss", "SS"), "mississippi".replace("i", "I", 2), "aaa".replace("a", "b", 0))
