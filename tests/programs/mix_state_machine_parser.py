# a state-machine INI parser with validation
SRC = """
; comment line
[server]
host = example.org
port = 8080
debug = yes

[paths]
root=/var/www
logs = /var/log/app  ; trailing comment
[empty]
[server]
timeout = 30
bad line here
key_without_section_value =
"""
class ParseError(Exception):
    def __init__(self, lineno, msg):
        super().__init__(f"line {lineno}: {msg}")
        self.lineno = lineno

def parse_ini(text):
    state = "start"
    sections = {}
    current = None
    errors = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        try:
            if line.startswith("[") and line.endswith("]"):
                name = line[1:-1].strip()
                if not name:
                    raise ParseError(lineno, "empty section name")
                current = sections.setdefault(name, {})
                state = "section"
            elif "=" in line:
                if state != "section":
                    raise ParseError(lineno, "key outside section")
                k, v = (s.strip() for s in line.split("=", 1))
                if not k:
                    raise ParseError(lineno, "empty key")
                current[k] = v
            else:
                raise ParseError(lineno, f"cannot parse {line!r}")
        except ParseError as e:
            errors.append(str(e))
    return sections, errors

def coerce(v):
    if v.lower() in ("yes", "true", "on"):
        return True
    if v.lower() in ("no", "false", "off"):
        return False
    try:
        return int(v)
    except ValueError:
        return v

sections, errors = parse_ini(SRC)
for name, kv in sections.items():
    print(f"[{name}]", {k: coerce(v) for k, v in kv.items()})
print("errors:", errors)
schema = {"server": {"host": str, "port": int, "debug": bool, "timeout": int}, "paths": {"root": str}}
for sec, fields in schema.items():
    for key, typ in fields.items():
        val = coerce(sections.get(sec, {}).get(key, ""))
        ok = isinstance(val, typ)
        print(f"  {sec}.{key}: {val!r} {'ok' if ok else 'TYPE MISMATCH'}")
missing = [s for s in schema if s not in sections]
extra = sorted(set(sections) - set(schema))
print("missing:", missing, "extra:", extra)
try:
    parse_ini("k=v")
    print(parse_ini("k=v")[1])
    raise ParseError(0, "manual")
except ParseError as e:
    print("raised:", e, e.lineno, e.args)
