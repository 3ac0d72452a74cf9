"""An inventory/order system with abstract base classes, contextlib transactions and copy."""
from abc import ABC, abstractmethod
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, asdict, replace
import copy
import json
import string


class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} left")
        self.sku, self.wanted, self.have = sku, wanted, have


class PricingRule(ABC):
    @abstractmethod
    def apply(self, sku, qty, unit_cents):
        """Return the discounted line total in cents."""

    def describe(self):
        return type(self).__name__


class NoDiscount(PricingRule):
    def apply(self, sku, qty, unit_cents):
        return qty * unit_cents


class BulkDiscount(PricingRule):
    def __init__(self, min_qty, percent):
        self.min_qty, self.percent = min_qty, percent

    def apply(self, sku, qty, unit_cents):
        total = qty * unit_cents
        if qty >= self.min_qty:
            total -= total * self.percent // 100
        return total

    def describe(self):
        return f"{super().describe()}({self.min_qty}+ => {self.percent}% off)"


class BuyNGetOne(PricingRule):
    def __init__(self, n):
        self.n = n

    def apply(self, sku, qty, unit_cents):
        free = qty // (self.n + 1)
        return (qty - free) * unit_cents


@dataclass
class Item:
    sku: str
    name: str
    price: int
    stock: int
    tags: list = field(default_factory=list)


class Inventory:
    def __init__(self):
        self.items = {}
        self.rules = {}
        self.journal = []

    def add(self, item, rule=None):
        self.items[item.sku] = item
        self.rules[item.sku] = rule or NoDiscount()

    @contextmanager
    def transaction(self, label):
        snapshot = copy.deepcopy(self.items)
        self.journal.append(f"begin {label}")
        try:
            yield self
        except InventoryError as e:
            self.items = snapshot
            self.journal.append(f"rollback {label}: {e}")
            raise
        else:
            self.journal.append(f"commit {label}")

    def take(self, sku, qty):
        try:
            item = self.items[sku]
        except KeyError:
            raise InventoryError(f"unknown sku {sku!r}") from None
        if qty > item.stock:
            raise OutOfStock(sku, qty, item.stock)
        item.stock -= qty
        return self.rules[sku].apply(sku, qty, item.price)

    def order(self, label, lines):
        with self.transaction(label):
            return sum(self.take(sku, qty) for sku, qty in lines)


def money(cents):
    return f"${cents / 100:,.2f}"


inv = Inventory()
inv.add(Item("A1", "bolt", 25, 500, ["hardware"]), BulkDiscount(100, 10))
inv.add(Item("B2", "hammer", 1599, 12, ["tools"]))
inv.add(Item("C3", "glove", 450, 40, ["safety", "tools"]), BuyNGetOne(2))
inv.add(Item("D4", "helmet", 3200, 3, ["safety"]))
for sku, rule in inv.rules.items():
    print(sku, rule.describe())

orders = [
    ("o1", [("A1", 150), ("C3", 6)]),
    ("o2", [("B2", 2), ("D4", 4)]),
    ("o3", [("Z9", 1)]),
    ("o4", [("D4", 3), ("A1", 99), ("C3", 5)]),
]
for label, lines in orders:
    try:
        print(label, "total", money(inv.order(label, lines)))
    except OutOfStock as e:
        print(label, "out of stock:", e, (e.sku, e.wanted, e.have))
    except InventoryError as e:
        print(label, "failed:", e)
print("\n".join(inv.journal))
print({sku: it.stock for sku, it in inv.items.items()})

try:
    PricingRule()
except TypeError as e:
    print("TypeError:", e)

low = [it.name for it in inv.items.values() if it.stock < 10]
print("low stock:", low)
by_tag = {}
for it in inv.items.values():
    for t in it.tags:
        by_tag.setdefault(t, []).append(it.sku)
print("by tag:", dict(sorted(by_tag.items())))
snapshot = json.dumps([asdict(it) for it in inv.items.values()], sort_keys=True)
print(snapshot)
restored = [Item(**d) for d in json.loads(snapshot)]
print(restored[0] == inv.items["A1"], replace(restored[1], stock=99))
shallow = copy.copy(inv.items["C3"])
shallow.tags.append("shared")
print(inv.items["C3"].tags, copy.deepcopy(inv.items["C3"]).tags is inv.items["C3"].tags)
tmpl = string.Template("Dear $customer, your order of ${count} items costs $total. $$5 fee waived.")
print(tmpl.substitute(customer="Ana", count=3, total=money(12345)))
print(tmpl.safe_substitute(customer="Bo"))
with suppress(KeyError):
    tmpl.substitute(customer="Cy")
    print("not reached")
print("done")
