"""Text wrapping and filling (Strata's bundled `textwrap` module).

Splitting into chunks (whitespace runs, words, hyphenated word parts, em-dashes) and the line
filling follow CPython's TextWrapper, so wrapped output matches it."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_ws_table = {ord(c): ' ' for c in '\t\n\x0b\x0c\r'}


def _is_ws(c):
    return c in _whitespace


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return (c.isalpha() or c == '_' or c.isalnum()) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _letter_at(s, i):
    return 0 <= i < len(s) and _is_letter(s[i])


def _split_hyphenated(text):
    """Chunks of text: whitespace runs, words split after inner hyphens, em-dashes."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if _is_ws(c):
            j = i + 1
            while j < n and _is_ws(text[j]):
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if c == '-' and i > 0 and _is_word_punct(text[i - 1]):
            j = i
            while j < n and text[j] == '-':
                j += 1
            if j - i >= 2 and j < n and _is_word(text[j]):
                chunks.append(text[i:j])
                i = j
                continue
        # A word: the shortest run of non-space characters that ends at a breakable hyphen,
        # before whitespace or the end, or before an em-dash.
        j = i + 1
        while True:
            if j >= n or _is_ws(text[j]):
                break
            p = j  # candidate hyphen position: chunk would be text[i:p + 1]
            if text[p] == '-' and p > i:
                behind = ((_letter_at(text, p - 2) and _letter_at(text, p - 1)) or
                          (_letter_at(text, p - 3) and p - 2 >= 0 and text[p - 2] == '-'
                           and _letter_at(text, p - 1)))
                ahead = _letter_at(text, p + 1) and (
                    _letter_at(text, p + 2) or
                    (p + 2 < n and text[p + 2] == '-' and _letter_at(text, p + 3)))
                if behind and ahead:
                    j = p + 1
                    break
            if (_is_word_punct(text[j - 1]) and text.startswith('--', j)):
                k = j
                while k < n and text[k] == '-':
                    k += 1
                if k < n and _is_word(text[k]):
                    break
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_simple(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        ws = _is_ws(text[i])
        j = i + 1
        while j < n and _is_ws(text[j]) == ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _sentence_end(chunk):
    s = chunk
    if s and s[-1] in '"\'':
        s = s[:-1]
    return len(s) >= 2 and s[-1] in '.!?' and 'a' <= s[-2] <= 'z'


class TextWrapper:
    """Wraps and fills paragraphs of text; see the attributes for the options."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        # Every option is a plain public attribute that may be changed between calls.
        self.__dict__.update(
            width=width, initial_indent=initial_indent, subsequent_indent=subsequent_indent,
            expand_tabs=expand_tabs, replace_whitespace=replace_whitespace,
            fix_sentence_endings=fix_sentence_endings, break_long_words=break_long_words,
            drop_whitespace=drop_whitespace, break_on_hyphens=break_on_hyphens,
            tabsize=tabsize, max_lines=max_lines, placeholder=placeholder)

    # -- turning text into chunks -------------------------------------------------------

    def _munge_whitespace(self, text):
        """Expand tabs and turn every other whitespace character into a space, as asked."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        return text.translate(_ws_table) if self.replace_whitespace else text

    def _split(self, text):
        """The non-empty chunks of text (see _split_hyphenated and _split_simple)."""
        splitter = _split_hyphenated if self.break_on_hyphens else _split_simple
        return [piece for piece in splitter(text) if piece]

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def _fix_sentence_endings(self, chunks):
        """Widen the single space after a sentence end to two spaces, in place."""
        for k in range(1, len(chunks)):
            if chunks[k] == " " and _sentence_end(chunks[k - 1]):
                chunks[k] = "  "

    # -- laying chunks out on lines -----------------------------------------------------

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with the next chunk (reversed_chunks[-1]) when it is wider than a line:
        move as much of it as fits onto cur_line, preferring to cut just after a hyphen,
        or, when long words may not be broken, give it a line of its own."""
        if not self.break_long_words:
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        room = width - cur_len if width >= 1 else 1
        word = reversed_chunks[-1]
        cut = room
        if self.break_on_hyphens and len(word) > room:
            dash = word.rfind('-', 0, room)
            # Only a hyphen with something other than hyphens before it is a break point.
            if dash > 0 and word[:dash].strip('-'):
                cut = dash + 1
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _check_options(self):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is None:
            return
        last_indent = self.initial_indent if self.max_lines <= 1 else self.subsequent_indent
        if len(last_indent) + len(self.placeholder.lstrip()) > self.width:
            raise ValueError("placeholder too large for max width")

    def _next_line(self, stack, room, continuing):
        """Pop from stack (chunks in reverse order) the chunks of one line of at most room
        columns; return them with their total length."""
        drop = self.drop_whitespace
        if drop and continuing and not stack[-1].strip():
            stack.pop()
        taken = []
        used = 0
        while stack and used + len(stack[-1]) <= room:
            piece = stack.pop()
            taken.append(piece)
            used += len(piece)
        if stack and len(stack[-1]) > room:
            self._handle_long_word(stack, taken, used, room)
            used = sum(map(len, taken))
        if drop and taken and not taken[-1].strip():
            used -= len(taken.pop())
        return taken, used

    def _nothing_left(self, stack):
        """True when the remaining chunks would not show up on another line."""
        if not stack:
            return True
        return self.drop_whitespace and len(stack) == 1 and not stack[0].strip()

    def _close_with_placeholder(self, lines, taken, used, indent, room):
        """The line limit is reached with text to spare: end the output with the
        placeholder, dropping trailing chunks of this line until it fits."""
        mark = self.placeholder
        while taken:
            if taken[-1].strip() and used + len(mark) <= room:
                lines.append(indent + ''.join(taken) + mark)
                return
            used -= len(taken.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                lines[-1] = previous + mark
                return
        lines.append(indent + mark.lstrip())

    def _wrap_chunks(self, chunks):
        """Lay chunks out on lines; chunks is consumed (it is used as a reversed stack)."""
        self._check_options()
        limit = self.max_lines
        chunks.reverse()
        lines = []
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(indent)
            taken, used = self._next_line(chunks, room, bool(lines))
            if not taken:
                continue
            if (limit is None or len(lines) + 1 < limit
                    or (used <= room and self._nothing_left(chunks))):
                lines.append(indent + ''.join(taken))
            else:
                self._close_with_placeholder(lines, taken, used, indent, room)
                break
        return lines

    # -- public entry points ------------------------------------------------------------

    def fill(self, text):
        """Wraps text and joins the lines with newlines."""
        return "\n".join(self.wrap(text))

    def wrap(self, text):
        """Wraps text into a list of lines of at most self.width characters."""
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)


def wrap(text, width=70, **kwargs):
    """Wraps a paragraph into a list of lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wraps a paragraph into a single string of newline-separated lines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses whitespace and truncates text to fit width, ending with the placeholder."""
    one_line = TextWrapper(width=width, max_lines=1, **kwargs)
    return one_line.fill(' '.join(text.split()))


def dedent(text):
    """Removes the longest common leading whitespace (spaces and tabs) from every line."""
    lines = text.split('\n')
    margins = []
    for k, line in enumerate(lines):
        body = line.lstrip(' \t')
        if body:
            margins.append(line[:len(line) - len(body)])
        else:
            lines[k] = ''      # lines of only blanks and tabs become empty
    if margins:
        # The prefix shared by all margins is the one shared by the smallest and the
        # largest of them in string order.
        low = min(margins)
        high = max(margins)
        common = 0
        while common < len(low) and low[common] == high[common]:
            common += 1
        if common:
            lines = [line[common:] for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines of text selected by predicate (default: not whitespace-only)."""
    out = []
    for line in text.splitlines(True):
        chosen = line.strip() if predicate is None else predicate(line)
        out.append(prefix + line if chosen else line)
    return ''.join(out)
