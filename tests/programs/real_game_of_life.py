"""Conway's game of life on an unbounded board using sets of tuples."""
from collections import Counter
from itertools import product

PATTERNS = {
    "blinker": {(0, 1), (1, 1), (2, 1)},
    "glider": {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)},
    "toad": {(1, 0), (2, 0), (3, 0), (0, 1), (1, 1), (2, 1)},
    "r_pentomino": {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)},
    "block": {(0, 0), (1, 0), (0, 1), (1, 1)},
}

NEIGHBOURHOOD = [d for d in product((-1, 0, 1), repeat=2) if d != (0, 0)]


def step(live, birth=frozenset({3}), survive=frozenset({2, 3})):
    counts = Counter((x + dx, y + dy) for x, y in live for dx, dy in NEIGHBOURHOOD)
    return {cell for cell, n in counts.items()
            if (cell in live and n in survive) or (cell not in live and n in birth)}


def bounds(live):
    xs = [x for x, _ in live]
    ys = [y for _, y in live]
    return min(xs), min(ys), max(xs), max(ys)


def render(live):
    if not live:
        return "(empty)"
    x0, y0, x1, y1 = bounds(live)
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(x0, x1 + 1))
                     for y in range(y0, y1 + 1))


def normalize(live):
    x0, y0, _, _ = bounds(live)
    return frozenset((x - x0, y - y0) for x, y in live)


def period(live, limit=50):
    seen = {normalize(live): 0}
    origin = bounds(live)[:2]
    for gen in range(1, limit + 1):
        live = step(live)
        if not live:
            return "dies", gen, (0, 0)
        key = normalize(live)
        if key in seen:
            x0, y0 = bounds(live)[:2]
            return "cycle", gen - seen[key], (x0 - origin[0], y0 - origin[1])
        seen[key] = gen
    return "no period found", limit, None


for name in ["blinker", "toad", "glider", "block"]:
    live = set(PATTERNS[name])
    print(f"== {name}: {period(live)}")
    for gen in range(3):
        print(render(live))
        print("-" * 4, "gen", gen + 1)
        live = step(live)
    print("cells:", sorted(live))

live = set(PATTERNS["r_pentomino"])
history = []
for gen in range(60):
    history.append(len(live))
    live = step(live)
print("r-pentomino population:", history[::6])
print("after 60 gens:", len(live), "cells, bounds", bounds(live))
print("first five cells:", sorted(live)[:5])
highlife = {(0, 0), (1, 0), (2, 0), (0, 1), (2, 1), (0, 2), (1, 2), (2, 2)}
for _ in range(4):
    highlife = step(highlife, birth=frozenset({3, 6}))
print("HighLife ring after 4:", sorted(highlife))
print(render(step(set(PATTERNS["glider"]) | {(10, 10)})))
