# if/elif/else, while/for with else, break/continue
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for v in [-5, 0, 7, 42, 1000]:
    print(v, classify(v))
def find(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)
n = 10
while n > 0:
    n -= 3
    if n == 4:
        continue
    print("n =", n)
else:
    print("while finished normally, n =", n)
n = 0
while True:
    n += 1
    if n > 3:
        break
else:
    print("never printed")
print("after break n =", n)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j == 3:
            break
        print(i, j)
    else:
        print("inner done for", i)
primes = []
for cand in range(2, 40):
    for p in primes:
        if p * p > cand:
            primes.append(cand)
            break
        if cand % p == 0:
            break
    else:
        primes.append(cand)
print(primes)
count = 0
while count < 3:
    count += 1
else:
    print("else with count", count)
for _ in []:
    print("nope")
else:
    print("empty for else")
if []:
    print("no")
elif {}:
    print("no")
else:
    print("falsy containers")
