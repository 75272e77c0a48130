# Reporting errors generically: a helper that prints whatever details an
# exception carries, asking with hasattr and getattr(..., default).
def describe(error):
    parts = [type(error).__name__]
    for field in ("errno", "strerror", "filename", "lineno", "msg", "value", "code"):
        if hasattr(error, field):
            parts.append(f"{field}={getattr(error, field)!r}")
    parts.append(f"note={getattr(error, 'note', 'none')}")
    return " ".join(parts)


errors = [
    FileNotFoundError(2, "No such file or directory", "grades.csv"),
    PermissionError(13, "Permission denied"),
    SyntaxError("invalid syntax", ("lesson.py", 3, 7, "x = = 1\n", 3, 8)),
    StopIteration(42),
    SystemExit(3),
    KeyError("missing"),
]
for error in errors:
    print(describe(error))
