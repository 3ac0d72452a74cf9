//! Weak references: a `weakref.ref` points at its referent without owning a reference. Each
//! referent's weakrefs are listed in a side table keyed by its address (the referent carries
//! the `HAS_WEAKREFS` flag, so frees of other objects never look at the table). When a
//! referent dies (its last reference went, or the collector found it in cyclic garbage) its
//! weakrefs are cleared and their callbacks queued for the next instruction boundary.
//! A weakref is dereferenced under the table's lock, so a dying referent cannot be freed
//! between the load and the reference taken.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};

use super::header::{flags, ObjHeader};
use super::typeobj::Layout;
use super::value::{Payload, Value};
use crate::interp::Vm;

/// Referent address -> the headers of its weakrefs (no references held either way).
static TABLE: Mutex<Option<HashMap<usize, Vec<usize>>>> = Mutex::new(None);

thread_local! {
    /// (callback, weakref) pairs to call at the next instruction boundary.
    static CALLBACKS: RefCell<Vec<(Value, Value)>> = const { RefCell::new(Vec::new()) };
}

fn table() -> MutexGuard<'static, Option<HashMap<usize, Vec<usize>>>> {
    TABLE.lock().unwrap_or_else(|e| e.into_inner())
}

/// The payload of `weakref.ref` (and its subclasses).
pub struct WeakRefData {
    /// The referent's word; 0 once it died.
    referent: AtomicUsize,
    callback: Mutex<Option<Value>>,
    /// The referent's hash once computed (kept after the referent dies, as CPython does).
    hash: Mutex<Option<i64>>,
}

impl Payload for WeakRefData {
    const LAYOUT: Layout = Layout::WeakRef;
    const GC: bool = true;
}

/// Whether objects of `v`'s type may be weakly referenced (as CPython: instances of classes,
/// functions, types, sets, generators, modules, methods, code; not ints, strs, tuples, lists
/// or dicts themselves).
pub fn supports_weakrefs(v: &Value) -> bool {
    if v.is_small() {
        return false;
    }
    let ty = v.type_data();
    if ty.is_heap() {
        return ty.has_instance_data() || ty.layout == Layout::Type;
    }
    matches!(
        v.layout(),
        Layout::Function
            | Layout::Type
            | Layout::Set
            | Layout::FrozenSet
            | Layout::Generator
            | Layout::Module
            | Layout::Method
            | Layout::Code
            | Layout::Builtin
            | Layout::WeakRef
            | Layout::Property
    )
}

impl WeakRefData {
    /// A weakref to `referent`, registered in the table; `header` is the new weakref's header.
    pub fn new(callback: Option<Value>) -> WeakRefData {
        WeakRefData {
            referent: AtomicUsize::new(0),
            callback: Mutex::new(callback),
            hash: Mutex::new(None),
        }
    }

    fn callback_slot(&self) -> MutexGuard<'_, Option<Value>> {
        self.callback.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The callback (`__callback__`), None once called or when there is none.
    pub fn callback(&self) -> Option<Value> {
        self.callback_slot().clone()
    }

    /// The cached hash, if computed.
    pub fn cached_hash(&self) -> Option<i64> {
        *self.hash.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn cache_hash(&self, h: i64) {
        *self.hash.lock().unwrap_or_else(|e| e.into_inner()) = Some(h);
    }

    /// The referent, or None when it died.
    pub fn get(&self) -> Option<Value> {
        let _table = table();
        let word = self.referent.load(Ordering::Acquire);
        if word == 0 {
            return None;
        }
        // SAFETY: under the table lock a registered referent is not freed (its free path clears
        // its weakrefs under this lock first), so the header is valid; `try_incref` refuses an
        // object whose count already reached zero.
        let h = unsafe { &*(word as *const ObjHeader) };
        if !h.try_incref() {
            return None;
        }
        // SAFETY: we took a reference above.
        Some(unsafe { Value::from_raw_word(word) })
    }

    /// Reports the references the weakref holds (its callback).
    pub fn visit_refs(&self, visit: &mut dyn FnMut(&Value)) {
        self.callback_slot().iter().for_each(visit);
    }

    /// Takes the callback out (the collector breaking a cycle).
    pub fn clear_refs(&self) -> Option<Value> {
        self.callback_slot().take()
    }
}

/// Links a new weakref object to its referent (call right after allocating the weakref).
pub fn register(weakref: &Value, referent: &Value) {
    let (Some(w), Some(rh)) = (weakref.downcast::<WeakRefData>(), referent.header()) else {
        return;
    };
    let mut table = table();
    w.referent.store(referent.raw(), Ordering::Release);
    rh.ob_flags.fetch_or(flags::HAS_WEAKREFS, Ordering::Relaxed);
    // Both are reached through the table without a reference (`try_incref`).
    rh.set_maybe_weakref();
    if let Some(wh) = weakref.header() {
        wh.set_maybe_weakref();
    }
    table
        .get_or_insert_with(HashMap::new)
        .entry(referent.raw())
        .or_default()
        .push(weakref.raw());
}

/// An existing plain weakref to `referent` without a callback (`ref(o) is ref(o)`), if any.
pub fn existing_plain_ref(referent: &Value, exact_type: usize) -> Option<Value> {
    let table = table();
    let refs = table.as_ref()?.get(&referent.raw())?;
    for &word in refs {
        // SAFETY: listed weakrefs are alive or unregistering themselves (blocked on this lock);
        // `try_incref` refuses the latter.
        let h = unsafe { &*(word as *const ObjHeader) };
        if h.ob_type.load(Ordering::Relaxed) != exact_type {
            continue;
        }
        // SAFETY: as above: the weakref's payload is valid while it is listed.
        let w = std::mem::ManuallyDrop::new(unsafe { Value::from_raw_word(word) });
        let plain = w
            .downcast::<WeakRefData>()
            .is_some_and(|d| d.callback_slot().is_none());
        if plain && h.try_incref() {
            // SAFETY: reference taken above.
            return Some(unsafe { Value::from_raw_word(word) });
        }
    }
    None
}

/// The weakrefs of `referent` that are alive (new references), for `getweakrefs`.
pub fn weakrefs_of(referent: &Value) -> Vec<Value> {
    let table = table();
    let Some(refs) = table.as_ref().and_then(|t| t.get(&referent.raw())) else {
        return Vec::new();
    };
    refs.iter()
        .filter_map(|&word| {
            // SAFETY: as in `existing_plain_ref`.
            let h = unsafe { &*(word as *const ObjHeader) };
            // SAFETY: reference taken by `try_incref`.
            h.try_incref()
                .then(|| unsafe { Value::from_raw_word(word) })
        })
        .collect()
}

/// Called when a weakref object is freed: unlists it.
impl Drop for WeakRefData {
    fn drop(&mut self) {
        let referent = *self.referent.get_mut();
        if referent == 0 {
            return;
        }
        let me = self as *const WeakRefData as usize - std::mem::size_of::<ObjHeader>();
        let mut table = table();
        if let Some(t) = table.as_mut() {
            if let Some(refs) = t.get_mut(&referent) {
                refs.retain(|&w| w != me);
                if refs.is_empty() {
                    t.remove(&referent);
                }
            }
        }
    }
}

/// Clears the weakrefs of a dying referent and queues their callbacks, except for weakrefs in
/// `skip` (themselves garbage found by the collector).
fn clear_referent(referent: usize, skip: &dyn Fn(usize) -> bool) {
    let refs = match table().as_mut() {
        Some(t) => t.remove(&referent).unwrap_or_default(),
        None => return,
    };
    let mut queued = Vec::new();
    // Newest weakref first, as CPython calls them.
    for word in refs.into_iter().rev() {
        // SAFETY: listed weakrefs are alive or blocked unlisting themselves (they find their
        // entry gone); their payload is valid until their free completes.
        let w = std::mem::ManuallyDrop::new(unsafe { Value::from_raw_word(word) });
        let Some(data) = w.downcast::<WeakRefData>() else {
            continue;
        };
        data.referent.store(0, Ordering::Release);
        if skip(word) {
            continue;
        }
        let Some(callback) = data.callback_slot().take() else {
            continue;
        };
        // SAFETY: as above; a weakref whose count already reached zero is skipped.
        if unsafe { &*(word as *const ObjHeader) }.try_incref() {
            // SAFETY: reference taken above.
            queued.push((callback, unsafe { Value::from_raw_word(word) }));
        }
    }
    if !queued.is_empty() {
        CALLBACKS.with(|c| c.borrow_mut().extend(queued));
        crate::memory::request_finalizers();
    }
}

/// The free path: `ptr` (flagged `HAS_WEAKREFS`) is about to be freed.
pub fn referent_freed(ptr: *mut ObjHeader) {
    clear_referent(ptr as usize, &|_| false);
}

/// The collector found `garbage` unreachable: clear weakrefs to it now (before finalizers run),
/// queuing callbacks of weakrefs that are not garbage themselves.
pub fn clear_for_garbage(garbage: &[Value]) {
    let members: std::collections::HashSet<usize> = garbage.iter().map(Value::raw).collect();
    for obj in garbage {
        let Some(h) = obj.header() else { continue };
        if h.ob_flags
            .fetch_and(!flags::HAS_WEAKREFS, Ordering::Relaxed)
            & flags::HAS_WEAKREFS
            != 0
        {
            clear_referent(obj.raw(), &|w| members.contains(&w));
        }
    }
}

/// Takes the queued (callback, weakref) pairs.
pub fn take_callbacks() -> Vec<(Value, Value)> {
    CALLBACKS.with(|c| std::mem::take(&mut *c.borrow_mut()))
}

/// Calls a weakref callback, reporting an exception as CPython does.
pub fn run_callback(vm: &mut Vm, callback: &Value, weakref: &Value) {
    let saved_exc = vm.exc_info.clone();
    if let Err(e) = crate::interp::call::call(vm, callback, std::slice::from_ref(weakref), &[]) {
        let what = crate::interp::repr::native_repr(vm, callback).unwrap_or_default();
        vm.write_stderr(&format!("Exception ignored in: {what}\n"));
        crate::builtins::errors::print_exception(vm, &e);
    }
    vm.exc_info = saved_exc;
}

/// The referent's word, or 0 once dead (for repr).
pub fn referent_word(w: &WeakRefData) -> usize {
    w.referent.load(Ordering::Acquire)
}
