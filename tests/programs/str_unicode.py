# Non-ASCII text: indexing, len, slicing, iteration, ord/chr
s = "héllo wörld"
print(len(s), s[1], s[7], s[1:5], s[::-1])
jp = "日本語のテキスト"
print(len(jp), jp[0], jp[-1], jp[2:4], jp[::2])
emoji = "a😀b🎉c"
print(len(emoji), emoji[1], emoji[3], emoji[::-1], [c for c in emoji])
print([ord(c) for c in emoji])
print(chr(0x1F600), chr(233), chr(0x65E5), ord("€"), hex(ord("😀")))
mixed = "Ωmega ∑ sum → arrow"
print(mixed.upper(), mixed.lower(), mixed.split(" "))
print(mixed.find("∑"), mixed.index("→"), mixed.count("m"))
print("café" == "cafe\u0301", len("café"), len("cafe\u0301"))
print("\u00e9", "\N{GREEK SMALL LETTER ALPHA}", "\x41", "\101", "\U0001F600")
print(repr("tab\there"), repr("é"), repr("\x00\x7f"), repr("日本"), repr("\u200b"), repr("😀"))
print(ascii("héllo 日本 😀"))
print(sorted("zéaèb"), max("héllo"), min("日本語"))
print("ß".upper(), len("ß".upper()), "ΑΒΓ".lower())
for i, ch in enumerate("añb"):
    print(i, ch, ord(ch))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print("ü" in "München", "München".encode("utf-8"), len("München".encode("utf-8")))
print(b"M\xc3\xbcnchen".decode("utf-8"), "日本".encode(), "日本".encode("utf-8").decode())
print(str(b"abc", "ascii"), "x".join("日本語"))
words = ["zebra", "Äpfel", "apple", "Zoo", "éclair"]
print(sorted(words), sorted(words, key=str.lower))
print(f"{'日本':>6}|{'é':^5}|{'😀':<3}|")
print("ÀÉÎÕÜ".lower(), "àéîõü".upper(), "straße".casefold())
print("İ".lower() == "i\u0307", len("İ".lower()), "ﬁ".upper())
print("Σ".lower(), "ΣΑΣ".lower(), "ǆ".upper(), "ǆ".title())
print("٣".isdigit(), "²".isdigit(), "½".isnumeric(), "½".isdigit(), "é".isalpha(), "日本".isalpha())
