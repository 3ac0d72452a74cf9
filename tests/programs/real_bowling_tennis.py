"""Bowling and tennis scorers implemented with classes."""


class BowlingError(ValueError):
    pass


class BowlingGame:
    def __init__(self):
        self.rolls = []

    def roll(self, pins):
        if not 0 <= pins <= 10:
            raise BowlingError(f"invalid roll {pins}")
        self.rolls.append(pins)

    def frames(self):
        i, frames = 0, []
        while i < len(self.rolls) and len(frames) < 10:
            if self.rolls[i] == 10:
                frames.append(self.rolls[i:i + 3])
                i += 1
            else:
                pair = self.rolls[i:i + 2]
                if sum(pair) > 10:
                    raise BowlingError(f"frame {len(frames) + 1} has {sum(pair)} pins")
                frames.append(self.rolls[i:i + 3] if sum(pair) == 10 else pair)
                i += 2
        return frames

    def score(self):
        return sum(sum(f) for f in self.frames())

    def card(self):
        marks = []
        i = 0
        for n in range(10):
            if i >= len(self.rolls):
                break
            if self.rolls[i] == 10 and n < 9:
                marks.append("X")
                i += 1
            elif n < 9:
                a, b = self.rolls[i], self.rolls[i + 1] if i + 1 < len(self.rolls) else None
                marks.append(f"{a or '-'}{'' if b is None else '/' if a + b == 10 else b or '-'}")
                i += 2
            else:
                tail = self.rolls[i:]
                s = ""
                for j, p in enumerate(tail):
                    if p == 10:
                        s += "X"
                    elif j and s[-1] not in "X/" and tail[j - 1] + p == 10:
                        s += "/"
                    else:
                        s += str(p) if p else "-"
                marks.append(s)
        return "|".join(marks)


def play_bowling(rolls):
    g = BowlingGame()
    for r in rolls:
        g.roll(r)
    return g


for name, rolls in [("gutter", [0] * 20), ("all ones", [1] * 20), ("one spare", [5, 5, 3] + [0] * 17),
                    ("one strike", [10, 3, 4] + [0] * 16), ("perfect", [10] * 12),
                    ("all spares", [5] * 21), ("mixed", [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1])]:
    g = play_bowling(rolls)
    print(f"{name:<11} {g.score():>3}  {g.card()}")
for bad in ([11], [6, 6]):
    try:
        play_bowling(bad).score()
    except BowlingError as e:
        print("BowlingError:", e)

POINTS = ["0", "15", "30", "40"]


class TennisGame:
    def __init__(self, p1, p2):
        self.names = (p1, p2)
        self.points = [0, 0]
        self.games = [0, 0]
        self.log = []

    def point(self, who):
        idx = self.names.index(who)
        self.points[idx] += 1
        a, b = self.points
        if max(a, b) >= 4 and abs(a - b) >= 2:
            winner = 0 if a > b else 1
            self.games[winner] += 1
            self.log.append(f"game {self.names[winner]} ({self.games[0]}-{self.games[1]})")
            self.points = [0, 0]

    def call(self):
        a, b = self.points
        if a >= 3 and b >= 3:
            if a == b:
                return "Deuce"
            leader = self.names[0] if a > b else self.names[1]
            return f"Advantage {leader}"
        if a == b:
            return f"{POINTS[a]}-all"
        return f"{POINTS[a]}-{POINTS[b]}"


t = TennisGame("Serena", "Venus")
sequence = "SSVSVVSVSS" + "VVVV" + "SVSVSVSVVV"
calls = []
for ch in sequence:
    t.point("Serena" if ch == "S" else "Venus")
    calls.append(t.call())
print(calls)
print(t.log, "games:", dict(zip(t.names, t.games)))
try:
    t.point("Roger")
except ValueError as e:
    print("ValueError:", e)
