# split (groups, maxsplit, empty matches), findall group semantics, finditer.
import re

print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split(r"[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split(r"(\W+)", "...words, words..."))
print(re.split(r"\W*", "...words..."), re.split(r"(\W*)", "...words..."))
print(re.split(r"(a)|(b)", "xaybz"), re.split(",", ""), re.split("x", "axbxc", 5))
print(re.split(r"\s*;\s*", "a ; b;c ;  d"), re.split(r"\n", "l1\nl2\n"))
print(re.split(r"(?<=[.!?]) +", "Hi there. How are you? Fine! ok"))

print(re.findall(r"\d+", "12 drummers, 11 pipers, 10 lords"))
print(re.findall(r"(\d+) (\w+)", "12 drummers, 11 pipers, 10 lords"))
print(re.findall(r"(\d+) \w+", "12 drummers, 11 pipers"))
print(re.findall(r"(a)?b", "b ab"), re.findall(r"(a)|(b)", "ab"))
print(re.findall(r"", "abc"), re.findall(r"a*", "baaac"), re.findall(r"\b\w", "hello big world"))
print(re.findall(r"[A-Z]{2,}(?=\s|$)", "USA and UK but not Uk or EU"))
print(re.findall(r"(?:https?://)?(?:www\.)?([\w-]+)\.(com|org|net)", "see www.python.org, https://example.com and foo.net"))

csv_line = 'name,"Smith, John",42,"say ""hi""",,end'
fields = [m.group(1).replace('""', '"') if m.group(1) is not None else m.group(2)
          for m in re.finditer(r'(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))', csv_line)]
print(fields)

words = re.findall(r"[a-z']+", "It's the end of the world as we know it, and I feel fine. The end!".lower())
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])

for m in re.finditer(r"(?P<key>\w+)\s*:\s*(?P<val>[^;]+)", "color: red; size : 10px;weight:bold"):
    print(m.span(), m["key"], repr(m["val"]))
p = re.compile(r"\d")
print(p.findall("a1b2c3d4", 3), p.findall("a1b2c3d4", 2, 5), [m.start() for m in p.finditer("1a2b3", 1, 4)])
print(p.split("a1b2c3", 2), re.compile(r"x*").split("axbc"))
print(list(re.finditer(r"\w+", "ab cd"))[1], len(list(re.finditer("", "abc"))))
