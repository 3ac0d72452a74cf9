"""Common string constants and classes (Strata's bundled implementation of the standard
`string` module): the ASCII character classes, capwords, Template and Formatter."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace',
           'Formatter', 'Template']

# The character classes, each spelled out once and the rest derived from them.
digits = '0123456789'
octdigits = digits[:8]
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
hexdigits = digits + ascii_lowercase[:6] + ascii_uppercase[:6]
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
whitespace = ' \t\n\r\x0b\x0c'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words with s.split(sep), capitalize each word, and join them with sep
    (a single space when sep is None)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)


class Template:
    """A string with $-placeholders: $name, ${name}, and $$ for a literal $.

    Subclasses may change `delimiter`. Without a regular-expression engine, Strata supports
    the default identifier rule (ASCII letters, digits and underscores, not starting with a
    digit) and ignores `idpattern`, `braceidpattern`, `flags` and `pattern`.
    """

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        """Yield (kind, start, end, name) for each placeholder: kind is 'escaped', 'named',
        'braced' or 'invalid', and text[start:end] is the whole placeholder."""
        text = self.template
        delim = self.delimiter
        dlen = len(delim)
        i = text.find(delim)
        while i >= 0:
            j = i + dlen
            if text.startswith(delim, j):
                yield 'escaped', i, j + dlen, None
                i = text.find(delim, j + dlen)
                continue
            if j < len(text) and text[j] in _ID_START:
                k = j + 1
                while k < len(text) and text[k] in _ID_CHARS:
                    k += 1
                yield 'named', i, k, text[j:k]
                i = text.find(delim, k)
                continue
            if text.startswith('{', j) and j + 1 < len(text) and text[j + 1] in _ID_START:
                k = j + 2
                while k < len(text) and text[k] in _ID_CHARS:
                    k += 1
                if text.startswith('}', k):
                    yield 'braced', i, k + 1, text[j + 1:k]
                    i = text.find(delim, k + 1)
                    continue
            yield 'invalid', i, j, None
            i = text.find(delim, j)

    def _invalid(self, pos):
        """Raise the ValueError for a malformed placeholder ending at pos, giving its line
        and column (both counted from 1)."""
        before = self.template[:pos]
        rows = before.splitlines(keepends=True)
        line = len(rows) or 1
        column = len(rows[-1]) if rows else 1
        raise ValueError(f'Invalid placeholder in string: line {line}, col {column}')

    def _substitute(self, mapping, safe):
        out = []
        pos = 0
        text = self.template
        for kind, start, end, name in self._placeholders():
            out.append(text[pos:start])
            pos = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                out.append(text[start:end])
            elif safe:
                try:
                    out.append('%s' % (mapping[name],))
                except KeyError:
                    out.append(text[start:end])
            else:
                out.append('%s' % (mapping[name],))
        out.append(text[pos:])
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        """Replace the placeholders with values from mapping and keyword arguments; a missing
        name raises KeyError, a malformed placeholder ValueError."""
        return self._substitute(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        """Like substitute, but leaves missing or malformed placeholders as they are."""
        return self._substitute(_merge(mapping, kws), True)

    def is_valid(self):
        """True if the template has no malformed placeholders."""
        return all(kind != 'invalid' for kind, _, _, _ in self._placeholders())

    def get_identifiers(self):
        """The placeholder names, in order of first appearance."""
        names = []
        for kind, _, _, name in self._placeholders():
            if kind in ('named', 'braced') and name not in names:
                names.append(name)
        return names


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        return _ChainMap(kws, mapping)
    return mapping


class _ChainMap:
    """Looks names up in the keyword arguments first, then in the mapping."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


_MIXED_NUMBERING = ('cannot switch from manual field specification to automatic field '
                    'numbering')


class Formatter:
    """The str.format() machinery as a class whose steps subclasses can override."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        # numbering[0]: the next automatic field number, or None once a field was numbered
        # by hand; shared with the nested fields of format specs.
        result = self._vformat(format_string, args, kwargs, used_args, 2, [0])
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, depth, numbering):
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            pieces.append(literal)
            if field_name is None:
                continue
            following = numbering[0]
            if not field_name:
                if following is None:
                    raise ValueError(_MIXED_NUMBERING)
                field_name = str(following)
                numbering[0] = following + 1
            elif field_name.split('.')[0].split('[')[0].isdigit():
                if following:
                    raise ValueError(_MIXED_NUMBERING)
                numbering[0] = None
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            spec = self._vformat(format_spec or '', args, kwargs, used_args, depth - 1, numbering)
            pieces.append(self.format_field(obj, spec))
        return ''.join(pieces)

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion) tuples."""
        text = format_string
        size = len(text)
        literal = []
        i = 0
        while i < size:
            c = text[i]
            if c != '{' and c != '}':
                literal.append(c)
                i += 1
                continue
            if text.startswith(c, i + 1):
                # A doubled brace is a literal one; like CPython, it ends the literal chunk.
                literal.append(c)
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            if c == '}':
                raise ValueError("Single '}' encountered in format string")
            name, spec, conversion, i = _scan_field(text, i + 1)
            yield ''.join(literal), name, spec, conversion
            literal = []
        if literal:
            yield ''.join(literal), None, None, None

    def convert_field(self, value, conversion):
        """Apply a '!s', '!r' or '!a' conversion (None leaves the value alone)."""
        if conversion is None:
            return value
        converter = _CONVERTERS.get(conversion)
        if converter is None:
            raise ValueError(f'Unknown conversion specifier {conversion}')
        return converter(value)

    def format_field(self, value, format_spec):
        """Render one converted value with its (already expanded) spec."""
        return format(value, format_spec)

    def get_field(self, field_name, args, kwargs):
        """Resolve 'name.attr[key]...' to (object, name used to find the first part)."""
        first, rest = _split_field(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first

    def get_value(self, key, args, kwargs):
        """Integer keys index the positional arguments, other keys the keyword ones."""
        source = args if isinstance(key, int) else kwargs
        return source[key]

    def check_unused_args(self, used_args, args, kwargs):
        """A hook for subclasses that want to reject unused arguments; accepts all."""


_CONVERTERS = {'s': str, 'r': repr, 'a': ascii}


def _scan_field(text, pos):
    """Read the replacement field starting at text[pos] (just after its '{'): return
    (name, spec, conversion, index after the closing '}')."""
    size = len(text)
    if pos >= size:
        raise ValueError("Single '{' encountered in format string")
    # The name runs to the first ':', '!' or '}' that is not inside [...].
    k = pos
    bracketed = False
    while k < size:
        ch = text[k]
        if bracketed:
            bracketed = ch != ']'
        elif ch == '[':
            bracketed = True
        elif ch == ':' or ch == '!' or ch == '}':
            break
        elif ch == '{':
            raise ValueError("unexpected '{' in field name")
        k += 1
    if k >= size:
        raise ValueError("expected '}' before end of string")
    name = text[pos:k]
    conversion = None
    if text[k] == '!':
        if k + 1 >= size:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = text[k + 1]
        k += 2
        if k < size and text[k] != ':' and text[k] != '}':
            raise ValueError("expected ':' after conversion specifier")
    if k < size and text[k] == '}':
        return name, '', conversion, k + 1
    # A format spec follows (k is at its ':'); nested {fields} in it keep braces balanced.
    start = k + 1
    depth = 1
    for j in range(start, size):
        ch = text[j]
        if ch == '{':
            depth += 1
        elif ch == '}':
            depth -= 1
            if not depth:
                return name, text[start:j], conversion, j + 1
    raise ValueError("unmatched '{' in format spec")


def _split_field(field_name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]); a leading number becomes an int."""
    i = 0
    while i < len(field_name) and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < len(field_name):
        if field_name[i] == '.':
            j = i + 1
            while j < len(field_name) and field_name[j] not in '.[':
                j += 1
            rest.append((True, field_name[i + 1:j]))
            i = j
        else:
            j = field_name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    return first, rest
