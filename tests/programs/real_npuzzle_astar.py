"""8-puzzle solved with A* search (heapq) and Manhattan-distance heuristic."""
import heapq
import itertools

GOAL = (1, 2, 3, 4, 5, 6, 7, 8, 0)
SIZE = 3


def manhattan(state):
    total = 0
    for idx, tile in enumerate(state):
        if tile:
            goal_idx = tile - 1
            total += abs(idx // SIZE - goal_idx // SIZE) + abs(idx % SIZE - goal_idx % SIZE)
    return total


def misplaced(state):
    return sum(1 for i, t in enumerate(state) if t and t != GOAL[i])


MOVES = {"U": -SIZE, "D": SIZE, "L": -1, "R": 1}


def neighbors(state):
    blank = state.index(0)
    row, col = divmod(blank, SIZE)
    for name, delta in MOVES.items():
        if name == "U" and row == 0 or name == "D" and row == SIZE - 1:
            continue
        if name == "L" and col == 0 or name == "R" and col == SIZE - 1:
            continue
        target = blank + delta
        cells = list(state)
        cells[blank], cells[target] = cells[target], cells[blank]
        yield name, tuple(cells)


def solvable(state):
    tiles = [t for t in state if t]
    inversions = sum(1 for a, b in itertools.combinations(tiles, 2) if a > b)
    return inversions % 2 == 0


def astar(start, heuristic):
    if not solvable(start):
        return None, 0
    counter = itertools.count()
    frontier = [(heuristic(start), 0, next(counter), start)]
    came_from = {start: (None, None)}
    cost = {start: 0}
    expanded = 0
    while frontier:
        _, g, _, state = heapq.heappop(frontier)
        if g > cost[state]:
            continue
        expanded += 1
        if state == GOAL:
            path = []
            while came_from[state][0] is not None:
                prev, move = came_from[state]
                path.append(move)
                state = prev
            return "".join(reversed(path)), expanded
        for move, nxt in neighbors(state):
            ng = g + 1
            if ng < cost.get(nxt, float("inf")):
                cost[nxt] = ng
                came_from[nxt] = (state, move)
                heapq.heappush(frontier, (ng + heuristic(nxt), ng, next(counter), nxt))
    return None, expanded


def apply(state, path):
    for move in path:
        state = dict(neighbors(state))[move]
    return state


def show(state):
    for r in range(SIZE):
        print("  " + " ".join(str(t) if t else "_" for t in state[r * SIZE:(r + 1) * SIZE]))


puzzles = [
    (1, 2, 3, 4, 5, 6, 0, 7, 8),
    (1, 2, 3, 4, 0, 6, 7, 5, 8),
    (4, 1, 3, 7, 2, 6, 0, 5, 8),
    (8, 6, 7, 2, 5, 4, 3, 0, 1),
    (1, 2, 3, 4, 5, 6, 8, 7, 0),
]
for p in puzzles:
    print("start h=%d misplaced=%d" % (manhattan(p), misplaced(p)))
    show(p)
    path, expanded = astar(p, manhattan)
    if path is None:
        print("  unsolvable")
        continue
    print(f"  solution ({len(path)} moves): {path}")
    print("  reaches goal:", apply(p, path) == GOAL)
    if len(path) < 15:
        path2, expanded2 = astar(p, misplaced)
        print(f"  misplaced heuristic: same length={len(path2) == len(path)}, "
              f"expanded more or equal={expanded2 >= expanded}")
