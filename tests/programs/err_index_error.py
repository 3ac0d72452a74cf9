# Ends with an uncaught IndexError
items = ["a", "b", "c"]
print(items[0], items[-1], items[-3])
for i in [3, -4, 100]:
    try:
        items[i]
    except IndexError as e:
        print("caught:", i, e)
try:
    "abc"[5]
except IndexError as e:
    print("caught str:", e)
try:
    (1, 2)[2]
except IndexError as e:
    print("caught tuple:", e)
try:
    [].pop()
except IndexError as e:
    print("caught pop:", e)
try:
    range(3)[3]
except IndexError as e:
    print("caught range:", e)
matrix = [[1, 2], [3, 4]]
for r in range(3):
    print("row", r, matrix[r])
print("never printed")
