//! The object model: the header and biased refcounts, tagged `Value`s, type objects, and the
//! payload of every builtin type with its core (non-Python-visible) operations. Raw pointers and
//! refcount manipulation stay in this module; the interpreter works with `Value` and payload
//! references. Python-visible methods are registered by `crate::builtins`.

pub mod bytearray;
pub mod dict;
pub mod exception;
pub mod func;
pub mod hashtable;
pub mod header;
pub mod int;
pub mod iter;
pub mod names;
pub mod numfmt;
pub mod percent;
pub mod seq;
pub mod set;
pub mod shared_words;
pub mod str;
pub mod typeobj;
pub mod value;
pub mod weakref;

use std::sync::OnceLock;

pub use exception::{ExcKind, PyErr, PyResult};
pub use typeobj::{Layout, TypeData};
pub use value::{Object, Payload, Value};

use typeobj::{alloc_immortal, dealloc_never, dealloc_plain, dealloc_sub, tflags};

/// A builtin, immortal type object.
#[derive(Clone, Copy)]
pub struct TypeRef(usize);

// SAFETY: builtin types are immortal and only mutated during single-threaded start-up
// (`init_builtin_types` and the method registration that follows it).
unsafe impl Send for TypeRef {}
// SAFETY: see above.
unsafe impl Sync for TypeRef {}

impl TypeRef {
    /// The type object as a Value (immortal: cloning costs nothing).
    #[inline(always)]
    pub fn value(self) -> Value {
        // SAFETY: builtin types are immortal objects; the refcount is not touched.
        unsafe { Value::from_raw_word(self.0) }
    }

    /// The raw word (ob_type of instances).
    #[inline(always)]
    pub fn raw(self) -> usize {
        self.0
    }

    #[inline(always)]
    pub fn type_data_static(self) -> &'static TypeData {
        // SAFETY: immortal type object, never freed.
        unsafe { &(*(self.0 as *const Object<TypeData>)).data }
    }

    /// True when `v`'s type is exactly this type.
    #[inline(always)]
    pub fn is_type_of(self, v: &Value) -> bool {
        match v.header() {
            Some(h) => h.ob_type.load(std::sync::atomic::Ordering::Relaxed) == self.0,
            None => false,
        }
    }
}

/// Every builtin type, created once at start-up.
pub struct BuiltinTypes {
    pub object: TypeRef,
    pub type_: TypeRef,
    pub none: TypeRef,
    pub not_implemented: TypeRef,
    pub ellipsis: TypeRef,
    pub int: TypeRef,
    pub bool_: TypeRef,
    pub float: TypeRef,
    pub str: TypeRef,
    pub bytes: TypeRef,
    pub bytearray: TypeRef,
    pub memoryview: TypeRef,
    pub list: TypeRef,
    pub tuple: TypeRef,
    pub dict: TypeRef,
    pub set: TypeRef,
    pub frozenset: TypeRef,
    pub range: TypeRef,
    pub slice: TypeRef,
    pub function: TypeRef,
    pub builtin_function: TypeRef,
    pub method_descriptor: TypeRef,
    pub method: TypeRef,
    pub code: TypeRef,
    pub cell: TypeRef,
    pub module: TypeRef,
    pub generator: TypeRef,
    pub property: TypeRef,
    pub staticmethod: TypeRef,
    pub classmethod: TypeRef,
    pub super_: TypeRef,
    pub member_descriptor: TypeRef,
    pub text_io: TypeRef,
    pub dict_keys: TypeRef,
    pub dict_values: TypeRef,
    pub dict_items: TypeRef,
    /// Compiled regular expressions (`builtins::re::module`).
    pub re_program: TypeRef,
    pub thread_lock: TypeRef,
    pub thread_rlock: TypeRef,
    pub weakref: TypeRef,
    /// Iterator types, by kind (see `iter::IterKind::type_name`).
    pub iters: Vec<TypeRef>,
    /// Exception types, indexed by `ExcKind as usize`.
    pub exceptions: Vec<TypeRef>,
}

/// Immortal singletons.
pub struct Singletons {
    pub none: Value,
    pub true_: Value,
    pub false_: Value,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub empty_tuple: Value,
    pub empty_str: Value,
}

// SAFETY: singletons are immortal and never mutated.
unsafe impl Send for Singletons {}
// SAFETY: see above.
unsafe impl Sync for Singletons {}

static BUILTIN_TYPES: OnceLock<BuiltinTypes> = OnceLock::new();
static SINGLETONS: OnceLock<Singletons> = OnceLock::new();

/// The builtin types. Panics only if called before `init` (an internal ordering bug).
#[inline(always)]
pub fn builtin_types() -> &'static BuiltinTypes {
    match BUILTIN_TYPES.get() {
        Some(t) => t,
        None => init_types(),
    }
}

/// The immortal singletons.
#[inline(always)]
pub fn singletons() -> &'static Singletons {
    match SINGLETONS.get() {
        Some(s) => s,
        None => init_singletons(),
    }
}

#[inline(always)]
pub fn none() -> Value {
    singletons().none.clone()
}

#[inline(always)]
pub fn bool_value(b: bool) -> Value {
    if b {
        singletons().true_.clone()
    } else {
        singletons().false_.clone()
    }
}

#[inline(always)]
pub fn not_implemented() -> Value {
    singletons().not_implemented.clone()
}

/// The object payload of `object()` and plain singletons: nothing.
pub struct EmptyData;

impl Payload for EmptyData {
    const LAYOUT: Layout = Layout::Object;
}

/// Payload of None.
pub struct NoneData;
impl Payload for NoneData {
    const LAYOUT: Layout = Layout::None;
}

/// Payload of NotImplemented.
pub struct NotImplementedData;
impl Payload for NotImplementedData {
    const LAYOUT: Layout = Layout::NotImplemented;
}

/// Payload of Ellipsis.
pub struct EllipsisData;
impl Payload for EllipsisData {
    const LAYOUT: Layout = Layout::Ellipsis;
}

fn make_type(
    type_raw: usize,
    name: &str,
    layout: Layout,
    flags: u32,
    bases: Vec<Value>,
    dealloc: header::DeallocFn,
    inst_offset: usize,
) -> TypeRef {
    let data = TypeData::new(name, layout, flags, bases, dealloc, inst_offset, Vec::new());
    let v = alloc_immortal(type_raw, data);
    TypeRef(v.into_raw())
}

/// Computes a builtin type's MRO: itself, then its base's MRO (builtin types have one base).
fn set_linear_mro(t: TypeRef) {
    let data = t.type_data_static();
    let mut mro = vec![t.value()];
    if let Some(base) = data.bases.first() {
        mro.extend(typeobj::type_data_of(base).mro());
    }
    data.set_mro(mro);
}

#[cold]
fn init_types() -> &'static BuiltinTypes {
    BUILTIN_TYPES.get_or_init(build_types)
}

#[cold]
fn init_singletons() -> &'static Singletons {
    SINGLETONS.get_or_init(|| {
        let t = builtin_types();
        Singletons {
            none: alloc_immortal(t.none.raw(), NoneData),
            true_: alloc_immortal(t.bool_.raw(), int::BoolData(true)),
            false_: alloc_immortal(t.bool_.raw(), int::BoolData(false)),
            not_implemented: alloc_immortal(t.not_implemented.raw(), NotImplementedData),
            ellipsis: alloc_immortal(t.ellipsis.raw(), EllipsisData),
            empty_tuple: alloc_immortal(t.tuple.raw(), seq::TupleData::new(Vec::new())),
            empty_str: str::intern(""),
        }
    })
}

fn build_types() -> BuiltinTypes {
    use Layout as L;
    // `type` is its own type: allocate it first, then patch its ob_type.
    let type_ = make_type(
        0,
        "type",
        L::Type,
        tflags::BASETYPE,
        Vec::new(),
        dealloc_plain::<TypeData>,
        0,
    );
    type_.type_data_static().set_mro(Vec::new()); // replaced below once `object` exists
                                                  // SAFETY: the type object was just created and is not shared yet.
    unsafe {
        (*(type_.raw() as *const header::ObjHeader))
            .ob_type
            .store(type_.raw(), std::sync::atomic::Ordering::Relaxed)
    };
    let tr = type_.raw();
    let object = make_type(
        tr,
        "object",
        L::Object,
        tflags::BASETYPE,
        Vec::new(),
        dealloc_plain::<EmptyData>,
        0,
    );
    set_linear_mro(object);
    let obj_base = || vec![object.value()];
    // Patch `type`'s base and MRO now that `object` exists.
    // SAFETY: single-threaded start-up; `type` is not visible to Python yet.
    unsafe {
        let data = &mut (*(type_.raw() as *mut Object<TypeData>)).data;
        data.bases = obj_base();
    }
    set_linear_mro(type_);

    let simple = |name: &str, layout: Layout, flags: u32, dealloc: header::DeallocFn| {
        let t = make_type(tr, name, layout, flags, obj_base(), dealloc, 0);
        set_linear_mro(t);
        t
    };
    let base = tflags::BASETYPE;
    let leaf = base | tflags::LEAF;
    let int = simple("int", L::Int, leaf, dealloc_plain::<int::IntData>);
    let bool_ = make_type(tr, "bool", L::Bool, 0, vec![int.value()], dealloc_never, 0);
    set_linear_mro(bool_);
    let iter_names = iter::IterKind::TYPE_NAMES;
    let iters = iter_names
        .iter()
        .map(|n| simple(n, L::Iter, 0, dealloc_plain::<iter::IterData>))
        .collect();

    let exceptions = exception::build_exception_types(tr, object);

    BuiltinTypes {
        object,
        type_,
        none: simple("NoneType", L::None, 0, dealloc_never),
        not_implemented: simple("NotImplementedType", L::NotImplemented, 0, dealloc_never),
        ellipsis: simple("ellipsis", L::Ellipsis, 0, dealloc_never),
        int,
        bool_,
        float: simple("float", L::Float, leaf, int::dealloc_float),
        str: simple("str", L::Str, leaf, dealloc_plain::<str::StrData>),
        bytes: simple("bytes", L::Bytes, leaf, dealloc_plain::<seq::BytesData>),
        bytearray: simple(
            "bytearray",
            L::ByteArray,
            base,
            dealloc_plain::<bytearray::ByteArrayData>,
        ),
        memoryview: simple(
            "memoryview",
            L::MemoryView,
            0,
            dealloc_plain::<bytearray::MemoryViewData>,
        ),
        list: simple("list", L::List, base, dealloc_plain::<seq::ListData>),
        tuple: simple("tuple", L::Tuple, base, dealloc_plain::<seq::TupleData>),
        dict: simple("dict", L::Dict, base, dealloc_plain::<dict::DictData>),
        set: simple("set", L::Set, base, dealloc_plain::<set::SetData>),
        frozenset: simple(
            "frozenset",
            L::FrozenSet,
            base,
            dealloc_plain::<set::FrozenSetData>,
        ),
        range: simple("range", L::Range, 0, dealloc_plain::<seq::RangeData>),
        slice: simple("slice", L::Slice, 0, dealloc_plain::<seq::SliceData>),
        function: simple(
            "function",
            L::Function,
            0,
            dealloc_plain::<func::FunctionData>,
        ),
        builtin_function: simple(
            "builtin_function_or_method",
            L::Builtin,
            0,
            dealloc_plain::<func::BuiltinData>,
        ),
        method_descriptor: simple(
            "method_descriptor",
            L::Builtin,
            0,
            dealloc_plain::<func::BuiltinData>,
        ),
        method: simple("method", L::Method, 0, dealloc_plain::<func::MethodData>),
        code: simple("code", L::Code, 0, dealloc_plain::<func::CodeData>),
        cell: simple("cell", L::Cell, 0, dealloc_plain::<func::CellData>),
        module: simple("module", L::Module, base, dealloc_plain::<func::ModuleData>),
        generator: simple(
            "generator",
            L::Generator,
            // Finalized so that a generator dropped while suspended is closed (its `finally`
            // blocks run), as in CPython.
            tflags::HAS_FINALIZER,
            dealloc_plain::<crate::interp::generator::GenData>,
        ),
        property: simple(
            "property",
            L::Property,
            base,
            dealloc_plain::<func::PropertyData>,
        ),
        staticmethod: simple(
            "staticmethod",
            L::StaticMethod,
            base,
            dealloc_plain::<func::StaticMethodData>,
        ),
        classmethod: simple(
            "classmethod",
            L::ClassMethod,
            base,
            dealloc_plain::<func::ClassMethodData>,
        ),
        super_: simple("super", L::Super, base, dealloc_plain::<func::SuperData>),
        member_descriptor: simple(
            "member_descriptor",
            L::MemberDescr,
            0,
            dealloc_plain::<func::MemberDescrData>,
        ),
        text_io: simple(
            "TextIOWrapper",
            L::File,
            0,
            dealloc_plain::<crate::builtins::io::FileData>,
        ),
        dict_keys: simple(
            "dict_keys",
            L::DictView,
            0,
            dealloc_plain::<dict::DictViewData>,
        ),
        dict_values: simple(
            "dict_values",
            L::DictView,
            0,
            dealloc_plain::<dict::DictViewData>,
        ),
        dict_items: simple(
            "dict_items",
            L::DictView,
            0,
            dealloc_plain::<dict::DictViewData>,
        ),
        re_program: simple(
            "re_program",
            L::ReProgram,
            0,
            dealloc_plain::<crate::builtins::re::module::ReProgramData>,
        ),
        thread_lock: simple(
            "lock",
            L::ThreadLock,
            0,
            dealloc_plain::<crate::builtins::thread_mod::ThreadLockData>,
        ),
        thread_rlock: simple(
            "RLock",
            L::ThreadLock,
            0,
            dealloc_plain::<crate::builtins::thread_mod::ThreadLockData>,
        ),
        weakref: simple(
            "ReferenceType",
            L::WeakRef,
            base,
            dealloc_plain::<weakref::WeakRefData>,
        ),
        iters,
        exceptions,
    }
}

/// Picks the dealloc hook for instances of a Python class whose native base has `layout`.
pub fn sub_dealloc_for(layout: Layout) -> Option<(header::DeallocFn, usize)> {
    use typeobj::instance_data_offset as off;
    Some(match layout {
        Layout::Object => (dealloc_sub::<EmptyData>, off::<EmptyData>()),
        Layout::Int => (dealloc_sub::<int::IntData>, off::<int::IntData>()),
        Layout::Float => (dealloc_sub::<int::FloatData>, off::<int::FloatData>()),
        Layout::Str => (dealloc_sub::<str::StrData>, off::<str::StrData>()),
        Layout::Bytes => (dealloc_sub::<seq::BytesData>, off::<seq::BytesData>()),
        Layout::ByteArray => (
            dealloc_sub::<bytearray::ByteArrayData>,
            off::<bytearray::ByteArrayData>(),
        ),
        Layout::List => (dealloc_sub::<seq::ListData>, off::<seq::ListData>()),
        Layout::Tuple => (dealloc_sub::<seq::TupleData>, off::<seq::TupleData>()),
        Layout::Dict => (dealloc_sub::<dict::DictData>, off::<dict::DictData>()),
        Layout::Set => (dealloc_sub::<set::SetData>, off::<set::SetData>()),
        Layout::FrozenSet => (
            dealloc_sub::<set::FrozenSetData>,
            off::<set::FrozenSetData>(),
        ),
        Layout::Exception => (
            dealloc_sub::<exception::ExcData>,
            off::<exception::ExcData>(),
        ),
        Layout::Module => (dealloc_sub::<func::ModuleData>, off::<func::ModuleData>()),
        Layout::WeakRef => (
            dealloc_sub::<weakref::WeakRefData>,
            off::<weakref::WeakRefData>(),
        ),
        Layout::Property => (
            dealloc_sub::<func::PropertyData>,
            off::<func::PropertyData>(),
        ),
        Layout::StaticMethod => (
            dealloc_sub::<func::StaticMethodData>,
            off::<func::StaticMethodData>(),
        ),
        Layout::ClassMethod => (
            dealloc_sub::<func::ClassMethodData>,
            off::<func::ClassMethodData>(),
        ),
        Layout::Super => (dealloc_sub::<func::SuperData>, off::<func::SuperData>()),
        Layout::Type => (dealloc_sub::<TypeData>, off::<TypeData>()),
        _ => return None,
    })
}
