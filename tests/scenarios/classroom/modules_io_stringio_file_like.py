# A StringIO behaves like a text file: reading lines from "a file" in memory
import io

data = io.StringIO("name,score\nAda,90\nAlan,85\nGrace,95\n")
header = data.readline()
print(repr(header), data.tell())
rows = []
for line in data:
    name, score = line.strip().split(",")
    rows.append((name, int(score)))
print(rows)
print(repr(data.read()), "at the end")

data.seek(0)
print(data.readlines())
data.seek(0)
print(repr(data.read(4)), repr(data.read(6)), data.tell())
print(data.seek(0, 2), data.tell())

out = io.StringIO()
print(out.write("hello"), out.write(" world"))
out.writelines(["\n", "line 2\n"])
print(repr(out.getvalue()))
out.seek(0)
out.write("HELLO")
print(repr(out.getvalue()))
print(out.truncate(5), repr(out.getvalue()))
print(out.readable(), out.writable(), out.seekable(), out.closed)
