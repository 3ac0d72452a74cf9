"""A small markdown-to-HTML converter built on re."""
import re

SOURCE = """\
# Strata *Notes*

Strata is a **Python engine** written in `Rust`. See [the docs](https://example.org/docs?a=1&b=2).

## Features
- fast _startup_
- exact **integer** math & `bigints`
- safe: no `<script>` injection

1. build it
2. run `strata prog.py`
3. profit

> Quote line one
> quote **two**

```
def f(x):
    return x < 3 and x > 1
```

Trailing paragraph with a line
that continues here.   
Hard break above. ~~old~~ text and ***both***.

---
### Done
"""


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


INLINE = [
    (re.compile(r"\*\*\*(.+?)\*\*\*"), r"<strong><em>\1</em></strong>"),
    (re.compile(r"\*\*(.+?)\*\*"), r"<strong>\1</strong>"),
    (re.compile(r"(?<![\w*])[*_](.+?)[*_](?![\w*])"), r"<em>\1</em>"),
    (re.compile(r"~~(.+?)~~"), r"<del>\1</del>"),
    (re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)"), r'<a href="\2">\1</a>'),
]


def inline(text):
    parts = re.split(r"(`[^`]+`)", text)
    out = []
    for part in parts:
        if part.startswith("`") and part.endswith("`") and len(part) > 1:
            out.append("<code>" + escape(part[1:-1]) + "</code>")
            continue
        part = escape(part)
        for pattern, repl in INLINE:
            part = pattern.sub(repl, part)
        out.append(part)
    return "".join(out)


def convert(md):
    lines = md.splitlines()
    html, para, i = [], [], 0
    stats = {"headings": 0, "lists": 0, "code": 0}

    def flush():
        if para:
            text = ""
            for j, p in enumerate(para):
                hard = p.endswith("  ")
                text += inline(p.strip()) + ("<br>" if hard and j < len(para) - 1 else "")
                if j < len(para) - 1:
                    text += "\n"
            html.append(f"<p>{text}</p>")
            para.clear()

    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            flush()
            j = i + 1
            while j < len(lines) and not lines[j].startswith("```"):
                j += 1
            html.append("<pre><code>" + escape("\n".join(lines[i + 1:j])) + "</code></pre>")
            stats["code"] += 1
            i = j + 1
            continue
        if m := re.match(r"(#{1,6})\s+(.*)", line):
            flush()
            level = len(m.group(1))
            slug = re.sub(r"[^a-z0-9]+", "-", m.group(2).lower()).strip("-")
            html.append(f'<h{level} id="{slug}">{inline(m.group(2))}</h{level}>')
            stats["headings"] += 1
        elif re.fullmatch(r"-{3,}", line):
            flush()
            html.append("<hr>")
        elif re.match(r"([-*]|\d+\.)\s", line):
            flush()
            tag = "ol" if line[0].isdigit() else "ul"
            items = []
            while i < len(lines) and re.match(r"([-*]|\d+\.)\s", lines[i]):
                items.append("  <li>" + inline(re.sub(r"^([-*]|\d+\.)\s+", "", lines[i])) + "</li>")
                i += 1
            html.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            stats["lists"] += 1
            continue
        elif line.startswith(">"):
            flush()
            quoted = []
            while i < len(lines) and lines[i].startswith(">"):
                quoted.append(lines[i][1:].strip())
                i += 1
            html.append("<blockquote>" + inline(" ".join(quoted)) + "</blockquote>")
            continue
        elif not line.strip():
            flush()
        else:
            para.append(line)
        i += 1
    flush()
    return "\n".join(html), stats


out, stats = convert(SOURCE)
print(out)
print(stats)
print("tags used:", sorted(set(re.findall(r"<([a-z0-9]+)", out))))
print("links:", re.findall(r'href="([^"]*)"', out))
print(inline("a_b_c and _d_ and 2*3*4"))
