# Ends with an uncaught TypeError from calling a non-callable / bad subscript
handlers = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b, "bad": 42}
print(handlers["add"](2, 3), handlers["mul"](2, 3))
for target in [42, "str", None, [1]]:
    try:
        target()
    except TypeError as e:
        print("caught:", e)
for target in [5, None]:
    try:
        target[0]
    except TypeError as e:
        print("caught:", e)
try:
    for x in 7:
        pass
except TypeError as e:
    print("caught:", e)
try:
    len(5)
except TypeError as e:
    print("caught:", e)
for name in ["add", "mul", "bad"]:
    print("calling", name)
    print(handlers[name](4, 5))
print("never printed")
