"""Command-line parsing (Strata's bundled `argparse` module).

An independent implementation of the documented behaviour of CPython's argparse: the public
names, signatures and user-visible messages follow the documentation (and CPython 3.11's
observable output), while the machinery below is Strata's own.

Parsing works on a *shape string*: every command-line word is classified as an option ('O')
or a plain argument ('A').  Options are handled one at a time, each taking the plain words
that follow it according to its ``nargs``; every run of plain words is offered to the
positional arguments still waiting, which take as many words as they can (earlier
positionals are greedy, as the documentation describes)."""

import os as _os
import sys as _sys

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'Action', 'Namespace',
    'HelpFormatter', 'RawDescriptionHelpFormatter', 'RawTextHelpFormatter',
    'ArgumentDefaultsHelpFormatter', 'MetavarTypeHelpFormatter', 'BooleanOptionalAction',
    'FileType', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS', 'ZERO_OR_MORE',
]

# Namespace attribute collecting words a sub-parser did not recognise.
_EXTRAS_KEY = '_unrecognized_args'
# Marker for "no default / no help / no destination".
SUPPRESS = '==SUPPRESS=='
# The special nargs values.
OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE = '?', '*', '+'
PARSER, REMAINDER = 'A...', '...'


# ---------------------------------------------------------------------------------------------
# Exceptions and the namespace


class ArgumentError(Exception):
    """Raised for a problem with one argument; ``str()`` names the argument."""

    def __init__(self, argument, message):
        self.argument_name = _display_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by ``type=`` callables to report a conversion failure with a custom message."""


def _display_name(action):
    """How messages name an argument: its option strings, else its metavar, else its dest,
    else its choices in braces; None when nothing fits (or there is no argument)."""
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    for label in (action.metavar, action.dest):
        if label not in (None, SUPPRESS):
            return label
    return '{%s}' % ','.join(action.choices) if action.choices else None


class Namespace:
    """A plain attribute holder; the result of ``parse_args``."""

    def __init__(self, **kwargs):
        for key in kwargs:
            setattr(self, key, kwargs[key])

    def __repr__(self):
        shown = []
        odd = {}
        for key, value in self.__dict__.items():
            if key.isidentifier():
                shown.append('%s=%r' % (key, value))
            else:
                odd[key] = value
        if odd:
            shown.append('**%r' % (odd,))
        return 'Namespace(%s)' % ', '.join(shown)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __contains__(self, key):
        return key in self.__dict__

    __hash__ = None


# ---------------------------------------------------------------------------------------------
# Actions


_ACTION_REPR_KEYS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                     'required', 'help', 'metavar')


class Action:
    """Base class of everything ``add_argument`` creates.  Subclasses implement ``__call__``."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings, self.dest = option_strings, dest
        self.nargs, self.const, self.default = nargs, const, default
        self.type, self.choices, self.required = type, choices, required
        self.help, self.metavar = help, metavar

    def _get_kwargs(self):
        # (name, value) pairs in constructor order; __repr__ shows them.
        return [(key, getattr(self, key)) for key in _ACTION_REPR_KEYS]

    def __repr__(self):
        inner = ', '.join('%s=%r' % kv for kv in self._get_kwargs())
        return '%s(%s)' % (type(self).__name__, inner)

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


def _checked_nargs(nargs, const):
    if nargs == 0:
        raise ValueError('nargs for store actions must be != 0; if you have nothing to store, '
                         'actions such as store true or store const may be more appropriate')
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)
    return nargs


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _checked_nargs(nargs, const)
        Action.__init__(self, option_strings, dest, nargs, const, default, type, choices,
                        required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        Action.__init__(self, option_strings, dest, 0, const, default, None, None, required,
                        help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, False, default, required, help)


def _fresh_list(namespace, dest):
    current = getattr(namespace, dest, None)
    if current is None:
        return []
    return list(current)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _checked_nargs(nargs, const)
        Action.__init__(self, option_strings, dest, nargs, const, default, type, choices,
                        required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _fresh_list(namespace, self.dest)
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        Action.__init__(self, option_strings, dest, 0, const, default, None, None, required,
                        help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _fresh_list(namespace, self.dest)
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        Action.__init__(self, option_strings, dest, 0, None, default, None, None, required,
                        help)

    def __call__(self, parser, namespace, values, option_string=None):
        current = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, 1 if current is None else current + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        Action.__init__(self, option_strings, dest, 0, None, default, None, None, False, help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        Action.__init__(self, option_strings, dest, 0, None, default, None, None, False, help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version if self.version is not None else parser.version
        text = text % {'prog': parser.prog}
        _sys.stdout.write(text + '\n')
        parser.exit()


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        names = []
        for opt in option_strings:
            names.append(opt)
            if opt.startswith('--'):
                names.append('--no-' + opt[2:])
        if help is not None and default is not None and default is not SUPPRESS:
            help += ' (default: %(default)s)'
        Action.__init__(self, names, dest, 0, None, default, type, choices, required, help,
                        metavar)

    def format_usage(self):
        return ' | '.join(self.option_strings)

    def __call__(self, parser, namespace, values, option_string=None):
        # --flag stores True, --no-flag stores False.
        if option_string not in self.option_strings:
            return
        negated = option_string.startswith('--no-')
        setattr(namespace, self.dest, not negated)


class _SubParsersAction(Action):
    """The action behind ``add_subparsers``: picks a sub-parser by name, hands it the rest."""

    class _ChoicesPseudoAction(Action):
        def __init__(self, name, aliases, help):
            shown = name
            if aliases:
                shown = '%s (%s)' % (name, ', '.join(aliases))
            Action.__init__(self, [], name, help=help, metavar=shown)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        Action.__init__(self, option_strings, dest, PARSER, None, None, None,
                        self._name_parser_map, required, help, metavar)

    def _get_subactions(self):
        return self._choices_actions

    def add_parser(self, name, **kwargs):
        registry = self._name_parser_map
        aliases = kwargs.pop('aliases', ())
        if kwargs.get('prog') is None:
            kwargs['prog'] = f'{self._prog_prefix} {name}'
        # Every name the new parser answers to must still be free.
        if name in registry:
            raise ArgumentError(self, f'conflicting subparser: {name}')
        taken = [alias for alias in aliases if alias in registry]
        if taken:
            raise ArgumentError(self, f'conflicting subparser alias: {taken[0]}')
        if 'help' in kwargs:
            # Only sub-commands given help= get a line of their own in the parent's help.
            listed = self._ChoicesPseudoAction(name, aliases, kwargs.pop('help'))
            self._choices_actions.append(listed)
        parser = self._parser_class(**kwargs)
        registry.update(dict.fromkeys((name, *aliases), parser))
        return parser

    def __call__(self, parser, namespace, values, option_string=None):
        command, *rest = values
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, command)
        try:
            chosen = self._name_parser_map[command]
        except KeyError:
            known = ', '.join(map(repr, self._name_parser_map))
            raise ArgumentError(self, f'unknown parser {command!r} (choices: {known})') from None
        # The sub-parser fills its own namespace; its values then override ours.
        sub_namespace, unknown = chosen.parse_known_args(rest, None)
        for key, value in vars(sub_namespace).items():
            setattr(namespace, key, value)
        if unknown:
            setattr(namespace, _EXTRAS_KEY, getattr(namespace, _EXTRAS_KEY, []) + unknown)


class FileType:
    """``type=`` factory that opens the named file ('-' means stdin/stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode, self._bufsize = mode, bufsize
        self._encoding, self._errors = encoding, errors

    def __call__(self, name):
        mode = self._mode
        if name == '-':
            # Writing and appending modes mean standard output, anything else standard input.
            return _sys.stdout if ('w' in mode or 'a' in mode) else _sys.stdin
        try:
            return open(name, mode, self._bufsize, self._encoding, self._errors)
        except OSError as exc:
            raise ArgumentTypeError(f"can't open '{name}': {exc}")


_ACTION_NAMES = {
    None: _StoreAction,
    'store': _StoreAction,
    'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction,
    'store_false': _StoreFalseAction,
    'append': _AppendAction,
    'append_const': _AppendConstAction,
    'count': _CountAction,
    'help': _HelpAction,
    'version': _VersionAction,
    'parsers': _SubParsersAction,
    'extend': None,  # filled in below
}


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _fresh_list(namespace, self.dest)
        items.extend(values)
        setattr(namespace, self.dest, items)


_ACTION_NAMES['extend'] = _ExtendAction


# ---------------------------------------------------------------------------------------------
# Help formatting


def _squash(text):
    return ' '.join(text.split())


class HelpFormatter:
    """Lays out usage and help.  Subclasses may override ``_fill_text``, ``_split_lines`` and
    ``_get_help_string`` (the documented customisation points of the formatter classes)."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._width = width
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))

    # -- customisation points
    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_squash(text), width, initial_indent=indent,
                             subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _split_lines(self, text, width):
        # Help text is re-flowed: runs of white space collapse, then it is wrapped.
        from textwrap import wrap
        return wrap(_squash(text), width)

    # -- metavars
    def _metavar_words(self, action, count):
        if action.metavar is not None:
            base = action.metavar
        elif action.choices is not None:
            base = '{%s}' % ','.join(str(c) for c in action.choices)
        elif action.option_strings:
            base = self._get_default_metavar_for_optional(action)
        else:
            base = self._get_default_metavar_for_positional(action)
        if isinstance(base, tuple):
            return base
        return (base,) * count

    def _nargs_text(self, action):
        """The argument part of an action's usage, as a list of usage words."""
        nargs = action.nargs
        if nargs is None:
            return [self._metavar_words(action, 1)[0]]
        if nargs == OPTIONAL:
            return ['[%s]' % self._metavar_words(action, 1)[0]]
        if nargs == ZERO_OR_MORE:
            words = self._metavar_words(action, 1)
            if len(words) == 2:
                return ['[%s [%s ...]]' % words]
            return ['[%s ...]' % words[0]]
        if nargs == ONE_OR_MORE:
            words = self._metavar_words(action, 2)
            return [words[0], '[%s ...]' % words[1]]
        if nargs == REMAINDER:
            return ['...']
        if nargs == PARSER:
            return [self._metavar_words(action, 1)[0], '...']
        if nargs == SUPPRESS:
            return []
        return list(self._metavar_words(action, nargs))

    def _invocation(self, action):
        if not action.option_strings:
            return self._metavar_words(action, 1)[0]
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        tail = ' '.join(self._nargs_text(action))
        return ', '.join('%s %s' % (opt, tail) for opt in action.option_strings)

    # -- usage
    def _usage_words(self, parser, actions, groups):
        """Usage words for the optionals and the positionals (two lists)."""
        placed = set()
        opt_words = []
        pos_words = []
        for action in actions:
            if action.help is SUPPRESS or id(action) in placed:
                continue
            group = _mutex_group_of(groups, action)
            if group is not None and action.option_strings:
                members = [a for a in group._group_actions if a.help is not SUPPRESS]
                pieces = []
                for member in members:
                    placed.add(id(member))
                    pieces.append(' '.join(self._bare_usage(member)))
                joined = ' | '.join(pieces)
                if group.required:
                    opt_words.append('(%s)' % joined)
                else:
                    opt_words.append('[%s]' % joined)
                continue
            placed.add(id(action))
            if action.option_strings:
                words = self._bare_usage(action)
                if action.required:
                    opt_words.extend(words)
                else:
                    opt_words.append('[%s]' % ' '.join(words))
            else:
                pos_words.extend(self._nargs_text(action))
        return opt_words, pos_words

    def _bare_usage(self, action):
        if action.nargs == 0:
            return [action.format_usage()]
        return [action.option_strings[0] + ' ' + ' '.join(self._nargs_text(action))]

    def _format_usage(self, usage, parser, prefix='usage: '):
        if usage is not None:
            return prefix + usage % {'prog': self._prog}
        opt_words, pos_words = self._usage_words(parser, parser._actions,
                                                 parser._mutually_exclusive_groups)
        whole = ' '.join([self._prog] + opt_words + pos_words)
        room = self._width
        if len(prefix) + len(whole) <= room:
            return prefix + whole
        # Too long: wrap the words, keeping optionals and positionals on separate lines.
        if len(prefix) + len(self._prog) <= 0.75 * room:
            indent = ' ' * (len(prefix) + len(self._prog) + 1)
            if opt_words:
                lines = _pack([self._prog] + opt_words, room, len(prefix), indent)
                lines += _pack(pos_words, room, len(indent), indent, lead=True)
            else:
                lines = _pack([self._prog] + pos_words, room, len(prefix), indent)
        else:
            indent = ' ' * len(prefix)
            lines = _pack(opt_words + pos_words, room, len(indent), indent, lead=True)
            if len(lines) > 1:
                lines = _pack(opt_words, room, len(indent), indent, lead=True)
                lines += _pack(pos_words, room, len(indent), indent, lead=True)
            lines = [self._prog] + lines
        return prefix + '\n'.join(lines)

    # -- help body
    def _help_lines(self, parser, action, width, params):
        text = self._get_help_string(action)
        if '%' in text:
            values = dict(vars(action))
            for key in list(values):
                if values[key] is SUPPRESS:
                    del values[key]
            if values.get('choices') is not None:
                values['choices'] = ', '.join(str(c) for c in values['choices'])
            values['prog'] = self._prog
            text = text % values
        return self._split_lines(text, width)

    def _format_actions(self, parser, actions, help_pos, indent):
        out = []
        for action in actions:
            if action.help is SUPPRESS:
                continue
            head = self._invocation(action)
            lead = ' ' * indent + head
            if action.help:
                help_width = max(self._width - help_pos, 11)
                lines = self._help_lines(parser, action, help_width, None)
                slot = help_pos - indent - 2
                pad = ' ' * help_pos
                if len(head) <= slot:
                    first = lead + ' ' * (help_pos - len(lead))
                    out.append(first + (lines[0] if lines else ''))
                    lines = lines[1:]
                else:
                    out.append(lead)
                for line in lines:
                    out.append(pad + line)
            else:
                out.append(lead)
            subs = getattr(action, '_get_subactions', None)
            if subs is not None:
                out.extend(self._format_actions(parser, subs(), help_pos,
                                                indent + self._indent_increment))
        return out


def _pack(words, room, start, indent, lead=False):
    """Greedy line filling for usage text.  Each line but the first starts with ``indent``;
    ``start`` is the column the first word lands in (after ``lead`` indentation, if any)."""
    lines = []
    current = []
    used = start - 1
    for word in words:
        if current and used + 1 + len(word) > room:
            lines.append(current)
            current = []
            used = len(indent) - 1
        current.append(word)
        used += 1 + len(word)
    if current:
        lines.append(current)
    result = []
    for i, line in enumerate(lines):
        text = ' '.join(line)
        if i > 0 or lead:
            text = indent + text
        result.append(text)
    return result


def _mutex_group_of(groups, action):
    for group in groups:
        for member in group._group_actions:
            if member is action:
                return group
    return None


def _terminal_columns():
    try:
        return int(_os.environ['COLUMNS'])
    except (KeyError, ValueError, AttributeError):
        return 80


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps description and epilog text exactly as written."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps all help text (descriptions and argument help) exactly as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends ``(default: ...)`` to argument help."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the ``type`` name as the default metavar."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------------------------------------
# Argument containers: the parser itself and its groups


class _Container:
    """What parsers and argument groups share: ``add_argument`` and friends."""

    def _make_action(self, args, kwargs):
        chars = self.prefix_chars
        if not args or (len(args) == 1 and args[0][:1] not in chars):
            # positional
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            dest = args[0] if args else kwargs.pop('dest')
            kwargs['dest'] = dest
            options = []
            nargs = kwargs.get('nargs')
            # A '*' positional with no default still has to be *matched* (by zero words).
            if nargs != OPTIONAL and (nargs != ZERO_OR_MORE or 'default' not in kwargs):
                kwargs['required'] = True
        else:
            options = []
            long_dest = None
            for opt in args:
                if not opt or opt[0] not in chars:
                    raise ValueError('invalid option string %r: must start with a character %r'
                                     % (opt, chars))
                options.append(opt)
                if long_dest is None and len(opt) > 1 and opt[1] in chars:
                    long_dest = opt
            dest = kwargs.pop('dest', None)
            if dest is None:
                source = long_dest if long_dest is not None else options[0]
                dest = source.lstrip(chars)
                if not dest:
                    raise ValueError('dest= is required for options like %r' % source)
                dest = dest.replace('-', '_')
            kwargs['dest'] = dest
        kind = kwargs.pop('action', None)
        factory = self._lookup_action(kind)
        if not callable(factory):
            raise ValueError('unknown action "%s"' % (kind,))
        # Without an explicit default= the parser-level defaults apply: set_defaults() for
        # this dest first, then argument_default.
        if 'default' not in kwargs:
            key = kwargs['dest']
            if key in self._defaults or self.argument_default is not None:
                kwargs['default'] = self._defaults.get(key, self.argument_default)
        action = factory(options, **kwargs)
        type_func = action.type
        if type_func is not None and not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        return action

    def _lookup_action(self, kind):
        if isinstance(kind, str) or kind is None:
            return self._registry_actions().get(kind, kind)
        return kind

    def _registry_actions(self):
        return _ACTION_NAMES

    def add_argument(self, *args, **kwargs):
        action = self._make_action(args, kwargs)
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self._root(), *args, **kwargs)
        self._root()._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, required=False):
        group = _MutuallyExclusiveGroup(self, required)
        self._root()._mutually_exclusive_groups.append(group)
        return group

    def set_defaults(self, **kwargs):
        root = self._root()
        root._defaults.update(kwargs)
        for action in root._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        root = self._root()
        for action in root._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return root._defaults.get(dest, None)


class _ArgumentGroup(_Container):
    def __init__(self, parser, title=None, description=None, prefix_chars=None,
                 argument_default=None, conflict_handler=None):
        self._parser = parser
        self.title = title
        self.description = description
        self.prefix_chars = parser.prefix_chars
        self.argument_default = parser.argument_default
        self._defaults = parser._defaults
        self._group_actions = []

    def _root(self):
        return self._parser

    def _add_action(self, action):
        self._parser._register(action)
        self._group_actions.append(action)
        return action


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        root = container._root()
        _ArgumentGroup.__init__(self, root)
        self.required = required
        self._home = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        self._home._add_action(action)
        self._group_actions.append(action)
        return action


class ArgumentParser(_Container):
    """Turns command-line words into a `Namespace`; see the argparse documentation."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv and _sys.argv[0] else ''
        # What the help output shows.
        self.prog, self.usage = prog, usage
        self.description, self.epilog = description, epilog
        self.formatter_class = formatter_class
        # How words are recognised and how problems are handled.
        self.prefix_chars, self.fromfile_prefix_chars = prefix_chars, fromfile_prefix_chars
        self.allow_abbrev, self.exit_on_error = allow_abbrev, exit_on_error
        self.argument_default = argument_default
        self.conflict_handler, self.add_help = conflict_handler, add_help
        self._actions = []
        self._option_map = {}
        self._defaults = {}
        self._mutually_exclusive_groups = []
        self._subparsers = None
        self._positional_group = _ArgumentGroup(self, 'positional arguments')
        self._optional_group = _ArgumentGroup(self, 'options')
        self._action_groups = [self._positional_group, self._optional_group]
        if add_help:
            flag = prefix_chars[0] if '-' not in prefix_chars else '-'
            self.add_argument(flag + 'h', flag * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._adopt(parent)

    def _root(self):
        return self

    def __repr__(self):
        keys = ['prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                'add_help']
        inner = ', '.join('%s=%r' % (k, getattr(self, k)) for k in keys)
        return 'ArgumentParser(%s)' % inner

    # -- building
    def _register(self, action):
        for opt in action.option_strings:
            if opt in self._option_map:
                if self.conflict_handler == 'resolve':
                    self._drop_option(opt)
                else:
                    clash = [o for o in action.option_strings if o in self._option_map]
                    raise ArgumentError(action, 'conflicting option string%s: %s'
                                        % ('s' if len(clash) > 1 else '', ', '.join(clash)))
        self._actions.append(action)
        for opt in action.option_strings:
            self._option_map[opt] = action

    def _drop_option(self, opt):
        old = self._option_map.pop(opt)
        old.option_strings.remove(opt)
        if not old.option_strings:
            for group in self._action_groups + self._mutually_exclusive_groups:
                if old in group._group_actions:
                    group._group_actions.remove(old)
            if old in self._actions:
                self._actions.remove(old)

    def _add_action(self, action):
        group = self._optional_group if action.option_strings else self._positional_group
        return group._add_action(action)

    def _adopt(self, parent):
        titled = {}
        for group in parent._action_groups:
            if group is parent._positional_group:
                target = self._positional_group
            elif group is parent._optional_group:
                target = self._optional_group
            else:
                target = self.add_argument_group(group.title, group.description)
            for action in group._group_actions:
                titled[id(action)] = target
        for group in parent._mutually_exclusive_groups:
            mine = self.add_mutually_exclusive_group(group.required)
            for action in group._group_actions:
                titled[id(action)] = ('mutex', mine, titled.get(id(action)))
        for action in parent._actions:
            where = titled.get(id(action), self._optional_group)
            if isinstance(where, tuple):
                mine, home = where[1], where[2]
                self._register(action)
                home._group_actions.append(action)
                mine._group_actions.append(action)
            else:
                where._add_action(action)
        self._defaults.update(parent._defaults)

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        title = kwargs.pop('title', None)
        description = kwargs.pop('description', None)
        if title is not None or description is not None:
            self._subparsers = self.add_argument_group(title or 'subcommands', description)
        else:
            self._subparsers = self._positional_group
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            words = []
            for action in self._actions:
                if not action.option_strings and action.help is not SUPPRESS:
                    words.extend(formatter._nargs_text(action))
            kwargs['prog'] = ' '.join([self.prog] + words)
        factory = self._lookup_action(kwargs.pop('action', 'parsers'))
        kwargs.setdefault('parser_class', type(self))
        action = factory(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    # -- parsing
    def parse_known_args(self, args=None, namespace=None):
        words = _sys.argv[1:] if args is None else list(args)
        target = Namespace() if namespace is None else namespace
        self._seed_defaults(target)
        try:
            extras = _Run(self, target, words).go()
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        # Words left over by sub-parsers were parked on the namespace; hand them back too.
        parked = getattr(target, _EXTRAS_KEY, None)
        if parked is not None:
            delattr(target, _EXTRAS_KEY)
            extras.extend(parked)
        return target, extras

    def _seed_defaults(self, target):
        """Give the namespace every default it does not already have: first the actions'
        own defaults (unless suppressed), then those from set_defaults()."""
        pairs = [(action.dest, action.default) for action in self._actions
                 if action.dest is not SUPPRESS and action.default is not SUPPRESS]
        pairs.extend(self._defaults.items())
        for key, value in pairs:
            if not hasattr(target, key):
                setattr(target, key, value)

    def parse_args(self, args=None, namespace=None):
        result, leftovers = self.parse_known_args(args, namespace)
        if leftovers:
            self.error('unrecognized arguments: ' + ' '.join(leftovers))
        return result

    def parse_intermixed_args(self, args=None, namespace=None):
        return self.parse_args(args, namespace)

    def parse_known_intermixed_args(self, args=None, namespace=None):
        return self.parse_known_args(args, namespace)

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    # -- output
    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        return self._get_formatter()._format_usage(self.usage, self) + '\n'

    def format_help(self):
        fmt = self._get_formatter()
        width = fmt._width
        blocks = [fmt._format_usage(self.usage, self) + '\n']
        if self.description:
            blocks.append(fmt._fill_text(self.description, width, '') + '\n')
        # one help column for the whole page
        longest = 0
        for action in self._actions:
            if action.help is SUPPRESS:
                continue
            longest = max(longest, len(fmt._invocation(action)) + 2)
            subs = getattr(action, '_get_subactions', None)
            if subs is not None:
                for sub in subs():
                    longest = max(longest, len(fmt._invocation(sub)) + 4)
        help_pos = min(longest + 2, fmt._max_help_position)
        for group in self._action_groups:
            shown = [a for a in group._group_actions if a.help is not SUPPRESS]
            if not shown and not group.description:
                continue
            lines = []
            if group.title is not None:
                lines.append(group.title + ':')
            if group.description:
                lines.append(fmt._fill_text(group.description, width - 2, '  ') + '\n')
            lines.extend(fmt._format_actions(self, shown, help_pos, 2))
            blocks.append('\n'.join(lines) + '\n')
        if self.epilog:
            blocks.append(fmt._fill_text(self.epilog, width, '') + '\n')
        text = '\n'.join(blocks)
        while '\n\n\n' in text:
            text = text.replace('\n\n\n', '\n\n')
        return text.strip('\n') + '\n'

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            if file is None:
                file = _sys.stdout
            file.write(message)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))


# ---------------------------------------------------------------------------------------------
# One parse: classification, option handling, positional fitting


def _looks_negative(word):
    body = word[1:]
    if not body:
        return False
    if body.isdigit():
        return True
    head, dot, tail = body.partition('.')
    return dot == '.' and tail.isdigit() and (head == '' or head.isdigit())


class _Run:
    def __init__(self, parser, namespace, args):
        self.parser = parser
        self.ns = namespace
        self.words = []
        self.shape = []
        self.info = {}
        self.seen = set()
        self.changed = set()
        self.negatives_are_options = any(
            _looks_negative(opt) for opt in parser._option_map)
        literal = False
        for word in args:
            if literal:
                self.words.append(word)
                self.shape.append('A')
            elif word == '--':
                literal = True
                self.words.append(word)
                self.shape.append('-')
            else:
                found = self._classify(word)
                self.words.append(word)
                if found is None:
                    self.shape.append('A')
                else:
                    self.info[len(self.words) - 1] = found
                    self.shape.append('O')
        self.shape = ''.join(self.shape)

    def _classify(self, word):
        """None for a plain argument, else (action or None, option string, explicit arg,
        attached) for an option word."""
        parser = self.parser
        chars = parser.prefix_chars
        table = parser._option_map
        if not word or word[0] not in chars:
            return None
        if word in table:
            return (table[word], word, None, False)
        if len(word) == 1:
            return None
        if '=' in word:
            name, _, value = word.partition('=')
            if name in table:
                return (table[name], name, value, False)
        long_form = word[1] in chars
        if long_form and parser.allow_abbrev:
            name, eq, value = word.partition('=')
            hits = [opt for opt in table if opt.startswith(name) and len(opt) > 1
                    and opt[1] in chars]
            if len(hits) > 1:
                raise ArgumentError(None, 'ambiguous option: %s could match %s'
                                    % (name, ', '.join(hits)))
            if len(hits) == 1:
                return (table[hits[0]], hits[0], value if eq else None, False)
        if not long_form:
            if word[:2] in table:
                return (table[word[:2]], word[:2], word[2:], True)
        if _looks_negative(word) and not self.negatives_are_options:
            return None
        if ' ' in word:
            return None
        return (None, word, None, False)

    # -- values
    def _convert(self, action, text):
        func = action.type
        if func is None:
            return text
        try:
            return func(text)
        except ArgumentTypeError as exc:
            raise ArgumentError(action, str(exc))
        except (TypeError, ValueError):
            name = getattr(func, '__name__', repr(func))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, text))

    def _check_choice(self, action, value):
        choices = action.choices
        if choices is None:
            return
        if isinstance(choices, str):
            ok = value in choices
        else:
            ok = value in choices
        if not ok:
            listed = ', '.join(repr(c) for c in choices)
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, listed))

    def _values(self, action, words):
        nargs = action.nargs
        if not words and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._convert(action, value)
                self._check_choice(action, value)
            return value
        if not words and nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else []
            self._check_choice(action, value) if value != [] and not isinstance(value, list) \
                else None
            return value
        if nargs in (None, OPTIONAL):
            value = self._convert(action, words[0])
            self._check_choice(action, value)
            return value
        if nargs == REMAINDER:
            return [self._convert(action, w) for w in words]
        if nargs == PARSER:
            value = [self._convert(action, w) for w in words]
            self._check_choice(action, value[0])
            return value
        if nargs == SUPPRESS:
            return SUPPRESS
        if nargs == 0:
            return []
        value = [self._convert(action, w) for w in words]
        for item in value:
            self._check_choice(action, item)
        return value

    def _fire(self, action, words, option_string=None):
        self.seen.add(id(action))
        if action.nargs not in (PARSER, REMAINDER) and '--' in words:
            words = list(words)
            words.remove('--')
        value = self._values(action, words)
        if value is not action.default:
            self.changed.add(id(action))
            group = _mutex_group_of(self.parser._mutually_exclusive_groups, action)
            if group is not None:
                for other in group._group_actions:
                    if other is not action and id(other) in self.changed:
                        raise ArgumentError(action, 'not allowed with argument %s'
                                            % _display_name(other))
        if value is not SUPPRESS:
            action(self.parser, self.ns, value, option_string)

    # -- options
    def _plain_run(self, start):
        end = start
        while end < len(self.shape) and self.shape[end] == 'A':
            end += 1
        return end - start

    def _option(self, index):
        action, opt, explicit, attached = self.info[index]
        if action is None:
            self.extras.append(self.words[index])
            return index + 1
        while True:
            if explicit is None:
                break
            if action.nargs == 0:
                if not attached:
                    raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                self._fire(action, [], opt)
                following = opt[0] + explicit[0]
                rest = explicit[1:] or None
                table = self.parser._option_map
                if following not in table:
                    raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                action, opt, explicit = table[following], following, rest
                continue
            needed = action.nargs
            if isinstance(needed, int) and needed > 1:
                raise ArgumentError(action, _count_message(needed))
            self._fire(action, [explicit], opt)
            return index + 1
        start = index + 1
        available = self._plain_run(start)
        nargs = action.nargs
        if nargs is None:
            if available < 1:
                raise ArgumentError(action, 'expected one argument')
            take = 1
        elif nargs == OPTIONAL:
            take = min(available, 1)
        elif nargs == ZERO_OR_MORE:
            take = available
        elif nargs == ONE_OR_MORE:
            if available < 1:
                raise ArgumentError(action, 'expected at least one argument')
            take = available
        elif nargs == REMAINDER:
            take = len(self.words) - start
        elif nargs == PARSER:
            if available < 1:
                raise ArgumentError(action, 'expected A... argument')
            take = len(self.words) - start
        elif nargs == SUPPRESS:
            take = 0
        else:
            if available < nargs:
                raise ArgumentError(action, _count_message(nargs))
            take = nargs
        self._fire(action, self.words[start:start + take], opt)
        return start + take

    # -- positionals
    def _span(self, at, plain_words):
        """How many words a positional starting at ``at`` covers when it takes
        ``plain_words`` arguments: a '--' marker inside or right around them comes along."""
        end = at
        shape = self.shape
        while end < len(shape) and shape[end] == '-':
            end += 1
        taken = 0
        while taken < plain_words:
            if shape[end] == 'A':
                taken += 1
            end += 1
        while end < len(shape) and shape[end] == '-':
            end += 1
        return end - at

    def _choices_for(self, nargs, at):
        """Candidate word spans for one positional starting at ``at``, most greedy first."""
        if nargs in (REMAINDER, PARSER):
            plain = self._plain_run(at)
            if nargs == PARSER and plain < 1:
                return []
            return [len(self.words) - at]
        counts = self._plain_counts(nargs, at)
        return [self._span(at, k) for k in counts]

    def _plain_counts(self, nargs, at):
        plain = 0
        probe = at
        while probe < len(self.shape) and self.shape[probe] in 'A-':
            if self.shape[probe] == 'A':
                plain += 1
            probe += 1
        if nargs is None:
            return [1] if plain >= 1 else []
        if nargs == OPTIONAL:
            return [1, 0] if plain >= 1 else [0]
        if nargs == ZERO_OR_MORE:
            return list(range(plain, -1, -1))
        if nargs == ONE_OR_MORE:
            return list(range(plain, 0, -1))
        if nargs == SUPPRESS:
            return [0]
        return [nargs] if plain >= nargs else []

    def _spread(self, actions, at):
        if not actions:
            return []
        for count in self._choices_for(actions[0].nargs, at):
            rest = self._spread(actions[1:], at + count)
            if rest is not None:
                return [count] + rest
        return None

    def _positionals(self, at):
        """Give the waiting positionals as many of the words from ``at`` as they can take."""
        waiting = self.waiting
        for n in range(len(waiting), 0, -1):
            counts = self._spread(waiting[:n], at)
            if counts is not None:
                for action, count in zip(waiting[:n], counts):
                    self._fire(action, self.words[at:at + count])
                    at += count
                self.waiting = waiting[n:]
                return at
        return at

    def go(self):
        parser = self.parser
        self.extras = []
        self.waiting = [a for a in parser._actions if not a.option_strings]
        index = 0
        total = len(self.words)
        while index < total:
            if self.shape[index] == 'O':
                index = self._option(index)
                continue
            after = self._positionals(index)
            if after == index:
                self.extras.append(self.words[index])
                index += 1
            else:
                index = after
        self._positionals(total)
        missing = []
        for action in parser._actions:
            if id(action) in self.seen:
                continue
            if action.required:
                missing.append(_display_name(action))
            elif (action.default is not None and isinstance(action.default, str)
                  and action.dest is not SUPPRESS
                  and getattr(self.ns, action.dest, None) is action.default):
                setattr(self.ns, action.dest, self._convert(action, action.default))
        if missing:
            parser.error('the following arguments are required: %s' % ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any(id(a) in self.changed for a in group._group_actions):
                names = [_display_name(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
                parser.error('one of the arguments %s is required' % ' '.join(names))
        return self.extras


def _count_message(n):
    if n == 1:
        return 'expected 1 argument'
    return 'expected %d arguments' % n
