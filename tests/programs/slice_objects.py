# slice objects, indices(), negative steps, custom __getitem__ with slices
s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step)
print(slice(3), slice(None), slice(1, None), slice(None, None, -1))
cases = [slice(None), slice(2, None), slice(None, -2), slice(-3, -1), slice(None, None, -1),
         slice(5, 1, -1), slice(-1, -10, -3), slice(100, -100, -7), slice(0, 0), slice(3, 1)]
data = list(range(10))
word = "0123456789"
tup = tuple(data)
for c in cases:
    print(c, c.indices(10), data[c], word[c], tup[c] == tuple(data[c]))
for length in [0, 1, 3]:
    print(length, slice(None, None, -1).indices(length), slice(-5, 5).indices(length))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print("ValueError:", e)
class Window:
    def __init__(self, items):
        self.items = items
    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self.items))
            print("slice request", (start, stop, step))
            return Window(self.items[start:stop:step])
        return self.items[key]
    def __repr__(self):
        return f"Window({self.items})"
w = Window(list("abcdefgh"))
print(w[2:6])
print(w[::-2])
print(w[1:7][::2][1])
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 2, 1), slice(1, 2, None) == slice(1, 2))
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print("TypeError:", e)
lst = list(range(8))
lst[slice(2, 4)] = ["x", "y", "z"]
print(lst)
del lst[slice(None, None, 3)]
print(lst)
lst[slice(0, 2)] = []
print(lst)
b = b"abcdefgh"
print(b[slice(1, 7, 2)], bytearray(b)[::-3], range(20)[slice(3, 15, 4)])
print(slice("a", "z", [1]).start, slice("a", "z").stop)
print(word[None:None], word[None:3], word[7:None], word[::None])
