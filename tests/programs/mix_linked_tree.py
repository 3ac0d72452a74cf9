# Linked list and binary search tree with iteration protocols
class LinkedList:
    class _Node:
        __slots__ = ("value", "next")
        def __init__(self, value, nxt=None):
            self.value, self.next = value, nxt
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = self._Node(v, self.head)
        self.size += 1
    def __len__(self):
        return self.size
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("linked list index out of range")
    def __contains__(self, v):
        return any(x == v for x in self)
ll = LinkedList([1, 2, 3, 4])
ll.push(0)
print(ll, len(ll), ll[2], ll[-1], 3 in ll, 9 in ll)
ll.reverse()
print(ll, list(ll), sum(ll))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
class BST:
    def __init__(self):
        self.root = None
        self.n = 0
    def insert(self, key):
        if self.root is None:
            self.root = [key, None, None]
        else:
            node = self.root
            while True:
                if key == node[0]:
                    return False
                side = 1 if key < node[0] else 2
                if node[side] is None:
                    node[side] = [key, None, None]
                    break
                node = node[side]
        self.n += 1
        return True
    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node[1]
            node = stack.pop()
            yield node[0]
            node = node[2]
    def preorder(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return
        yield node[0]
        yield from self.preorder(node[1])
        yield from self.preorder(node[2])
    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node[1]), self.height(node[2]))
    def __contains__(self, key):
        node = self.root
        while node:
            if key == node[0]:
                return True
            node = node[1] if key < node[0] else node[2]
        return False
    def __len__(self):
        return self.n
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65, 10]:
    t.insert(k)
print(list(t), len(t), t.height(), list(t.preorder()))
print(40 in t, 45 in t, min(t), max(t), [k for k in t if k % 20 == 0])
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(list(words), len(words))
