# operator: function forms of the operators, getters, methodcaller, dunder aliases
import operator as op
from operator import itemgetter, attrgetter, methodcaller

print(op.add(2, 3), op.sub(2, 3), op.mul(4, 5), op.truediv(7, 2), op.floordiv(7, 2))
print(op.mod(7, 3), op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3.5))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.invert(5), op.inv(0))
print(op.lshift(1, 5), op.rshift(256, 4), op.index(7))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.not_(0), op.truth([]), op.truth("x"), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.concat("ab", "cd"), op.contains("hello", "ell"))
print(op.countOf([1, 2, 1, 1], 1), op.indexOf("abcb", "b"))
try:
    op.indexOf([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    op.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    op.index(2.5)
except TypeError as e:
    print("TypeError:", e)

d = {"a": 1}
op.setitem(d, "b", 2)
print(op.getitem(d, "b"), d)
op.delitem(d, "a")
print(d)
lst = list(range(6))
print(op.getitem(lst, slice(1, 4)))

x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iadd(1, 2), op.isub(5, 1), op.imul("ab", 2), op.iconcat([0], (1,)))
print(op.ifloordiv(9, 2), op.imod(9, 4), op.ipow(3, 3), op.itruediv(1, 4))
print(op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.ilshift(1, 3), op.irshift(16, 2))


class Hinted:
    def __init__(self, n):
        self.n = n

    def __length_hint__(self):
        return self.n


print(op.length_hint([1, 2, 3]), op.length_hint(Hinted(4), 5), op.length_hint(5, 9))
print(op.length_hint(Hinted(NotImplemented), 7))
for bad in (-1, "x"):
    try:
        op.length_hint(Hinted(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(op.call(max, 3, 9, 4), op.call(sorted, [3, 1], reverse=True))

# dunder aliases
print(op.__add__ is op.add, op.__not__ is op.not_, op.__and__ is op.and_)
print(op.__lt__(1, 2), op.__getitem__("xyz", 1), op.__inv__(1), op.__iadd__(1, 1))

# itemgetter
rows = [("bob", 25, "NY"), ("alice", 30, "LA"), ("carol", 25, "SF")]
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), itemgetter(2, 0)(rows[1]))
print(itemgetter("k")({"k": "v"}), itemgetter(slice(2))("hello"))
print(repr(itemgetter(1)), repr(itemgetter("a", 2)))
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)


# attrgetter
class Point:
    def __init__(self, x, y, label=None):
        self.x, self.y, self.label = x, y, label


class Box:
    def __init__(self, name, corner):
        self.name, self.corner = name, corner


boxes = [Box("b", Point(3, 1)), Box("a", Point(1, 2)), Box("c", Point(1, 0))]
print([b.name for b in sorted(boxes, key=attrgetter("corner.x", "corner.y"))])
print(attrgetter("name")(boxes[0]), attrgetter("corner.y", "name")(boxes[1]))
print(repr(attrgetter("corner.x")), repr(attrgetter("a", "b")))
try:
    attrgetter("corner.z")(boxes[0])
except AttributeError as e:
    print("AttributeError:", e)
try:
    attrgetter(1)
except TypeError as e:
    print("TypeError:", e)

# methodcaller
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b,c"))
print(methodcaller("replace", "a", "o", 1)("banana"))
print(methodcaller("split", sep=",", maxsplit=1)("a,b,c"))
print(list(map(methodcaller("strip", "-"), ["-a-", "--b"])))
print(repr(methodcaller("pad", 3, fill="*")))
print(sorted(["Banana", "apple", "Cherry"], key=methodcaller("lower")))
