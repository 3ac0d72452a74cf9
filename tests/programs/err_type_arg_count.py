# Ends with an uncaught TypeError for a wrong argument count
def area(w, h):
    return w * h
def scaled(x, *, factor=2):
    return x * factor
print(area(3, 4))
print(scaled(5), scaled(5, factor=10))
tests = [
    lambda: area(1),
    lambda: area(1, 2, 3),
    lambda: area(1, h=2, w=3),
    lambda: area(1, 2, depth=3),
    lambda: scaled(1, 2),
    lambda: len(),
    lambda: len([1], [2]),
    lambda: int("1", 2, 3),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
class Box:
    def __init__(self, size):
        self.size = size
    def grow(self, by):
        self.size += by
        return self.size
b = Box(1)
print(b.grow(2))
print("calling with missing argument")
b.grow()
print("never printed")
