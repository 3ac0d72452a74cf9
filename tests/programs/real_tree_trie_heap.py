"""Data structures: a binary search tree, a trie and a binary min-heap."""
import heapq
import random


class BST:
    class Node:
        __slots__ = ("key", "val", "left", "right")

        def __init__(self, key, val):
            self.key, self.val, self.left, self.right = key, val, None, None

    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key, val=None):
        def rec(node):
            if node is None:
                self.size += 1
                return BST.Node(key, val)
            if key < node.key:
                node.left = rec(node.left)
            elif key > node.key:
                node.right = rec(node.right)
            else:
                node.val = val
            return node
        self.root = rec(self.root)

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right

    def height(self, node=...):
        if node is ...:
            node = self.root
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))

    def delete(self, key):
        def rec(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = rec(node.left, key)
            elif key > node.key:
                node.right = rec(node.right, key)
            else:
                if node.left is None or node.right is None:
                    self.size -= 1
                    return node.left or node.right
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.val = succ.key, succ.val
                node.right = rec(node.right, succ.key)
            return node
        self.root = rec(self.root, key)

    def __len__(self):
        return self.size


class Trie:
    def __init__(self):
        self.root = {}

    def add(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = node.get("$", 0) + 1

    def count(self, word):
        node = self.root
        for ch in word:
            if ch not in node:
                return 0
            node = node[ch]
        return node.get("$", 0)

    def complete(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.get(ch)
            if node is None:
                return []
        out = []

        def walk(n, acc):
            for ch in sorted(n):
                if ch == "$":
                    out.append((prefix + acc, n["$"]))
                else:
                    walk(n[ch], acc + ch)
        walk(node, "")
        return out


class MinHeap:
    def __init__(self, items=()):
        self.a = []
        for x in items:
            self.push(x)

    def push(self, x):
        a = self.a
        a.append(x)
        i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            p = (i - 1) // 2
            a[i], a[p] = a[p], a[i]
            i = p

    def pop(self):
        a = self.a
        if not a:
            raise IndexError("pop from empty heap")
        top, last = a[0], a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[m]:
                    m = l
                if r < len(a) and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top

    def __bool__(self):
        return bool(self.a)


rng = random.Random(7)
keys = rng.sample(range(1000), 40)
t = BST()
for k in keys:
    t.insert(k, str(k))
t.insert(keys[0], "dup")
print("size", len(t), "height", t.height(), "sorted ok", list(t) == sorted(keys))
print("first ten:", list(t)[:10])
for k in keys[:15]:
    t.delete(k)
print("after deletes:", len(t), list(t) == sorted(keys[15:]), keys[0] in t, keys[20] in t)
try:
    t.delete(-1)
except KeyError as e:
    print("KeyError", e)

trie = Trie()
text = "the quick brown fox jumps over the lazy dog then the fox thinks the dog quit"
for w in text.split():
    trie.add(w)
print("count(the) =", trie.count("the"), "count(th) =", trie.count("th"))
print("complete th:", trie.complete("th"))
print("complete qu:", trie.complete("qu"), "complete z:", trie.complete("z"))

data = [rng.randint(-50, 50) for _ in range(30)]
h = MinHeap(data)
out = []
while h:
    out.append(h.pop())
print("heap sort ok:", out == sorted(data), out[:8])
ref = list(data)
heapq.heapify(ref)
print("heapq nsmallest/nlargest:", heapq.nsmallest(4, data), heapq.nlargest(3, data))
print("merge:", list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11])))
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)
