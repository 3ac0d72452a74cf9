# match: class patterns: __match_args__, keyword attributes, builtin types, errors.

class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, 0):
            return f"3d on the floor at {x},{y}"
        case Point3(z=z):
            return f"3d at height {z}"
        case Point(x, 0):
            return f"x axis at {x}"
        case Point(0, y):
            return f"y axis at {y}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(3, 0), Point(0, 4), Point(5, 5), Point(1, 2), Point3(1, 2, 0), Point3(1, 2, 3), "pt"]:
    print(p, "->", where(p))

# Builtin types match the subject itself with one positional sub-pattern.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n):
            return f"int {n}"
        case float(f) if f.is_integer():
            return f"integral float {f}"
        case float():
            return "float"
        case str("") | bytes(b""):
            return "empty text"
        case str(s):
            return f"str {s!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case list():
            return "empty list"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case dict({"k": k}):
            return f"dict k={k}"
        case set() | frozenset():
            return f"set of {len(v)}"
        case bytearray(ba):
            return f"bytearray {ba}"
        case _:
            return "other"

for v in [True, 0, 7, 2.0, 2.5, "", b"", "hi", [9, 8], [], (1, 2), (1, 2, 3), {"k": 1}, {1}, frozenset(), bytearray(b"z"), None]:
    print(repr(v), "->", kind(v))

# Subclasses of builtins also match themselves.
class MyInt(int):
    pass

match MyInt(5):
    case int(n):
        print("MyInt matched int", n, type(n).__name__)

# Keyword patterns read attributes (methods and properties too).
class Temp:
    def __init__(self, c):
        self.celsius = c

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

match Temp(100):
    case Temp(celsius=c, fahrenheit=f):
        print("temp", c, f)

match 3 + 4:
    case int(real=r, imag=i):
        print("int attributes", r, i)

# A missing attribute makes the pattern fail (no AttributeError).
class Bare:
    pass

match Bare():
    case Bare(missing=m):
        print("has missing?!")
    case Bare():
        print("missing attribute -> no match")

# __match_args__ can be inherited and partially used.
match Point3(1, 2, 3):
    case Point3(a, b):
        print("first two of Point3:", a, b)

# Dataclass-like classes with nested patterns.
class Node:
    __match_args__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right

class Leaf:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value

def total(t):
    match t:
        case Leaf(v):
            return v
        case Node(l, r):
            return total(l) + total(r)

tree = Node(Node(Leaf(1), Leaf(2)), Node(Leaf(3), Node(Leaf(4), Leaf(5))))
print("tree total", total(tree))

def leftmost(t):
    match t:
        case Node(Leaf(v), _):
            return v
        case Node(left=l):
            return leftmost(l)
        case Leaf(value=v):
            return v

print("leftmost", leftmost(tree))

# Errors.
def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)

class NoArgs:
    pass

class ListArgs:
    __match_args__ = ["a"]

class IntArgs:
    __match_args__ = (1,)

class Twice:
    __match_args__ = ("a",)
    a = 1

not_a_class = 42

def too_many():
    match NoArgs():
        case NoArgs(x):
            return x

def list_args():
    match ListArgs():
        case ListArgs(x):
            return x

def int_args():
    match IntArgs():
        case IntArgs(x):
            return x

def builtin_two():
    match 5:
        case int(a, b):
            return a

def twice():
    match Twice():
        case Twice(x, a=y):
            return x

def not_class():
    match 1:
        case not_a_class():
            return 1

def not_instance_first():
    match "s":
        case NoArgs(x):
            return x
        case _:
            return "isinstance fails first, no error"

for label, fn in [("too_many", too_many), ("list_args", list_args), ("int_args", int_args),
                  ("builtin_two", builtin_two), ("twice", twice), ("not_class", not_class),
                  ("not_instance_first", not_instance_first)]:
    attempt(label, fn)

# isinstance semantics: a tuple of classes is not allowed, but class hierarchies are.
class Animal:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name

class Dog(Animal):
    pass

class Cat(Animal):
    pass

for a in [Dog("rex"), Cat("tom"), Animal("generic")]:
    match a:
        case Dog(n):
            print("dog", n)
        case Cat(name=n):
            print("cat", n)
        case Animal(n):
            print("animal", n)
