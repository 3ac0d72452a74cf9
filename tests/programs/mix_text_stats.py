# Text statistics
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.

We had everything before us, we had nothing before us; we were all going direct
to Heaven, we were all going direct the other way."""
lines = TEXT.splitlines()
paragraphs = [p for p in TEXT.split("\n\n") if p.strip()]
def words_of(text):
    out = []
    word = ""
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            word += ch
        elif word:
            out.append(word)
            word = ""
    if word:
        out.append(word)
    return out
words = words_of(TEXT)
print("lines:", len(lines), "paragraphs:", len(paragraphs), "words:", len(words), "chars:", len(TEXT))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, c in top:
    print(f"{w:>8} {c:3} {'#' * c}")
print("unique:", len(freq), "hapax:", sorted(w for w, c in freq.items() if c == 1)[:6])
lengths = {}
for w in words:
    lengths[len(w)] = lengths.get(len(w), 0) + 1
print("length histogram:", dict(sorted(lengths.items())))
print("avg word length: %.3f" % (sum(map(len, words)) / len(words)))
longest = max(words, key=lambda w: (len(w), w))
print("longest:", longest)
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("top letters:", "".join(k for k, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:10]))
sentences = [s.strip() for s in TEXT.replace("\n", " ").split(".") if s.strip()]
print("sentences:", len(sentences), [len(words_of(s)) for s in sentences])
for i, line in enumerate(lines, 1):
    print(f"{i:2}: {len(line):3} {line[:30]!r}")
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
caps = [w for w in TEXT.split() if w[0].isupper()]
print("capitalized tokens:", caps)
print(TEXT.count("it was"), TEXT.lower().count("it was"), TEXT.find("Heaven"), TEXT.rfind("we"))
