# enum: Flag and IntFlag basics, StrEnum, auto with flags, functional API, class-level behaviour
from enum import Flag, IntFlag, StrEnum, Enum, auto

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

rw = Perm.R | Perm.W
print(Perm.R, repr(Perm.X), [p.value for p in Perm], rw, repr(rw))
print(Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)), str(Perm(0)))
print(list(rw), rw & Perm.W, repr(~Perm.R), Perm(5), len(Perm))
print(rw == Perm(3), (rw ^ Perm.R) is Perm.W, Perm.R | Perm.R)

class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1
m = Mode.READ | Mode.WRITE
print(m, repr(m), int(m), m & 4, Mode.READ + 1, isinstance(m, int), Mode(7) == 7)

class Lang(StrEnum):
    PY = auto()
    RUST = "rust"
print(Lang.PY, repr(Lang.RUST), Lang.PY == "py", f"<{Lang.RUST}>", Lang("py") is Lang.PY)

class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    @property
    def is_start(self):
        return self is Weekday.MON
    def next(self):
        members = list(Weekday)
        return members[(members.index(self) + 1) % len(members)]
print(Weekday.MON.is_start, Weekday.WED.next(), Weekday.TUE.next())
print([w.name for w in reversed(Weekday)], Weekday.MON.__class__.__name__)

Status = Enum("Status", [("OK", 200), ("NOT_FOUND", 404)])
print(Status(404), Status.OK.value, repr(Status["OK"]))
Dir = Enum("Dir", {"N": "north", "S": "south"})
print(list(Dir), Dir("south"))
counts = {}
for d in [Weekday.MON, Weekday.TUE, Weekday.MON]:
    counts[d] = counts.get(d, 0) + 1
print(counts)
try:
    class Ext(Weekday):
        FRI = 5
except TypeError as e:
    print("TypeError:", e)
