"""Support for type hints (Strata's bundled implementation of the standard `typing` module).

Type hints are not checked at run time; this module makes the usual names importable and
subscriptable (`List[int]`, `Optional[str]`, `Callable[[int], str]`, ...), and provides the
runtime pieces programs rely on: TypeVar, Generic, Protocol (with @runtime_checkable),
NamedTuple and TypedDict class syntax, cast, overload, get_type_hints, NewType.
"""

import collections as _collections
import collections.abc as _abc
from abc import ABCMeta as _ABCMeta

TYPE_CHECKING = False


def _type_repr(obj):
    """How a type argument shows inside an alias repr: classes by (qualified) name, builtins
    without their module, functions by name, anything else by repr()."""
    if isinstance(obj, type):
        where = obj.__module__
        return obj.__qualname__ if where == "builtins" else where + "." + obj.__qualname__
    if obj is ...:
        return "..."
    if type(obj).__name__ == "function":
        return obj.__name__
    return repr(obj)


def _set_quietly(obj, name, value):
    """setattr() that silently gives up on objects refusing new attributes."""
    try:
        setattr(obj, name, value)
    except (AttributeError, TypeError):
        return False
    return True


class _UnionOperand:
    """Mixin: `X | Y` and `Y | X` build Union[X, Y] / Union[Y, X]."""

    __slots__ = ()

    def __or__(self, other):
        """self | other"""
        return Union[self, other]

    def __ror__(self, other):
        """other | self"""
        return Union[other, self]


def _type_check(arg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    """A string annotation not yet evaluated."""

    def __init__(self, arg):
        self.__forward_arg__ = arg

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __eq__(self, other):
        if isinstance(other, ForwardRef):
            return other.__forward_arg__ == self.__forward_arg__
        return False

    def __repr__(self):
        return "ForwardRef(%r)" % (self.__forward_arg__,)


class _Final:
    __slots__ = ()


class _SpecialForm(_UnionOperand, _Final):
    """A typing construct subscripted with its own rules (Union, Optional, ClassVar, ...)."""

    def __init__(self, name, getitem, doc=""):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        """Special forms are not classes: they cannot be instantiated..."""
        raise TypeError(f"Cannot instantiate {self!r}")

    def __mro_entries__(self, bases):
        """...nor be used as base classes."""
        raise TypeError(f"Cannot subclass {self!r}")

    def __reduce__(self):
        return self._name


class _AnyMeta(type):
    """Metaclass of Any: only Any itself gets the special repr and isinstance refusal."""

    def __repr__(self):
        return "typing.Any" if self is Any else super().__repr__()

    def __instancecheck__(self, obj):
        if self is not Any:
            return super().__instancecheck__(obj)
        raise TypeError("typing.Any cannot be used with isinstance()")


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


def _refuse_if_abstract(alias):
    """List, Dict, ... stand for builtins that should be called directly."""
    if not alias._inst:
        raise TypeError(f"Type {alias._name} cannot be instantiated; "
                        f"use {alias.__origin__.__name__}() instead")


def _origin_attribute(alias, attr):
    """Attribute lookups an alias does not answer itself go to its origin (dunders don't)."""
    if attr[:2] == "__" and attr[-2:] == "__":
        raise AttributeError(attr)
    return getattr(alias.__origin__, attr)


def _no_isinstance(alias, obj):
    raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _GenericAlias(_UnionOperand, _Final):
    """`origin[args]`: a parameterized generic (List[int], Dict[str, int], MyGeneric[T])."""

    def __init__(self, origin, args, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        checked = []
        for arg in args:
            checked.append(arg if arg is ... else _type_check(arg))
        self.__origin__ = origin
        self.__args__ = tuple(checked)
        self.__parameters__ = tuple([arg for arg in checked if isinstance(arg, TypeVar)])
        self._name = name
        self._inst = inst

    def __repr__(self):
        head = "typing." + self._name if self._name else _type_repr(self.__origin__)
        if not self.__args__:
            return head + "[()]"
        return head + "[" + ", ".join([_type_repr(arg) for arg in self.__args__]) + "]"

    def __eq__(self, other):
        if isinstance(other, _GenericAlias):
            return (self.__origin__, self.__args__) == (other.__origin__, other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        # Substitute the type variables, in order of first appearance, by params.
        mapping = dict(zip(self.__parameters__, params))
        filled = tuple([mapping.get(arg, arg) for arg in self.__args__])
        return self.__class__(self.__origin__, filled, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        _refuse_if_abstract(self)
        instance = self.__origin__(*args, **kwargs)
        _set_quietly(instance, "__orig_class__", self)
        return instance

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if self._name or origin is not Generic:
            return (origin,)
        # Generic[T] adds Generic as a base only when nothing later provides it already.
        if Protocol in bases:
            return ()
        later = bases[bases.index(self) + 1:]
        for base in later:
            if isinstance(base, _GenericAlias):
                return ()
            if isinstance(base, type) and issubclass(base, Generic):
                return ()
        return (origin,)

    __getattr__ = _origin_attribute
    __instancecheck__ = _no_isinstance
    __subclasscheck__ = _no_isinstance


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f"typing.Optional[{_type_repr(other)}]"
        return f"typing.Union[{', '.join(_type_repr(a) for a in args)}]"

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__ if isinstance(a, type))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__ if isinstance(a, type))


class _SpecialGenericAlias(_UnionOperand, _Final):
    """The unsubscripted aliases List, Dict, ...: subscripting makes a _GenericAlias."""

    def __init__(self, origin, nparams, name=None, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = origin.__name__ if name is None else name
        self._inst = inst

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        wanted = self._nparams
        got = len(params)
        if wanted == 0:
            raise TypeError(f"{self} is not a generic class")
        if wanted >= 0 and got != wanted:
            amount = "many" if got > wanted else "few"
            raise TypeError(f"Too {amount} arguments for {self}; actual {got}, expected {wanted}")
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        _refuse_if_abstract(self)
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    __getattr__ = _origin_attribute


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f"typing.Callable[..., {_type_repr(args[1])}]"
        params = ", ".join(_type_repr(a) for a in args[:-1])
        return f"typing.Callable[[{params}], {_type_repr(args[-1])}]"


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            flat = (..., result)
        else:
            if not isinstance(args, (list, tuple)):
                raise TypeError(f"Callable[args, result]: args must be a list. Got {args!r}")
            flat = tuple(args) + (result,)
        return _CallableGenericAlias(self.__origin__, flat, "Callable")


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), "Tuple")
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(tuple, params, "Tuple")


def _flatten_union(params):
    out = []
    for p in params:
        p = _type_check(p)
        if isinstance(p, _UnionGenericAlias):
            items = p.__args__
        else:
            items = (p,)
        for it in items:
            if it not in out:
                out.append(it)
    return tuple(out)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    params = _flatten_union(parameters)
    if len(params) == 1:
        return params[0]
    return _UnionGenericAlias(self, params)


def _optional_getitem(self, parameters):
    return Union[parameters, None]


class _WrapperAlias(_GenericAlias):
    """ClassVar[int], Final[int], Annotated[...], Literal[...], Type[X] reprs."""

    def __repr__(self):
        return f"typing.{self._name}[{', '.join(self._arg_reprs())}]"

    def _arg_reprs(self):
        if self._name == "Literal":
            return [repr(a.__forward_arg__) if isinstance(a, ForwardRef) else repr(a)
                    for a in self.__args__]
        shown = [_type_repr(a) for a in self.__args__]
        if self._name == "Annotated":
            shown.extend([repr(extra) for extra in self.__metadata__])
        return shown


def _classvar_getitem(self, parameters):
    alias = _WrapperAlias(self, (parameters,), "ClassVar")
    alias._is_classvar = True
    return alias


def _final_getitem(self, parameters):
    return _WrapperAlias(self, (parameters,), "Final")


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    alias = _WrapperAlias(self, (), "Literal")
    alias.__args__ = parameters
    alias.__parameters__ = ()
    return alias


def _annotated_getitem(self, parameters):
    if not isinstance(parameters, tuple) or len(parameters) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    alias = _WrapperAlias(self, (parameters[0],), "Annotated")
    alias.__metadata__ = parameters[1:]
    return alias


def _noparams(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


Union = _SpecialForm("Union", _union_getitem, "Union type; Union[X, Y] means either X or Y.")
Optional = _SpecialForm("Optional", _optional_getitem, "Optional[X] is Union[X, None].")
ClassVar = _SpecialForm("ClassVar", _classvar_getitem, "Special type construct to mark class variables.")
ClassVar._is_classvar = True
Final = _SpecialForm("Final", _final_getitem, "Special typing construct to indicate final names.")
Literal = _SpecialForm("Literal", _literal_getitem, "Special typing form to define literal types.")
Annotated = _SpecialForm("Annotated", _annotated_getitem, "Add context-specific metadata to a type.")
NoReturn = _SpecialForm("NoReturn", _noparams, "Special type indicating functions that never return.")
Never = _SpecialForm("Never", _noparams, "The bottom type.")
Self = _SpecialForm("Self", _noparams, "Used to spell the type of 'self'.")
LiteralString = _SpecialForm("LiteralString", _noparams, "Represents an arbitrary literal string.")
TypeAlias = _SpecialForm("TypeAlias", _noparams, "Special marker indicating that an assignment is a type alias.")
Concatenate = _SpecialForm("Concatenate", lambda self, p: _GenericAlias(self, p, "Concatenate"))
TypeGuard = _SpecialForm("TypeGuard", lambda self, p: _WrapperAlias(self, (p,), "TypeGuard"))
Required = _SpecialForm("Required", lambda self, p: _WrapperAlias(self, (p,), "Required"))
NotRequired = _SpecialForm("NotRequired", lambda self, p: _WrapperAlias(self, (p,), "NotRequired"))


class TypeVar(_UnionOperand, _Final):
    """Type variable: T = TypeVar('T'), with optional constraints or bound."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = tuple(_type_check(c) for c in constraints)
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            return "+" + self.__name__
        if self.__contravariant__:
            return "-" + self.__name__
        return "~" + self.__name__


class ParamSpec(_Final):
    """Parameter specification variable."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return "~" + self.__name__


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)


class Generic:
    """Abstract base class for generic types: class C(Generic[T]): ..."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type "
                                    f"variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        for base in cls.__dict__.get("__orig_bases__", ()):
            for p in getattr(base, "__parameters__", ()):
                if p not in tvars:
                    tvars.append(p)
        cls.__parameters__ = tuple(tvars)


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for attr in base.__dict__:
            if not attr.startswith("_abc_") and attr not in (
                    "__abstractmethods__", "__annotations__", "__weakref__", "_is_protocol",
                    "_is_runtime_protocol", "__dict__", "__args__", "__slots__", "__next_in_mro__",
                    "__parameters__", "__origin__", "__orig_bases__", "__extra__", "__tree_hash__",
                    "__doc__", "__subclasshook__", "__init__", "__new__", "__module__",
                    "_MutableMapping__marker", "__qualname__", "__protocol_attrs__"):
                attrs.add(attr)
        for attr in getattr(base, "__annotations__", {}):
            attrs.add(attr)
    return attrs


class _ProtocolMeta(_ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, "_is_protocol", False):
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if super().__instancecheck__(instance):
                return True
            for attr in _get_protocol_attrs(cls):
                if not hasattr(instance, attr):
                    return False
                if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                    return False
            return True
        return super().__instancecheck__(instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""

    __slots__ = ()
    _is_protocol, _is_runtime_protocol = True, False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # A class is itself a protocol only when Protocol is one of its direct bases.
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = Protocol in cls.__bases__
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init

    @classmethod
    def __subclasshook__(cls, other):
        if not cls.__dict__.get("_is_protocol", False):
            return NotImplemented
        if not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        ancestry = other.__mro__
        for attr in _get_protocol_attrs(cls):
            # The first class along other's MRO defining attr decides; None blocks it.
            owner = next((klass for klass in ancestry if attr in klass.__dict__), None)
            if owner is None or owner.__dict__[attr] is None:
                return NotImplemented
        return True


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError("Protocols cannot be instantiated")


def runtime_checkable(cls):
    """Mark a protocol class as usable with isinstance() and issubclass()."""
    if not issubclass(cls, Generic) or not getattr(cls, "_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, "
                        f"got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


runtime = runtime_checkable


def cast(typ, val):
    """Cast a value to a type: returns the value unchanged."""
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    return obj


def assert_never(arg, /):
    raise AssertionError(f"Expected code to be unreachable, but got: {arg!r}")


_OVERLOAD_CALLED = (
    "You should not call an overloaded function. A series of @overload-decorated "
    "functions outside a stub module should always be followed by an implementation "
    "that is not @overload-ed."
)


def overload(func):
    """Decorator for overloaded function signatures; the overloads themselves are not callable."""

    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(_OVERLOAD_CALLED)
    return _overload_dummy


def final(f):
    """Decorator marking a method or class final (not enforced at run time)."""
    _set_quietly(f, "__final__", True)
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    return lambda cls_or_fn: cls_or_fn


def type_check_only(func_or_cls):
    return func_or_cls


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _WrapperAlias) and tp._name == "Annotated":
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        if isinstance(tp.__origin__, _SpecialForm):
            return tp.__origin__
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The type arguments of a subscripted type: get_args(Dict[str, int]) is (str, int)."""
    if isinstance(tp, _WrapperAlias) and tp._name == "Annotated":
        return (tp.__args__[0],) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (merged along the MRO), module or function, with string
    annotations evaluated and None replaced by NoneType."""
    def resolve(value, g, l):
        if value is None:
            return type(None)
        if isinstance(value, str):
            value = eval(value, g, l)
        elif isinstance(value, ForwardRef):
            value = eval(value.__forward_arg__, g, l)
        return value

    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            import sys
            mod = sys.modules.get(base.__module__)
            g = globalns if globalns is not None else (mod.__dict__ if mod else {})
            l = localns if localns is not None else dict(vars(base))
            for name, value in ann.items():
                hints[name] = resolve(value, g, l)
        return hints
    ann = getattr(obj, "__annotations__", None) or {}
    g = globalns if globalns is not None else getattr(obj, "__globals__", {})
    for name, value in ann.items():
        hints[name] = resolve(value, g, localns)
    return hints


class NewType(_UnionOperand):
    """NewType('UserId', int): a callable returning its argument unchanged."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition(".")[2]
        self.__supertype__ = tp
        self.__module__ = "__main__"

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of NewType")


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if ns.get("_root", False):
            return super().__new__(cls, typename, bases, ns)
        types = ns.get("__annotations__", {})
        field_names = list(types)
        defaults = []
        for field_name in field_names:
            if field_name in ns:
                defaults.append(ns[field_name])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field{'s' if len(defaults) > 1 else ''} "
                                f"{', '.join(field_names[len(field_names) - len(defaults) - 1:][:len(defaults)])}")
        nm_tpl = _collections.namedtuple(typename, field_names, defaults=defaults,
                                         module=ns.get("__module__", "__main__"))
        nm_tpl.__annotations__ = dict(types)
        for key in ns:
            if key in ("__module__", "__qualname__", "__annotations__", "_root", "__doc__",
                       "__orig_bases__", "__classcell__"):
                if key == "__doc__" and ns[key] is not None:
                    nm_tpl.__doc__ = ns[key]
                continue
            if key in field_names:
                continue
            if key in ("_make", "_asdict", "_replace", "_fields", "_field_defaults", "__new__",
                       "__init__", "__slots__", "__getnewargs__"):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            setattr(nm_tpl, key, ns[key])
        if "__qualname__" in ns:
            nm_tpl.__qualname__ = ns["__qualname__"]
        return nm_tpl


class NamedTuple(metaclass=_NamedTupleMeta):
    """Typed version of namedtuple, used with class syntax: class P(NamedTuple): x: int"""

    _root = True

    def __new__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        return _collections.namedtuple(typename, [f for f, _ in fields])


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        tp_dict = super().__new__(cls, name, (dict,), ns)
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
        annotations.update(ns.get("__annotations__", {}))
        tp_dict.__annotations__ = annotations
        tp_dict.__total__ = total
        keys = set(annotations)
        tp_dict.__required_keys__ = frozenset(keys) if total else frozenset()
        tp_dict.__optional_keys__ = frozenset() if total else frozenset(keys)
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


class TypedDict(metaclass=_TypedDictMeta):
    """A dict with a fixed set of typed keys; instances are plain dicts."""


# The plain aliases: (name, origin, how many parameters it takes). The abstract ones can be
# called (they call the origin); those standing for builtins refuse to be instantiated.
for _alias_name, _origin, _arity in (
    ("Hashable", _abc.Hashable, 0), ("Sized", _abc.Sized, 0),
    ("Awaitable", _abc.Awaitable, 1), ("Coroutine", _abc.Coroutine, 3),
    ("AsyncIterable", _abc.AsyncIterable, 1), ("AsyncIterator", _abc.AsyncIterator, 1),
    ("Iterable", _abc.Iterable, 1), ("Iterator", _abc.Iterator, 1),
    ("Reversible", _abc.Reversible, 1), ("Container", _abc.Container, 1),
    ("Collection", _abc.Collection, 1), ("AbstractSet", _abc.Set, 1),
    ("MutableSet", _abc.MutableSet, 1), ("Mapping", _abc.Mapping, 2),
    ("MutableMapping", _abc.MutableMapping, 2), ("Sequence", _abc.Sequence, 1),
    ("MutableSequence", _abc.MutableSequence, 1), ("ByteString", _abc.ByteString, 0),
    ("Deque", _collections.deque, 1), ("MappingView", _abc.MappingView, 1),
    ("KeysView", _abc.KeysView, 1), ("ItemsView", _abc.ItemsView, 2),
    ("ValuesView", _abc.ValuesView, 1), ("DefaultDict", _collections.defaultdict, 2),
    ("OrderedDict", _collections.OrderedDict, 2), ("Counter", _collections.Counter, 1),
    ("ChainMap", _collections.ChainMap, 2), ("Generator", _abc.Generator, 3),
    ("AsyncGenerator", _abc.AsyncGenerator, 2),
):
    globals()[_alias_name] = _SpecialGenericAlias(_origin, _arity, name=_alias_name)
for _alias_name, _origin, _arity in (
    ("List", list, 1), ("Set", set, 1), ("FrozenSet", frozenset, 1), ("Dict", dict, 2),
    ("Type", type, 1),
):
    globals()[_alias_name] = _SpecialGenericAlias(_origin, _arity, name=_alias_name, inst=False)
del _alias_name, _origin, _arity

Callable = _CallableType(_abc.Callable, 2)
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
Text = str


class _SupportsProtocol(Protocol):
    __slots__ = ()


@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    __slots__ = ()

    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    __slots__ = ()

    def __round__(self, ndigits: int = 0):
        pass


del _SupportsProtocol
