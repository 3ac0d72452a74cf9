# Loop idioms: nested breaks via flags/functions, loop over mutated copies, while with complex conditions
grid = [[3, 8, 1], [9, 4, 7], [2, 6, 5]]
target = 4
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == target:
            found = (r, c)
            break
    if found:
        break
print("found", target, "at", found)
def find_pair(nums, total):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == total:
                return i, j
    return None
print(find_pair([2, 7, 11, 15], 9), find_pair([1, 2], 10))
items = [1, 2, 3, 4, 5, 6]
for x in items[:]:
    if x % 2 == 0:
        items.remove(x)
print(items)
a, b = 0, 1
steps = 0
while b < 1000 and steps < 100:
    a, b = b, a + b
    steps += 1
print(a, b, steps)
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 7:
        break
    print("even", i)
else:
    print("no break")
print("i ends at", i)
total = 0
for i in range(5):
    for j in range(5):
        if j > i:
            break
        total += j
print("triangle sum", total)
matrix = [[1, 2, 3], [4, 5, 6]]
for row in matrix:
    for v in row:
        print(v, end=" ")
    print("|", end=" ")
print()
n = 0
for n in range(0):
    pass
print("n unchanged", n)
for i, ch in reversed(list(enumerate("abc"))):
    print(i, ch, end="; ")
print()
countdown = 3
while countdown:
    print("T-", countdown)
    countdown -= 1
words = ["alpha", "beta", "gamma"]
lengths = []
it = iter(words)
while True:
    try:
        w = next(it)
    except StopIteration:
        break
    lengths.append(len(w))
print(lengths)
for x in range(3):
    pass
else:
    print("for-else after full loop, x =", x)
