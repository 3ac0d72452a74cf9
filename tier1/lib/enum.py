"""Enumerations (Strata's bundled implementation of the standard `enum` module):
Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, with CPython 3.11's reprs.
"""

__all__ = [
    "EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum",
    "auto", "unique", "property", "verify", "member", "nonmember", "global_enum",
    "CONTINUOUS", "NAMED_FLAGS", "UNIQUE", "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP",
]

_builtin_property = property


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=None):
        self.value = value if value is not None else _auto_null

    def __repr__(self):
        return f"auto({self.value!r})"


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class member:
    """Forces an item to become an Enum member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects an item from becoming an Enum member."""

    def __init__(self, value):
        self.value = value


def property(fget=None, fset=None, fdel=None, doc=None):
    return _builtin_property(fget, fset, fdel, doc)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1:2] != "_" and name[-2:-1] != "_"


def _is_private(cls_name, name):
    pattern = f"_{cls_name}__"
    return name.startswith(pattern) and not name.endswith("__")


def _is_descriptor(obj):
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__"))


def _high_bit(value):
    return value.bit_length() - 1


def _power_of_two(value):
    return value >= 1 and value & (value - 1) == 0


class FlagBoundary:
    pass


STRICT = "strict"
CONFORM = "conform"
EJECT = "eject"
KEEP = "keep"
UNIQUE = "unique"
CONTINUOUS = "continuous"
NAMED_FLAGS = "named flags"


class _EnumDict(dict):
    """Class namespace of an Enum suite: resolves `auto()` as soon as it is assigned, so later
    lines of the suite can use the value (`RW = READ | WRITE`)."""

    def __init__(self, cls_name, generate):
        super().__init__()
        self._cls_name = cls_name
        self._generate = generate
        self._last_values = []

    def __setitem__(self, key, value):
        if key == "_generate_next_value_":
            self._generate = value.__func__ if isinstance(value, staticmethod) else value
        elif not (_is_dunder(key) or _is_sunder(key) or _is_private(self._cls_name, key)
                  or _is_descriptor(value) or isinstance(value, (type, nonmember))):
            ignore = dict.get(self, "_ignore_", ())
            if isinstance(ignore, str):
                ignore = ignore.replace(",", " ").split()
            if key not in ignore and key not in self:
                inner = value.value if isinstance(value, member) else value
                if isinstance(inner, auto):
                    if inner.value is _auto_null and self._generate is not None:
                        inner.value = self._generate(key, 1, len(self._last_values),
                                                     self._last_values[:])
                    if inner.value is not _auto_null:
                        inner = inner.value
                        if isinstance(value, member):
                            value.value = inner
                        else:
                            value = inner
                self._last_values.append(inner)
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        gnv = None
        for base in bases:
            gnv = getattr(base, "_generate_next_value_", None)
            if gnv is not None:
                break
        return _EnumDict(cls, gnv)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        members = {}
        plain = {}
        for key, value in classdict.items():
            if isinstance(value, nonmember):
                plain[key] = value.value
            elif isinstance(value, member):
                members[key] = value.value
            elif (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                  or _is_descriptor(value) or isinstance(value, type)):
                plain[key] = value
            else:
                members[key] = value
        for key in ("mro", ""):
            if key in members:
                raise ValueError(f"Invalid enum member name: {key}")
        if members and first_enum is not None and first_enum._member_names_:
            raise TypeError(f"<enum {cls!r}> cannot extend {first_enum!r}")
        for key in members:
            plain.pop(key, None)
        plain.setdefault("_ignore_", [])
        ignore = plain["_ignore_"]
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        for key in ignore:
            members.pop(key, None)
        plain.pop("_ignore_", None)
        enum_class = super().__new__(metacls, cls, bases, plain, **kwds)
        type.__setattr__(enum_class, "_member_names_", [])
        type.__setattr__(enum_class, "_member_map_", {})
        type.__setattr__(enum_class, "_value2member_map_", {})
        type.__setattr__(enum_class, "_unhashable_values_", [])
        type.__setattr__(enum_class, "_member_type_", member_type)
        if "_value_repr_" not in classdict:
            vr = getattr(member_type, "__repr__", None)
            type.__setattr__(enum_class, "_value_repr_", None if member_type is object else vr)
        type.__setattr__(enum_class, "_flag_mask_", 0)
        type.__setattr__(enum_class, "_all_bits_", 0)
        type.__setattr__(enum_class, "_singles_mask_", 0)
        type.__setattr__(enum_class, "_creating_", True)

        new = classdict.get("__new_member__") or classdict.get("__new__")
        if Enum is None:
            new = None  # Enum's own __new__ looks members up; it never creates them
        use_args = True
        default_new = False
        if new is None:
            for base in bases:
                if isinstance(base, EnumType) and not getattr(base, "_new_member_default_", True):
                    new = base.__new_member__
                    use_args = base._use_args_
                    break
        if new is None:
            new = object.__new__ if member_type is object else member_type.__new__
            use_args = member_type is not object
            default_new = True
        if isinstance(new, staticmethod):
            new = new.__func__
        type.__setattr__(enum_class, "_new_member_default_", default_new)
        type.__setattr__(enum_class, "__new_member__", staticmethod(new))
        type.__setattr__(enum_class, "_use_args_", use_args)

        last_values = []
        for count, (name, value) in enumerate(members.items()):
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(
                        name, 1, len(enum_class._member_names_), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(
                    enum_class._generate_next_value_(name, 1, count, last_values[:])
                    if isinstance(v, auto) and v.value is _auto_null else
                    (v.value if isinstance(v, auto) else v) for v in value)
            enum_class._add_member_(name, value)
            last_values.append(value)
        type.__setattr__(enum_class, "_creating_", False)
        if Flag is not None and issubclass(enum_class, Flag):
            mask = 0
            singles = 0
            for m in enum_class._member_map_.values():
                v = m._value_
                mask |= v
                if _power_of_two(v):
                    singles |= v
            type.__setattr__(enum_class, "_flag_mask_", mask)
            type.__setattr__(enum_class, "_singles_mask_", singles)
            all_bits = 2 ** mask.bit_length() - 1 if mask else 0
            type.__setattr__(enum_class, "_all_bits_", all_bits)
        if first_enum is not None and Enum is not None:
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name in classdict:
                    continue
                if (name in ("__str__", "__format__") and member_type is not object
                        and ReprEnum is not None and issubclass(enum_class, ReprEnum)):
                    if name == "__str__":
                        method = int.__repr__ if issubclass(member_type, int) else member_type.__str__
                    else:
                        method = member_type.__format__
                    type.__setattr__(enum_class, name, method)
                    continue
                enum_method = getattr(first_enum, name, None)
                found_method = getattr(enum_class, name)
                if found_method is getattr(object, name, None) or \
                        found_method is getattr(member_type, name, None):
                    type.__setattr__(enum_class, name, enum_method)
        return enum_class

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        if member_type_is_tuple(cls):
            args = (value,)
        new = cls.__new_member__
        if not cls._use_args_:
            enum_member = new(cls)
        else:
            enum_member = new(cls, *args)
        if not hasattr(enum_member, "_value_"):
            if cls._member_type_ is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = cls._member_type_(*args)
                except Exception:
                    enum_member._value_ = value
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(cls._member_names_)
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is not None:
            enum_member = canonical
        else:
            is_flag_alias = (Flag is not None and issubclass(cls, Flag)
                             and isinstance(value, int) and not _power_of_two(value) and value != 0)
            if not is_flag_alias:
                cls._member_names_.append(name)
        type.__setattr__(cls, name, enum_member)
        cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            cls._unhashable_values_.append(value)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return Enum.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        classdict = {}
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        classdict["__module__"] = module if module is not None else "__main__"
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return value in cls._unhashable_values_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f"{cls.__name__!r} cannot delete member {attr!r}.")
        super().__delattr__(attr)

    def __dir__(cls):
        return ["__class__", "__doc__", "__members__", "__module__"] + cls._member_names_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, Enum
        last = bases[-1]
        if not isinstance(last, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        return base._member_type_, last
                    continue
                return base, last
        return object, last


EnumMeta = EnumType


def member_type_is_tuple(cls):
    return cls._member_type_ is tuple


Flag = None
Enum = None
ReprEnum = None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and result is not None:
            return result
        ve_exc = ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError(f"error in {cls.__name__}._missing_: returned {result!r} "
                            f"instead of None or a valid member")
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = last_values[-1]
            return last + 1
        except TypeError:
            raise TypeError(f"unable to sort non-numeric values") from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return f"<{self.__class__.__name__}.{self._name_}: {v_repr(self._value_)}>"

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __dir__(self):
        names = ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]
        return names

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    def __setattr__(self, name, value):
        if name in ("name", "value") and hasattr(self, "_name_"):
            raise AttributeError(f"cannot set attribute {name!r}")
        object.__setattr__(self, name, value)

    @_builtin_property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @_builtin_property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


def _repr_enum_init_subclass(cls):
    mt = cls._member_type_
    if mt is not object:
        type.__setattr__(cls, "__str__", mt.__str__ if mt is not int else int.__repr__)
        type.__setattr__(cls, "__format__", mt.__format__)


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


_repr_enum_init_subclass(IntEnum)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f"too many arguments for str(): {values!r}")
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f"{values[0]!r} is not a string")
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    __new_member__ = __new__

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


_repr_enum_init_subclass(StrEnum)
StrEnum.__new__ = Enum.__new__


class Flag(Enum):
    """Support for flags"""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError(f"invalid flag value {last_value!r}") from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        if value & ~all_bits if all_bits else value:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        pseudo_member._value_ = value
        if value & flag_mask:
            names = [m._name_ for m in cls._iter_members_(value)]
            pseudo_member._name_ = "|".join(names)
        else:
            pseudo_member._name_ = None
        cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_.setdefault(neg_value, pseudo_member)
        return cls._value2member_map_[value]

    @classmethod
    def _iter_members_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ and m._value_ & value == m._value_:
                yield m

    def __iter__(self):
        return iter([m for m in self.__class__._iter_members_(self._value_)
                     if _power_of_two(m._value_)])

    def __len__(self):
        return bin(self._value_).count("1")

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(other).__qualname__!r} "
                            f"and {self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return f"<{cls_name}: {v_repr(self._value_)}>"
        return f"<{cls_name}.{self._name_}: {v_repr(self._value_)}>"

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f"{cls_name}({self._value_!r})"
        return f"{cls_name}.{self._name_}"

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags"""

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__


_repr_enum_init_subclass(IntFlag)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join([f"{alias} -> {name}" for (alias, name) in duplicates])
        raise ValueError(f"duplicate values found in {enumeration!r}: {alias_details}")
    return enumeration


def verify(*checks):
    return lambda enumeration: enumeration


def global_enum(cls, update_str=False):
    return cls
