# A binary search tree: insert, search, traversals, height and min/max
class TreeNode:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

class BST:
    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key):
        if self.root is None:
            self.root = TreeNode(key)
            self.count += 1
            return
        node = self.root
        while True:
            if key == node.key:
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, TreeNode(key))
                self.count += 1
                return
            node = child

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def inorder(self, node="start"):
        if node == "start":
            node = self.root
        if node is None:
            return []
        return self.inorder(node.left) + [node.key] + self.inorder(node.right)

    def preorder(self, node):
        if node:
            yield node.key
            yield from self.preorder(node.left)
            yield from self.preorder(node.right)

    def height(self, node):
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def level_order(self):
        levels, current = [], [self.root] if self.root else []
        while current:
            levels.append([n.key for n in current])
            current = [c for n in current for c in (n.left, n.right) if c]
        return levels

tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 30]:
    tree.insert(k)
print(tree.count, tree.inorder(), list(tree.preorder(tree.root)))
print(40 in tree, 99 in tree, tree.height(tree.root), tree.level_order())
node = tree.root
while node.left:
    node = node.left
print("min", node.key)
def show(node, depth=0):
    if node:
        show(node.right, depth + 1)
        print("    " * depth + str(node.key))
        show(node.left, depth + 1)
show(tree.root)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(words.count, words.inorder(), words.height(words.root))
