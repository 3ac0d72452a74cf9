# Inventory system: classes, properties, exceptions, sorting, formatted report
class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} left")
        self.sku = sku
class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self._price, self.qty = sku, name, price, qty
    @property
    def price(self):
        return self._price
    @price.setter
    def price(self, v):
        if v < 0:
            raise ValueError("price cannot be negative")
        self._price = round(v, 2)
    @property
    def value(self):
        return round(self.price * self.qty, 2)
    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price}, {self.qty})"
    def __lt__(self, other):
        return (self.name, self.sku) < (other.name, other.sku)
class Inventory:
    def __init__(self):
        self.items = {}
        self.journal = []
    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item
        self.journal.append(("add", item.sku, item.qty))
    def remove(self, sku, qty):
        item = self.items[sku]
        if qty > item.qty:
            raise OutOfStock(sku, qty, item.qty)
        item.qty -= qty
        self.journal.append(("remove", sku, qty))
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(sorted(self.items.values()))
    def __contains__(self, sku):
        return sku in self.items
    def total_value(self):
        return round(sum(i.value for i in self.items.values()), 2)
    def report(self):
        lines = [f"{'SKU':<6}{'NAME':<12}{'PRICE':>8}{'QTY':>5}{'VALUE':>10}"]
        for i in self:
            lines.append(f"{i.sku:<6}{i.name:<12}{i.price:>8.2f}{i.qty:>5}{i.value:>10.2f}")
        lines.append(f"{'TOTAL':<31}{self.total_value():>10.2f}")
        return "\n".join(lines)
inv = Inventory()
for args in [("A1", "bolt", 0.25, 400), ("B2", "nut", 0.1, 1000), ("C3", "hammer", 12.5, 5), ("A1", "bolt", 0.25, 100), ("D4", "anvil", 199.99, 1)]:
    inv.add(Item(*args))
print(len(inv), "C3" in inv, "Z9" in inv)
print(inv.report())
orders = [("A1", 450), ("C3", 6), ("D4", 1), ("Z9", 1), ("B2", 999)]
for sku, qty in orders:
    try:
        inv.remove(sku, qty)
        print("shipped", qty, sku)
    except OutOfStock as e:
        print("OutOfStock:", e)
    except KeyError as e:
        print("unknown sku", e)
inv.items["C3"].price = 13.999
try:
    inv.items["B2"].price = -1
except ValueError as e:
    print("ValueError:", e)
print(inv.report())
print([i for i in inv if i.qty == 0], inv.journal[-3:])
low = sorted((i for i in inv), key=lambda i: (i.qty, i.sku))
print([(i.sku, i.qty) for i in low])
