# relations and closures with sets of small ints
R = {(1, 2), (2, 3), (3, 4), (5, 5)}
def compose(a, b):
    return {(x, z) for (x, y1) in a for (y2, z) in b if y1 == y2}
def transitive_closure(r):
    closure = set(r)
    while True:
        new = closure | compose(closure, closure)
        if new == closure:
            return closure
        closure = new
tc = transitive_closure(R)
print(sorted(tc))
print("reflexive on 5 only:", sorted(x for (x, y) in R if x == y))
inverse = {(y, x) for (x, y) in R}
print(sorted(inverse), sorted(R & inverse))
domain = {x for x, _ in R}
rng = {y for _, y in R}
print(sorted(domain), sorted(rng), sorted(domain - rng), sorted(rng - domain))
parts = [{1, 2}, {3}, {4, 5, 6}]
universe = set().union(*parts)
print("partition:", sorted(universe), all(a.isdisjoint(b) for i, a in enumerate(parts) for b in parts[i + 1:]))
print("intersection of all:", set.intersection(*[{1, 2, 3}, {2, 3}, {3, 2, 9}]))
cover = [{1, 2, 3}, {2, 4}, {3, 4, 5}, {5, 6}, {1, 6}]
target = set(range(1, 7))
chosen = []
left = set(target)
while left:
    best = max(cover, key=lambda s: (len(s & left), -cover.index(s)))
    chosen.append(sorted(best))
    left -= best
print("greedy cover:", chosen)
adj = {1: {2, 3}, 2: {4}, 3: {4}, 4: {5}, 5: set(), 6: {1}}
def reachable(start):
    seen = {start}
    frontier = {start}
    while frontier:
        frontier = set().union(*(adj[n] for n in frontier)) - seen
        seen |= frontier
    return seen
print({n: sorted(reachable(n)) for n in adj})
print("equiv classes mod 4:", sorted(sorted({y for y in range(12) if y % 4 == x}) for x in range(4)))
A = set(range(0, 20, 2))
B = set(range(0, 20, 3))
print(len(A | B) == len(A) + len(B) - len(A & B), sorted(A & B))
print(sorted({a + b for a in {1, 2, 3} for b in {10, 20}}))
print(sorted({frozenset(p) for p in [(1, 2), (2, 1), (3, 3)]}, key=sorted))
