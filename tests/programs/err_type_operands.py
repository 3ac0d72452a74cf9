# Ends with an uncaught TypeError for bad operand types
pairs = [(1, "a"), ("a", 1), ([1], (1,)), (None, 1), ({}, {})]
for a, b in pairs:
    try:
        a + b
    except TypeError as e:
        print("add:", e)
for a, b in [(1, "a"), ("x", 2.5), ([], [])]:
    try:
        a - b
    except TypeError as e:
        print("sub:", e)
try:
    "a" < 1
except TypeError as e:
    print("lt:", e)
try:
    -"neg"
except TypeError as e:
    print("neg:", e)
try:
    "s" * 2.0
except TypeError as e:
    print("mul:", e)
print("products:", "ab" * 2, [0] * 3)
value = {"count": 3}
label = "items: "
print(label + str(value["count"]))
print(label + value["count"])
