# The old % operator: a grade report the way older textbooks write it
students = [("Alice", 92.456, "A"), ("Bob", 78.0, "C+"), ("Charlotte", 85.5, "B")]
print("%-10s %6s %5s" % ("Name", "Score", "Grade"))
for name, score, grade in students:
    print("%-10s %6.2f %5s" % (name, score, grade))
average = sum(s for _, s, _ in students) / len(students)
print("Average: %.3f (%d students)" % (average, len(students)))
print("%d%% of the class passed" % 100)
print("hex %x, octal %o, HEX %X, alt %#x %#o" % (255, 8, 255, 255, 8))
print("sci %e, %E, general %g %G" % (123456.789, 0.000123, 0.0001, 1e20))
print("[%5d] [%-5d] [%05d] [%+d] [% d]" % (42, 42, 42, 42, 42))
print("[%8.3f] [%-8.1f] [%08.2f] [%+.1f]" % (3.14159, 2.5, -1.5, 2.0))
print("%s and %r" % ("str", "repr"))
print("%(name)s scored %(score).1f" % {"name": "Dana", "score": 88.25})
print("%*d|%-*s|" % (6, 7, 4, "ab"))
print("%c%c%c" % (80, 121, "!"))
print("single: %s" % "just one")
print("tuple inside: %s" % ((1, 2),))
print("%.3s..." % "abcdefgh")
