# collections: Counter, defaultdict, deque, OrderedDict, ChainMap, namedtuple together
from collections import Counter, defaultdict, deque, OrderedDict, ChainMap, namedtuple

text = "the quick brown fox jumps over the lazy dog the end"
c = Counter(text.split())
print(c.most_common(2), c["the"], c["missing"])
c.update(["fox", "fox"])
c.subtract({"the": 2})
print(sorted(c.items())[:4], c.total())
print(Counter("abracadabra") - Counter("aab"), Counter(a=3) + Counter(a=1, b=2))
print(Counter(a=3, b=1) & Counter(a=1, b=5), Counter(a=3) | Counter(a=5, c=1))
print(sorted(Counter("hello").elements()), +Counter(a=-1, b=2), -Counter(a=-1, b=2))

graph = defaultdict(list)
for a, b in [("a", "b"), ("a", "c"), ("b", "c"), ("c", "a")]:
    graph[a].append(b)
print(dict(graph), graph["zzz"], "zzz" in graph)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 3
nested["x"]["z"] += 1
print({k: dict(v) for k, v in nested.items()})
dd = defaultdict(set)
dd[1].add("a")
print(dd, dd.default_factory)

dq = deque(range(5), maxlen=5)
dq.append(5)
dq.appendleft(-1)
print(dq, dq.maxlen)
dq.rotate(2)
print(dq, dq.index(3), dq.count(0))
dq.extendleft([10, 11])
print(dq, dq.popleft(), dq.pop(), dq[1], dq[-1])
d2 = deque("abc")
d2.reverse()
print(d2, list(reversed(d2)), d2 * 2 if False else deque(d2) + deque("z"))

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(last=False), od.popitem())
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))

defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm))
cm["color"] = "blue"
print(user, defaults)
child = cm.new_child({"size": "S"})
print(child["size"], child.parents["size"], child.maps[0])

Point = namedtuple("Point", "x y", defaults=[0])
p = Point(3)
print(p, p._replace(y=9), p._asdict(), Point._fields, Point._field_defaults)
print(Point._make([5, 6]), p + (1,), p.x == p[0])
Emp = namedtuple("Emp", ["name", "dept", "salary"])
staff = [Emp("a", "eng", 100), Emp("b", "ops", 80), Emp("c", "eng", 120)]
by_dept = defaultdict(list)
for e in staff:
    by_dept[e.dept].append(e.salary)
print({d: sum(s) / len(s) for d, s in by_dept.items()})
print(max(staff, key=lambda e: e.salary).name, sorted(staff, key=lambda e: e.salary)[0])
