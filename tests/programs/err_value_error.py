# Ends with an uncaught ValueError
raw = ["10", "20", " 30 ", "forty", "50"]
parsed = []
for r in raw[:3]:
    parsed.append(int(r))
print(parsed)
for bad in ["1.5", "", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("caught:", e)
try:
    float("one")
except ValueError as e:
    print("caught:", e)
try:
    [1, 2].index(5)
except ValueError as e:
    print("caught:", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("caught:", e)
total = 0
for r in raw:
    total += int(r)
    print("running total", total)
print("never printed")
