"""Regular expressions (Strata's bundled `re` module).

The pattern parser and the backtracking matcher are native (`_strata_re`, see
tier1/src/builtins/re/); this module provides CPython's API on top of them: the module
functions, Pattern and Match objects, replacement templates and re.error.
"""

import _strata_re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
    "compile", "purge", "template", "escape", "error", "Pattern", "Match",
    "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE",
    "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
]


class RegexFlag(int):
    """An int whose repr names the re flags it combines (re.IGNORECASE|re.MULTILINE)."""

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        parts = []
        for bit, name in _FLAG_ORDER:
            if value & bit:
                parts.append("re." + name)
                value &= ~bit
        if value:
            parts.append(hex(value))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(int(self), spec)
        return repr(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))


_FLAG_ORDER = [(256, "ASCII"), (2, "IGNORECASE"), (4, "LOCALE"), (32, "UNICODE"),
               (8, "MULTILINE"), (16, "DOTALL"), (64, "VERBOSE"), (1, "TEMPLATE"),
               (128, "DEBUG")]
_ALL_FLAGS = 511

NOFLAG = RegexFlag(0)
T = TEMPLATE = RegexFlag(1)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
A = ASCII = RegexFlag(256)

_MAXSIZE = 9223372036854775807

_FLAG_NAMES = [
    (TEMPLATE, "TEMPLATE"), (IGNORECASE, "IGNORECASE"), (LOCALE, "LOCALE"),
    (MULTILINE, "MULTILINE"), (DOTALL, "DOTALL"), (UNICODE, "UNICODE"),
    (VERBOSE, "VERBOSE"), (DEBUG, "DEBUG"), (ASCII, "ASCII"),
]


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError = error


def _flags_repr(flags, is_str):
    if is_str and flags & (UNICODE | LOCALE | ASCII) == UNICODE:
        flags &= ~UNICODE
    if not flags:
        return ""
    parts = []
    for bit, name in _FLAG_NAMES:
        if flags & bit:
            parts.append("re." + name)
            flags &= ~bit
    if flags:
        parts.append(hex(flags))
    return "|".join(parts)


class Pattern:
    """A compiled regular expression."""

    def __init__(self, prog, pattern, flags, groups, names):
        self._prog = prog
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        self.groupindex = dict(names)
        self._names = {}
        for name, index in names:
            self._names[index] = name

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = _flags_repr(self.flags, isinstance(self.pattern, str))
        if flags:
            return "re.compile(%s, %s)" % (text, flags)
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _exec(self, string, pos, endpos, mode):
        if not isinstance(string, (str, bytes)):
            string = _as_subject(string)
        r = _strata_re.exec(self._prog, string, pos, endpos, mode, 0)
        if r is None:
            return None
        return Match(self, string, pos, endpos, r)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._exec(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._exec(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._exec(string, pos, endpos, 2)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        string = _as_subject(string)
        results = _strata_re.scan(self._prog, string, pos, endpos, 0)
        groups = self.groups
        out = []
        if groups == 0:
            for r in results:
                out.append(string[r[0]:r[1]])
        elif groups == 1:
            empty = string[:0]
            for r in results:
                if r[2] < 0:
                    out.append(empty)
                else:
                    out.append(string[r[2]:r[3]])
        else:
            empty = string[:0]
            for r in results:
                item = []
                for g in range(1, groups + 1):
                    s = r[2 * g]
                    if s < 0:
                        item.append(empty)
                    else:
                        item.append(string[s:r[2 * g + 1]])
                out.append(tuple(item))
        return out

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        string = _as_subject(string)
        return self._iter(string, pos, endpos)

    def _iter(self, string, pos, endpos):
        prog = self._prog
        limit = min(endpos, len(string))
        advance = 0
        while pos <= limit:
            r = _strata_re.exec(prog, string, pos, endpos, 2, advance)
            if r is None:
                return
            yield Match(self, string, pos, endpos, r)
            advance = 1 if r[0] == r[1] else 0
            pos = r[1]

    def split(self, string, maxsplit=0):
        string = _as_subject(string)
        if maxsplit < 0:
            return [string]
        out = []
        last = 0
        groups = self.groups
        for r in _strata_re.scan(self._prog, string, 0, _MAXSIZE, maxsplit):
            out.append(string[last:r[0]])
            for g in range(1, groups + 1):
                s = r[2 * g]
                out.append(None if s < 0 else string[s:r[2 * g + 1]])
            last = r[1]
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        string = _as_subject(string)
        if callable(repl):
            func = repl
            literal = None
        else:
            func = None
            literal = _compile_repl(self, repl)
        if count < 0:
            return string, 0
        results = _strata_re.scan(self._prog, string, 0, _MAXSIZE, count)
        if not results:
            return string, 0
        parts = []
        last = 0
        for r in results:
            if last < r[0]:
                parts.append(string[last:r[0]])
            if func is not None:
                piece = func(Match(self, string, 0, _MAXSIZE, r))
                if piece is not None:
                    parts.append(piece)
            elif isinstance(literal, (str, bytes)):
                parts.append(literal)
            else:
                parts.append(_expand_parsed(literal, string, r))
            last = r[1]
        if last < len(string):
            parts.append(string[last:])
        return string[:0].join(parts), len(results)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        raise NotImplementedError("Pattern.scanner is not supported")


def _as_subject(string):
    if isinstance(string, (str, bytes)):
        return string
    if isinstance(string, (bytearray, memoryview)):
        return bytes(string)
    raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, result):
        self.re = pattern
        self.string = string
        self.pos = pos
        if endpos > len(string):
            endpos = len(string)
        self.endpos = endpos
        self._r = result
        self.lastindex = result[-1]
        if self.lastindex is None:
            self.lastgroup = None
        else:
            self.lastgroup = pattern._names.get(self.lastindex)

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, (str, bytes)):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        elif hasattr(group, "__index__"):
            g = group.__index__()
            if 0 <= g <= self.re.groups:
                return g
        raise IndexError("no such group")

    def _get(self, group, default=None):
        i = self._index(group)
        s = self._r[2 * i]
        if s < 0:
            return default
        return self.string[s:self._r[2 * i + 1]]

    def group(self, *groups):
        if not groups:
            return self.string[self._r[0]:self._r[1]]
        if len(groups) == 1:
            return self._get(groups[0])
        return tuple([self._get(g) for g in groups])

    def __getitem__(self, group):
        return self._get(group)

    def groups(self, default=None):
        return tuple([self._get(g, default) for g in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._r[2 * self._index(group)]

    def end(self, group=0):
        return self._r[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._r[2 * i], self._r[2 * i + 1])

    @property
    def regs(self):
        return tuple([(self._r[2 * i], self._r[2 * i + 1]) for i in range(self.re.groups + 1)])

    def expand(self, template):
        parsed = _parse_template(self.re, template)
        if isinstance(parsed, (str, bytes)):
            return parsed
        return _expand_parsed(parsed, self.string, self._r)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self._r[0], self._r[1], self.group(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# --------------------------------------------------------------------------------------------
# Replacement templates

_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
            "v": "\v", "\\": "\\"}
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_OCT = "01234567"
_DIGITS = "0123456789"

_repl_cache = {}


def _compile_repl(pattern, repl):
    key = (pattern, type(repl), repl)
    try:
        return _repl_cache[key]
    except KeyError:
        pass
    except TypeError:
        return _parse_template(pattern, repl)
    parsed = _parse_template(pattern, repl)
    if len(_repl_cache) >= 256:
        _repl_cache.clear()
    _repl_cache[key] = parsed
    return parsed


def _parse_template(pattern, template):
    """A literal (str/bytes) or a list of literal strings and group numbers."""
    is_bytes = isinstance(template, (bytes, bytearray))
    if is_bytes:
        if isinstance(pattern.pattern, str):
            raise TypeError("expected str instance, bytes found")
        source = bytes(template).decode("latin-1")
    elif isinstance(template, str):
        if not isinstance(pattern.pattern, str):
            raise TypeError("expected a bytes-like object, str found")
        source = template
    else:
        raise TypeError("expected str instance, %s found" % type(template).__name__)
    if "\\" not in source:
        return template if not is_bytes else bytes(template)
    items = []
    literal = []
    n = len(source)
    i = 0

    def err(msg, pos):
        return error(msg, template, pos)

    def addgroup(index, pos):
        if index > pattern.groups:
            raise err("invalid group reference %d" % index, pos)
        if literal:
            items.append("".join(literal))
            del literal[:]
        items.append(index)

    while i < n:
        c = source[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise err("bad escape (end of pattern)", i)
        start = i
        c = source[i + 1]
        i += 2
        if c == "g":
            if i >= n or source[i] != "<":
                raise err("missing <", i)
            j = source.find(">", i + 1)
            if j < 0:
                if i + 1 >= n:
                    raise err("missing group name", i + 1)
                raise err("missing >, unterminated name", i + 1)
            name = source[i + 1:j]
            if not name:
                raise err("missing group name", i + 1)
            i = j + 1
            if name.isidentifier():
                index = pattern.groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                if not (name.isdecimal() and name.isascii()):
                    raise err("bad character in group name %r" % name, i - len(name) - 1)
                index = int(name)
            addgroup(index, i - len(name) - 1)
        elif c == "0":
            text = "0"
            while len(text) < 3 and i < n and source[i] in _OCT:
                text += source[i]
                i += 1
            literal.append(chr(int(text, 8) & 0xFF))
        elif c in _DIGITS:
            text = c
            isoctal = False
            if i < n and source[i] in _DIGITS:
                text += source[i]
                i += 1
                if c in _OCT and text[1] in _OCT and i < n and source[i] in _OCT:
                    text += source[i]
                    i += 1
                    isoctal = True
                    value = int(text, 8)
                    if value > 0o377:
                        raise err("octal escape value \\%s outside of range 0-0o377"
                                  % text, start)
                    literal.append(chr(value))
            if not isoctal:
                addgroup(int(text), start + 1)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif c in _ASCII_LETTERS:
            raise err("bad escape \\%s" % c, start)
        else:
            literal.append("\\" + c)
    if literal:
        items.append("".join(literal))
    if is_bytes:
        items = [x.encode("latin-1") if isinstance(x, str) else x for x in items]
    return items


def _expand_parsed(items, string, r):
    parts = []
    for x in items:
        if isinstance(x, int):
            s = r[2 * x]
            if s >= 0:
                parts.append(string[s:r[2 * x + 1]])
        else:
            parts.append(x)
    return string[:0].join(parts)


# --------------------------------------------------------------------------------------------
# Module-level functions

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(flags, int):
        raise TypeError("flags must be an integer")
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        raise TypeError("first argument must be string or compiled pattern") from None
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    r = _strata_re.compile(pattern, int(flags))
    if r[0] is None:
        raise error(r[1], pattern, r[2])
    p = Pattern(r[0], pattern, r[1], r[2], r[3])
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()
    _repl_cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join(["\\" + c if c in _SPECIAL else c for c in pattern])
    data = bytes(pattern).decode("latin-1")
    return "".join(["\\" + c if c in _SPECIAL else c for c in data]).encode("latin-1")
