//! Inline caches of LOAD_ATTR and STORE_ATTR on instances of Python classes. A cache records
//! the owner's type version and the global type epoch (any type attribute store anywhere
//! changes it), the kind of hit, and an index; on use both must match, and the instance must
//! not have a materialized `__dict__`. The units are shared by all threads: a fill claims the
//! cache and bumps a sequence, and a read that overlaps a fill is a miss. Misses fall back to `interp::attr` and refill the cache.
//! This file must not change attribute semantics: every hit returns what the slow path would.

use std::sync::atomic::{fence, AtomicU16, Ordering};

use crate::object::typeobj::{attr_cache, instance_data, tflags, Layout, TypeData};
use crate::object::value::Value;

/// Cache kinds (low 4 bits of unit 4 of the cache).
const EMPTY: u16 = 0;
const INSTANCE_VALUE: u16 = 1;
const METHOD: u16 = 2;
const SLOT: u16 = 3;
/// A writer is filling the cache.
const BUSY: u16 = 0xf;
const KIND_MASK: u16 = 0xf;
/// The upper 12 bits of unit 4 count fills, so a reader can tell that a fill happened while it
/// read (a sequence lock: the units are shared by every thread running the code).
const SEQ_STEP: u16 = 0x10;

/// The cache units of one instruction: [version lo, version hi, epoch lo, epoch hi, kind and
/// fill sequence, index, keys-len lo, keys-len hi, (unused)]. STORE_ATTR uses the first six.
pub struct AttrCache<'a>(&'a [AtomicU16]);

/// A consistent copy of a filled cache.
struct Filled {
    kind: u16,
    index: usize,
    keys_len: usize,
}

impl<'a> AttrCache<'a> {
    /// The cache units starting at `at` (the first unit after the opcode unit).
    #[inline(always)]
    pub fn at(units: &'a [AtomicU16], at: usize, len: usize) -> Option<AttrCache<'a>> {
        units.get(at..at + len).map(AttrCache)
    }

    #[inline(always)]
    fn unit(&self, i: usize) -> u16 {
        self.0[i].load(Ordering::Relaxed)
    }

    #[inline(always)]
    fn u32_at(&self, i: usize) -> u32 {
        u32::from(self.unit(i)) | (u32::from(self.unit(i + 1)) << 16)
    }

    #[inline(always)]
    fn set_u32(&self, i: usize, v: u32) {
        self.0[i].store(v as u16, Ordering::Relaxed);
        self.0[i + 1].store((v >> 16) as u16, Ordering::Relaxed);
    }

    /// The cache's contents when it was filled for this type version in this epoch and no
    /// fill overlapped the read.
    #[inline(always)]
    fn read_for(&self, ty: &TypeData) -> Option<Filled> {
        let tag = self.0[4].load(Ordering::Acquire);
        let kind = tag & KIND_MASK;
        if kind == EMPTY || kind == BUSY {
            return None;
        }
        let valid = self.u32_at(0) == ty.version.load(Ordering::Acquire)
            && Some(self.u32_at(2)) == attr_cache::stable_epoch();
        let index = usize::from(self.unit(5));
        let keys_len = if self.0.len() > 7 {
            self.u32_at(6) as usize
        } else {
            0
        };
        fence(Ordering::Acquire);
        (valid && self.0[4].load(Ordering::Relaxed) == tag).then_some(Filled {
            kind,
            index,
            keys_len,
        })
    }

    /// Records a hit. `stamp` (from `Stamp::now`) was taken before the lookups that decided it,
    /// so a type change during them makes the entry miss.
    fn fill(&self, stamp: Stamp, kind: u16, index: usize, keys_len: usize) {
        let (Ok(index), Ok(keys_len)) = (u16::try_from(index), u32::try_from(keys_len)) else {
            return;
        };
        let tag = self.0[4].load(Ordering::Relaxed);
        if tag & KIND_MASK == BUSY
            || self.0[4]
                .compare_exchange(
                    tag,
                    (tag & !KIND_MASK) | BUSY,
                    Ordering::Acquire,
                    Ordering::Relaxed,
                )
                .is_err()
        {
            // Another thread is filling this cache: leave it to that one.
            return;
        }
        // The BUSY tag must be visible before any unit written below (see `thread::seqlock`).
        fence(Ordering::Release);
        self.set_u32(0, stamp.version);
        self.set_u32(2, stamp.epoch);
        self.0[5].store(index, Ordering::Relaxed);
        if self.0.len() > 7 {
            self.set_u32(6, keys_len);
        }
        let seq = (tag & !KIND_MASK).wrapping_add(SEQ_STEP);
        self.0[4].store(seq | kind, Ordering::Release);
    }
}

/// A type's version and the global epoch, read before a cache-filling lookup.
#[derive(Clone, Copy)]
struct Stamp {
    version: u32,
    epoch: u32,
}

impl Stamp {
    /// None while a type attribute store is in progress (then nothing is cached).
    fn now(ty: &TypeData) -> Option<Stamp> {
        let epoch = attr_cache::stable_epoch()?;
        Some(Stamp {
            version: ty.version.load(Ordering::Acquire),
            epoch,
        })
    }
}

/// An instance of a Python class based on `object` with the default attribute hooks.
#[inline(always)]
fn plain_instance(owner: &Value) -> Option<&TypeData> {
    if owner.is_small() {
        return None;
    }
    let ty = owner.type_data();
    (ty.is_heap() && ty.layout == Layout::Object).then_some(ty)
}

/// LOAD_ATTR (plain form) through the cache: Some(value) on a hit.
#[inline(always)]
pub fn load(cache: &AttrCache<'_>, owner: &Value) -> Option<Value> {
    let ty = plain_instance(owner)?;
    let filled = cache.read_for(ty)?;
    let inst = instance_data(owner)?;
    match filled.kind {
        INSTANCE_VALUE => inst.get_inline(filled.index).ok().flatten(),
        SLOT => inst.slot(filled.index),
        _ => None,
    }
}

/// LOAD_ATTR (method form) through the cache: Some(function) when `owner.name` is a plain
/// function of the class not shadowed by the instance (call it with `owner` prepended).
#[inline(always)]
pub fn load_method(cache: &AttrCache<'_>, owner: &Value, name: &Value) -> Option<Value> {
    let ty = plain_instance(owner)?;
    let filled = cache.read_for(ty)?;
    if filled.kind != METHOD {
        return None;
    }
    let inst = instance_data(owner)?;
    if inst.has_dict() || ty.shared_keys_len() != filled.keys_len {
        return None;
    }
    ty.lookup_value(name)
}

/// Records a `__slots__` member of `ty` (or of a base) found by lookup.
fn fill_slot(cache: &AttrCache<'_>, stamp: Stamp, ty: &TypeData, descr: Option<&Value>) {
    let Some(m) = descr.and_then(|d| d.downcast::<crate::object::func::MemberDescrData>()) else {
        return;
    };
    if m.owner
        .downcast::<TypeData>()
        .is_some_and(|o| ty.is_subtype(o))
    {
        cache.fill(stamp, SLOT, m.index, 0);
    }
}

/// Does the type let the default attribute machinery decide (no custom hooks)?
fn default_hooks(ty: &TypeData, hook: &Value) -> bool {
    ty.lookup_value(hook)
        .is_none_or(|h| h.layout() == Layout::Builtin)
}

/// After a slow-path LOAD_ATTR: records how `owner.name` was found, when it is cacheable.
pub fn fill_load(cache: &AttrCache<'_>, owner: &Value, name: &Value, method: bool) {
    let Some(ty) = plain_instance(owner) else {
        return;
    };
    let Some(stamp) = Stamp::now(ty) else {
        return;
    };
    let Some(inst) = instance_data(owner) else {
        return;
    };
    let names = crate::object::names::names();
    if !default_hooks(ty, &names.getattribute) || inst.has_dict() {
        return;
    }
    let descr = ty.lookup_value(name);
    match descr.as_ref().map(Value::layout) {
        Some(Layout::MemberDescr) => fill_slot(cache, stamp, ty, descr.as_ref()),
        Some(Layout::Function) if method && ty.shared_key_index(name, false).is_none() => {
            cache.fill(stamp, METHOD, 0, ty.shared_keys_len());
        }
        None | Some(Layout::Function) => {
            if let Some(i) = ty.shared_key_index(name, false) {
                if inst.value(i).is_some() {
                    cache.fill(stamp, INSTANCE_VALUE, i, 0);
                }
            }
        }
        _ => {}
    }
}

/// STORE_ATTR through the cache: Ok(()) on a hit, Err(value) (handed back) on a miss.
#[inline(always)]
pub fn store(cache: &AttrCache<'_>, owner: &Value, value: Value) -> Result<(), Value> {
    let Some(ty) = plain_instance(owner) else {
        return Err(value);
    };
    let Some(filled) = cache.read_for(ty) else {
        return Err(value);
    };
    let Some(inst) = instance_data(owner) else {
        return Err(value);
    };
    match filled.kind {
        INSTANCE_VALUE => match inst.set_inline(filled.index, Some(value)) {
            Ok(old) => {
                drop(old);
                Ok(())
            }
            Err((value, _)) => Err(value.unwrap_or_else(crate::object::none)),
        },
        SLOT => {
            let old = inst.set_slot(filled.index, Some(value));
            drop(old);
            Ok(())
        }
        _ => Err(value),
    }
}

/// After a slow-path STORE_ATTR: records where `owner.name` was stored, when cacheable.
pub fn fill_store(cache: &AttrCache<'_>, owner: &Value, name: &Value) {
    let Some(ty) = plain_instance(owner) else {
        return;
    };
    let Some(stamp) = Stamp::now(ty) else {
        return;
    };
    let Some(inst) = instance_data(owner) else {
        return;
    };
    let names = crate::object::names::names();
    if !default_hooks(ty, &names.setattr) || inst.has_dict() {
        return;
    }
    let descr = ty.lookup_value(name);
    match descr.as_ref().map(Value::layout) {
        Some(Layout::MemberDescr) => fill_slot(cache, stamp, ty, descr.as_ref()),
        None | Some(Layout::Function) if ty.flags & tflags::NO_DICT == 0 => {
            if let Some(i) = ty.shared_key_index(name, false) {
                cache.fill(stamp, INSTANCE_VALUE, i, 0);
            }
        }
        _ => {}
    }
}
