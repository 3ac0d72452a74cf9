"""A CSV-like sales report using Counter, defaultdict and string formatting."""
from collections import Counter, defaultdict, OrderedDict

DATA = """\
date,region,rep,product,units,unit_price
2023-01-03,North,Alice,Widget,12,2.50
2023-01-03,South,Bob,Gadget,3,19.99
2023-01-04,North,Alice,Gadget,1,19.99
2023-01-05,East,Carmen,Widget,40,2.25
2023-01-05,West,Dmitri,Doohickey,7,7.75
2023-01-09,South,Bob,Widget,15,2.50
2023-01-10,East,Carmen,Gadget,5,18.50
2023-01-11,North,Erin,Doohickey,2,8.00
2023-01-12,West,Dmitri,Widget,22,2.40
2023-01-12,West,Dmitri,Gadget,4,19.99
2023-02-01,North,Alice,Widget,30,2.30
2023-02-02,South,Fatima,Doohickey,11,7.50
2023-02-03,East,Carmen,Doohickey,6,7.80
2023-02-03,North,Erin,Widget,9,2.50
2023-02-07,South,Bob,Gadget,8,19.50
bad line without enough fields
2023-02-08,West,Dmitri,Widget,x,2.40
"""


def parse(text):
    lines = text.splitlines()
    header = lines[0].split(",")
    rows, errors = [], []
    for lineno, line in enumerate(lines[1:], start=2):
        parts = line.split(",")
        if len(parts) != len(header):
            errors.append((lineno, "wrong field count"))
            continue
        rec = dict(zip(header, parts))
        try:
            rec["units"] = int(rec["units"])
            rec["unit_price"] = float(rec["unit_price"])
        except ValueError as e:
            errors.append((lineno, str(e)))
            continue
        rec["month"] = rec["date"][:7]
        rec["total"] = round(rec["units"] * rec["unit_price"], 2)
        rows.append(rec)
    return rows, errors


rows, errors = parse(DATA)
print(f"parsed {len(rows)} rows, {len(errors)} errors")
for lineno, msg in errors:
    print(f"  line {lineno}: {msg}")

by_region = defaultdict(float)
units_by_product = Counter()
rep_months = defaultdict(lambda: defaultdict(float))
for r in rows:
    by_region[r["region"]] += r["total"]
    units_by_product[r["product"]] += r["units"]
    rep_months[r["rep"]][r["month"]] += r["total"]

grand = sum(by_region.values())
print("\nRevenue by region")
print(f"{'Region':<8}{'Revenue':>12}{'Share':>8}")
print("-" * 28)
for region, amount in sorted(by_region.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{region:<8}{amount:>12,.2f}{amount / grand:>8.1%}")
print("-" * 28)
print(f"{'Total':<8}{grand:>12,.2f}")

print("\nUnits by product:", units_by_product.most_common())
print("Top product:", units_by_product.most_common(1)[0][0])

months = sorted({r["month"] for r in rows})
print("\nRep       " + "".join(f"{m:>10}" for m in months) + f"{'Total':>10}")
for rep in sorted(rep_months):
    cells = [rep_months[rep].get(m, 0.0) for m in months]
    print(f"{rep:<10}" + "".join(f"{c:>10.2f}" for c in cells) + f"{sum(cells):>10.2f}")

deal_sizes = Counter()
for r in rows:
    bucket = "small" if r["total"] < 30 else "medium" if r["total"] < 100 else "large"
    deal_sizes[bucket] += 1
print("\nDeal sizes:", dict(sorted(deal_sizes.items())))
print("Counter arithmetic:", sorted((units_by_product - Counter(Widget=100)).items()))
best = max(rows, key=lambda r: r["total"])
print("Best deal: {rep} sold {units} x {product} on {date} for ${total:.2f}".format(**best))

ordered = OrderedDict()
for r in sorted(rows, key=lambda r: r["date"]):
    ordered.setdefault(r["date"], []).append(r["rep"])
ordered.move_to_end(next(iter(ordered)))
print("Dates (first moved to end):", list(ordered)[:3], "...", list(ordered)[-1])
avg_price = {p: round(sum(r["unit_price"] for r in rows if r["product"] == p) /
                      sum(1 for r in rows if r["product"] == p), 3) for p in sorted(units_by_product)}
print("Average unit price:", avg_price)
