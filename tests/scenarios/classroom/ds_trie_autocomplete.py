# A trie of dicts for autocomplete, with counts and deletion
class Trie:
    END = "$"

    def __init__(self):
        self.root = {}
        self.words = 0

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        if self.END not in node:
            self.words += 1
        node[self.END] = node.get(self.END, 0) + 1

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return None
            node = node[ch]
        return node

    def __contains__(self, word):
        node = self._find(word)
        return node is not None and self.END in node

    def complete(self, prefix):
        node = self._find(prefix)
        if node is None:
            return []
        out = []
        stack = [(node, prefix)]
        while stack:
            node, so_far = stack.pop()
            for ch, child in node.items():
                if ch == self.END:
                    out.append((so_far, child))
                else:
                    stack.append((child, so_far + ch))
        return sorted(out, key=lambda wc: (-wc[1], wc[0]))

    def delete(self, word):
        def _delete(node, i):
            if i == len(word):
                if self.END not in node:
                    raise KeyError(word)
                del node[self.END]
                return not node
            ch = word[i]
            if ch not in node:
                raise KeyError(word)
            if _delete(node[ch], i + 1):
                del node[ch]
            return not node
        _delete(self.root, 0)
        self.words -= 1


t = Trie()
for w in "car cart care cat cat dog do door car car".split():
    t.insert(w)
print(t.words, "car" in t, "ca" in t, "dot" in t)
print(t.complete("ca"))
print(t.complete("do"), t.complete("x"))
t.delete("cart")
print(t.complete("car"), sorted(t.root["c"]["a"]["r"]))
try:
    t.delete("cart")
except KeyError as e:
    print("KeyError:", e)
t.delete("do")
print(t.complete("d"), t.words)
