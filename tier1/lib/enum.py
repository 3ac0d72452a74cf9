"""Enumerations (Strata's bundled implementation of the standard `enum` module):
Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, with CPython 3.11's reprs.
"""

__all__ = [
    "EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum",
    "auto", "unique", "property", "verify", "member", "nonmember", "global_enum",
    "CONTINUOUS", "NAMED_FLAGS", "UNIQUE", "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP",
]

_builtin_property = property


# ----------------------------------------------------------------------------------------
# Markers used inside class bodies

class _Unset:
    """Type of the placeholder held by an auto() whose value is still to be generated."""

    __slots__ = ()

    def __repr__(self):
        return "_auto_null"


_auto_null = _Unset()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class _Wrapper:
    """Carries one value through the class body; the subclass says what to do with it."""

    def __init__(self, value):
        self.value = value


class member(_Wrapper):
    """Forces an item to become an Enum member."""


class nonmember(_Wrapper):
    """Protects an item from becoming an Enum member."""


def property(fget=None, fset=None, fdel=None, doc=None):
    return _builtin_property(fget, fset, fdel, doc)


# ----------------------------------------------------------------------------------------
# Name and value classification

def _is_dunder(name):
    """'__x__' (at least one character between the double underscores, which are exact)."""
    if len(name) < 5 or not (name.startswith("__") and name.endswith("__")):
        return False
    return name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    """'_x_' with single underscores at both ends."""
    if len(name) < 3 or name[0] != "_" or name[-1] != "_":
        return False
    return name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    """A name mangled for class cls_name ('_Cls__x', not ending in '__')."""
    return name.startswith("_" + cls_name + "__") and not name.endswith("__")


def _is_descriptor(obj):
    for hook in ("__get__", "__set__", "__delete__"):
        if hasattr(obj, hook):
            return True
    return False


def _never_member(cls_name, key, value):
    """Names and values that stay ordinary class attributes of an enum."""
    return (_is_dunder(key) or _is_sunder(key) or _is_private(cls_name, key)
            or _is_descriptor(value) or isinstance(value, type))


def _high_bit(value):
    return value.bit_length() - 1


def _power_of_two(value):
    return value > 0 and not value & (value - 1)


def _split_names(names):
    """'a, b c' -> ['a', 'b', 'c']"""
    return names.replace(",", " ").split()


class FlagBoundary:
    pass


STRICT = "strict"
CONFORM = "conform"
EJECT = "eject"
KEEP = "keep"
UNIQUE = "unique"
CONTINUOUS = "continuous"
NAMED_FLAGS = "named flags"


# ----------------------------------------------------------------------------------------
# The class-body namespace

class _EnumDict(dict):
    """Class namespace of an Enum suite: resolves `auto()` as soon as it is assigned, so later
    lines of the suite can use the value (`RW = READ | WRITE`)."""

    def __init__(self, cls_name, generate):
        super().__init__()
        self._cls_name = cls_name
        self._generate = generate
        self._last_values = []

    def _ignored(self, key):
        skip = dict.get(self, "_ignore_", ())
        if isinstance(skip, str):
            skip = _split_names(skip)
        return key in skip

    def _resolve_auto(self, key, holder):
        """Fill in holder.value (an auto) if it is still unset and a generator is known."""
        if holder.value is _auto_null and self._generate is not None:
            seen = self._last_values
            holder.value = self._generate(key, 1, len(seen), list(seen))
        return holder.value

    def __setitem__(self, key, value):
        if key == "_generate_next_value_":
            self._generate = value.__func__ if isinstance(value, staticmethod) else value
        elif (not isinstance(value, nonmember) and not _never_member(self._cls_name, key, value)
              and key not in self and not self._ignored(key)):
            wrapped = isinstance(value, member)
            payload = value.value if wrapped else value
            if isinstance(payload, auto):
                resolved = self._resolve_auto(key, payload)
                if resolved is not _auto_null:
                    payload = resolved
                    if wrapped:
                        value.value = resolved
                    else:
                        value = resolved
            self._last_values.append(payload)
        dict.__setitem__(self, key, value)


# ----------------------------------------------------------------------------------------
# The metaclass

def _sort_class_body(cls_name, classdict):
    """Split a class body into (members, attributes), both dicts in definition order."""
    members = {}
    attributes = {}
    for key, value in classdict.items():
        if isinstance(value, member):
            members[key] = value.value
        elif isinstance(value, nonmember):
            attributes[key] = value.value
        elif _never_member(cls_name, key, value):
            attributes[key] = value
        else:
            members[key] = value
    return members, attributes


def _member_value(enum_class, name, raw, position, earlier):
    """The value a member definition stands for, with auto() placeholders filled in."""
    gen = enum_class._generate_next_value_
    if isinstance(raw, auto):
        if raw.value is _auto_null:
            raw.value = gen(name, 1, len(enum_class._member_names_), list(earlier))
        return raw.value
    if isinstance(raw, tuple) and any(isinstance(part, auto) for part in raw):
        filled = []
        for part in raw:
            if not isinstance(part, auto):
                filled.append(part)
            elif part.value is _auto_null:
                filled.append(gen(name, 1, position, list(earlier)))
            else:
                filled.append(part.value)
        return tuple(filled)
    return raw


def _pick_member_factory(enum_class, classdict, bases, member_type):
    """Record how members are created: (__new_member__, _use_args_, _new_member_default_)."""
    factory = classdict.get("__new_member__") or classdict.get("__new__")
    if Enum is None:
        factory = None  # Enum's own __new__ looks members up; it never creates them
    pass_args = True
    is_default = False
    if factory is None:
        for base in bases:
            if isinstance(base, EnumType) and not getattr(base, "_new_member_default_", True):
                factory = base.__new_member__
                pass_args = base._use_args_
                break
        else:
            is_default = True
            if member_type is object:
                factory = object.__new__
                pass_args = False
            else:
                factory = member_type.__new__
    if isinstance(factory, staticmethod):
        factory = factory.__func__
    type.__setattr__(enum_class, "_new_member_default_", is_default)
    type.__setattr__(enum_class, "__new_member__", staticmethod(factory))
    type.__setattr__(enum_class, "_use_args_", pass_args)


def _compute_flag_masks(enum_class):
    every = 0
    single_bits = 0
    for item in enum_class._member_map_.values():
        bits = item._value_
        every |= bits
        if _power_of_two(bits):
            single_bits |= bits
    type.__setattr__(enum_class, "_flag_mask_", every)
    type.__setattr__(enum_class, "_singles_mask_", single_bits)
    type.__setattr__(enum_class, "_all_bits_", (1 << every.bit_length()) - 1 if every else 0)


def _install_enum_methods(enum_class, classdict, member_type, first_enum):
    """Give the new class the enum flavour of repr/str/format/pickling, unless the body
    defines its own: a data type's own versions would otherwise win through the MRO."""
    keeps_data_str = (member_type is not object and ReprEnum is not None
                      and issubclass(enum_class, ReprEnum))
    for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
        if name in classdict:
            continue
        if keeps_data_str and name == "__str__":
            chosen = int.__repr__ if issubclass(member_type, int) else member_type.__str__
        elif keeps_data_str and name == "__format__":
            chosen = member_type.__format__
        else:
            inherited = getattr(enum_class, name)
            if (inherited is not getattr(object, name, None)
                    and inherited is not getattr(member_type, name, None)):
                continue
            chosen = getattr(first_enum, name, None)
        type.__setattr__(enum_class, name, chosen)


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        generator = None
        for base in bases:
            generator = getattr(base, "_generate_next_value_", None)
            if generator is not None:
                break
        return _EnumDict(cls, generator)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        members, attributes = _sort_class_body(cls, classdict)
        for bad in ("mro", ""):
            if bad in members:
                raise ValueError(f"Invalid enum member name: {bad}")
        if members and first_enum is not None and first_enum._member_names_:
            raise TypeError(f"<enum {cls!r}> cannot extend {first_enum!r}")
        skipped = attributes.pop("_ignore_", [])
        if isinstance(skipped, str):
            skipped = _split_names(skipped)
        for key in skipped:
            members.pop(key, None)

        enum_class = super().__new__(metacls, cls, bases, attributes, **kwds)
        initial = {
            "_member_names_": [], "_member_map_": {}, "_value2member_map_": {},
            "_unhashable_values_": [], "_member_type_": member_type,
            "_flag_mask_": 0, "_all_bits_": 0, "_singles_mask_": 0, "_creating_": True,
        }
        if "_value_repr_" not in classdict:
            initial["_value_repr_"] = (None if member_type is object
                                       else getattr(member_type, "__repr__", None))
        for key, value in initial.items():
            type.__setattr__(enum_class, key, value)
        _pick_member_factory(enum_class, classdict, bases, member_type)

        earlier = []
        for position, (name, raw) in enumerate(members.items()):
            value = _member_value(enum_class, name, raw, position, earlier)
            enum_class._add_member_(name, value)
            earlier.append(value)
        type.__setattr__(enum_class, "_creating_", False)

        if Flag is not None and issubclass(enum_class, Flag):
            _compute_flag_masks(enum_class)
        if first_enum is not None and Enum is not None:
            _install_enum_methods(enum_class, classdict, member_type, first_enum)
        return enum_class

    def _add_member_(cls, name, value):
        if isinstance(value, tuple) and cls._member_type_ is not tuple:
            args = value
        else:
            args = (value,)
        make = cls.__new_member__
        created = make(cls, *args) if cls._use_args_ else make(cls)
        if not hasattr(created, "_value_"):
            data_type = cls._member_type_
            if data_type is object:
                created._value_ = value
            else:
                try:
                    created._value_ = data_type(*args)
                except Exception:
                    created._value_ = value
        value = created._value_
        created._name_ = name
        created.__objclass__ = cls
        created.__init__(*args)
        created._sort_order_ = len(cls._member_names_)

        by_value = cls._value2member_map_
        try:
            original = by_value.get(value)
        except TypeError:
            original = _scan_for_value(cls, value)
        if original is not None:
            created = original        # an alias: the name refers to the earlier member
        elif not (Flag is not None and issubclass(cls, Flag) and isinstance(value, int)
                  and value != 0 and not _power_of_two(value)):
            cls._member_names_.append(name)   # multi-bit flag values are not listed
        type.__setattr__(cls, name, created)
        cls._member_map_[name] = created
        try:
            by_value.setdefault(value, created)
        except TypeError:
            cls._unhashable_values_.append(value)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is not None:
            # Functional API: Enum('Name', 'A B C') and friends.
            return cls._create_(value, names, module=module, qualname=qualname, type=type,
                                start=start)
        return Enum.__new__(cls, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        mixin = type
        bases = (cls,) if mixin is None else (mixin, cls)
        if isinstance(names, str):
            names = _split_names(names)
        if isinstance(names, dict):
            pairs = list(names.items())
        elif isinstance(names, (list, tuple)) and names and isinstance(names[0], str):
            # Bare names: values come from _generate_next_value_.
            pairs = []
            made = []
            for index, name in enumerate(names):
                made.append(cls._generate_next_value_(name, start, index, made[:]))
                pairs.append((name, made[-1]))
        else:
            pairs = [(item, names[item]) if isinstance(item, str) else item for item in names]
        body = {}
        for member_name, member_value in pairs:
            body[member_name] = member_value
        body["__module__"] = "__main__" if module is None else module
        if qualname is not None:
            body["__qualname__"] = qualname
        metacls = cls.__class__
        return metacls.__new__(metacls, class_name, bases, body)

    def __contains__(cls, value):
        if not isinstance(value, cls):
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"{value.__class__.__qualname__!r} and "
                            f"{cls.__class__.__qualname__!r}")
        # Pseudo-members (combined flags) are instances but not named members.
        return value._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f"{cls.__name__!r} cannot delete member {attr!r}.")
        super().__delattr__(attr)

    def __dir__(cls):
        return ["__class__", "__doc__", "__members__", "__module__"] + cls._member_names_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        table = cls._member_map_
        return iter([table[name] for name in cls._member_names_])

    def __reversed__(cls):
        table = cls._member_map_
        return iter([table[name] for name in cls._member_names_[::-1]])

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        kind = "flag" if Flag is not None and issubclass(cls, Flag) else "enum"
        return f"<{kind} {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", ()):
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """(data type, first enum base) for a new enum class with these bases."""
        if not bases:
            return object, Enum
        enum_base = bases[-1]
        if not isinstance(enum_base, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        for base in bases:
            for ancestor in base.__mro__:
                if ancestor is object:
                    continue
                if not isinstance(ancestor, EnumType):
                    return ancestor, enum_base
                if ancestor._member_type_ is not object:
                    return ancestor._member_type_, enum_base
        return object, enum_base


EnumMeta = EnumType


def member_type_is_tuple(cls):
    return cls._member_type_ is tuple


def _scan_for_value(cls, value):
    """Find the member with an unhashable value by comparing one by one (None if absent)."""
    for candidate in cls._member_map_.values():
        if candidate._value_ == value:
            return candidate
    return None


def _no_member_for(cls, value):
    """Enum(value) found no member: ask _missing_, and raise if it cannot help either."""
    failure = None
    try:
        answer = cls._missing_(value)
    except Exception as err:
        failure = err
        answer = None
    if answer is not None:
        if isinstance(answer, cls) or (Flag is not None and issubclass(cls, Flag)):
            return answer
    invalid = ValueError(f"{value!r} is not a valid {cls.__qualname__}")
    if failure is None:
        if answer is None:
            raise invalid
        failure = TypeError(f"error in {cls.__name__}._missing_: returned {answer!r} "
                            f"instead of None or a valid member")
    if not isinstance(failure, ValueError):
        failure.__context__ = invalid
    raise failure


def _name_of(self):
    """The name of the Enum member."""
    return self._name_


def _value_of(self):
    """The value of the Enum member."""
    return self._value_


# The module's own classes are created while these names are still None; the metaclass
# checks for that.
Flag = None
Enum = None
ReprEnum = None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    name = _builtin_property(_name_of)
    value = _builtin_property(_value_of)

    def __new__(cls, value):
        # Usual case first: value is the value of one of the members.
        try:
            return cls._value2member_map_[value]
        except KeyError:
            found = None
        except TypeError:
            found = None if type(value) is cls else _scan_for_value(cls, value)
        if type(value) is cls:
            return value   # Color(Color.RED) is Color.RED
        return found if found is not None else _no_member_for(cls, value)

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        # One more than the highest earlier value: sort them when they are comparable,
        # then take the last one that supports "+ 1"; with none, start.
        try:
            last_values.sort()
        except TypeError:
            pass
        for candidate in reversed(last_values):
            try:
                return candidate + 1
            except TypeError:
                pass
        return start

    def __setattr__(self, name, value):
        if name in ("name", "value") and hasattr(self, "_name_"):
            raise AttributeError(f"{Enum!r} cannot set attribute {name!r}")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in ("name", "value"):
            raise AttributeError(f"{Enum!r} cannot delete attribute {name!r}")
        object.__delattr__(self, name)

    def __hash__(self):
        return hash(self._name_)

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __repr__(self):
        shown = self.__class__._value_repr_ or repr
        return f"<{self.__class__.__name__}.{self._name_}: {shown(self._value_)}>"

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    # Members are singletons: copying gives back the same object.
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


def _repr_enum_init_subclass(cls):
    data_type = cls._member_type_
    if data_type is object:
        return
    type.__setattr__(cls, "__str__", int.__repr__ if data_type is int else data_type.__str__)
    type.__setattr__(cls, "__format__", data_type.__format__)


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


_repr_enum_init_subclass(IntEnum)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        count = len(values)
        if count > 3:
            raise TypeError(f"too many arguments for str(): {values!r}")
        if count == 1 and not isinstance(values[0], str):
            raise TypeError(f"{values[0]!r} is not a string")
        text = str(*values)
        created = str.__new__(cls, text)
        created._value_ = text
        return created

    __new_member__ = __new__

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


_repr_enum_init_subclass(StrEnum)
# Creating members is done; StrEnum(value) must look members up like any enum.
StrEnum.__new__ = Enum.__new__


class Flag(Enum):
    """Support for flags"""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if count == 0:
            return 1 if start is None else start
        top = max(last_values)
        try:
            width = top.bit_length()
        except Exception:
            raise TypeError(f"invalid flag value {top!r}") from None
        return 1 << width

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        everything = cls._all_bits_
        original = value
        if value < 0:
            # Negative numbers count down from "all bits set".
            value += everything + 1
        stray = value & ~everything if everything else value
        if stray:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        data_type = cls._member_type_
        if data_type is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = data_type.__new__(cls, value)
        pseudo._value_ = value
        if value & cls._flag_mask_:
            pseudo._name_ = "|".join([part._name_ for part in cls._iter_members_(value)])
        else:
            pseudo._name_ = None
        table = cls._value2member_map_
        table.setdefault(value, pseudo)
        if original != value:
            table.setdefault(original, pseudo)
        return table[value]

    @classmethod
    def _iter_members_(cls, value):
        table = cls._member_map_
        for name in cls._member_names_:
            bits = table[name]._value_
            if bits and value & bits == bits:
                yield table[name]

    def __iter__(self):
        found = self.__class__._iter_members_(self._value_)
        return iter([part for part in found if _power_of_two(part._value_)])

    def __len__(self):
        return bin(self._value_).count("1")

    def __contains__(self, other):
        if isinstance(other, self.__class__):
            return self._value_ & other._value_ == other._value_
        raise TypeError(f"unsupported operand type(s) for 'in': {type(other).__qualname__!r} "
                        f"and {self.__class__.__qualname__!r}")

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        shown = self.__class__._value_repr_ or repr
        label = self.__class__.__name__
        if self._name_ is not None:
            label = f"{label}.{self._name_}"
        return f"<{label}: {shown(self._value_)}>"

    def __str__(self):
        if self._name_ is None:
            return f"{self.__class__.__name__}({self._value_!r})"
        return f"{self.__class__.__name__}.{self._name_}"

    def __or__(self, other):
        kind = self.__class__
        if isinstance(other, kind):
            return kind(self._value_ | other._value_)
        if self._member_type_ is object or not isinstance(other, self._member_type_):
            return NotImplemented
        return kind(self._value_ | other)

    def __and__(self, other):
        kind = self.__class__
        if isinstance(other, kind):
            return kind(self._value_ & other._value_)
        if self._member_type_ is object or not isinstance(other, self._member_type_):
            return NotImplemented
        return kind(self._value_ & other)

    def __xor__(self, other):
        kind = self.__class__
        if isinstance(other, kind):
            return kind(self._value_ ^ other._value_)
        if self._member_type_ is object or not isinstance(other, self._member_type_):
            return NotImplemented
        return kind(self._value_ ^ other)

    def __invert__(self):
        return self.__class__(~self._value_ & self._flag_mask_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags"""

    # int's operators would come first in the MRO; the flag versions must win.
    __or__, __and__, __xor__ = Flag.__or__, Flag.__and__, Flag.__xor__
    __ror__, __rand__, __rxor__ = Flag.__ror__, Flag.__rand__, Flag.__rxor__
    __invert__ = Flag.__invert__


_repr_enum_init_subclass(IntFlag)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    aliases = [f"{alias} -> {target.name}"
               for alias, target in enumeration.__members__.items() if alias != target.name]
    if aliases:
        raise ValueError(f"duplicate values found in {enumeration!r}: {', '.join(aliases)}")
    return enumeration


def verify(*checks):
    return lambda enumeration: enumeration


def global_enum(cls, update_str=False):
    return cls
