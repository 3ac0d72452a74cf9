"""Issuing and filtering warnings (Strata's bundled implementation of the standard `warnings`
module).

Strata keeps no frame objects, so the location of a warning is reported as the main script
with line 0 (whatever `stacklevel` says); filtering, the actions and `catch_warnings` behave as
in CPython."""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')

filters = []
defaultaction = 'default'
onceregistry = {}
# Per-module registries of warnings already shown ('default' and 'module' actions).
_registries = {}


def _filters_mutated():
    _registries.clear()
    onceregistry.clear()


def _add_filter(item, append):
    # Appending never duplicates an entry; prepending moves an existing one to the front.
    if append:
        if item not in filters:
            filters.append(item)
    else:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    _filters_mutated()


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Inserts an entry into the list of warnings filters (at the front by default)."""
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(message, str), 'message must be a string'
    assert isinstance(category, type), 'category must be a class'
    assert issubclass(category, Warning), 'category must be a Warning subclass'
    assert isinstance(module, str), 'module must be a string'
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    if message or module:
        import re
    msg = re.compile(message, re.I) if message else None
    mod = re.compile(module) if module else None
    _add_filter((action, msg, category, mod, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Inserts a simple entry (any message, any module) into the list of warnings filters."""
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Clears the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class WarningMessage:
    """A warning as recorded by catch_warnings(record=True)."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line',
                        'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message, self.category, self.source = message, category, source
        self.filename, self.lineno, self.line = filename, lineno, line
        self.file = file
        self._category_name = None if not category else category.__name__

    def __str__(self):
        return (f"{{message : {self.message!r}, category : {self._category_name!r}, "
                f"filename : {self.filename!r}, lineno : {self.lineno}, line : {self.line!r}}}")


def formatwarning(message, category, filename, lineno, line=None):
    """The text of a warning as showwarning prints it."""
    s = '%s:%s: %s: %s\n' % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        s += '  %s\n' % line.strip()
    return s


def _source_line(filename, lineno):
    """Line `lineno` of file `filename`, or '' when it cannot be read."""
    try:
        with open(filename, encoding='utf-8', errors='replace') as f:
            for number, text in enumerate(f, 1):
                if number == lineno:
                    return text
    except (OSError, ValueError, TypeError):
        pass
    return ''


def _showwarnmsg_impl(msg):
    # Default sink: the message's own file, else stderr; with neither, or when
    # writing fails, the warning is silently lost.
    stream = sys.stderr if msg.file is None else msg.file
    if stream is not None:
        _write_ignoring_oserror(stream, _formatwarnmsg(msg))


def _write_ignoring_oserror(stream, text):
    try:
        stream.write(text)
    except OSError:
        pass


def _formatwarnmsg(msg):
    # Looked up at call time, so a replacement warnings.formatwarning is honoured.
    return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to a file (sys.stderr by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_formatwarning_orig = formatwarning
_showwarning_orig = showwarning


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _caller_location(stacklevel):
    """(filename, line, module name) of the frame `stacklevel` levels above warn()'s caller
    chain; CPython's ('sys', 1, 'sys') when the stack is not that deep."""
    try:
        frame = sys._getframe(stacklevel + 1)
    except ValueError:
        return 'sys', 1, 'sys'
    module = frame.f_globals.get('__name__', '<string>')
    return frame.f_code.co_filename, frame.f_lineno, module


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning, or maybe ignores it or raises an exception."""
    if isinstance(message, Warning):
        # A warning instance decides its own category.
        category = message.__class__
    elif category is None:
        category = UserWarning
    elif not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError(f"category must be a Warning subclass, not {type(category).__name__!r}")
    filename, lineno, module = _caller_location(stacklevel)
    registry = _registries.setdefault(module, {})
    warn_explicit(message, category, filename, lineno, module, registry, source=source)


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def _select_filter(text, category, module, lineno):
    """(action, filter entry) of the first filter matching the warning; the default
    action when none does."""
    entry = None
    for entry in filters:
        action, msg, cat, mod, ln = entry
        if not _matches(msg, text) or not issubclass(category, cat):
            continue
        if _matches(mod, module) and (ln == 0 or ln == lineno):
            return action, entry
    return defaultaction, entry


def _note_shown(action, registry, key):
    """Book-keeping for a warning about to be shown under `action`; returns False
    when an earlier showing means this one is suppressed."""
    if action == 'always':
        return True
    registry[key] = 1
    if action == 'default':
        return True
    text, category = key[0], key[1]
    if action == 'once':
        book, mark = onceregistry, (text, category)
    else:
        book, mark = registry, (text, category, 0)
    if book.get(mark):
        return False
    book[mark] = 1
    return True


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issues a warning attributed to an explicit location."""
    lineno = int(lineno)
    if module is None:
        # Derived from the file name, minus a trailing .py in any letter case.
        module = filename or '<unknown>'
        if module.lower().endswith('.py'):
            module = module[:-3]
    if registry is None:
        registry = {}
    if not isinstance(message, Warning):
        text, message = message, category(message)
    else:
        text, category = str(message), message.__class__
    key = (text, category, lineno)
    if registry.get(key):
        return
    action, entry = _select_filter(text, category, module, lineno)
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action not in ('once', 'always', 'module', 'default'):
        raise RuntimeError(f"Unrecognized action ({action!r}) in warnings.filters:\n {entry}")
    if _note_shown(action, registry, key):
        _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class catch_warnings:
    """Context manager saving and restoring the warnings filters and showwarning(); with
    record=True, warnings are appended to the list returned by __enter__ instead."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._entered = False
        self._record = record
        self._module = module if module is not None else sys.modules['warnings']
        # Arguments for a simplefilter() call made on entry, if an action was given.
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = ['record=True'] if self._record else []
        if self._module is not sys.modules['warnings']:
            shown.append(f'module={self._module!r}')
        return f"{type(self).__name__}({', '.join(shown)})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        m = self._module
        self._filters = m.filters
        m.filters = self._filters[:]
        _sync_filters(m)
        self._showwarning = m.showwarning
        self._showwarnmsg_impl = m._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            m._showwarnmsg_impl = log.append
            m.showwarning = m._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        m = self._module
        m.filters = self._filters
        _sync_filters(m)
        m.showwarning = self._showwarning
        m._showwarnmsg_impl = self._showwarnmsg_impl


def _sync_filters(m):
    """Module attributes were rebound from outside: refresh the registries."""
    if m is sys.modules.get('warnings'):
        _filters_mutated()


filters[:] = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
