# Tidying the indentation of triple-quoted text: dedent and indent
import textwrap


def usage():
    text = """
        Usage: grades.py [options] FILE

          -h   show this help
          -v   say more
        """
    return textwrap.dedent(text)


print(repr(usage()))
print(usage().strip())

poem = "Roses are red,\nViolets are blue,\n\nPython is neat,\nAnd so are you."
print(textwrap.indent(poem, "> "))
print("---")
print(textwrap.indent(poem, "    ", lambda line: line.startswith(("R", "V"))))
print("---")
numbered = textwrap.indent(poem, "+ ", predicate=lambda line: True)
print(numbered)

code = "if x:\n    print(x)\nelse:\n    print('none')\n"
quoted = textwrap.indent(code, "... ")
print(quoted, end="")
print(textwrap.dedent(textwrap.indent(code, "    ")) == code)

# tabs and spaces are different: nothing in common, nothing removed
print(repr(textwrap.dedent("\tone\n    two\n")))
