# A tiny Markdown-to-HTML converter and a template engine built on re.
import re

DOC = """# Title here
Some *emphasis*, **strong text** and `inline code`.
A [link](https://example.com/a_b?x=1) and another [one](/rel).

## Subsection
- item one with **bold**
- item two with `code *not emphasis*`
- item three

1. first
2. second

Escaped \\*stars\\* stay. Email: someone@example.com
"""

def inline(text):
    codes = []
    def stash(m):
        codes.append(m.group(1))
        return "\x00%d\x00" % (len(codes) - 1)
    text = re.sub(r"`([^`]+)`", stash, text)
    text = re.sub(r"\\([*_`\\])", lambda m: "&#%d;" % ord(m.group(1)), text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    text = re.sub(r"(?<!\*)\*(?!\*)(.+?)\*", r"<em>\1</em>", text)
    text = re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", r'<a href="\2">\1</a>', text)
    text = re.sub(r"\b[\w.]+@[\w.]+\.\w+\b", lambda m: "<mailto:%s>" % m.group(), text)
    return re.sub(r"\x00(\d+)\x00", lambda m: "<code>%s</code>" % codes[int(m.group(1))], text)

def convert(doc):
    out = []
    lst = None
    for line in doc.split("\n"):
        h = re.match(r"(#{1,6})\s+(.*)", line)
        item = re.match(r"\s*(?:([-*+])|(\d+)\.)\s+(.*)", line)
        kind = None if not item else ("ul" if item.group(1) else "ol")
        if lst and kind != lst:
            out.append("</%s>" % lst)
            lst = None
        if h:
            n = len(h.group(1))
            slug = re.sub(r"[^\w]+", "-", h.group(2).lower()).strip("-")
            out.append('<h%d id="%s">%s</h%d>' % (n, slug, inline(h.group(2)), n))
        elif item:
            if not lst:
                lst = kind
                out.append("<%s>" % kind)
            out.append("  <li>%s</li>" % inline(item.group(3)))
        elif line.strip():
            out.append("<p>%s</p>" % inline(line))
    if lst:
        out.append("</%s>" % lst)
    return "\n".join(out)

print(convert(DOC))

TEMPLATE = "Dear {{ name|upper }},\n{% for x in items %}- {{ x }}\n{% endfor %}Total: {{ total|money }}"

def render(tpl, ctx):
    filters = {"upper": str.upper, "money": lambda v: "$%.2f" % v}
    def expr(m):
        name, _, flt = m.group(1).partition("|")
        v = ctx[name.strip()]
        return str(filters[flt.strip()](v) if flt else v)
    def loop(m):
        var, seq, body = m.group(1), m.group(2), m.group(3)
        return "".join(re.sub(r"\{\{\s*%s\s*\}\}" % re.escape(var), str(v), body) for v in ctx[seq])
    tpl = re.sub(r"\{%\s*for (\w+) in (\w+)\s*%\}(.*?)\{%\s*endfor\s*%\}", loop, tpl, flags=re.S)
    return re.sub(r"\{\{\s*(.+?)\s*\}\}", expr, tpl)

print(render(TEMPLATE, {"name": "ada", "items": ["pens", "ink"], "total": 12.5}))
