# Ends with an uncaught NameError after some successful work
def greet(name):
    return "hello " + name
names = ["ann", "bob", "cy"]
for n in names:
    print(greet(n))
total = 0
for i in range(10):
    total += i
print("total", total)
try:
    print(undefined_a)
except NameError as e:
    print("caught:", e)
def uses_global():
    return later_defined * 2
later_defined = 21
print(uses_global())
del later_defined
try:
    uses_global()
except NameError as e:
    print("caught:", e)
print("about to fail")
result = compute_something(total)
print("never printed", result)
