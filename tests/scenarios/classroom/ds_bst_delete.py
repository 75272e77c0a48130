# A binary search tree: insert, search, traversals, height and delete
class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


class BST:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key):
        def _insert(node, key):
            if node is None:
                self.size += 1
                return Node(key)
            if key < node.key:
                node.left = _insert(node.left, key)
            elif key > node.key:
                node.right = _insert(node.right, key)
            return node
        self.root = _insert(self.root, key)

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

    def delete(self, key):
        def _delete(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = _delete(node.left, key)
            elif key > node.key:
                node.right = _delete(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key = succ.key
                node.right = _delete(node.right, succ.key)
                return node
            return node
        self.root = _delete(self.root, key)
        self.size -= 1


tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    tree.insert(k)
tree.insert(40)
print(tree.inorder(), tree.size, tree.height(tree.root))
print(list(tree.preorder(tree.root)))
print(45 in tree, 55 in tree)
for k in [20, 30, 50]:
    tree.delete(k)
    print("deleted", k, tree.inorder(), "root", tree.root.key)
try:
    tree.delete(999)
except KeyError as e:
    print("KeyError:", e)
print(tree.size, tree.height(tree.root))
