//! Type objects: the layout tag that ties a type to its payload, the attribute dict, bases and
//! MRO, the version tag, and the instance data that instances of Python classes carry after their
//! base payload (`Sub<T>`: split-keys inline values, `__slots__`, a materialized `__dict__`).
//! Attribute *semantics* (descriptors, binding) live in `interp::attr`, not here.

use std::cell::UnsafeCell;

use super::shared_words::{release_replaced, SharedMark, Word, WordArray};
use crate::memory::gc::tracked::{self as gc, GcLinks};
use crate::thread::critical::ObjLock;
use crate::thread::registry::is_multi_threaded;
use std::sync::atomic::{AtomicPtr, AtomicU32, AtomicUsize, Ordering};

use super::dict::DictData;
use super::header::{DeallocFn, ObjHeader};
use super::value::{Object, Payload, Value};

/// Which payload an object carries. Every type has exactly one; subclasses share their base's.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    /// `object()` and instances of Python classes based on it (payload `()` + `InstanceData`).
    Object,
    None,
    NotImplemented,
    Ellipsis,
    Int,
    Bool,
    Float,
    Str,
    Bytes,
    ByteArray,
    MemoryView,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Type,
    Function,
    Builtin,
    Method,
    Code,
    Cell,
    Module,
    Generator,
    Exception,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    Iter,
    DictView,
    File,
    MemberDescr,
    /// A compiled regular expression (`builtins::re`).
    ReProgram,
    /// `_thread.lock` and `_thread.RLock` (`builtins::thread_mod`).
    ThreadLock,
    /// `weakref.ref` (`object::weakref`).
    WeakRef,
}

/// Type flags.
pub mod tflags {
    /// Created by a class statement or `type(name, bases, dict)`.
    pub const HEAP: u32 = 1 << 0;
    /// May be used as a base class.
    pub const BASETYPE: u32 = 1 << 1;
    /// Instances carry `InstanceData` (at `inst_offset`).
    pub const HAS_INSTANCE_DATA: u32 = 1 << 2;
    /// Instances have no `__dict__` (every class in the MRO declared `__slots__`).
    pub const NO_DICT: u32 = 1 << 3;
    /// Instances have a `__del__` to run before they are freed.
    pub const HAS_FINALIZER: u32 = 1 << 4;
    /// Instances own no references to other objects (int, float, str, bytes): freeing one can
    /// never free another, so it skips the trashcan bookkeeping.
    pub const LEAF: u32 = 1 << 5;
}

/// The payload of a type object.
pub struct TypeData {
    /// The name, as a leaked `Box<String>`: read without a lock (error messages and reprs
    /// borrow it); `set_name` swaps in a new one and keeps the old one alive (renaming a class
    /// is rare, and a reader on another thread may still hold the old borrow).
    name: AtomicPtr<String>,
    qualname: std::sync::Mutex<String>,
    pub layout: Layout,
    pub flags: u32,
    /// Direct bases (types).
    pub bases: Vec<Value>,
    /// Method resolution order, this type first.
    mro: UnsafeCell<Vec<Value>>,
    /// The attribute dict.
    pub dict: DictData,
    /// Frees an instance (chosen by payload and whether instances carry instance data).
    pub dealloc: DeallocFn,
    /// Byte offset of `InstanceData` inside instances (when `HAS_INSTANCE_DATA`).
    pub inst_offset: usize,
    /// Every `__slots__` name of the MRO, in slot order.
    pub slot_names: Vec<Value>,
    /// Attribute names of instances without a materialized dict, shared by all instances of the
    /// class (split keys): instance value i belongs to name i. Append-only.
    shared_keys: UnsafeCell<Vec<Value>>,
    /// `shared_keys.len()`, readable without the lock.
    shared_keys_count: AtomicUsize,
    /// Guards `shared_keys`.
    lock: ObjLock,
    /// Version tag for the specializer; 0 = none assigned. Cleared on any change.
    pub version: AtomicU32,
}

static NEXT_TYPE_VERSION: AtomicU32 = AtomicU32::new(1);

impl Payload for TypeData {
    const LAYOUT: Layout = Layout::Type;
    const GC: bool = true;
}

impl TypeData {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        name: &str,
        layout: Layout,
        flags: u32,
        bases: Vec<Value>,
        dealloc: DeallocFn,
        inst_offset: usize,
        slot_names: Vec<Value>,
    ) -> TypeData {
        TypeData {
            name: AtomicPtr::new(Box::into_raw(Box::new(name.to_string()))),
            qualname: std::sync::Mutex::new(name.to_string()),
            layout,
            flags,
            bases,
            mro: UnsafeCell::new(Vec::new()),
            dict: DictData::new(),
            dealloc,
            inst_offset,
            slot_names,
            shared_keys: UnsafeCell::new(Vec::new()),
            shared_keys_count: AtomicUsize::new(0),
            lock: ObjLock::new(),
            version: AtomicU32::new(NEXT_TYPE_VERSION.fetch_add(1, Ordering::Relaxed)),
        }
    }

    pub fn name(&self) -> &str {
        // SAFETY: the pointer is a leaked box that lives as long as the type: `set_name` never
        // frees a replaced name, and `Drop` frees only the current one.
        unsafe { &*self.name.load(Ordering::Acquire) }
    }

    pub fn set_name(&self, name: String) {
        // The old name is leaked on purpose: another thread may be reading it (see the field).
        self.name
            .store(Box::into_raw(Box::new(name)), Ordering::Release);
        self.invalidate_version();
    }

    pub fn qualname(&self) -> String {
        self.qualname
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    pub fn set_qualname(&self, qualname: String) {
        *self.qualname.lock().unwrap_or_else(|e| e.into_inner()) = qualname;
    }

    /// The MRO (a clone of the list, so callers may run Python code while walking it).
    pub fn mro(&self) -> Vec<Value> {
        // SAFETY: the MRO is written once at type creation (`set_mro`) before the type is
        // shared; afterwards only read.
        unsafe { (*self.mro.get()).clone() }
    }

    /// Borrowed MRO for lookups that run no Python code.
    pub fn mro_slice(&self) -> &[Value] {
        // SAFETY: see `mro`.
        unsafe { &*self.mro.get() }
    }

    pub fn set_mro(&self, mro: Vec<Value>) {
        // SAFETY: called once while the type is being created, before it is visible.
        unsafe { *self.mro.get() = mro };
    }

    pub fn is_heap(&self) -> bool {
        self.flags & tflags::HEAP != 0
    }

    pub fn has_instance_data(&self) -> bool {
        self.flags & tflags::HAS_INSTANCE_DATA != 0
    }

    /// Finds `name` along the MRO without invoking descriptors. Runs no Python code. Results
    /// are cached per thread (see `attr_cache`).
    #[inline]
    pub fn lookup(&self, name: &str) -> Option<Value> {
        self.lookup_hashed(name, 0, super::str::hash_str(name))
    }

    /// `lookup` for an str Value (its hash is cached, so no hashing here).
    #[inline]
    pub fn lookup_value(&self, name: &Value) -> Option<Value> {
        match super::str::str_data(name) {
            Some(s) => self.lookup_hashed(s.as_str(), name.raw(), s.hash()),
            None => None,
        }
    }

    fn lookup_hashed(&self, name: &str, name_word: usize, hash: i64) -> Option<Value> {
        let me = self as *const TypeData as usize;
        // Read before the walk: a store that lands during the walk bumps the epoch, so the
        // entry recorded below can never match again (it would hold a stale value's word).
        let epoch = attr_cache::stable_epoch();
        let version = self.version.load(Ordering::Acquire);
        if let Some(hit) = attr_cache::get(me, version, name, name_word, hash) {
            return hit;
        }
        let mut found = None;
        for ty in self.mro_slice() {
            if let Some(v) = type_data_of(ty).dict.get_str_hashed(name, hash) {
                found = Some(v);
                break;
            }
        }
        if let Some(epoch) = epoch.filter(|&e| attr_cache::stable_epoch() == Some(e)) {
            attr_cache::put(me, version, epoch, name, hash, found.as_ref());
        }
        found
    }

    /// The MRO walk without the cache (for callers that must see the dicts as they are).
    pub fn lookup_uncached(&self, name: &str) -> Option<Value> {
        for ty in self.mro_slice() {
            if let Some(v) = type_data_of(ty).dict.get_str(name) {
                return Some(v);
            }
        }
        None
    }

    /// True when `self` is `other` or a subclass of it.
    pub fn is_subtype(&self, other: &TypeData) -> bool {
        if std::ptr::eq(self, other) {
            return true;
        }
        self.mro_slice()
            .iter()
            .any(|t| std::ptr::eq(type_data_of(t), other))
    }

    /// Clears the version tag (any attribute of the type or a base changed) and invalidates
    /// every cached lookup (a base's change affects subclasses too).
    pub fn invalidate_version(&self) {
        attr_cache::invalidate_all();
        self.version.store(
            NEXT_TYPE_VERSION.fetch_add(1, Ordering::Relaxed),
            Ordering::Release,
        );
    }

    /// Index of `name` in the shared keys, adding it when `add`.
    pub fn shared_key_index(&self, name: &Value, add: bool) -> Option<usize> {
        let _cs = self.lock.enter();
        // SAFETY: the borrow lives inside the type's critical section and ends with this call.
        let keys = unsafe { &mut *self.shared_keys.get() };
        if let Some(i) = keys.iter().position(|k| k.is(name)) {
            return Some(i);
        }
        let text = super::str::as_str(name)?;
        if let Some(i) = keys
            .iter()
            .position(|k| super::str::as_str(k) == Some(text))
        {
            return Some(i);
        }
        if add {
            keys.push(super::str::intern(text));
            self.shared_keys_count.store(keys.len(), Ordering::Release);
            Some(keys.len() - 1)
        } else {
            None
        }
    }

    /// Number of shared keys (they only grow).
    #[inline(always)]
    pub fn shared_keys_len(&self) -> usize {
        self.shared_keys_count.load(Ordering::Acquire)
    }

    /// Reports every reference the object holds (for the cycle collector; no Python code runs).
    pub fn visit_refs(&self, visit: &mut dyn FnMut(&Value)) {
        self.bases.iter().for_each(&mut *visit);
        self.mro_slice().iter().for_each(&mut *visit);
        self.dict.visit_refs(visit);
        self.slot_names.iter().for_each(&mut *visit);
        let _cs = self.lock.enter();
        // SAFETY: see `shared_key_index`.
        unsafe { (*self.shared_keys.get()).iter().for_each(&mut *visit) };
    }

    /// Takes the MRO and the attribute dict out (the collector breaking the type's cycles:
    /// its MRO holds the type itself); the caller drops what comes back.
    pub fn clear_refs(&self) -> (Vec<Value>, super::hashtable::DictTable<Value, Value>) {
        // SAFETY: only the collector calls this, on an unreachable type nobody else can use.
        let mro = unsafe { std::mem::take(&mut *self.mro.get()) };
        (mro, self.dict.clear())
    }

    /// The shared key names (clone).
    pub fn shared_keys(&self) -> Vec<Value> {
        let _cs = self.lock.enter();
        // SAFETY: see `shared_key_index`.
        unsafe { (*self.shared_keys.get()).clone() }
    }
}

impl Drop for TypeData {
    fn drop(&mut self) {
        // SAFETY: the current name is a box this type owns (see the field); nothing can borrow
        // it once the type is being dropped.
        drop(unsafe { Box::from_raw(*self.name.get_mut()) });
    }
}

/// The TypeData of a value known to be a type.
pub fn type_data_of(ty: &Value) -> &TypeData {
    ty.downcast::<TypeData>()
        .expect("internal invariant: MRO and bases hold types")
}

/// Instance data carried by instances of Python classes, after their base payload. Writers
/// take the instance's critical section; readers load the words without it, under the rule of
/// `shared_words` (values replaced once another thread touched the instance go through QSBR).
pub struct InstanceData {
    lock: ObjLock,
    mark: SharedMark,
    /// Attribute values by shared-key index (unpublished once `dict` is materialized).
    values: WordArray,
    /// The materialized `__dict__`.
    dict: Word,
    /// `__slots__` values, by slot index.
    slots: Box<[Word]>,
}

impl InstanceData {
    pub fn new(nslots: usize) -> InstanceData {
        InstanceData {
            lock: ObjLock::new(),
            mark: SharedMark::new(),
            values: WordArray::new(),
            dict: Word::new(None),
            slots: (0..nslots).map(|_| Word::new(None)).collect(),
        }
    }

    /// Prepares a lock-free read (marks the instance shared on another thread's first read).
    #[inline(always)]
    fn before_read(&self) {
        if is_multi_threaded() {
            self.mark.before_read(&self.lock);
        }
    }

    pub fn dict(&self) -> Option<Value> {
        self.before_read();
        // SAFETY: `before_read` ran; the dict word is replaced only under the lock with the
        // mark's release rule (`materialize_dict`, `clear_refs`).
        unsafe { self.dict.load() }
    }

    /// True once the `__dict__` is materialized (inline values are then unused).
    #[inline(always)]
    pub fn has_dict(&self) -> bool {
        self.dict.is_set()
    }

    pub fn value(&self, index: usize) -> Option<Value> {
        self.before_read();
        // SAFETY: `before_read` ran; values are replaced only in `set_inline`, `set_value`
        // and `materialize_dict`, under the lock with the mark's release rule.
        unsafe { self.values.load(index) }
    }

    /// Stores value `index`; returns the old value for the caller to drop.
    pub fn set_value(&self, index: usize, value: Option<Value>) -> Option<Value> {
        let _cs = self.lock.enter();
        let deferred = self.mark.writer_must_defer();
        release_replaced(self.values.replace(index, value, deferred), deferred)
    }

    /// Inline value `index`, read atomically with the check that no `__dict__` was
    /// materialized: Err(dict) once it was (the value lives there then).
    #[inline(always)]
    pub fn get_inline(&self, index: usize) -> Result<Option<Value>, Value> {
        self.before_read();
        // SAFETY (the three loads): `before_read` ran; see `dict` and `value`.
        if let Some(d) = unsafe { self.dict.load() } {
            return Err(d);
        }
        if let Some(v) = unsafe { self.values.load(index) } {
            return Ok(Some(v));
        }
        // No value: either none is set, or a materialization unpublished the block after the
        // dict check (it stores the dict first), so look again.
        match unsafe { self.dict.load() } {
            Some(d) => Err(d),
            None => Ok(None),
        }
    }

    /// Stores inline value `index` unless a `__dict__` was materialized (one critical
    /// section): Ok(old value, for the caller to drop), or Err((the value back, the dict)).
    #[allow(clippy::type_complexity)]
    pub fn set_inline(
        &self,
        index: usize,
        value: Option<Value>,
    ) -> Result<Option<Value>, (Option<Value>, Value)> {
        let _cs = self.lock.enter();
        // SAFETY: inside the critical section, which every dict store takes.
        if let Some(d) = unsafe { self.dict.load() } {
            return Err((value, d));
        }
        let deferred = self.mark.writer_must_defer();
        Ok(release_replaced(
            self.values.replace(index, value, deferred),
            deferred,
        ))
    }

    /// The `__dict__`, materialized on first request from the inline values (named by `keys`,
    /// the class's shared keys) in one critical section, so concurrent requests get the same
    /// dict and no concurrent inline store is lost.
    pub fn materialize_dict(&self, keys: &[Value]) -> Value {
        let (dict, old_values) = {
            let _cs = self.lock.enter();
            // SAFETY: inside the critical section.
            if let Some(d) = unsafe { self.dict.load() } {
                return d;
            }
            let deferred = self.mark.writer_must_defer();
            let dict = super::dict::new_dict();
            if let Some(dd) = super::dict::as_dict(&dict) {
                for (k, i) in keys.iter().zip(0..) {
                    // SAFETY: inside the critical section.
                    if let Some(v) = unsafe { self.values.load(i) } {
                        dd.set_str_key(k.clone(), v);
                    }
                }
            }
            // The filled dict is published before the block is taken: a reader that then
            // finds no block looks at the dict again and finds the values there.
            drop(self.dict.replace(Some(dict.clone())));
            (dict, self.values.take(deferred))
        };
        // The block's references (the dict holds its own), dropped outside the section.
        drop(old_values);
        dict
    }

    /// True when a value with a higher shared-key index than `index` is set.
    pub fn has_value_after(&self, index: usize) -> bool {
        let _cs = self.lock.enter();
        self.values.any_set_after(index)
    }

    pub fn slot(&self, index: usize) -> Option<Value> {
        self.before_read();
        // SAFETY: `before_read` ran; slots are replaced only in `set_slot` and `clear_refs`,
        // under the lock with the mark's release rule.
        unsafe { self.slots.get(index)?.load() }
    }

    pub fn set_slot(&self, index: usize, value: Option<Value>) -> Option<Value> {
        let cell = self.slots.get(index)?;
        let _cs = self.lock.enter();
        let deferred = self.mark.writer_must_defer();
        release_replaced(cell.replace(value), deferred)
    }

    pub fn slot_count(&self) -> usize {
        self.slots.len()
    }

    /// Reports every reference the object holds (for the cycle collector; no Python code runs).
    pub fn visit_refs(&self, visit: &mut dyn FnMut(&Value)) {
        let _cs = self.lock.enter();
        self.values.visit(&mut *visit);
        self.dict.visit(&mut *visit);
        for cell in self.slots.iter() {
            cell.visit(&mut *visit);
        }
    }

    /// Takes every reference out (the collector breaking a cycle); the caller drops them.
    pub fn clear_refs(&self) -> Vec<Value> {
        let _cs = self.lock.enter();
        let deferred = self.mark.writer_must_defer();
        let mut out: Vec<Value> = self.values.take(deferred).into_iter().flatten().collect();
        out.extend(release_replaced(self.dict.replace(None), deferred));
        for cell in self.slots.iter() {
            out.extend(release_replaced(cell.replace(None), deferred));
        }
        out
    }
}

/// Layout of an instance of a Python subclass of a type with payload `T`: the base payload at the
/// usual offset, then the instance data.
#[repr(C)]
pub struct Sub<T> {
    pub base: T,
    pub inst: InstanceData,
}

/// Offset of the instance data in `Object<Sub<T>>`.
pub const fn instance_data_offset<T>() -> usize {
    std::mem::offset_of!(Object<Sub<T>>, data.inst)
}

/// A tracked allocation: the collector's links, then the object.
#[repr(C)]
struct GcBox<T> {
    links: GcLinks,
    object: Object<T>,
}

/// Boxes `object`, with the collector's prefix when `tracked`; returns the header pointer.
fn allocate<T>(object: Object<T>, tracked: bool) -> *mut ObjHeader {
    crate::memory::note_alloc();
    if !tracked {
        return Box::into_raw(Box::new(object)) as *mut ObjHeader;
    }
    debug_assert_eq!(std::mem::offset_of!(GcBox<T>, object), gc::PREFIX);
    let boxed = Box::into_raw(Box::new(GcBox {
        links: gc::new_links(),
        object,
    }));
    // SAFETY: `boxed` is a fresh, valid allocation; its links are linked once, here, and
    // unlinked by `free_box` before the memory goes.
    unsafe {
        gc::track(&(*boxed).links);
        crate::memory::gc::note_tracked_alloc();
        &mut (*boxed).object as *mut Object<T> as *mut ObjHeader
    }
}

/// Frees what `allocate` boxed.
///
/// # Safety
/// `ptr` must come from `allocate::<T>(_, tracked)` and its last reference must be gone.
unsafe fn free_box<T>(ptr: *mut ObjHeader, tracked: bool) {
    if !tracked {
        // SAFETY: caller contract: an `Object<T>` box.
        drop(unsafe { Box::from_raw(ptr as *mut Object<T>) });
        return;
    }
    // SAFETY: caller contract: the object sits `PREFIX` bytes into a `GcBox<T>` box.
    let boxed = unsafe { Box::from_raw((ptr as usize - gc::PREFIX) as *mut GcBox<T>) };
    gc::untrack(&boxed.links);
    crate::memory::gc::note_tracked_free();
    drop(boxed);
}

/// Allocates an object of payload `T` and type `ty` (a type object), owned by this thread.
pub fn alloc<T: Payload>(ty: &Value, data: T) -> Value {
    if let Some(h) = ty.header() {
        h.incref();
    }
    let obj = Object {
        header: ObjHeader::new_owned(ty.raw()),
        data,
    };
    let ptr = allocate(obj, T::GC);
    // SAFETY: a fresh allocation with one reference, which the Value takes over.
    unsafe { Value::from_raw_owned(ptr) }
}

/// Allocates an instance of a Python class (`Sub<T>` layout; always tracked).
pub fn alloc_sub<T: Payload>(ty: &Value, base: T) -> Value {
    let nslots = type_data_of(ty).slot_names.len();
    if let Some(h) = ty.header() {
        h.incref();
    }
    let obj = Object {
        header: ObjHeader::new_owned(ty.raw()),
        data: Sub {
            base,
            inst: InstanceData::new(nslots),
        },
    };
    let ptr = allocate(obj, true);
    // SAFETY: a fresh allocation with one reference, which the Value takes over.
    unsafe { Value::from_raw_owned(ptr) }
}

/// Allocates an immortal object that is never freed (builtin singletons and types).
pub fn alloc_immortal<T: Payload>(ty_raw: usize, data: T) -> Value {
    let obj = Box::new(Object {
        header: ObjHeader::new_immortal(ty_raw),
        data,
    });
    // SAFETY: leaked allocation; immortal objects ignore reference counting.
    unsafe { Value::from_raw_owned(Box::into_raw(obj) as *mut ObjHeader) }
}

/// The instance data of `obj`, when its type carries one.
pub fn instance_data(obj: &Value) -> Option<&InstanceData> {
    let ty = obj.type_data();
    if !ty.has_instance_data() {
        return None;
    }
    // SAFETY: types flagged HAS_INSTANCE_DATA allocate `Object<Sub<T>>` instances whose instance
    // data sits at `inst_offset`; `obj` keeps the object alive.
    Some(unsafe { &*((obj.raw() + ty.inst_offset) as *const InstanceData) })
}

/// Frees an `Object<T>`.
///
/// # Safety
/// `ptr` must be an `Object<T>` whose last reference was just dropped.
pub unsafe fn dealloc_plain<T: Payload>(ptr: *mut ObjHeader) {
    // SAFETY: caller contract: a live header until freed below.
    let ty = unsafe { (*ptr).ob_type.load(Ordering::Relaxed) };
    // SAFETY: caller contract; the allocation came from `alloc::<T>`.
    unsafe { free_box::<T>(ptr, T::GC) };
    crate::memory::note_free();
    release_type(ty);
}

/// Frees an `Object<Sub<T>>`.
///
/// # Safety
/// `ptr` must be an `Object<Sub<T>>` whose last reference was just dropped.
pub unsafe fn dealloc_sub<T: Payload>(ptr: *mut ObjHeader) {
    // SAFETY: caller contract: a live header until freed below.
    let ty = unsafe { (*ptr).ob_type.load(Ordering::Relaxed) };
    // SAFETY: caller contract; the allocation came from `alloc_sub::<T>` (tracked).
    unsafe { free_box::<Sub<T>>(ptr, true) };
    crate::memory::note_free();
    release_type(ty);
}

/// Drops the reference an object held on its type.
fn release_type(ty_raw: usize) {
    // SAFETY: every allocated object took a reference on its type (`alloc`), released here once.
    drop(unsafe { Value::from_raw_owned(ty_raw as *mut ObjHeader) });
}

/// Immortal objects are never freed; their dealloc is never called.
///
/// # Safety
/// Never called for live objects: immortal counts never reach zero.
pub unsafe fn dealloc_never(_ptr: *mut ObjHeader) {}

/// The type attribute cache: (type, version, name) -> the result of an MRO lookup, per thread.
/// Entries hold raw words without references: an entry is used only while the global epoch is
/// unchanged, and every mutation of any type's dict after creation bumps the epoch, so the dict
/// that holds the value still holds it. Versions are never reused, so a freed type's entries
/// can never match a new type at the same address.
pub mod attr_cache {
    use std::cell::UnsafeCell;
    use std::sync::atomic::{AtomicU32, Ordering};

    use crate::object::str::{as_str, intern};
    use crate::object::value::Value;

    const SIZE: usize = 4096;

    #[derive(Clone, Copy)]
    struct Entry {
        ty: usize,
        version: u32,
        epoch: u32,
        hash: i64,
        /// An interned (immortal) str holding the name.
        name: usize,
        /// The found value's word, or 0 when the lookup found nothing.
        value: usize,
    }

    const EMPTY: Entry = Entry {
        ty: 0,
        version: 0,
        epoch: 0,
        hash: 0,
        name: 0,
        value: 0,
    };

    static EPOCH: AtomicU32 = AtomicU32::new(1);
    /// Type attribute stores in progress: while any is, nothing is cached or served from the
    /// caches, so a reader never combines a value read during a store with one read after it.
    static STORES: AtomicU32 = AtomicU32::new(0);

    /// A type attribute store in progress (see `STORES`); ends when dropped.
    pub struct TypeStore(());

    /// Begins a type attribute store: every cached lookup is invalid from now on.
    pub fn begin_store() -> TypeStore {
        STORES.fetch_add(1, Ordering::SeqCst);
        EPOCH.fetch_add(1, Ordering::SeqCst);
        TypeStore(())
    }

    impl Drop for TypeStore {
        fn drop(&mut self) {
            EPOCH.fetch_add(1, Ordering::SeqCst);
            STORES.fetch_sub(1, Ordering::SeqCst);
        }
    }

    /// The epoch, or None while a type attribute store is in progress (caches must miss).
    #[inline(always)]
    pub fn stable_epoch() -> Option<u32> {
        let epoch = EPOCH.load(Ordering::SeqCst);
        (STORES.load(Ordering::SeqCst) == 0).then_some(epoch)
    }

    thread_local! {
        static CACHE: UnsafeCell<[Entry; SIZE]> = const { UnsafeCell::new([EMPTY; SIZE]) };
    }

    /// Forgets every cached lookup (a type dict changed).
    pub fn invalidate_all() {
        EPOCH.fetch_add(1, Ordering::AcqRel);
    }

    #[inline(always)]
    fn slot(ty: usize, version: u32, hash: i64) -> usize {
        ((ty >> 4) ^ (hash as usize) ^ ((version as usize) << 7)) & (SIZE - 1)
    }

    /// Some(result) on a hit.
    #[inline(always)]
    pub fn get(
        ty: usize,
        version: u32,
        name: &str,
        name_word: usize,
        hash: i64,
    ) -> Option<Option<Value>> {
        let epoch = stable_epoch()?;
        let table: *const [Entry; SIZE] = CACHE.with(|c| c.get() as *const [Entry; SIZE]);
        // SAFETY: the table is this thread's (it outlives every use on this thread) and is only
        // written by `put` on this thread, never while this copy of an entry is read.
        let e = unsafe { (*table)[slot(ty, version, hash)] };
        if e.ty != ty || e.version != version || e.epoch != epoch || e.hash != hash {
            return None;
        }
        if e.name != name_word {
            // SAFETY: `e.name` is an interned, immortal str.
            let cached_name = unsafe { Value::from_raw_word(e.name) };
            let same = as_str(&cached_name) == Some(name);
            std::mem::forget(cached_name);
            if !same {
                return None;
            }
        }
        if e.value == 0 {
            return Some(None);
        }
        if e.value & 1 == 1 {
            // SAFETY: a small-int word is a complete value with no reference count.
            return Some(Some(unsafe { Value::from_raw_word(e.value) }));
        }
        // SAFETY: the epoch is unchanged since the entry was stored, so the type dict that held
        // this value still holds it (see the module comment); we add a reference.
        Some(Some(unsafe {
            Value::from_raw_borrowed(e.value as *const _)
        }))
    }

    /// The current epoch (inline caches record it and compare on use).
    #[inline(always)]
    pub fn epoch() -> u32 {
        EPOCH.load(Ordering::Acquire)
    }

    /// Records a lookup result.
    #[inline]
    /// `epoch` must have been read before the lookup whose result is recorded.
    pub fn put(ty: usize, version: u32, epoch: u32, name: &str, hash: i64, value: Option<&Value>) {
        let name_word = intern(name).into_raw();
        CACHE.with(|c| {
            // SAFETY: thread-local, no re-entrance (see `get`).
            let cache = unsafe { &mut *c.get() };
            cache[slot(ty, version, hash)] = Entry {
                ty,
                version,
                epoch,
                hash,
                name: name_word,
                value: value.map_or(0, Value::raw),
            };
        });
    }
}
