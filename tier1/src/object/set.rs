//! `set` and `frozenset` storage: a `SetTable<Value>` with CPython's exact slot layout (so
//! iteration order matches CPython), behind accessors that hash and compare with Python
//! semantics. Python-visible set methods and operators are in `builtins::set_methods`.

use std::cell::UnsafeCell;

use super::hashtable::{SetStep, SetTable};
use super::typeobj::{alloc, Layout};
use super::value::{Payload, Value};
use super::{builtin_types, PyResult};
use crate::interp::{ops, Vm};
use crate::thread::critical::ObjLock;

/// The table shared by set and frozenset payloads.
pub struct SetStore {
    lock: ObjLock,
    table: UnsafeCell<SetTable<Value>>,
}

pub struct SetData(pub SetStore);
pub struct FrozenSetData(pub SetStore);

impl Payload for SetData {
    const LAYOUT: Layout = Layout::Set;
    const GC: bool = true;
}

impl Payload for FrozenSetData {
    const LAYOUT: Layout = Layout::FrozenSet;
    const GC: bool = true;
}

impl Default for SetStore {
    fn default() -> Self {
        Self::new()
    }
}

// SAFETY (for every borrow of `table` below): each borrow lives inside the set's critical
// section (`self.lock.enter()`), so no other thread touches the table meanwhile; a borrow runs
// no Python code and touches no other container. Lookups leave the critical section while
// `__eq__` runs (the table's stamp detects a change in between).
impl SetStore {
    pub fn new() -> SetStore {
        SetStore {
            lock: ObjLock::new(),
            table: UnsafeCell::new(SetTable::new()),
        }
    }

    pub fn from_table(table: SetTable<Value>) -> SetStore {
        SetStore {
            lock: ObjLock::new(),
            table: UnsafeCell::new(table),
        }
    }

    #[inline(always)]
    fn table(&self) -> &SetTable<Value> {
        // SAFETY: see above.
        unsafe { &*self.table.get() }
    }

    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    fn table_mut(&self) -> &mut SetTable<Value> {
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

    /// Items in slot order.
    pub fn items(&self) -> Vec<Value> {
        let _cs = self.lock.enter();
        self.table().iter().map(|(_, k)| k.clone()).collect()
    }

    /// Items with their hashes, in slot order.
    pub fn hashed_items(&self) -> Vec<(i64, Value)> {
        let _cs = self.lock.enter();
        self.table().iter().map(|(h, k)| (h, k.clone())).collect()
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = ops::hash(vm, key)?;
        self.contains_hashed(vm, key, hash)
    }

    pub fn contains_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<bool> {
        let mut probe = {
            let _cs = self.lock.enter();
            self.table().probe(hash)
        };
        loop {
            let cs = self.lock.enter();
            match self.table().step(&mut probe, |k| k.is(key)) {
                SetStep::Found(_) => return Ok(true),
                SetStep::Vacant(_) => return Ok(false),
                SetStep::Compare(candidate) => {
                    drop(cs);
                    if ops::eq(vm, &candidate, key)? {
                        probe.confirm();
                    }
                }
            }
        }
    }

    /// Adds `key`; Ok(true) when it was not present.
    pub fn add(&self, vm: &mut Vm, key: Value) -> PyResult<bool> {
        let hash = ops::hash(vm, &key)?;
        self.add_hashed(vm, key, hash)
    }

    pub fn add_hashed(&self, vm: &mut Vm, key: Value, hash: i64) -> PyResult<bool> {
        let mut key = key;
        loop {
            let mut probe = {
                let _cs = self.lock.enter();
                self.table().probe(hash)
            };
            let (vacant, _cs) = loop {
                let cs = self.lock.enter();
                match self.table().step(&mut probe, |k| k.is(&key)) {
                    SetStep::Found(_) => return Ok(false),
                    SetStep::Vacant(v) => break (v, cs),
                    SetStep::Compare(candidate) => {
                        drop(cs);
                        if ops::eq(vm, &candidate, &key)? {
                            probe.confirm();
                        }
                    }
                }
            };
            match self.table_mut().insert_vacant(vacant, key) {
                Ok(()) => return Ok(true),
                Err(k) => key = k,
            }
        }
    }

    /// Removes `key`; the removed key, or None when absent.
    pub fn discard(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = ops::hash(vm, key)?;
        loop {
            let mut probe = {
                let _cs = self.lock.enter();
                self.table().probe(hash)
            };
            let (found, _cs) = loop {
                let cs = self.lock.enter();
                match self.table().step(&mut probe, |k| k.is(key)) {
                    SetStep::Found(f) => break (Some(f), cs),
                    SetStep::Vacant(_) => break (None, cs),
                    SetStep::Compare(candidate) => {
                        drop(cs);
                        if ops::eq(vm, &candidate, key)? {
                            probe.confirm();
                        }
                    }
                }
            };
            let Some(found) = found else { return Ok(None) };
            if let Ok(k) = self.table_mut().remove_found(found) {
                return Ok(Some(k));
            }
        }
    }

    pub fn pop(&self) -> Option<Value> {
        let _cs = self.lock.enter();
        self.table_mut().pop()
    }

    /// Empties the set; returns the old table for the caller to drop.
    pub fn clear(&self) -> SetTable<Value> {
        let _cs = self.lock.enter();
        self.table_mut().take()
    }

    pub fn copy(&self) -> SetStore {
        let _cs = self.lock.enter();
        SetStore::from_table(self.table().copy())
    }

    /// Reports every reference the object holds (for the cycle collector; no Python code runs).
    pub fn visit_refs(&self, visit: &mut dyn FnMut(&Value)) {
        let _cs = self.lock.enter();
        for (_, k) in self.table().iter() {
            visit(k);
        }
    }

    /// Entry after position `pos` in slot order (for iterators).
    pub fn next_from(&self, pos: usize) -> Option<(usize, Value)> {
        let _cs = self.lock.enter();
        self.table()
            .next_from(pos)
            .map(|(next, _, k)| (next, k.clone()))
    }
}

/// The table of a set or frozenset (subclasses included).
pub fn as_set_table(v: &Value) -> Option<&SetStore> {
    match v.layout() {
        Layout::Set => v.downcast::<SetData>().map(|s| &s.0),
        Layout::FrozenSet => v.downcast::<FrozenSetData>().map(|s| &s.0),
        _ => None,
    }
}

pub fn new_set() -> Value {
    alloc(&builtin_types().set.value(), SetData(SetStore::new()))
}

pub fn new_frozenset_from_store(store: SetStore) -> Value {
    alloc(&builtin_types().frozenset.value(), FrozenSetData(store))
}

pub fn new_set_from_store(store: SetStore) -> Value {
    alloc(&builtin_types().set.value(), SetData(store))
}

/// A new set holding `items`.
pub fn new_set_value(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let store = SetStore::new();
    for it in items {
        store.add(vm, it)?;
    }
    Ok(new_set_from_store(store))
}
