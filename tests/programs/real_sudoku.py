"""Backtracking sudoku solver with constraint propagation."""

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

HARD = """
..9748...
7........
.2.1.9...
..7...24.
.64.1.59.
.98...3..
...8.3.2.
........6
...2759..
"""


def parse(text):
    rows = [line for line in text.strip().splitlines()]
    grid = [[0 if ch == "." else int(ch) for ch in row] for row in rows]
    assert len(grid) == 9 and all(len(r) == 9 for r in grid)
    return grid


def candidates(grid, r, c):
    used = set(grid[r])
    used.update(grid[i][c] for i in range(9))
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used.update(grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3))
    return [d for d in range(1, 10) if d not in used]


class Solver:
    def __init__(self, grid):
        self.grid = [row[:] for row in grid]
        self.guesses = 0
        self.backtracks = 0

    def best_cell(self):
        best = None
        for r in range(9):
            for c in range(9):
                if self.grid[r][c] == 0:
                    cands = candidates(self.grid, r, c)
                    if best is None or len(cands) < len(best[2]):
                        best = (r, c, cands)
                        if len(cands) <= 1:
                            return best
        return best

    def solve(self):
        cell = self.best_cell()
        if cell is None:
            return True
        r, c, cands = cell
        for d in cands:
            self.guesses += 1
            self.grid[r][c] = d
            if self.solve():
                return True
        self.grid[r][c] = 0
        self.backtracks += 1
        return False


def valid(grid):
    units = []
    units.extend(grid)
    units.extend([[grid[r][c] for r in range(9)] for c in range(9)])
    for br in range(0, 9, 3):
        for bc in range(0, 9, 3):
            units.append([grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)])
    return all(sorted(u) == list(range(1, 10)) for u in units)


def render(grid):
    lines = []
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        parts = []
        for c in range(0, 9, 3):
            parts.append(" ".join(str(d) if d else "." for d in row[c:c + 3]))
        lines.append(" | ".join(parts))
    return "\n".join(lines)


for name, text in [("classic", PUZZLE), ("hard", HARD)]:
    grid = parse(text)
    print(f"== {name}: {sum(v == 0 for row in grid for v in row)} blanks")
    solver = Solver(grid)
    ok = solver.solve()
    print("solved:", ok, "valid:", valid(solver.grid))
    print(render(solver.grid))
    print(f"guesses={solver.guesses} backtracks={solver.backtracks}")

bad = parse(PUZZLE)
bad[0][2] = 5
print("duplicate-five candidates at (0,3):", candidates(bad, 0, 3))
