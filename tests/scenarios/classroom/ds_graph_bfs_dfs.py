# Graphs as dict of lists: BFS shortest path, DFS recursive and iterative, cycles
from collections import deque

graph = {
    "A": ["B", "C"],
    "B": ["A", "D", "E"],
    "C": ["A", "F"],
    "D": ["B"],
    "E": ["B", "F"],
    "F": ["C", "E", "G"],
    "G": ["F"],
    "H": [],
}


def bfs(start):
    seen = {start}
    order = []
    queue = deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order


def shortest_path(start, goal):
    parents = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = parents[node]
            return path[::-1]
        for nxt in graph[node]:
            if nxt not in parents:
                parents[nxt] = node
                queue.append(nxt)
    return None


def dfs(node, visited=None):
    if visited is None:
        visited = []
    visited.append(node)
    for nxt in graph[node]:
        if nxt not in visited:
            dfs(nxt, visited)
    return visited


def dfs_iterative(start):
    stack, visited = [start], []
    while stack:
        node = stack.pop()
        if node not in visited:
            visited.append(node)
            stack.extend(reversed(graph[node]))
    return visited


def components():
    remaining = sorted(graph)
    result = []
    while remaining:
        comp = bfs(remaining[0])
        result.append(sorted(comp))
        remaining = [n for n in remaining if n not in comp]
    return result


print(bfs("A"))
print(shortest_path("A", "G"), shortest_path("D", "C"), shortest_path("A", "H"))
print(dfs("A"))
print(dfs_iterative("A"))
print(components())
edges = sorted({tuple(sorted((a, b))) for a in graph for b in graph[a]})
print(len(edges), edges[:4])
degree = {n: len(v) for n, v in graph.items()}
print(max(degree, key=degree.get), sorted(degree.items(), key=lambda kv: -kv[1])[:3])
