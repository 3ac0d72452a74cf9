//! Callable and namespace payloads: code objects (runtime form of `bytecode::CodeObject`),
//! Python functions, native (builtin) functions and method descriptors, bound methods, cells,
//! modules, and the descriptor types property/staticmethod/classmethod/super/member.
//! Calling and binding semantics live in `interp`; this module only holds the data.

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicU16, AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;

use crate::bytecode::{CodeObject, Constant};

use super::exception::PyResult;
use super::int::{int_from_bigint, new_float};
use super::seq::{new_bytes, new_tuple};
use super::str::{intern, new_str};
use super::typeobj::{alloc, Layout};
use super::value::{Object, Payload, Value};
use super::{bool_value, builtin_types, none, singletons};
use crate::thread::critical::ObjLock;
use crate::thread::seqlock::SeqCount;

/// Runtime code object: the compiled code plus its constants and names as Values.
pub struct CodeData {
    pub code: Arc<CodeObject>,
    pub consts: Vec<Value>,
    pub names: Vec<Value>,
    pub varnames: Vec<Value>,
    /// cellvars followed by freevars.
    pub cell_names: Vec<Value>,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    /// LOAD_GLOBAL results by name index, guarded by dict keys versions. A side table until
    /// the specializer moves global caching into the instructions' inline caches.
    pub global_cache: Box<[GlobalCacheSlot]>,
    /// Module attribute reads by name index (`specialize::module_attr`).
    pub module_attr_cache: Box<[crate::specialize::module_attr::ModuleAttrSlot]>,
    /// The instructions as executed: a copy of `code.code` whose inline-cache units the
    /// specializer writes (opcode units are never rewritten yet). Shared by every thread:
    /// units are atomics (relaxed loads are plain loads), and each cache validates what it
    /// reads with its own sequence (`specialize::attr`), so a torn read is a miss.
    pub units: Box<[AtomicU16]>,
    /// Copies of the `code` fields that every call reads (kept beside the payload so a call
    /// does not chase the `Arc`).
    pub flags: u32,
    pub arg_count: u32,
    pub kwonly_arg_count: u32,
    pub nlocals: u32,
    pub ncellvars: u32,
    pub max_stack: u32,
}

/// Where a global name was found: an entry position in globals, or in builtins (valid while
/// both dicts keep the recorded keys versions). Versions are never 0, so 0 marks "empty".
#[derive(Clone, Copy, Default, PartialEq, Debug)]
pub struct GlobalCacheEntry {
    pub globals_version: u64,
    pub builtins_version: u64,
    pub index: u32,
    pub in_builtins: bool,
    /// `mutations()` of the dict holding the value when `value_word` was recorded.
    pub mutations: u64,
    /// The value's word, held without a reference: valid while the holding dict's mutation
    /// count is unchanged (a value it lets go of meanwhile is released through QSBR).
    pub value_word: usize,
}

/// One LOAD_GLOBAL cache entry, shared by every thread running the code: a sequence lock
/// (odd while a writer fills it) makes a read that overlaps a write come back as a miss.
#[derive(Default)]
pub struct GlobalCacheSlot {
    seq: SeqCount,
    globals_version: AtomicU64,
    builtins_version: AtomicU64,
    /// Entry index; the top bit marks "found in builtins".
    index: AtomicU32,
    mutations: AtomicU64,
    value_word: AtomicUsize,
}

const IN_BUILTINS_BIT: u32 = 1 << 31;

impl GlobalCacheSlot {
    /// The entry, or None while a writer is filling it (a miss for the caller).
    #[inline(always)]
    pub fn get(&self) -> Option<GlobalCacheEntry> {
        let before = self.seq.read_begin()?;
        let entry = GlobalCacheEntry {
            globals_version: self.globals_version.load(Ordering::Relaxed),
            builtins_version: self.builtins_version.load(Ordering::Relaxed),
            index: self.index.load(Ordering::Relaxed) & !IN_BUILTINS_BIT,
            in_builtins: self.index.load(Ordering::Relaxed) & IN_BUILTINS_BIT != 0,
            mutations: self.mutations.load(Ordering::Relaxed),
            value_word: self.value_word.load(Ordering::Relaxed),
        };
        self.seq.read_valid(before).then_some(entry)
    }

    /// Records an entry, unless another thread is recording one right now (then this one is
    /// dropped: the cache is only a hint). Indexes that do not fit are not cached.
    pub fn set(&self, entry: GlobalCacheEntry) {
        if entry.index & IN_BUILTINS_BIT != 0 {
            return;
        }
        let Some(seq) = self.seq.write_begin() else {
            return;
        };
        self.globals_version
            .store(entry.globals_version, Ordering::Relaxed);
        self.builtins_version
            .store(entry.builtins_version, Ordering::Relaxed);
        let bit = if entry.in_builtins {
            IN_BUILTINS_BIT
        } else {
            0
        };
        self.index.store(entry.index | bit, Ordering::Relaxed);
        self.mutations.store(entry.mutations, Ordering::Relaxed);
        self.value_word.store(entry.value_word, Ordering::Relaxed);
        self.seq.write_end(seq);
    }
}

impl Payload for CodeData {
    const LAYOUT: Layout = Layout::Code;
}

/// Converts a compiled constant into a Value (nested code becomes a code object).
pub fn constant_value(c: &Constant) -> Value {
    match c {
        Constant::None => none(),
        Constant::Bool(b) => bool_value(*b),
        Constant::Ellipsis => singletons().ellipsis.clone(),
        Constant::Int(i) => int_from_bigint(i.clone()),
        Constant::Float(f) => new_float(*f),
        Constant::Str(s) => intern(s),
        Constant::Bytes(b) => new_bytes(b.clone()),
        Constant::Tuple(items) => new_tuple(items.iter().map(constant_value).collect()),
        Constant::Code(code) => new_code(code.clone()),
    }
}

/// A code object Value for compiled code.
pub fn new_code(code: Arc<CodeObject>) -> Value {
    let consts = code.consts.iter().map(constant_value).collect();
    let names = code.names.iter().map(|n| intern(n)).collect();
    let varnames = code.varnames.iter().map(|n| intern(n)).collect();
    let cell_names = code
        .cellvars
        .iter()
        .chain(code.freevars.iter())
        .map(|n| intern(n))
        .collect();
    let global_cache = (0..code.names.len())
        .map(|_| GlobalCacheSlot::default())
        .collect();
    let units = code.code.iter().map(|&u| AtomicU16::new(u)).collect();
    let data = CodeData {
        flags: code.flags,
        arg_count: code.arg_count,
        kwonly_arg_count: code.kwonly_arg_count,
        nlocals: code.varnames.len() as u32,
        ncellvars: code.cellvars.len() as u32,
        max_stack: code.max_stack,
        units,
        global_cache,
        module_attr_cache: (0..code.names.len()).map(|_| Default::default()).collect(),
        name: intern(&code.name),
        qualname: new_str(&code.qualname),
        filename: new_str(&code.filename),
        code,
        consts,
        names,
        varnames,
        cell_names,
    };
    let code = alloc(&builtin_types().code.value(), data);
    crate::memory::deferred::mark_deferred(&code);
    code
}

static NEXT_FUNC_VERSION: AtomicU32 = AtomicU32::new(1);

/// A Python function.
pub struct FunctionData {
    /// Guards the mutable fields below except `code`.
    lock: ObjLock,
    /// The code object, as an owned reference's word. Read without a lock (every call reads
    /// it); a replaced code object is released through QSBR, so a reader that loaded the old
    /// word can still take a reference to it.
    code: AtomicUsize,
    pub globals: Value,
    pub builtins: Value,
    name: UnsafeCell<Value>,
    qualname: UnsafeCell<Value>,
    defaults: UnsafeCell<Option<Value>>,
    kwdefaults: UnsafeCell<Option<Value>>,
    pub closure: Option<Value>,
    doc: UnsafeCell<Value>,
    dict: UnsafeCell<Option<Value>>,
    pub module: Value,
    annotations: UnsafeCell<Option<Value>>,
    /// Guards specialized calls; bumped when code/defaults/kwdefaults change. Python-level
    /// assignments of those attributes happen with the world stopped, so no thread is between
    /// a version check and the call it guards.
    pub version: AtomicU32,
}

impl Payload for FunctionData {
    const LAYOUT: Layout = Layout::Function;
    const GC: bool = true;
}

/// Fields of a new function.
pub struct FunctionParts {
    pub code: Value,
    pub globals: Value,
    pub builtins: Value,
    pub defaults: Option<Value>,
    pub kwdefaults: Option<Value>,
    pub closure: Option<Value>,
    pub annotations: Option<Value>,
    pub module: Value,
}

// SAFETY (for the accessors below): every borrow of a cell lives inside the function's
// critical section; accessors clone out or swap (the caller drops what comes back, after the
// critical section), and never run Python code under a borrow.
impl FunctionData {
    pub fn new(parts: FunctionParts) -> FunctionData {
        let (name, qualname, doc) = match parts.code.downcast::<CodeData>() {
            Some(c) => (
                c.name.clone(),
                c.qualname.clone(),
                c.code.docstring.as_deref().map_or_else(none, new_str),
            ),
            None => (intern("?"), intern("?"), none()),
        };
        for namespace in [&parts.globals, &parts.builtins] {
            if let Some(d) = namespace.downcast::<super::dict::DictData>() {
                d.watch();
            }
        }
        FunctionData {
            lock: ObjLock::new(),
            code: AtomicUsize::new(parts.code.into_raw()),
            globals: parts.globals,
            builtins: parts.builtins,
            name: UnsafeCell::new(name),
            qualname: UnsafeCell::new(qualname),
            defaults: UnsafeCell::new(parts.defaults),
            kwdefaults: UnsafeCell::new(parts.kwdefaults),
            closure: parts.closure,
            doc: UnsafeCell::new(doc),
            dict: UnsafeCell::new(None),
            module: parts.module,
            annotations: UnsafeCell::new(parts.annotations),
            version: AtomicU32::new(NEXT_FUNC_VERSION.fetch_add(1, Ordering::Relaxed)),
        }
    }

    fn bump_version(&self) {
        self.version.store(
            NEXT_FUNC_VERSION.fetch_add(1, Ordering::Relaxed),
            Ordering::Release,
        );
    }

    /// A new reference to the code object.
    #[inline(always)]
    pub fn code_value(&self) -> Value {
        let word = self.code.load(Ordering::Acquire);
        // SAFETY: the word is a live code object: the function holds it, or `set_code` replaced
        // it and released it through QSBR, which waits until this thread's next quiescent point
        // (this call is not one).
        unsafe { Value::from_raw_borrowed(word as *const _) }
    }

    /// The code payload, borrowed until the calling thread's next quiescent point (eval-breaker
    /// check or blocking call): do not keep it across Python code; take `code_value` instead.
    #[inline(always)]
    pub fn code(&self) -> &CodeData {
        let word = self.code.load(Ordering::Acquire);
        // SAFETY: as in `code_value`; `code` always holds a code object (set_code checks).
        unsafe { &(*(word as *const Object<CodeData>)).data }
    }

    /// Replaces the code object (`f.__code__ = c`); None when `code` is not a code object. The
    /// old one is released after every thread's next quiescent point.
    pub fn set_code(&self, code: Value) -> Option<()> {
        code.downcast::<CodeData>()?;
        self.bump_version();
        let old = self.code.swap(code.into_raw(), Ordering::AcqRel);
        // SAFETY: the word was the function's owned reference; ownership moves to QSBR.
        crate::thread::qsbr::defer_drop(unsafe { Value::from_raw_word(old) });
        Some(())
    }

    pub fn name(&self) -> Value {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { (*self.name.get()).clone() }
    }

    pub fn set_name(&self, v: Value) -> Value {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { std::mem::replace(&mut *self.name.get(), v) }
    }

    pub fn qualname(&self) -> Value {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { (*self.qualname.get()).clone() }
    }

    pub fn set_qualname(&self, v: Value) -> Value {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { std::mem::replace(&mut *self.qualname.get(), v) }
    }

    pub fn defaults(&self) -> Option<Value> {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { (*self.defaults.get()).clone() }
    }

    pub fn set_defaults(&self, v: Option<Value>) -> Option<Value> {
        self.bump_version();
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { std::mem::replace(&mut *self.defaults.get(), v) }
    }

    pub fn kwdefaults(&self) -> Option<Value> {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { (*self.kwdefaults.get()).clone() }
    }

    pub fn set_kwdefaults(&self, v: Option<Value>) -> Option<Value> {
        self.bump_version();
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { std::mem::replace(&mut *self.kwdefaults.get(), v) }
    }

    pub fn doc(&self) -> Value {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { (*self.doc.get()).clone() }
    }

    pub fn set_doc(&self, v: Value) -> Value {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { std::mem::replace(&mut *self.doc.get(), v) }
    }

    pub fn dict(&self) -> Option<Value> {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { (*self.dict.get()).clone() }
    }

    pub fn set_dict(&self, v: Value) -> Option<Value> {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { (*self.dict.get()).replace(v) }
    }

    pub fn annotations(&self) -> Option<Value> {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { (*self.annotations.get()).clone() }
    }

    pub fn set_annotations(&self, v: Option<Value>) -> Option<Value> {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { std::mem::replace(&mut *self.annotations.get(), v) }
    }
}

impl FunctionData {
    /// Reports every reference the object holds (for the cycle collector; no Python code runs).
    pub fn visit_refs(&self, visit: &mut dyn FnMut(&Value)) {
        let code = self.code.load(Ordering::Acquire);
        // SAFETY: the word is the function's owned reference; borrowed for the call only.
        visit(&std::mem::ManuallyDrop::new(unsafe {
            Value::from_raw_word(code)
        }));
        visit(&self.globals);
        visit(&self.builtins);
        visit(&self.module);
        self.closure.iter().for_each(&mut *visit);
        let _cs = self.lock.enter();
        // SAFETY: inside the function's critical section; `visit` only reads.
        unsafe {
            visit(&*self.name.get());
            visit(&*self.qualname.get());
            visit(&*self.doc.get());
            (*self.defaults.get()).iter().for_each(&mut *visit);
            (*self.kwdefaults.get()).iter().for_each(&mut *visit);
            (*self.dict.get()).iter().for_each(&mut *visit);
            (*self.annotations.get()).iter().for_each(&mut *visit);
        }
    }

    /// Takes the replaceable references out (the collector breaking a cycle).
    pub fn clear_refs(&self) -> Vec<Value> {
        let _cs = self.lock.enter();
        // SAFETY: inside the function's critical section.
        unsafe {
            [
                (*self.defaults.get()).take(),
                (*self.kwdefaults.get()).take(),
                (*self.dict.get()).take(),
                (*self.annotations.get()).take(),
            ]
            .into_iter()
            .flatten()
            .collect()
        }
    }
}

impl Drop for FunctionData {
    fn drop(&mut self) {
        let word = *self.code.get_mut();
        // SAFETY: the word is the function's owned reference to its code object.
        drop(unsafe { Value::from_raw_word(word) });
    }
}

/// Arguments of a native call: positional arguments followed by keyword values, whose names are
/// `kwnames` (vectorcall layout: no allocation for keyword calls).
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub all: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn positional_only(args: &'a [Value]) -> Args<'a> {
        Args {
            all: args,
            kwnames: &[],
        }
    }

    #[inline(always)]
    pub fn positional(&self) -> &'a [Value] {
        &self.all[..self.all.len() - self.kwnames.len()]
    }

    /// Keyword arguments as (name, value) pairs.
    pub fn keywords(&self) -> impl Iterator<Item = (&'a Value, &'a Value)> {
        let values = &self.all[self.all.len() - self.kwnames.len()..];
        self.kwnames.iter().zip(values.iter())
    }

    /// The keyword argument named `name`, if passed.
    pub fn keyword(&self, name: &str) -> Option<&'a Value> {
        self.keywords()
            .find(|(k, _)| super::str::as_str(k) == Some(name))
            .map(|(_, v)| v)
    }
}

/// A native function: receives the interpreter and the arguments (method descriptors get `self`
/// as the first positional argument).
pub type NativeFn = fn(&mut crate::interp::Vm, Args<'_>) -> PyResult<Value>;

/// A builtin function, method descriptor (unbound, `self_` None) or bound builtin method.
pub struct BuiltinData {
    pub name: &'static str,
    pub func: NativeFn,
    pub self_: Option<Value>,
    /// The type a method descriptor belongs to (for error messages and `__qualname__`).
    pub owner: Option<Value>,
    /// What the builtin needs from its caller's frame, which only the evaluation loop has.
    pub frame_use: CallerFrameUse,
}

/// Builtins the evaluation loop answers itself when Python code calls them directly, because
/// they read the calling frame.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CallerFrameUse {
    None,
    /// `locals()` and `vars()` without arguments: the frame's local namespace.
    Locals,
    /// `sys._getframe([depth])`: snapshots of the frames.
    GetFrame,
}

impl Payload for BuiltinData {
    const LAYOUT: Layout = Layout::Builtin;
    const GC: bool = true;
}

/// A module-level builtin function (immortal when registered at start-up).
pub fn new_builtin(name: &'static str, func: NativeFn) -> Value {
    new_frame_builtin(name, func, CallerFrameUse::None)
}

/// A module-level builtin function that the evaluation loop answers from the calling frame
/// (`func` runs only when it is reached from native code).
pub fn new_frame_builtin(name: &'static str, func: NativeFn, frame_use: CallerFrameUse) -> Value {
    alloc(
        &builtin_types().builtin_function.value(),
        BuiltinData {
            name,
            func,
            self_: None,
            owner: None,
            frame_use,
        },
    )
}

/// A method descriptor of a type.
pub fn new_method_descriptor(name: &'static str, func: NativeFn, owner: Value) -> Value {
    alloc(
        &builtin_types().method_descriptor.value(),
        BuiltinData {
            name,
            func,
            self_: None,
            owner: Some(owner),
            frame_use: CallerFrameUse::None,
        },
    )
}

/// A builtin method bound to `self_`.
pub fn new_bound_builtin(b: &BuiltinData, self_: Value) -> Value {
    alloc(
        &builtin_types().builtin_function.value(),
        BuiltinData {
            name: b.name,
            func: b.func,
            self_: Some(self_),
            owner: b.owner.clone(),
            frame_use: CallerFrameUse::None,
        },
    )
}

/// A bound method: a function and the object it is bound to.
pub struct MethodData {
    pub func: Value,
    pub self_: Value,
}

impl Payload for MethodData {
    const LAYOUT: Layout = Layout::Method;
    const GC: bool = true;
}

pub fn new_method(func: Value, self_: Value) -> Value {
    alloc(&builtin_types().method.value(), MethodData { func, self_ })
}

/// A cell (closure variable).
pub struct CellData {
    lock: ObjLock,
    value: UnsafeCell<Option<Value>>,
}

impl Payload for CellData {
    const LAYOUT: Layout = Layout::Cell;
    const GC: bool = true;
}

// SAFETY (get/set): the borrow lives inside the cell's critical section; no Python code runs
// under it and the replaced value is returned to the caller.
impl CellData {
    #[inline(always)]
    pub fn get(&self) -> Option<Value> {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { (*self.value.get()).clone() }
    }

    /// Reports every reference the object holds (for the cycle collector; no Python code runs).
    pub fn visit_refs(&self, visit: &mut dyn FnMut(&Value)) {
        let _cs = self.lock.enter();
        // SAFETY: see above; `visit` only reads.
        unsafe { (*self.value.get()).iter().for_each(visit) }
    }

    #[inline(always)]
    pub fn set(&self, v: Option<Value>) -> Option<Value> {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { std::mem::replace(&mut *self.value.get(), v) }
    }
}

pub fn new_cell(v: Option<Value>) -> Value {
    alloc(
        &builtin_types().cell.value(),
        CellData {
            lock: ObjLock::new(),
            value: UnsafeCell::new(v),
        },
    )
}

/// A module: its name and its globals dict.
pub struct ModuleData {
    pub name: Value,
    pub dict: Value,
}

impl Payload for ModuleData {
    const LAYOUT: Layout = Layout::Module;
    const GC: bool = true;
}

pub fn new_module(name: &str, dict: Value) -> Value {
    let module = alloc(
        &builtin_types().module.value(),
        ModuleData {
            name: new_str(name),
            dict,
        },
    );
    crate::memory::deferred::mark_deferred(&module);
    module
}

/// `property(fget, fset, fdel, doc)`.
pub struct PropertyData {
    pub fget: Option<Value>,
    pub fset: Option<Value>,
    pub fdel: Option<Value>,
    pub doc: Option<Value>,
}

impl Payload for PropertyData {
    const LAYOUT: Layout = Layout::Property;
    const GC: bool = true;
}

pub struct StaticMethodData(pub Value);

impl Payload for StaticMethodData {
    const LAYOUT: Layout = Layout::StaticMethod;
    const GC: bool = true;
}

pub struct ClassMethodData(pub Value);

impl Payload for ClassMethodData {
    const LAYOUT: Layout = Layout::ClassMethod;
    const GC: bool = true;
}

/// `super(type, obj)`: attribute lookups start after `ty` in the MRO of `obj_type`.
pub struct SuperData {
    pub ty: Value,
    pub obj: Value,
    pub obj_type: Value,
}

impl Payload for SuperData {
    const LAYOUT: Layout = Layout::Super;
    const GC: bool = true;
}

/// A `__slots__` member descriptor: slot `index` of instances of `owner`.
pub struct MemberDescrData {
    pub name: Value,
    pub index: usize,
    pub owner: Value,
}

impl Payload for MemberDescrData {
    const LAYOUT: Layout = Layout::MemberDescr;
    const GC: bool = true;
}
