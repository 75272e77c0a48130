# A tree whose children point back at their parent weakly: no cycles
import gc
import sys
import weakref


class TreeNode:
    def __init__(self, value, parent=None):
        self.value = value
        self.children = []
        self._parent = weakref.ref(parent) if parent is not None else None

    @property
    def parent(self):
        return self._parent() if self._parent is not None else None

    def add(self, value):
        child = TreeNode(value, self)
        self.children.append(child)
        return child

    def path(self):
        node, names = self, []
        while node is not None:
            names.append(node.value)
            node = node.parent
        return "/".join(reversed(names))


gc.disable()
root = TreeNode("root")
docs = root.add("docs")
notes = docs.add("notes.txt")
print(notes.path())
print("root refcount:", sys.getrefcount(root))
print("docs refcount:", sys.getrefcount(docs))

leaf = weakref.ref(notes)
del root, docs, notes
print("tree freed without the collector:", leaf() is None)
print("collected:", gc.collect())

root = TreeNode("root")
child = root.add("child")
del root
print("orphan's parent:", child.parent, child.path())
gc.enable()
