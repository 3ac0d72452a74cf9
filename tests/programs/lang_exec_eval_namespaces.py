# exec/eval with explicit globals and locals dicts
g = {"x": 10}
exec("y = x * 2", g)
print("y in g:", g["y"])
print("builtins added:", "__builtins__" in g)

l = {}
exec("a = 1\nb = a + 1\nc = [a, b]", {}, l)
print("locals:", sorted(l.items()))

print("eval expr:", eval("x + y", g))
print("eval locals override:", eval("x + 1", g, {"x": 100}))
print("eval builtins:", eval("len([1, 2, 3]) + abs(-4)"))

ns = {}
exec("def f(n):\n    return n * n\n", ns)
print("f from exec:", ns["f"](7))
print("f name:", ns["f"].__name__)

ns2 = {}
exec("class K:\n    val = 5\n    def get(self):\n        return self.val\n", ns2)
print("class from exec:", ns2["K"]().get())

counter = {"n": 0}
for i in range(5):
    exec("n += i", {"i": i}, counter)
print("accumulated:", counter["n"])

# exec returns None
print("exec returns:", exec("1 + 1"))
# eval with a comprehension referring to globals
print("comp in eval:", eval("[k * m for k in range(3)]", {"m": 3}))
# nested exec
h = {}
exec("exec('z = 42', globals())", h)
print("nested exec:", h["z"])
