# Controlling copies with __copy__ and __deepcopy__
import copy

class Style:
    def __init__(self, font):
        self.font = font

class Document:
    copies_made = 0

    def __init__(self, title, style):
        self.title = title
        self.style = style          # shared by all documents
        self.paragraphs = []

    def __copy__(self):
        Document.copies_made += 1
        new = Document(self.title + " (copy)", self.style)
        new.paragraphs = self.paragraphs
        return new

    def __deepcopy__(self, memo):
        Document.copies_made += 1
        print("  deepcopy with", len(memo), "objects in the memo")
        new = Document(self.title + " (deep copy)", self.style)
        memo[id(self)] = new
        new.paragraphs = copy.deepcopy(self.paragraphs, memo)
        return new

house = Style("Serif")
report = Document("Report", house)
report.paragraphs.append(["Intro", "text"])

c1 = copy.copy(report)
c2 = copy.deepcopy(report)
print(c1.title, "|", c2.title)
print("style shared:", c1.style is house, c2.style is house)
print("paragraphs shared:", c1.paragraphs is report.paragraphs, c2.paragraphs is report.paragraphs)
print("inner list shared:", c2.paragraphs[0] is report.paragraphs[0])
print("copies made:", Document.copies_made)

# a list of documents: the same document twice is copied once
pair = [report, report]
pair2 = copy.deepcopy(pair)
print(pair2[0] is pair2[1], pair2[0].title)
print("copies made:", Document.copies_made)

# an object may refuse to be copied by returning itself
class Singleton:
    def __copy__(self):
        return self
    def __deepcopy__(self, memo):
        return self

one = Singleton()
print(copy.copy(one) is one, copy.deepcopy([one])[0] is one)
