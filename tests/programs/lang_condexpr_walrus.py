# Conditional expressions and assignment expressions
for n in range(-2, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
x = 5
y = "big" if x > 3 else "small"
print(y)
print([("even" if i % 2 == 0 else "odd") for i in range(5)])
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
total = 0
i = 0
while (i := i + 1) <= 5:
    total += i
print("total", total, "i", i)
values = [1, 4, 9, 16, 25]
print([r for v in values if (r := v ** 0.5) == int(r)])
print(r)
stack = [1, 2, 3]
while (top := stack.pop() if stack else None) is not None:
    print("popped", top)
print([y := 10, y ** 2])
def f(v):
    return v * 3
print([(w, w2) for w in range(4) if (w2 := f(w)) % 2 == 0])
print(w2)
z = (a := 3) + (b := 4)
print(a, b, z)
s = "hello world foo"
if (pos := s.find("world")) != -1:
    print("found at", pos)
print((lambda q: "T" if q else "F")(0), (lambda q: "T" if q else "F")(7))
print(1 if True else 1 / 0, 2 if False else 3)
