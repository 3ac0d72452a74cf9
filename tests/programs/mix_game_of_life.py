# Conway's game of life on a small torus, with pattern detection
def parse(art):
    return {(r, c) for r, line in enumerate(art.strip().splitlines()) for c, ch in enumerate(line) if ch == "#"}
def step(cells, h, w):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % h, (c + dc) % w)
                    counts[key] = counts.get(key, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in cells)}
def render(cells, h, w):
    return "\n".join("".join("#" if (r, c) in cells else "." for c in range(w)) for r in range(h))
def canon(cells):
    if not cells:
        return ()
    r0 = min(r for r, _ in cells)
    c0 = min(c for _, c in cells)
    return tuple(sorted((r - r0, c - c0) for r, c in cells))
glider = parse("""
.#.
..#
###
""")
H, W = 8, 8
cells = set(glider)
for gen in range(5):
    print(f"gen {gen}: {len(cells)} cells")
    print(render(cells, H, W))
    cells = step(cells, H, W)
print("glider shape preserved after 4 steps:", canon(step(step(step(step(glider, 20, 20), 20, 20), 20, 20), 20, 20)) == canon(glider))
blinker = parse("###")
b = {(r + 2, c + 1) for r, c in blinker}
history = []
for _ in range(4):
    history.append(canon(b))
    b = step(b, 6, 6)
print("blinker period 2:", history[0] == history[2] and history[1] == history[3] and history[0] != history[1])
block = {(1, 1), (1, 2), (2, 1), (2, 2)}
print("block still life:", step(block, 5, 5) == block)
seen = {}
state = parse("""
.##
##.
.#.
""")
state = {(r + 10, c + 10) for r, c in state}
for i in range(60):
    key = canon(state)
    if key in seen:
        print("cycle found at", i, "first seen", seen[key])
        break
    seen[key] = i
    state = step(state, 32, 32)
print("r-pentomino cells after", i, "steps:", len(state))
