# __iter__ / __next__ iterator classes
class CountDown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
print(list(CountDown(5)))
cd = CountDown(3)
for v in cd:
    print("v", v)
print(list(cd))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(4)
print(list(r), list(r), sum(r), [x * y for x in r for y in r if x < y])
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIter(self.limit)
class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r
print(list(Fib(100)))
print(dict(zip(Fib(10), "abcdefg")))
it = iter(Fib(5))
print(next(it), next(it), next(it), next(it, "x"))
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def __iter__(self):
        node = self
        while node:
            yield node.v
            node = node.nxt
chain = Node(1, Node(2, Node(3)))
print(list(chain), tuple(chain), 2 in chain)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class NoIter:
    pass
try:
    for x in NoIter():
        pass
except TypeError as e:
    print("TypeError:", e)
class Pairwise:
    def __init__(self, seq):
        self.seq = seq
    def __iter__(self):
        return iter(zip(self.seq, self.seq[1:]))
print(list(Pairwise([1, 2, 3, 4])))
a, b, c = CountDown(3)
print(a, b, c)
print(*CountDown(4))
print(sorted(CountDown(5)), min(CountDown(3)), " ".join(map(str, CountDown(3))))
