# Dijkstra's shortest paths on a small map of towns, with heapq
import heapq

roads = {
    "Ashby": {"Brook": 7, "Cole": 9, "Fenn": 14},
    "Brook": {"Ashby": 7, "Cole": 10, "Dale": 15},
    "Cole": {"Ashby": 9, "Brook": 10, "Dale": 11, "Fenn": 2},
    "Dale": {"Brook": 15, "Cole": 11, "Eton": 6},
    "Eton": {"Dale": 6, "Fenn": 9},
    "Fenn": {"Ashby": 14, "Cole": 2, "Eton": 9},
}


def shortest(start):
    distance = {start: 0}
    previous = {}
    frontier = [(0, start)]
    visits = 0
    while frontier:
        d, town = heapq.heappop(frontier)
        if d > distance[town]:
            continue
        visits += 1
        for nxt, km in sorted(roads[town].items()):
            nd = d + km
            if nd < distance.get(nxt, float("inf")):
                distance[nxt] = nd
                previous[nxt] = town
                heapq.heappush(frontier, (nd, nxt))
    return distance, previous, visits


dist, prev, visits = shortest("Ashby")
print("towns settled:", visits)
for town in sorted(dist):
    path = [town]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    print(f"{town:6} {dist[town]:3} km via {' -> '.join(reversed(path))}")
