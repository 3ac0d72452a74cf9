# Sorting algorithms compared against sorted()
def bubble(a):
    a = list(a)
    for i in range(len(a)):
        swapped = False
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a
def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        v, j = a[i], i - 1
        while j >= 0 and a[j] > v:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = v
    return a
def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    l, r = merge_sort(a[:mid]), merge_sort(a[mid:])
    out, i, j = [], 0, 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
def quick(a):
    if len(a) <= 1:
        return list(a)
    pivot = a[len(a) // 2]
    return quick([x for x in a if x < pivot]) + [x for x in a if x == pivot] + quick([x for x in a if x > pivot])
def heap_sort(a):
    a = list(a)
    n = len(a)
    def sift(i, size):
        while True:
            big, l, r = i, 2 * i + 1, 2 * i + 2
            if l < size and a[l] > a[big]:
                big = l
            if r < size and a[r] > a[big]:
                big = r
            if big == i:
                return
            a[i], a[big] = a[big], a[i]
            i = big
    for i in range(n // 2 - 1, -1, -1):
        sift(i, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a
def counting(a):
    if not a:
        return []
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for v in a:
        counts[v - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]
seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return seed
data_sets = {
    "random": [rand() % 1000 - 500 for _ in range(200)],
    "sorted": list(range(50)),
    "reversed": list(range(50, 0, -1)),
    "dups": [rand() % 5 for _ in range(60)],
    "empty": [],
    "single": [7],
}
algos = [bubble, insertion, merge_sort, quick, heap_sort, counting]
for name, data in data_sets.items():
    expected = sorted(data)
    print(f"{name:9}", [algo.__name__ for algo in algos if algo(data) == expected] == [a.__name__ for a in algos], expected[:6])
people = [("amy", 31), ("bo", 25), ("cat", 31), ("dan", 25), ("eve", 40)]
print(sorted(people, key=lambda p: p[1]))
print(merge_sort([(p[1], i, p[0]) for i, p in enumerate(people)]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = "Banana apple Cherry date Elderberry fig".split()
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=len, reverse=True))
print(quick([3.5, -1.25, 2.0, 0.0, -7.5]), heap_sort(list("sortingexample")))
