# A small complete program: a sieve of Eratosthenes, some statistics about the primes it
# finds, and a word-frequency count over a short text.
# Usage: primes.py [LIMIT]   (default LIMIT = 100_000)
import math
import sys


def sieve(limit):
    """Return the list of primes below limit."""
    if limit < 3:
        return []
    is_prime = [True] * limit
    is_prime[0] = is_prime[1] = False
    for n in range(2, math.isqrt(limit - 1) + 1):
        if is_prime[n]:
            for multiple in range(n * n, limit, n):
                is_prime[multiple] = False
    return [n for n, flag in enumerate(is_prime) if flag]


def twin_pairs(primes):
    return sum(1 for a, b in zip(primes, primes[1:]) if b - a == 2)


def largest_gap(primes):
    best = (0, 0)
    for a, b in zip(primes, primes[1:]):
        if b - a > best[1] - best[0]:
            best = (a, b)
    return best


TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair.
"""


def word_frequencies(text):
    counts = {}
    for raw in text.split():
        word = raw.strip(".,;:!?").lower()
        if word:
            counts[word] = counts.get(word, 0) + 1
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def main():
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    primes = sieve(limit)
    print(f"primes below {limit}: {len(primes)}")
    print("last 5:", primes[-5:])
    print("twin prime pairs:", twin_pairs(primes))
    a, b = largest_gap(primes) if len(primes) > 1 else (0, 0)
    print(f"largest gap: {b - a} (between {a} and {b})")
    print(f"sum of primes: {sum(primes)}")

    freqs = word_frequencies(TEXT)
    print(f"words: {sum(n for _, n in freqs)}, distinct: {len(freqs)}")
    for word, n in freqs[:5]:
        print(f"  {word:<8} {n:>3} {'#' * n}")


if __name__ == "__main__":
    main()
