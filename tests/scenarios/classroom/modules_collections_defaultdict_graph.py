# A graph as a defaultdict(set), searched breadth-first with a deque
from collections import defaultdict, deque

edges = [("A", "B"), ("A", "C"), ("B", "D"), ("C", "D"), ("D", "E"), ("F", "G")]
graph = defaultdict(set)
for a, b in edges:
    graph[a].add(b)
    graph[b].add(a)

for node in sorted(graph):
    print(node, sorted(graph[node]))


def bfs(start):
    seen = {start}
    order = []
    queue = deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order


print(bfs("A"))
print(bfs("F"))


def shortest_path(start, goal):
    came_from = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = came_from[node]
            return path[::-1]
        for nxt in sorted(graph[node]):
            if nxt not in came_from:
                came_from[nxt] = node
                queue.append(nxt)
    return None


print(shortest_path("A", "E"), shortest_path("A", "G"))
print(len(graph), "G" in graph, "Z" in graph)   # "in" adds nothing

# a tree of nested defaultdicts
def tree():
    return defaultdict(tree)


t = tree()
t["animals"]["mammals"]["cat"] = 1
t["animals"]["birds"]["owl"] = 2
print(sorted(t["animals"]), dict(t["animals"]["birds"]))
