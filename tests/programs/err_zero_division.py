# Ends with an uncaught ZeroDivisionError
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
print(safe_div(10, 2), safe_div(1, 0))
for a, b in [(7, 0), (7.0, 0), (7, 0.0)]:
    for op in ("//", "%"):
        try:
            if op == "//":
                a // b
            else:
                a % b
        except ZeroDivisionError as e:
            print(a, op, b, "->", e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print("divmod:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("pow:", e)
averages = []
groups = [[1, 2, 3], [10, 20], []]
for g in groups:
    print("averaging", g)
    averages.append(sum(g) // len(g))
print("never printed", averages)
