# Big int algorithms: pow with modulus, gcd, factorials, fibonacci, primes
def modpow(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
for b, e, m in [(2, 10, 1000), (3, 200, 10 ** 9 + 7), (7, 2 ** 64, 2 ** 61 - 1), (12345, 6789, 99991)]:
    print(b, e, m, pow(b, e, m), modpow(b, e, m) == pow(b, e, m))
print(pow(2, 10 ** 6, 10 ** 9 + 7), pow(10, -1, 7), pow(123456789, -1, 10 ** 9 + 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(2 ** 100, 6 ** 50), gcd(10 ** 30 + 1, 10 ** 20 + 1), gcd(0, 5))
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(f100)
print(len(str(f100)), sum(int(d) for d in str(f100)), str(f100).count("0"))
print(fact(200) // fact(198), fact(60) % (10 ** 9 + 7))
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(300))
print(fib(301) * fib(299) - fib(300) ** 2)
def is_prime(n):
    if n < 2:
        return False
    for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([p for p in range(100) if is_prime(p)])
print(is_prime(2 ** 61 - 1), is_prime(2 ** 67 - 1), is_prime(10 ** 18 + 9), is_prime(1000000007))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 40), isqrt(2 * 10 ** 30), isqrt(99))
print(2 ** 521 - 1)
print((2 ** 521 - 1) % 1000000, (3 ** 333) >> 400, (-(3 ** 333)) >> 400)
print(divmod(-(10 ** 25), 7), divmod(10 ** 25, -7))
