# parse CSV-ish text, aggregate, and print a formatted report
import io
data = """region,product,units,price
north,widget,10,2.50
south,widget,4,2.50
north,gadget,3,10.00
east,widget,7,2.25
south,gizmo,1,99.99
north,widget,5,2.50
east,gadget,2,9.50
west,gizmo,2,95.00
"""
def parse(text):
    f = io.StringIO(text)
    header = f.readline().strip().split(",")
    rows = []
    for line in f:
        line = line.strip()
        if not line:
            continue
        vals = line.split(",")
        row = dict(zip(header, vals))
        row["units"] = int(row["units"])
        row["price"] = float(row["price"])
        rows.append(row)
    return rows
rows = parse(data)
print(len(rows), "rows")
by_region = {}
for r in rows:
    agg = by_region.setdefault(r["region"], {"units": 0, "revenue": 0.0})
    agg["units"] += r["units"]
    agg["revenue"] += r["units"] * r["price"]
print(f"{'region':<8}{'units':>6}{'revenue':>10}{'share':>8}")
total = sum(a["revenue"] for a in by_region.values())
for region, agg in sorted(by_region.items(), key=lambda kv: -kv[1]["revenue"]):
    print(f"{region:<8}{agg['units']:>6}{agg['revenue']:>10.2f}{agg['revenue'] / total:>8.1%}")
print(f"{'total':<8}{sum(a['units'] for a in by_region.values()):>6}{total:>10.2f}")
products = sorted({r["product"] for r in rows})
regions = sorted(by_region)
print("pivot".ljust(8) + "".join(p.rjust(8) for p in products))
for reg in regions:
    cells = []
    for p in products:
        u = sum(r["units"] for r in rows if r["region"] == reg and r["product"] == p)
        cells.append(str(u if u else "-").rjust(8))
    print(reg.ljust(8) + "".join(cells))
best = max(rows, key=lambda r: r["units"] * r["price"])
print("best line:", best["region"], best["product"], round(best["units"] * best["price"], 2))
avg_price = {p: round(sum(r["price"] for r in rows if r["product"] == p) / sum(1 for r in rows if r["product"] == p), 3) for p in products}
print("avg price:", avg_price)
out = io.StringIO()
out.write("region,revenue\n")
for reg in regions:
    out.write(f"{reg},{by_region[reg]['revenue']:.2f}\n")
print(out.getvalue().strip().replace("\n", " | "))
