# A Windows path in a normal string: \U starts a Unicode escape
folder = r"C:\Users\ada"
print("raw strings keep backslashes:", folder)
notes = "C:\Users\ada\notes.txt"
print(notes)
