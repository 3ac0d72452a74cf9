"""Common string constants and classes (Strata's bundled implementation of the standard
`string` module): the ASCII character classes, capwords, Template and Formatter."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace',
           'Formatter', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
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
        start = pos
        lines = self.template[:start].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = start - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

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


class Formatter:
    """The str.format() machinery as a class whose steps subclasses can override."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, depth):
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        auto_index = 0
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            out.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_index is None:
                    raise ValueError(
                        'cannot switch from manual field specification to automatic field numbering'
                    )
                field_name = str(auto_index)
                auto_index += 1
            elif field_name.split('.')[0].split('[')[0].isdigit():
                if auto_index:
                    raise ValueError(
                        'cannot switch from manual field specification to automatic field numbering'
                    )
                auto_index = None
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec = self._vformat(format_spec or '', args, kwargs, used_args, depth - 1)
            out.append(self.format_field(obj, format_spec))
        return ''.join(out)

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion) tuples."""
        i = 0
        n = len(format_string)
        literal = []
        while i < n:
            c = format_string[i]
            if c == '{':
                if format_string.startswith('{', i + 1):
                    # An escaped brace ends the literal chunk, as in CPython.
                    literal.append('{')
                    yield ''.join(literal), None, None, None
                    literal = []
                    i += 2
                    continue
                depth = 1
                j = i + 1
                while j < n and depth:
                    if format_string[j] == '{':
                        depth += 1
                    elif format_string[j] == '}':
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                field = format_string[i + 1:j - 1]
                conversion = None
                spec = ''
                colon = _find_outside_brackets(field, ':')
                if colon >= 0:
                    field, spec = field[:colon], field[colon + 1:]
                bang = _find_outside_brackets(field, '!')
                if bang >= 0:
                    field, conversion = field[:bang], field[bang + 1:]
                    if len(conversion) != 1:
                        raise ValueError('expected \':\' after conversion specifier')
                yield ''.join(literal), field, spec, conversion
                literal = []
                i = j
            elif c == '}':
                if format_string.startswith('}', i + 1):
                    # An escaped brace ends the literal chunk, as in CPython.
                    literal.append('}')
                    yield ''.join(literal), None, None, None
                    literal = []
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            yield ''.join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f'Unknown conversion specifier {conversion}')


def _find_outside_brackets(text, char):
    depth = 0
    for i, c in enumerate(text):
        if c == '[':
            depth += 1
        elif c == ']':
            depth -= 1
        elif c == char and depth == 0:
            return i
    return -1


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
