# algorithms over big ints
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

f1000 = fib(1000)
print(len(str(f1000)), str(f1000)[:15])
print(fib(500) % 1000000007)

def fib_fast(n):
    def go(k):
        if k == 0:
            return (0, 1)
        a, b = go(k // 2)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if k % 2 else (c, d)
    return go(n)[0]
print(fib_fast(1000) == f1000, len(str(fib_fast(10000))))

def is_probable_prime(n):
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

print([is_probable_prime(2 ** p - 1) for p in [61, 67, 89, 101, 107, 127]])
print(is_probable_prime(10 ** 30 + 57), is_probable_prime(10 ** 30 + 1))

# RSA toy
p, q = 2 ** 89 - 1, 2 ** 107 - 1
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
msg = int.from_bytes(b"strata bigint", "big")
c = pow(msg, e, n)
back = pow(c, d, n)
print(back == msg, back.to_bytes((back.bit_length() + 7) // 8, "big"))

# pi digits via Machin
def arctan_inv(x, unity):
    total = term = unity // x
    x2 = x * x
    k = 3
    sign = -1
    while term:
        term //= x2
        total += sign * (term // k)
        sign = -sign
        k += 2
    return total
unity = 10 ** 110
pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
print(str(pi)[:100])

# base conversion
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return "".join(reversed(out)) or "0"
big = 36 ** 40 - 1
print(to_base(big, 36) == "z" * 40, int(to_base(f1000, 7), 7) == f1000)
print(sum(1 for _ in range(0)), (-7) ** 51 < 0, (-2) ** 200 > 0)
