# The with statement closes a stream, and a closed stream refuses work
import io

with io.StringIO() as notes:
    notes.write("first note\n")
    notes.write("second note\n")
    print(notes.getvalue().count("note"), "notes; closed inside?", notes.closed)
print("closed after with?", notes.closed)

for action in ("write", "read", "getvalue", "seek", "tell"):
    try:
        if action == "write":
            notes.write("more")
        elif action == "read":
            notes.read()
        elif action == "getvalue":
            notes.getvalue()
        elif action == "seek":
            notes.seek(0)
        else:
            notes.tell()
    except ValueError as e:
        print(action, "->", "ValueError:", e)

s = io.StringIO("abc")
s.close()
s.close()
print("closing twice is fine:", s.closed)
