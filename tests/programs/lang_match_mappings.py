# match: mapping patterns: keys must be present, extra keys are allowed, **rest.

def describe(v):
    match v:
        case {}  if not v:
            return "empty mapping"
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={sorted(rest.items())}"
        case {"name": str(name), "age": int(age)}:
            return f"{name} is {age}"
        case {1: one, 2.0: two}:
            return f"numeric keys {one} {two}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

for v in [
    {},
    {"type": "point", "x": 1, "y": 2},
    {"type": "point", "x": 1, "y": 2, "z": 3},
    {"type": "point", "x": 1},
    {"type": "circle", "r": 5},
    {"type": "circle", "r": 5, "color": "red", "fill": True},
    {"name": "Ann", "age": 30},
    {"name": "Ann", "age": "30"},
    {1: "a", 2: "b"},
    {1.0: "a", 2: "b", 3: "c"},
    {"other": 1},
    [("type", "point")],
    "type",
    None,
]:
    print(repr(v), "->", describe(v))

# **rest is a fresh dict without the matched keys.
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"a": a, **rest}:
        rest["z"] = 26
        print(a, rest, d)

# **rest with no keys copies everything.
match {"k": "v"}:
    case {**everything}:
        print("everything:", everything, type(everything).__name__)

# Values are nested patterns.
config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": False}
match config:
    case {"server": {"host": host, "ports": [first, *more]}, "debug": False | None as dbg}:
        print("host", host, "first port", first, "more", more, "debug", dbg)

# Dotted names as keys.
class Keys:
    A = "alpha"
    B = "beta"

match {"alpha": 1, "beta": 2}:
    case {Keys.A: a, Keys.B: b}:
        print("dotted keys", a, b)

# The same key twice through dotted names is a runtime ValueError.
class Same:
    K = "k"
    L = "k"
try:
    match {"k": 1, "j": 2}:
        case {Same.K: 1, Same.L: 2}:
            print("impossible")
except ValueError as e:
    print("ValueError:", e)

# Dict subclasses are mappings; missing keys do not call __missing__ (matching uses get()).
class Defaulting(dict):
    def __missing__(self, key):
        print("  __missing__ called for", key)
        return 0

dd = Defaulting(a=1)
match dd:
    case {"a": 1, "b": b}:
        print("matched with b", b)
    case {"a": a}:
        print("only a", a, "keys", sorted(dd))

# A subclass that overrides get() is asked through it.
class Logged(dict):
    def get(self, key, default=None):
        print("  get", key)
        return super().get(key, default)

match Logged(x=1, y=2):
    case {"x": 1, "y": y}:
        print("Logged matched y =", y)

# Non-dicts with keys/getitem are not mappings here.
class NotMapping:
    def keys(self):
        return ["a"]
    def __getitem__(self, k):
        return 1

match NotMapping():
    case {"a": _}:
        print("mapping?!")
    case _:
        print("plain object is not a mapping")

# Key order in the subject does not matter; bindings follow the pattern.
match {"b": 2, "a": 1}:
    case {"a": first, "b": second}:
        print("first", first, "second", second)

# A failed mapping match binds nothing.
m = "unset"
match {"q": 1}:
    case {"q": m, "r": _}:
        pass
print("m after failed mapping:", m)

# bool/int/float keys compare as a dict does.
match {1: "one"}:
    case {True: v}:
        print("True key found 1:", v)
