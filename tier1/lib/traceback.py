"""Extract, format and print exceptions and their tracebacks (Strata's bundled implementation
of the standard `traceback` module).

Strata records, per exception, the code and line of each frame the exception passed through;
`__traceback__` is an opaque marker, so functions given a traceback object resolve it to the
exception currently being handled (or accept the exception itself)."""

import sys
import _strata_traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_sentinel = object()

_cause_message = ('\nThe above exception was the direct cause '
                  'of the following exception:\n\n')
_context_message = ('\nDuring handling of the above exception, '
                    'another exception occurred:\n\n')


class FrameSummary:
    """Information about a single frame of a traceback."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals', 'end_lineno', 'colno',
                 'end_colno')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    @property
    def line(self):
        source = self._line
        return source if source is None else source.strip()

    def _as_tuple(self):
        # The legacy 4-tuple view: (filename, lineno, name, stripped line).
        return (self.filename, self.lineno, self.name, self.line)

    def __len__(self):
        return 4

    def __iter__(self):
        return iter(self._as_tuple())

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __eq__(self, other):
        if isinstance(other, tuple):
            return self._as_tuple() == other
        if not isinstance(other, FrameSummary):
            return NotImplemented
        mine = (self.filename, self.lineno, self.name, self.locals)
        return mine == (other.filename, other.lineno, other.name, other.locals)

    __hash__ = None

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"


def _as_frame_summary(entry):
    if isinstance(entry, FrameSummary):
        return entry
    filename, lineno, name, line = entry
    return FrameSummary(filename, lineno, name, line=line)


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def from_list(klass, a_list):
        # Entries may be FrameSummary objects or legacy 4-tuples, even mixed.
        return StackSummary([_as_frame_summary(entry) for entry in a_list])

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
            if None not in (frame_summary.end_lineno, frame_summary.colno,
                            frame_summary.end_colno):
                carets = _strata_traceback.carets(
                    frame_summary._line, frame_summary.lineno, frame_summary.end_lineno,
                    frame_summary.colno, frame_summary.end_colno)
                if carets is not None:
                    row.append('    {}\n'.format(carets))
        return ''.join(row)

    def format(self):
        return [self.format_frame_summary(f) for f in self]


def _limited(items, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return items
    if limit >= 0:
        return items[:limit]
    return items[limit:]


def _exc_for_tb(tb):
    """The exception whose traceback `tb` is (see the module docstring)."""
    if tb is None:
        return None
    if isinstance(tb, BaseException):
        return tb
    current = sys.exc_info()[1]
    if current is not None and current.__traceback__ is not None:
        return current
    return None


def _stack_of(exc, limit=None):
    if exc is None:
        return StackSummary()
    frames = [FrameSummary(f, n, name, line=line, end_lineno=end_n, colno=col, end_colno=end_col)
              for f, n, name, line, end_n, col, end_col in _strata_traceback.entries(exc)]
    return StackSummary(_limited(frames, limit))


def extract_tb(tb, limit=None):
    """The frames of a traceback as a StackSummary, outermost first."""
    return _stack_of(_exc_for_tb(tb), limit)


def format_list(extracted_list):
    """Formats (filename, lineno, name, line) entries as traceback lines."""
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    """The formatted frames of a traceback."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Prints the frames of a traceback."""
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end='')


def extract_stack(f=None, limit=None):
    """Strata keeps no frame objects: the current stack is not available."""
    return StackSummary()


def format_stack(f=None, limit=None):
    return []


def print_stack(f=None, limit=None, file=None):
    pass


def walk_tb(tb):
    return iter(())


def walk_stack(f):
    return iter(())


def clear_frames(tb):
    pass


def _type_name(etype):
    qualname = getattr(etype, '__qualname__', None) or getattr(etype, '__name__', '?')
    module = getattr(etype, '__module__', None)
    if module not in (None, '__main__', 'builtins'):
        qualname = module + '.' + qualname
    return qualname


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'


def _format_only(value):
    etype = type(value)
    if isinstance(value, SyntaxError):
        text = _strata_traceback.format(value, False)
        lines = text.splitlines(True)
        if lines and lines[0].startswith('Traceback'):
            skip = 1
            for f in _strata_traceback.entries(value):
                skip += 1
                if f[3] and f[3].strip():
                    skip += 1
                    if _strata_traceback.carets(f[3], f[1], f[4], f[5], f[6]) is not None:
                        skip += 1
            lines = lines[skip:]
        out = lines
    else:
        stype = _type_name(etype)
        msg = _safe_str(value)
        out = ['%s\n' % stype if not msg else '%s: %s\n' % (stype, msg)]
    notes = getattr(value, '__notes__', None)
    if notes is not None:
        if not isinstance(notes, (list, tuple)):
            out.append(_safe_str(notes) + '\n')
        else:
            for note in notes:
                out.append((note if isinstance(note, str) else _safe_str(note)) + '\n')
    return out


def format_exception_only(exc, /, value=_sentinel):
    """The lines of the last part of a traceback: the exception type and message."""
    if value is _sentinel:
        value = exc
    if not isinstance(value, BaseException):
        return ['NoneType: None\n']
    return _format_only(value)


def _format_single(value, limit):
    out = []
    stack = _stack_of(value, limit)
    if stack:
        out.append('Traceback (most recent call last):\n')
        out.extend(stack.format())
    out.extend(_format_only(value))
    return out


def _format_chain(value, limit, chain):
    if not chain:
        return _format_single(value, limit)
    chain_list = []
    seen = {id(value)}
    cur = value
    while True:
        if cur.__cause__ is not None:
            nxt, msg = cur.__cause__, _cause_message
        elif cur.__context__ is not None and not cur.__suppress_context__:
            nxt, msg = cur.__context__, _context_message
        else:
            break
        if id(nxt) in seen:
            break
        seen.add(id(nxt))
        chain_list.append((nxt, msg))
        cur = nxt
    out = []
    for exc, msg in reversed(chain_list):
        out.extend(_format_single(exc, limit))
        out.append(msg)
    out.extend(_format_single(value, limit))
    return out


def _resolve(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError('Both or neither of value and tb must be given')
    if value is _sentinel:
        return exc
    return value


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines of a full traceback report, as printed for an uncaught exception."""
    value = _resolve(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    return _format_chain(value, limit, chain)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None,
                    chain=True):
    """Prints a full traceback report to file (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    """The traceback report of the exception being handled, as one string."""
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the traceback report of the exception being handled."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


class TracebackException:
    """An exception captured for later formatting."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False, _seen=None):
        self.exc_type = exc_type
        self._value = exc_value
        self._limit = limit
        self._str = _safe_str(exc_value)
        self.stack = _stack_of(exc_value, limit)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, None, limit=limit,
                                                    _seen=_seen)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(type(context), context, None,
                                                      limit=limit, _seen=_seen)
        if isinstance(exc_value, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = exc_value.lineno
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __str__(self):
        return self._str

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def format_exception_only(self):
        if self._value is not None:
            yield from _format_only(self._value)
        else:
            yield 'NoneType: None\n'

    def format(self, *, chain=True):
        if self._value is None:
            yield 'NoneType: None\n'
            return
        yield from _format_chain(self._value, self._limit, chain)

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end='')
