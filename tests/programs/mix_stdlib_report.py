# A small sales report built from the bundled standard-library modules
import copy
import heapq
import itertools
import operator
from contextlib import contextmanager
from functools import lru_cache, partial, reduce, total_ordering, recursive_repr
from string import Template

SALES = [
    ("north", "widget", 3, 2.50), ("south", "gadget", 1, 10.00),
    ("north", "gadget", 2, 10.00), ("east", "widget", 10, 2.25),
    ("south", "widget", 4, 2.50), ("east", "gizmo", 1, 99.99),
    ("north", "gizmo", 2, 95.00), ("south", "gadget", 5, 9.50),
]


@total_ordering
class Sale:
    def __init__(self, region, item, qty, price):
        self.region, self.item, self.qty, self.price = region, item, qty, price

    @property
    def total(self):
        return round(self.qty * self.price, 2)

    def __eq__(self, other):
        return self.total == other.total

    def __lt__(self, other):
        return self.total < other.total

    def __repr__(self):
        return f"Sale({self.region}/{self.item}: {self.total:.2f})"


sales = list(itertools.starmap(Sale, SALES))
by_region = operator.attrgetter("region")
report = []
for region, group in itertools.groupby(sorted(sales, key=by_region), key=by_region):
    group = list(group)
    amount = reduce(operator.add, map(operator.attrgetter("total"), group), 0)
    report.append((region, len(group), round(amount, 2)))
print(report)

print("top 3:", heapq.nlargest(3, sales))
print("bottom 2:", heapq.nsmallest(2, sales, key=operator.attrgetter("qty")))
print("max sale:", max(sales), "min sale:", min(sales))

running = list(itertools.accumulate(s.total for s in sales))
print("running:", [round(r, 2) for r in running])
print("pairs over 100:", [(a.item, b.item) for a, b in itertools.combinations(sales, 2)
                          if a.total + b.total > 150])


@lru_cache(maxsize=None)
def discount(qty):
    return 0.1 if qty >= 5 else 0.05 if qty >= 3 else 0.0


discounted = [round(s.total * (1 - discount(s.qty)), 2) for s in sales]
print(discounted, discount.cache_info())

line = Template("$region: $count sales, $$${amount}")
for region, count, amount in report:
    print(line.substitute(region=region.title(), count=count, amount=f"{amount:.2f}"))

fmt_money = partial("{:>10.2f}".format)
print("|".join(fmt_money(a) for _, _, a in report))


@contextmanager
def section(title, out):
    out.append(f"== {title} ==")
    yield out
    out.append(f"== end {title} ==")


lines = []
with section("regions", lines) as out:
    out.extend(region for region, _, _ in report)
print(lines)

config = {"regions": ["north", "south"], "limits": {"north": [1, 2]}}
trial = copy.deepcopy(config)
trial["limits"]["north"].append(3)
print(config, trial)


class Tree:
    def __init__(self, name):
        self.name = name
        self.children = []

    @recursive_repr()
    def __repr__(self):
        return f"Tree({self.name}, {self.children})"


t = Tree("root")
t.children.append(Tree("leaf"))
t.children.append(t)
print(t)

batches = list(itertools.zip_longest(*[iter(range(7))] * 3, fillvalue=None))
print(batches)
