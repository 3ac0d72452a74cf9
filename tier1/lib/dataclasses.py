"""Data classes (Strata's bundled implementation of the standard `dataclasses` module).

`@dataclass` reads the class's annotations in order and generates `__init__`, `__repr__`,
`__eq__`, ordering methods, `__hash__` and frozen-instance guards from them.
"""

__all__ = [
    "dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING",
    "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass",
]


class FrozenInstanceError(AttributeError):
    """Raised when assigning to a field of a frozen dataclass instance."""


class _MissingType:
    __slots__ = ()

    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class _KwOnlyType:
    __slots__ = ()

    def __repr__(self):
        return "KW_ONLY"


KW_ONLY = _KwOnlyType()


class InitVar:
    """Marks an init-only pseudo-field: passed to __init__ and __post_init__, not stored."""

    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = getattr(self.type, "__name__", None) or repr(self.type)
        return f"dataclasses.InitVar[{name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD = "_FIELD"
_FIELD_CLASSVAR = "_FIELD_CLASSVAR"
_FIELD_INITVAR = "_FIELD_INITVAR"

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"


class Field:
    """Describes one field of a dataclass (see `field()`)."""

    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init",
                 "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        # name, type and the field kind are filled in later, when the owning
        # class is processed; until then they stay None.
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.kw_only = kw_only
        self.metadata = dict(metadata) if metadata is not None else {}

    def __repr__(self):
        # Every public attribute is shown with repr(); the kind marker is shown bare.
        shown = ",".join(f"{attr}={getattr(self, attr)!r}" for attr in _FIELD_REPR_ORDER)
        return f"Field({shown},_field_type={self._field_type})"

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


_FIELD_REPR_ORDER = ("name", "type", "default", "default_factory", "init", "repr", "hash",
                     "compare", "metadata", "kw_only")


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        for slot, value in zip(self.__slots__, (init, repr, eq, order, unsafe_hash, frozen)):
            setattr(self, slot, value)

    def __repr__(self):
        inner = ",".join(f"{slot}={getattr(self, slot)!r}" for slot in self.__slots__)
        return f"_DataclassParams({inner})"


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields, with per-field options."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith(("ClassVar", "typing.ClassVar", "t.ClassVar"))
    return getattr(tp, "_is_classvar", False) is True


def _is_initvar(tp):
    if isinstance(tp, str):
        return tp.startswith(("InitVar", "dataclasses.InitVar"))
    return tp is InitVar or isinstance(tp, InitVar)


def _get_field(cls, name, tp, kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = _FIELD
    if _is_classvar(tp):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(tp):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f"field {f.name} cannot have a default factory")
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and isinstance(f.default, (list, dict, set)):
        raise ValueError(f"mutable default {type(f.default)} for field "
                         f"{f.name} is not allowed: use default_factory")
    return f


class _HasDefaultFactory:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


def _create_fn(name, args, body, globals_, qualname, return_type=MISSING):
    text = f"def {name}({', '.join(args)}):\n" + "".join(f"    {line}\n" for line in body)
    ns = {}
    exec(text, globals_, ns)
    fn = ns[name]
    fn.__qualname__ = f"{qualname}.{name}"
    return fn


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _tuple_str(obj_name, flds):
    if not flds:
        return "()"
    return "(" + ", ".join(f"{obj_name}.{f.name}" for f in flds) + ",)"


def _init_fn(cls, fields, std_fields, kw_only_fields, frozen, has_post_init, globals_):
    # Among positional parameters, once one has a default every later one needs one too.
    defaulted = None
    for f in std_fields:
        if not f.init:
            continue
        required = f.default is MISSING and f.default_factory is MISSING
        if not required:
            defaulted = f
        elif defaulted is not None:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")
    locals_ = {"MISSING": MISSING, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY,
               "__dataclass_builtins_object__": object}
    body = []

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default is not MISSING:
            locals_[f"_dflt_{f.name}"] = f.default
            return f"{f.name}=_dflt_{f.name}"
        return f"{f.name}=_HAS_DEFAULT_FACTORY"

    for f in fields:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            locals_[f"_dflt_factory_{f.name}"] = f.default_factory
            if f.init:
                value = (f"_dflt_factory_{f.name}() if {f.name} is _HAS_DEFAULT_FACTORY "
                         f"else {f.name}")
            else:
                value = f"_dflt_factory_{f.name}()"
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            locals_[f"_dflt_{f.name}"] = f.default
            value = f"_dflt_{f.name}"
        else:
            continue
        if frozen:
            body.append(f"__dataclass_builtins_object__.__setattr__(self, {f.name!r}, {value})")
        else:
            body.append(f"self.{f.name} = {value}")
    if has_post_init:
        initvars = ", ".join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f"self.__post_init__({initvars})")
    if not body:
        body = ["pass"]
    args = ["self"] + [param(f) for f in std_fields]
    if kw_only_fields:
        args += ["*"] + [param(f) for f in kw_only_fields]
    g = dict(globals_)
    g.update(locals_)
    return _create_fn("__init__", args, body, g, cls.__qualname__)


def _repr_running():
    return set()


_repr_active = set()


def _make_repr(flds):
    def __repr__(self):
        key = id(self)
        if key in _repr_active:
            return "..."
        _repr_active.add(key)
        try:
            parts = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in flds)
        finally:
            _repr_active.discard(key)
        return f"{self.__class__.__qualname__}({parts})"
    return __repr__


def _make_cmp(name, op, flds):
    names = [f.name for f in flds]

    def method(self, other):
        if other.__class__ is self.__class__:
            a = tuple(getattr(self, n) for n in names)
            b = tuple(getattr(other, n) for n in names)
            return op(a, b)
        return NotImplemented
    method.__name__ = name
    return method


def _frozen_setattr(self, name, value):
    if type(self) is self.__class__.__dataclass_cls__ or name in self.__class__.__dataclass_fields__:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")
    super(self.__class__.__dataclass_cls__, self).__setattr__(name, value)


def _frozen_delattr(self, name):
    if type(self) is self.__class__.__dataclass_cls__ or name in self.__class__.__dataclass_fields__:
        raise FrozenInstanceError(f"cannot delete field {name!r}")
    super(self.__class__.__dataclass_cls__, self).__delattr__(name)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots):
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if b.__dict__[_PARAMS].frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    kw = kw_only
    for name, tp in annotations.items():
        if tp is KW_ONLY or (isinstance(tp, str) and tp in ("KW_ONLY", "dataclasses.KW_ONLY")):
            kw = True
            continue
        cls_fields.append(_get_field(cls, name, tp, kw))
    for f in cls_fields:
        fields[f.name] = f
        # A field(...) object left as the class attribute gives way to the plain
        # default value, or disappears when the field has none.
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is not MISSING:
                setattr(cls, f.name, f.default)
            else:
                delattr(cls, f.name)
    unannotated = [name for name, value in cls.__dict__.items()
                   if isinstance(value, Field) and name not in annotations]
    if unannotated:
        raise TypeError(f"{unannotated[0]!r} is a field but has no type annotation")

    # Frozenness must agree with the dataclass bases, whichever way it differs.
    if has_dataclass_bases and any_frozen_base != bool(frozen):
        if frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
        raise TypeError("cannot inherit non-frozen dataclass from a frozen one")

    setattr(cls, _FIELDS, fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and "__eq__" in cls.__dict__))

    all_fields = list(fields.values())
    field_list = [f for f in all_fields if f._field_type is _FIELD]
    import sys
    module = sys.modules.get(cls.__module__)
    globals_ = dict(module.__dict__) if module is not None else {}

    if init:
        has_post_init = hasattr(cls, "__post_init__")
        init_fields = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR)]
        std = [f for f in init_fields if f.init and not f.kw_only]
        kwo = [f for f in init_fields if f.init and f.kw_only]
        _set_new_attribute(cls, "__init__",
                           _init_fn(cls, init_fields, std, kwo, frozen, has_post_init, globals_))

    if repr:
        flds = [f for f in field_list if f.repr]
        fn = _make_repr(flds)
        fn.__qualname__ = f"{cls.__qualname__}.__repr__"
        _set_new_attribute(cls, "__repr__", fn)

    if eq:
        cmp_fields = [f for f in field_list if f.compare]
        fn = _make_cmp("__eq__", lambda a, b: a == b, cmp_fields)
        fn.__qualname__ = f"{cls.__qualname__}.__eq__"
        _set_new_attribute(cls, "__eq__", fn)

    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        cmp_fields = [f for f in field_list if f.compare]
        for name, op in (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                         ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
            fn = _make_cmp(name, op, cmp_fields)
            fn.__qualname__ = f"{cls.__qualname__}.{name}"
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f"Cannot overwrite attribute {name} in class "
                                f"{cls.__name__}. Consider using functools.total_ordering")

    if frozen:
        cls.__dataclass_cls__ = cls
        for name, fn in (("__setattr__", _frozen_setattr), ("__delattr__", _frozen_delattr)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")

    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    names = [f.name for f in hash_fields]

    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in names))

    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = __hash__
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = __hash__
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, "__doc__"):
        params = ", ".join(f"{f.name}" for f in field_list if f.init)
        cls.__doc__ = f"{cls.__name__}({params})"

    if match_args:
        _set_new_attribute(cls, "__match_args__",
                           tuple(f.name for f in field_list if f.init and not f.kw_only))
    if slots:
        cls = _add_slots(cls, frozen)
    return cls


def _add_slots(cls, is_frozen):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    cls_dict["__slots__"] = field_names
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    qualname = getattr(cls, "__qualname__", None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        cls.__dataclass_cls__ = cls
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
              weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    table = getattr(class_or_instance, _FIELDS, None)
    if table is None:
        raise TypeError("must be called with a dataclass type or instance")
    # Pseudo-fields (ClassVar, InitVar) are kept in the table but not reported.
    return tuple([entry for entry in table.values() if entry._field_type is _FIELD])


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping
    field names to field values (recursing into dataclasses, lists, tuples and dicts)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")

    def pack(inst, convert):
        return dict_factory([(f.name, convert(getattr(inst, f.name))) for f in fields(inst)])
    return _deep_convert(obj, pack)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")

    def pack(inst, convert):
        return tuple_factory([convert(getattr(inst, f.name)) for f in fields(inst)])
    return _deep_convert(obj, pack)


def _deep_convert(root, pack):
    """Copy `root` recursively; dataclass instances are turned into plain data by
    `pack(instance, convert)`, containers are rebuilt with the same type."""
    def convert(value):
        if _is_dataclass_instance(value):
            return pack(value, convert)
        kind = type(value)
        if isinstance(value, dict):
            return kind((convert(k), convert(v)) for k, v in value.items())
        if isinstance(value, list):
            return kind(convert(item) for item in value)
        if isinstance(value, tuple):
            items = [convert(item) for item in value]
            # Named tuples take their items positionally, plain tuples an iterable.
            return kind(*items) if hasattr(value, "_fields") else kind(items)
        return value
    return convert(root)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for name, spec in getattr(obj, _FIELDS).items():
        kind = spec._field_type
        if kind is _FIELD_CLASSVAR:
            continue
        given = name in changes
        if not spec.init:
            if given:
                raise ValueError(f"field {name} is declared with init=False, it cannot be "
                                 "specified with replace()")
        elif not given:
            if kind is _FIELD_INITVAR and spec.default is MISSING:
                raise ValueError(f"InitVar {name!r} must be specified with replace()")
            changes[name] = getattr(obj, name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    """Return a new dynamically created dataclass."""
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            ns[name] = spec
        annotations[name] = tp
    ns["__annotations__"] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)
