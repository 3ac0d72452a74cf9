//! Module attribute reads (`math.sqrt`) without the module dict's lock: a per-code table,
//! indexed like `co_names`, records which module dict (by address and keys version) held the
//! value, its mutation count, and the value's word. A hit takes a reference to that word; the
//! dict is watched, so a value it lets go of while other threads run is released only through
//! QSBR. Any store to the dict changes its mutation count, and the entry misses.
//! This file must not change attribute semantics: it only records what the slow path found in
//! the module's own dict for names that no type attribute of `module` can shadow.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use crate::thread::seqlock::SeqCount;

use crate::object::dict::as_dict;
use crate::object::func::ModuleData;
use crate::object::{builtin_types, Value};

/// One cache entry, sequence-locked like the LOAD_GLOBAL cache (a torn read is a miss).
#[derive(Default)]
pub struct ModuleAttrSlot {
    seq: SeqCount,
    dict_word: AtomicUsize,
    keys_version: AtomicU64,
    mutations: AtomicU64,
    value_word: AtomicUsize,
}

/// The dict of an exact `module` object.
fn module_dict(owner: &Value) -> Option<&Value> {
    let m = owner.downcast::<ModuleData>()?;
    if !builtin_types().module.is_type_of(owner) {
        return None;
    }
    Some(&m.dict)
}

/// `owner.name` through the cache: Some(value) on a hit.
#[inline]
pub fn load(slot: &ModuleAttrSlot, owner: &Value) -> Option<Value> {
    let dict_value = module_dict(owner)?;
    let dict = as_dict(dict_value)?;
    let before = slot.seq.read_begin()?;
    let dict_word = slot.dict_word.load(Ordering::Relaxed);
    let keys_version = slot.keys_version.load(Ordering::Relaxed);
    let mutations = slot.mutations.load(Ordering::Relaxed);
    let value_word = slot.value_word.load(Ordering::Relaxed);
    if !slot.seq.read_valid(before)
        || value_word == 0
        || dict_word != dict_value.raw()
        || keys_version != dict.keys_version()
        || mutations != dict.mutations()
    {
        return None;
    }
    Some(if value_word & 1 == 1 {
        // SAFETY: a small-int word is a complete value with no reference count.
        unsafe { Value::from_raw_word(value_word) }
    } else {
        // SAFETY: the dict (same address and keys version, so the same live dict) has not been
        // mutated since the word was recorded, so it still holds the object; a replacement
        // after the check releases the dict's reference only through QSBR (the dict is
        // watched), after this thread's next quiescent point.
        unsafe { Value::from_raw_borrowed(value_word as *const _) }
    })
}

/// After a slow-path read of `owner.name` that returned `value`: records it when it is the
/// module dict's own entry.
pub fn fill(slot: &ModuleAttrSlot, owner: &Value, name: &Value, value: &Value) {
    let Some(dict_value) = module_dict(owner) else {
        return;
    };
    let Some(dict) = as_dict(dict_value) else {
        return;
    };
    if crate::object::str::as_str(name).is_none_or(|n| n.starts_with("__")) {
        return;
    }
    let keys_version = dict.keys_version();
    let mutations = dict.mutations();
    match dict.get_str_value(name) {
        Some(v) if v.is(value) => {}
        _ => return,
    }
    dict.watch();
    let Some(seq) = slot.seq.write_begin() else {
        return;
    };
    slot.dict_word.store(dict_value.raw(), Ordering::Relaxed);
    slot.keys_version.store(keys_version, Ordering::Relaxed);
    slot.mutations.store(mutations, Ordering::Relaxed);
    slot.value_word.store(value.raw(), Ordering::Relaxed);
    slot.seq.write_end(seq);
}
