# set algebra over small ints
A = {1, 2, 3, 4, 5}
B = {4, 5, 6, 7}
C = {1, 5, 9}
print(sorted(A | B), sorted(A & B), sorted(A - B), sorted(B - A), sorted(A ^ B))
print(sorted(A.union(B, C)), sorted(A.intersection(B, C)), sorted(A.difference(B, C)))
print(sorted(A.symmetric_difference(C)), A.isdisjoint({10, 11}), A.isdisjoint(C))
print({1, 2} <= A, {1, 2} < A, A <= A, A < A, A >= {1}, A > A, {1, 6} <= A)
print(A.issubset(range(10)), A.issuperset([1, 2]), set() < A)
# laws
U = set(range(10))
print("de morgan:", U - (A | B) == (U - A) & (U - B), U - (A & B) == (U - A) | (U - B))
print("distributive:", A & (B | C) == (A & B) | (A & C), A | (B & C) == (A | B) & (A | C))
print("xor assoc:", (A ^ B) ^ C == A ^ (B ^ C), A ^ A == set(), A ^ set() == A)
S = set(A)
S |= {10}
S &= {1, 2, 3, 10, 11}
S -= {2}
S ^= {3, 4}
print("in-place:", sorted(S))
T = {0}
T.update([1, 2], {3}, range(4, 6))
T.intersection_update({0, 1, 2, 3, 4, 9})
T.difference_update({0})
T.symmetric_difference_update({4, 8})
print("methods:", sorted(T))
T.discard(100)
T.add(7)
try:
    T.remove(100)
except KeyError as e:
    print("KeyError:", e)
print(sorted(T), len(T), 7 in T, 100 not in T)
fz = frozenset({3, 1, 2})
print(sorted(fz | {4}), type(fz | {4}).__name__, type({4} | fz).__name__)
print({fz: "ok"}[frozenset([1, 2, 3])], fz == {1, 2, 3}, hash(fz) == hash(frozenset([3, 2, 1])))
power = [set()]
for x in [1, 2, 3]:
    power += [s | {x} for s in power]
print("power set:", sorted(sorted(s) for s in power))
print("sets of frozensets:", len({frozenset({1, 2}), frozenset({2, 1}), frozenset()}))
sieve = set(range(2, 50))
for p in range(2, 8):
    sieve -= set(range(p * p, 50, p))
print("primes:", sorted(sieve))
print("comprehension:", sorted({x % 7 for x in range(30)}), sorted(x for x in {5, 3, 1}))
print(min(A), max(B), sum(C), sorted(A, reverse=True))
p = {1, 2, 3}
q = p.copy()
q.pop() if False else q.clear()
print(p, q, set() == frozenset(), bool(set()), {0} != {False})
try:
    A < [1]
except TypeError as e:
    print("TypeError:", e)
