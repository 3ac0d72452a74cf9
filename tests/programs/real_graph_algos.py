"""Graph algorithms: BFS, DFS, Dijkstra, topological sort, components, MST, bridges."""
import heapq
from collections import defaultdict, deque
from typing import Dict, List, Tuple


class Graph:
    def __init__(self, directed=False):
        self.directed = directed
        self.adj: Dict[str, List[Tuple[str, int]]] = defaultdict(list)
        self.nodes = set()

    def add_edge(self, u, v, w=1):
        self.nodes.update((u, v))
        self.adj[u].append((v, w))
        if not self.directed:
            self.adj[v].append((u, w))

    def neighbors(self, u):
        return sorted(self.adj.get(u, []))

    def bfs(self, start):
        dist = {start: 0}
        order = []
        q = deque([start])
        while q:
            u = q.popleft()
            order.append(u)
            for v, _ in self.neighbors(u):
                if v not in dist:
                    dist[v] = dist[u] + 1
                    q.append(v)
        return order, dist

    def dfs(self, start):
        seen, order = set(), []

        def visit(u):
            seen.add(u)
            order.append(u)
            for v, _ in self.neighbors(u):
                if v not in seen:
                    visit(v)
        visit(start)
        return order

    def dijkstra(self, src):
        dist = {src: 0}
        prev = {}
        pq = [(0, src)]
        while pq:
            d, u = heapq.heappop(pq)
            if d > dist.get(u, float("inf")):
                continue
            for v, w in self.neighbors(u):
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v], prev[v] = nd, u
                    heapq.heappush(pq, (nd, v))
        return dist, prev

    def path(self, src, dst):
        dist, prev = self.dijkstra(src)
        if dst not in dist:
            return None, float("inf")
        p = [dst]
        while p[-1] != src:
            p.append(prev[p[-1]])
        return p[::-1], dist[dst]

    def toposort(self):
        state, out = {}, []

        def visit(u, stack):
            if state.get(u) == "done":
                return
            if state.get(u) == "active":
                raise ValueError("cycle: " + " -> ".join(stack[stack.index(u):] + [u]))
            state[u] = "active"
            for v, _ in self.neighbors(u):
                visit(v, stack + [u])
            state[u] = "done"
            out.append(u)
        for n in sorted(self.nodes):
            visit(n, [])
        return out[::-1]

    def components(self):
        seen, comps = set(), []
        for n in sorted(self.nodes):
            if n not in seen:
                comp = self.bfs(n)[0]
                seen.update(comp)
                comps.append(sorted(comp))
        return comps

    def mst(self):
        parent = {n: n for n in self.nodes}

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x
        edges = sorted((w, u, v) for u in self.adj for v, w in self.adj[u] if u < v)
        tree = []
        for w, u, v in edges:
            ru, rv = find(u), find(v)
            if ru != rv:
                parent[ru] = rv
                tree.append((u, v, w))
        return tree


roads = Graph()
for u, v, w in [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
                ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("G", "H", 1)]:
    roads.add_edge(u, v, w)
order, hops = roads.bfs("A")
print("BFS from A:", order, "hops:", sorted(hops.items()))
print("DFS from A:", roads.dfs("A"))
dist, _ = roads.dijkstra("A")
print("Dijkstra:", sorted(dist.items()))
for dst in "EDG":
    p, d = roads.path("A", dst)
    print(f"  A->{dst}:", "->".join(p) if p else "unreachable", d)
print("components:", roads.components())
mst = roads.mst()
print("MST:", mst, "weight", sum(w for *_, w in mst))

build = Graph(directed=True)
for a, b in [("stdlib", "app"), ("core", "stdlib"), ("core", "parser"), ("parser", "compiler"),
             ("compiler", "app"), ("lexer", "parser"), ("app", "tests")]:
    build.add_edge(a, b)
print("build order:", build.toposort())
build.add_edge("tests", "core")
try:
    build.toposort()
except ValueError as e:
    print("ValueError:", e)

grid = ["S.#.....", ".##.###.", "....#...", "##.##.#.", "...#..#E"]
maze = Graph()
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        if ch == "#":
            continue
        for dr, dc in ((0, 1), (1, 0)):
            rr, cc = r + dr, c + dc
            if rr < len(grid) and cc < len(row) and grid[rr][cc] != "#":
                maze.add_edge((r, c), (rr, cc))
p, d = maze.path((0, 0), (4, 7))
print("maze path length:", d)
rows = [list(row) for row in grid]
for r, c in p[1:-1]:
    rows[r][c] = "*"
print("\n".join("".join(r) for r in rows))
