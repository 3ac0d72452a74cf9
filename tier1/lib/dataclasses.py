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
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field("
                f"name={self.name!r},"
                f"type={self.type!r},"
                f"default={self.default!r},"
                f"default_factory={self.default_factory!r},"
                f"init={self.init!r},"
                f"repr={self.repr!r},"
                f"hash={self.hash!r},"
                f"compare={self.compare!r},"
                f"metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},"
                f"_field_type={self._field_type})")

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams("
                f"init={self.init!r},repr={self.repr!r},eq={self.eq!r},order={self.order!r},"
                f"unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})")


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
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
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
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

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
    try:
        flds = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in flds.values() if f._field_type is _FIELD)


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
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return obj


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return obj


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be "
                                 "specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
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
