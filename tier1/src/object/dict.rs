//! `dict` storage: a `DictTable<Value, Value>` (compact, insertion-ordered) behind accessors
//! that hash and compare keys with Python semantics. Keys whose equality cannot run user code
//! (builtin str/int/float/bool/None/bytes) take a one-borrow fast path; other keys use the
//! table's step protocol so that `__eq__` runs while the table is not borrowed.
//! Also the payload of dict views (`keys()`, `values()`, `items()`).

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use super::hashtable::{DictStep, DictTable};
use super::int::{as_float, as_int};
use super::seq::as_bytes;
use super::str::{as_str, str_data};
use super::typeobj::{alloc, Layout};
use super::value::{Payload, Value};
use super::{builtin_types, PyResult};
use crate::interp::{ops, Vm};
use crate::thread::critical::ObjLock;

pub struct DictData {
    lock: ObjLock,
    table: UnsafeCell<DictTable<Value, Value>>,
    /// Changes whenever a key is added or removed (not when a value is replaced); unique across
    /// all dicts, so (dict, version) names one key layout. Guards LOAD_GLOBAL caches.
    keys_version: AtomicU64,
    /// Bumped by every store and removal: LOAD_GLOBAL caches hold a value's word without a
    /// reference while this is unchanged.
    mutations: AtomicU64,
    /// Used as some function's globals or builtins (read by LOAD_GLOBAL without the lock):
    /// with other threads running, values it lets go of are released through QSBR.
    watched: AtomicBool,
}

static NEXT_KEYS_VERSION: AtomicU64 = AtomicU64::new(1);

fn next_keys_version() -> u64 {
    NEXT_KEYS_VERSION.fetch_add(1, Ordering::Relaxed)
}

impl Payload for DictData {
    const LAYOUT: Layout = Layout::Dict;
    const GC: bool = true;
}

impl Default for DictData {
    fn default() -> Self {
        Self::new()
    }
}

/// Equality of two keys when it cannot run user code: Some(result), or None when Python code
/// would have to decide.
#[inline]
fn native_key_eq(stored: &Value, key: &Value) -> Option<bool> {
    if stored.is(key) {
        return Some(true);
    }
    if stored.type_data().is_heap() || key.type_data().is_heap() {
        return None;
    }
    match (stored.layout(), key.layout()) {
        (Layout::Str, Layout::Str) => Some(as_str(stored) == as_str(key)),
        (Layout::Str, _) | (_, Layout::Str) => Some(false),
        (Layout::Int | Layout::Bool, Layout::Int | Layout::Bool) => {
            let (a, b) = (as_int(stored)?, as_int(key)?);
            Some(a.to_bigint() == b.to_bigint())
        }
        (Layout::Float, Layout::Float) => Some(as_float(stored) == as_float(key)),
        (Layout::Float, Layout::Int | Layout::Bool)
        | (Layout::Int | Layout::Bool, Layout::Float) => {
            let f = as_float(stored).or_else(|| as_float(key))?;
            let i = as_int(stored).or_else(|| as_int(key))?;
            Some(
                i.to_i64()
                    .is_some_and(|i| i as f64 == f && (i as f64) as i64 == i),
            )
        }
        (Layout::Bytes, Layout::Bytes) => Some(as_bytes(stored) == as_bytes(key)),
        (Layout::None, _) | (_, Layout::None) => Some(false),
        _ => None,
    }
}

/// A key type whose comparisons with native keys never run user code.
#[inline]
fn is_native_key(key: &Value) -> bool {
    key.is_small()
        || (!key.type_data().is_heap()
            && matches!(
                key.layout(),
                Layout::Str
                    | Layout::Int
                    | Layout::Bool
                    | Layout::Float
                    | Layout::None
                    | Layout::Bytes
            ))
}

/// Marker error: the fast path met a key that needs Python equality.
struct NeedsPython;

// SAFETY (for every borrow of `table` below): each borrow lives inside the dict's critical
// section (`self.lock.enter()`), so no other thread touches the table meanwhile; a borrow runs
// no Python code and touches no other container. Lookups that must run `__eq__` leave the
// critical section for the comparison and re-enter for the next step (the table's stamp
// detects a change in between, as it does for a mutation by `__eq__` itself).
impl DictData {
    pub fn new() -> DictData {
        DictData {
            lock: ObjLock::new(),
            table: UnsafeCell::new(DictTable::new()),
            keys_version: AtomicU64::new(next_keys_version()),
            mutations: AtomicU64::new(0),
            watched: AtomicBool::new(false),
        }
    }

    /// The current keys version (see the field).
    #[inline(always)]
    pub fn keys_version(&self) -> u64 {
        self.keys_version.load(Ordering::Acquire)
    }

    fn keys_changed(&self) {
        self.keys_version
            .store(next_keys_version(), Ordering::Release);
        self.mutated();
    }

    /// The mutation count (see the field).
    #[inline(always)]
    pub fn mutations(&self) -> u64 {
        self.mutations.load(Ordering::Acquire)
    }

    /// Marks the dict as read without its lock by LOAD_GLOBAL caches.
    pub fn watch(&self) {
        if !self.watched.load(Ordering::Relaxed) {
            self.watched.store(true, Ordering::Relaxed);
        }
    }

    /// Called inside the critical section by every store and removal.
    fn mutated(&self) {
        let next = self.mutations.load(Ordering::Relaxed) + 1;
        self.mutations.store(next, Ordering::Release);
    }

    /// A value the dict lets go of (replaced or removed): a lock-free reader of a watched dict
    /// may still hold its word, so with other threads running an extra reference is released
    /// only through QSBR.
    fn retire(&self, old: &Value) {
        if self.watched.load(Ordering::Relaxed) && crate::thread::registry::is_multi_threaded() {
            crate::thread::qsbr::defer_drop(old.clone());
        }
    }

    fn retire_all(&self, table: &DictTable<Value, Value>) {
        if self.watched.load(Ordering::Relaxed) && crate::thread::registry::is_multi_threaded() {
            for (_, v) in table.iter() {
                crate::thread::qsbr::defer_drop(v.clone());
            }
        }
    }

    /// Entry position of a str key (no user code), for caches guarded by `keys_version`.
    pub fn str_entry_index(&self, key: &Value) -> Option<usize> {
        let data = str_data(key)?;
        let text = data.as_str();
        let _cs = self.lock.enter();
        let table = self.table();
        let mut probe = table.probe(data.hash());
        loop {
            match table.step(&mut probe, |k| k.is(key) || as_str(k) == Some(text)) {
                DictStep::Found(found) => return Some(found.entry_index()),
                DictStep::Vacant(_) => return None,
                DictStep::Compare(_) => {}
            }
        }
    }

    /// The value at an entry position (None for a hole or out of range).
    #[inline(always)]
    pub fn value_at(&self, index: usize) -> Option<Value> {
        let _cs = self.lock.enter();
        self.table().entry_at(index).map(|(_, v)| v.clone())
    }

    #[inline(always)]
    fn table(&self) -> &DictTable<Value, Value> {
        // SAFETY: see above.
        unsafe { &*self.table.get() }
    }

    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    fn table_mut(&self) -> &mut DictTable<Value, Value> {
        // SAFETY: see above.
        unsafe { &mut *self.table.get() }
    }

    pub fn len(&self) -> usize {
        let _cs = self.lock.enter();
        self.table().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Lookup by a Rust string (no user code: only str keys can match).
    pub fn get_str(&self, key: &str) -> Option<Value> {
        self.get_str_hashed(key, super::str::hash_str(key))
    }

    /// Lookup by a Rust string whose str hash the caller already computed.
    #[inline]
    pub fn get_str_hashed(&self, key: &str, hash: i64) -> Option<Value> {
        let _cs = self.lock.enter();
        let r: Result<Option<&Value>, ()> = self.table().get_with(hash, |k| {
            Ok(as_str(k) == Some(key) && !k.type_data().is_heap())
        });
        r.ok().flatten().cloned()
    }

    /// Lookup by a str Value (no user code: only str keys can match).
    #[inline]
    pub fn get_str_value(&self, key: &Value) -> Option<Value> {
        let data = str_data(key)?;
        let hash = data.hash();
        let text = data.as_str();
        let _cs = self.lock.enter();
        let r: Result<Option<&Value>, ()> = self
            .table()
            .get_with(hash, |k| Ok(k.is(key) || as_str(k) == Some(text)));
        r.ok().flatten().cloned()
    }

    /// Stores under a str key (no user code: only str keys can match).
    pub fn set_str_key(&self, key: Value, value: Value) {
        let Some(data) = str_data(&key) else { return };
        let hash = data.hash();
        let text = data.as_str().to_string();
        let cs = self.lock.enter();
        let r: Result<Option<Value>, ()> = self
            .table_mut()
            .insert_with(hash, key, value, |k| Ok(as_str(k) == Some(text.as_str())));
        match &r {
            Ok(None) => self.keys_changed(),
            Ok(Some(old)) => {
                self.mutated();
                self.retire(old);
            }
            Err(()) => {}
        }
        drop(cs);
        drop(r);
    }

    /// Stores under a str key (no user code); returns the replaced value, if any.
    pub fn replace_str_key(&self, key: Value, value: Value) -> Option<Value> {
        let data = str_data(&key)?;
        let hash = data.hash();
        let text = data.as_str().to_string();
        let _cs = self.lock.enter();
        let r: Result<Option<Value>, ()> = self
            .table_mut()
            .insert_with(hash, key, value, |k| Ok(as_str(k) == Some(text.as_str())));
        match r {
            Ok(None) => {
                self.keys_changed();
                None
            }
            Ok(Some(old)) => {
                self.mutated();
                self.retire(&old);
                Some(old)
            }
            Err(()) => None,
        }
    }

    /// Removes a str key (no user code); returns its value when it was present.
    pub fn remove_str(&self, key: &str) -> Option<Value> {
        let hash = super::str::hash_str(key);
        let _cs = self.lock.enter();
        let r: Result<Option<(Value, Value)>, ()> = self.table_mut().remove_with(hash, |k| {
            Ok(as_str(k) == Some(key) && !k.type_data().is_heap())
        });
        let (_, v) = r.ok().flatten()?;
        self.keys_changed();
        self.retire(&v);
        Some(v)
    }

    /// Removes a str key (no user code); true when it was present.
    pub fn del_str(&self, key: &str) -> bool {
        let hash = super::str::hash_str(key);
        let cs = self.lock.enter();
        let r: Result<Option<(Value, Value)>, ()> = self.table_mut().remove_with(hash, |k| {
            Ok(as_str(k) == Some(key) && !k.type_data().is_heap())
        });
        let removed = matches!(r, Ok(Some(_)));
        if let Ok(Some((_, v))) = &r {
            self.keys_changed();
            self.retire(v);
        }
        drop(cs);
        drop(r);
        removed
    }

    /// `d[key]`: Some(value) or None when missing.
    pub fn get_item(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = ops::hash(vm, key)?;
        if is_native_key(key) {
            let _cs = self.lock.enter();
            let r = self
                .table()
                .get_with(hash, |k| native_key_eq(k, key).ok_or(NeedsPython));
            if let Ok(v) = r {
                return Ok(v.cloned());
            }
        }
        let mut probe = {
            let _cs = self.lock.enter();
            self.table().probe(hash)
        };
        loop {
            let cs = self.lock.enter();
            match self.table().step(&mut probe, |k| k.is(key)) {
                DictStep::Found(found) => {
                    return Ok(self
                        .table()
                        .found_entry(&found)
                        .ok()
                        .map(|(_, v)| v.clone()))
                }
                DictStep::Vacant(_) => return Ok(None),
                DictStep::Compare(candidate) => {
                    drop(cs);
                    if ops::eq(vm, &candidate, key)? {
                        probe.confirm();
                    }
                }
            }
        }
    }

    /// `d[key] = value`.
    pub fn set_item(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = ops::hash(vm, &key)?;
        self.set_item_hashed(vm, key, hash, value)
    }

    /// `d[key] = value` with the key's hash already computed.
    /// Inserts under a native key (no Python `__eq__` can run) inside the caller's critical
    /// section and records the change: keys version, mutation count, and the retirement of a
    /// replaced value. Returns the replaced value for the caller to drop after the section;
    /// Err when a stored key needs a Python comparison.
    fn insert_native(
        &self,
        hash: i64,
        key: Value,
        value: Value,
    ) -> Result<Option<Value>, NeedsPython> {
        let probe_key = key.clone();
        let old = self.table_mut().insert_with(hash, key, value, |k| {
            native_key_eq(k, &probe_key).ok_or(NeedsPython)
        })?;
        match &old {
            None => self.keys_changed(),
            Some(old) => {
                self.mutated();
                self.retire(old);
            }
        }
        Ok(old)
    }

    pub fn set_item_hashed(
        &self,
        vm: &mut Vm,
        key: Value,
        hash: i64,
        value: Value,
    ) -> PyResult<()> {
        if is_native_key(&key) {
            let cs = self.lock.enter();
            if let Ok(old) = self.insert_native(hash, key.clone(), value.clone()) {
                drop(cs);
                drop(old);
                return Ok(());
            }
        }
        let (mut key, mut value) = (key, value);
        loop {
            let mut probe = {
                let _cs = self.lock.enter();
                self.table().probe(hash)
            };
            let (outcome, cs) = loop {
                let cs = self.lock.enter();
                match self.table().step(&mut probe, |k| k.is(&key)) {
                    DictStep::Found(found) => break (Ok(found), cs),
                    DictStep::Vacant(vacant) => break (Err(vacant), cs),
                    DictStep::Compare(candidate) => {
                        drop(cs);
                        if ops::eq(vm, &candidate, &key)? {
                            probe.confirm();
                        }
                    }
                }
            };
            match outcome {
                Ok(found) => {
                    if let Ok(slot) = self.table_mut().value_mut(&found) {
                        let old = std::mem::replace(slot, value);
                        self.mutated();
                        self.retire(&old);
                        drop(cs);
                        drop(old);
                        return Ok(());
                    }
                }
                Err(vacant) => match self.table_mut().insert_vacant(vacant, key, value) {
                    Ok(()) => {
                        self.keys_changed();
                        return Ok(());
                    }
                    Err((k, v)) => {
                        key = k;
                        value = v;
                    }
                },
            }
        }
    }

    /// `d.setdefault(key, default)`: the value under `key`, inserting `default` when missing.
    /// Atomic (one critical section) for keys whose equality runs no Python code.
    pub fn setdefault_item(&self, vm: &mut Vm, key: Value, default: Value) -> PyResult<Value> {
        let hash = ops::hash(vm, &key)?;
        if is_native_key(&key) {
            let cs = self.lock.enter();
            let found = self
                .table()
                .get_with(hash, |k| native_key_eq(k, &key).ok_or(NeedsPython));
            match found {
                Ok(Some(v)) => return Ok(v.clone()),
                Ok(None) => {
                    if let Ok(old) = self.insert_native(hash, key.clone(), default.clone()) {
                        drop(cs);
                        drop(old);
                        return Ok(default);
                    }
                }
                Err(NeedsPython) => {}
            }
        }
        if let Some(v) = self.get_item(vm, &key)? {
            return Ok(v);
        }
        self.set_item_hashed(vm, key, hash, default.clone())?;
        Ok(default)
    }

    /// `del d[key]`; Ok(false) when missing.
    pub fn del_item(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        Ok(self.pop_item(vm, key)?.is_some())
    }

    /// `d.pop(key)`: the removed value, or None when missing.
    pub fn pop_item(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = ops::hash(vm, key)?;
        if is_native_key(key) {
            let cs = self.lock.enter();
            let r = self
                .table_mut()
                .remove_with(hash, |k| native_key_eq(k, key).ok_or(NeedsPython));
            if let Ok(removed) = r {
                if let Some((_, v)) = &removed {
                    self.keys_changed();
                    self.retire(v);
                }
                drop(cs);
                return Ok(removed.map(|(_, v)| v));
            }
        }
        loop {
            let mut probe = {
                let _cs = self.lock.enter();
                self.table().probe(hash)
            };
            let (found, _cs) = loop {
                let cs = self.lock.enter();
                match self.table().step(&mut probe, |k| k.is(key)) {
                    DictStep::Found(found) => break (Some(found), cs),
                    DictStep::Vacant(_) => break (None, cs),
                    DictStep::Compare(candidate) => {
                        drop(cs);
                        if ops::eq(vm, &candidate, key)? {
                            probe.confirm();
                        }
                    }
                }
            };
            let Some(found) = found else { return Ok(None) };
            if let Ok((_, v)) = self.table_mut().remove_found(found) {
                self.keys_changed();
                self.retire(&v);
                return Ok(Some(v));
            }
        }
    }

    /// Removes the last item (`popitem`).
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let _cs = self.lock.enter();
        self.keys_changed();
        let popped = self.table_mut().pop_last();
        if let Some((_, v)) = &popped {
            self.retire(v);
        }
        popped
    }

    /// A snapshot of the items in order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        let _cs = self.lock.enter();
        self.table()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }

    pub fn keys(&self) -> Vec<Value> {
        let _cs = self.lock.enter();
        self.table().iter().map(|(k, _)| k.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        let _cs = self.lock.enter();
        self.table().iter().map(|(_, v)| v.clone()).collect()
    }

    /// Number of entry positions (holes included), for iterators.
    pub fn entries_len(&self) -> usize {
        let _cs = self.lock.enter();
        self.table().entries_len()
    }

    /// The entry at position `i`, or None for a hole.
    pub fn entry_at(&self, i: usize) -> Option<(Value, Value)> {
        let _cs = self.lock.enter();
        self.table()
            .entry_at(i)
            .map(|(k, v)| (k.clone(), v.clone()))
    }

    /// Removes every item; returns them for the caller to drop.
    pub fn clear(&self) -> DictTable<Value, Value> {
        let _cs = self.lock.enter();
        self.keys_changed();
        let old = self.table_mut().take();
        self.retire_all(&old);
        old
    }

    /// Reports every reference the object holds (for the cycle collector; no Python code runs).
    pub fn visit_refs(&self, visit: &mut dyn FnMut(&Value)) {
        let _cs = self.lock.enter();
        for (k, v) in self.table().iter() {
            visit(k);
            visit(v);
        }
    }

    /// A shallow copy.
    pub fn copy(&self) -> DictData {
        let _cs = self.lock.enter();
        DictData {
            lock: ObjLock::new(),
            table: UnsafeCell::new(self.table().clone()),
            keys_version: AtomicU64::new(next_keys_version()),
            mutations: AtomicU64::new(0),
            watched: AtomicBool::new(false),
        }
    }
}

/// A new empty dict.
pub fn new_dict() -> Value {
    alloc(&builtin_types().dict.value(), DictData::new())
}

/// The dict payload of `v` (subclasses included).
#[inline(always)]
pub fn as_dict(v: &Value) -> Option<&DictData> {
    v.downcast::<DictData>()
}

/// Which view a `DictViewData` is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

/// `dict.keys()` / `values()` / `items()`.
pub struct DictViewData {
    pub dict: Value,
    pub kind: ViewKind,
}

impl DictViewData {
    /// The view's elements in dict order (item views give `(key, value)` tuples); empty
    /// when the underlying object is not a dict.
    pub fn snapshot(&self) -> Vec<Value> {
        let Some(d) = as_dict(&self.dict) else {
            return Vec::new();
        };
        match self.kind {
            ViewKind::Keys => d.keys(),
            ViewKind::Values => d.values(),
            ViewKind::Items => d
                .items()
                .into_iter()
                .map(|(k, x)| super::seq::new_tuple(vec![k, x]))
                .collect(),
        }
    }
}

impl Payload for DictViewData {
    const LAYOUT: Layout = Layout::DictView;
    const GC: bool = true;
}

pub fn new_view(dict: Value, kind: ViewKind) -> Value {
    let t = builtin_types();
    let ty = match kind {
        ViewKind::Keys => t.dict_keys,
        ViewKind::Values => t.dict_values,
        ViewKind::Items => t.dict_items,
    };
    alloc(&ty.value(), DictViewData { dict, kind })
}
