//! Hash-table storage behind `set`/`frozenset` ([`SetTable`], CPython 3.11 `setobject.c`, exact
//! slot layout so iteration order matches CPython) and `dict` ([`DictTable`], compact and
//! insertion-ordered like `dictobject.c`). Generic over the key type; this file never hashes,
//! never compares keys itself and never calls back into user code while it is borrowed.
//!
//! # Lookup protocol
//!
//! The caller computes the hash. Equality may run user code that fails or mutates the very
//! table being probed, so the general lookup is a small state machine whose every step is a
//! short borrow; comparisons happen between steps, on an owned clone of the stored key:
//!
//! ```text
//! let mut probe = set.probe(hash);
//! let hit = loop {
//!     match set.step(&mut probe, |stored| stored.is(&key)) { // `is`: identity, no user code
//!         SetStep::Found(found) => break Some(found),
//!         SetStep::Vacant(vacant) => break None,            // or: set.insert_vacant(vacant, key)
//!         SetStep::Compare(candidate) => {                  // table not borrowed here
//!             if user_eq(&candidate, &key)? { probe.confirm(); }
//!         }
//!     }
//! };
//! ```
//!
//! After `Compare`, call `step` again (after `confirm()` if the keys were equal). If the table
//! changed in between (internal mutation stamp), `step` restarts the probe from scratch, as
//! CPython does. `Found`/`Vacant` tokens are consumed by `remove_found` / `insert_vacant` /
//! `value_mut` / ..., which re-validate them and return `Err` (giving the key/value back) if the
//! table changed since; the caller then starts a new probe. Tokens are only meaningful for the
//! table that issued them. Removed keys and values are returned, so they are dropped outside.
//! When comparisons cannot run user code (exact `str`/`int` keys), the `*_with` methods do the
//! whole operation in one borrow without cloning keys. Any i64 hash works; pass CPython's.

use std::mem;

/// CPython's `PERTURB_SHIFT`.
const PERTURB_SHIFT: u32 = 5;
/// CPython's `LINEAR_PROBES` (setobject.c).
const LINEAR_PROBES: usize = 9;
/// `PySet_MINSIZE`.
const SET_MINSIZE: usize = 8;
/// Hash stored in a set slot whose key was deleted (CPython's dummy entry).
const DUMMY_HASH: i64 = -1;
const NO_SLOT: usize = usize::MAX;

/// A `Found`/`Vacant` token no longer matches the table (it changed since the token was made).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stale;

#[inline]
fn hash_bits(hash: i64) -> usize {
    hash as u64 as usize
}

// ======================================================================================
// SetTable
// ======================================================================================

/// One slot: empty (`key: None`, `hash != -1`), dummy (`key: None`, `hash == -1`) or active.
struct SetEntry<K> {
    hash: i64,
    key: Option<K>,
}

impl<K> SetEntry<K> {
    const EMPTY: Self = SetEntry { hash: 0, key: None };
}

fn empty_set_slots<K>(n: usize) -> Vec<SetEntry<K>> {
    let mut v = Vec::with_capacity(n);
    v.resize_with(n, || SetEntry::EMPTY);
    v
}

/// The table of a `set`/`frozenset`: CPython 3.11's open-addressing table, slot for slot.
pub struct SetTable<K> {
    /// Either empty (not allocated yet; then `mask == 7` and `fill == 0`) or `mask + 1` slots.
    table: Vec<SetEntry<K>>,
    mask: usize,
    /// Active + dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` starts searching.
    finger: usize,
    /// Bumped on every change of the slots (insert, delete, resize, clear).
    stamp: u64,
}

/// Cursor over the probe sequence of one hash in a [`SetTable`]; see the module docs.
#[derive(Clone, Debug)]
pub struct SetProbe {
    hash: i64,
    stamp: u64,
    mask: usize,
    perturb: usize,
    /// Start of the current linear run; the slot under examination is `base + off`.
    base: usize,
    off: usize,
    /// Last `off` of the current run (`LINEAR_PROBES` or 0 near the end of the table).
    limit: usize,
    /// Last dummy seen (CPython's `freeslot`).
    freeslot: usize,
    /// A `Compare` was handed out for slot `base + off` and awaits the caller's verdict.
    pending: bool,
    matched: bool,
}

impl SetProbe {
    #[inline]
    fn start(hash: i64, mask: usize, stamp: u64) -> Self {
        let base = hash_bits(hash) & mask;
        SetProbe {
            hash,
            stamp,
            mask,
            perturb: hash_bits(hash),
            base,
            off: 0,
            limit: set_run_limit(base, mask),
            freeslot: NO_SLOT,
            pending: false,
            matched: false,
        }
    }

    /// The key of the last `Compare` step was equal to the probe key. Call before the next
    /// `step`, which then yields `Found` (or restarts if the table changed meanwhile).
    #[inline]
    pub fn confirm(&mut self) {
        self.matched = self.pending;
    }

    /// The hash this probe searches for.
    #[inline]
    pub fn hash(&self) -> i64 {
        self.hash
    }

    #[inline]
    fn advance(&mut self) {
        if self.off < self.limit {
            self.off += 1;
        } else {
            self.perturb >>= PERTURB_SHIFT;
            self.base = self
                .base
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb)
                & self.mask;
            self.off = 0;
            self.limit = set_run_limit(self.base, self.mask);
        }
    }
}

#[inline]
fn set_run_limit(base: usize, mask: usize) -> usize {
    if base.saturating_add(LINEAR_PROBES) <= mask {
        LINEAR_PROBES
    } else {
        0
    }
}

/// One step of a set lookup.
#[derive(Debug)]
pub enum SetStep<K> {
    /// The key is in the set.
    Found(SetFound),
    /// The key is not in the set; the token says where `add` would put it.
    Vacant(SetVacant),
    /// A stored key with the same hash (a clone): compare it with the probe key outside any
    /// borrow of the table, `confirm()` the probe if equal, then `step` again.
    Compare(K),
}

/// Token: the slot holding the key that was looked up.
#[derive(Clone, Copy, Debug)]
#[must_use]
pub struct SetFound {
    slot: usize,
    stamp: u64,
    mask: usize,
}

/// Token: where a key found absent would be inserted.
#[derive(Clone, Copy, Debug)]
#[must_use]
pub struct SetVacant {
    slot: usize,
    hash: i64,
    /// The slot is never-used (else it is a dummy being recycled).
    unused: bool,
    stamp: u64,
    mask: usize,
}

/// Result of [`SetTable::merge`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[must_use]
pub enum Merge {
    /// Everything was copied (no comparisons were needed).
    Done,
    /// The table was pre-sized; the caller must now add every entry of `other`, in slot order
    /// (`other.next_from`), through the normal add protocol (comparisons may be needed).
    NeedsInserts,
}

enum SetRaw<'a, K> {
    Found(usize),
    Vacant(usize, bool),
    Candidate(&'a K),
}

enum Hit {
    Found(usize),
    Vacant(usize, bool),
}

impl<K> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K> SetTable<K> {
    /// An empty set (allocates nothing until the first insertion).
    pub const fn new() -> Self {
        SetTable {
            table: Vec::new(),
            mask: SET_MINSIZE - 1,
            fill: 0,
            used: 0,
            finger: 0,
            stamp: 0,
        }
    }

    /// Number of keys.
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Start a lookup of `hash` (see the module docs).
    #[inline]
    pub fn probe(&self, hash: i64) -> SetProbe {
        SetProbe::start(hash, self.mask, self.stamp)
    }

    /// Core of `set_lookkey`/`set_add_entry`: advance `p` to the next decision.
    #[inline]
    fn raw_step(&self, p: &mut SetProbe, same: impl Fn(&K) -> bool) -> SetRaw<'_, K> {
        if p.stamp != self.stamp || p.mask != self.mask {
            // The table changed since the probe started (or since the last Compare): restart.
            *p = SetProbe::start(p.hash, self.mask, self.stamp);
        }
        if p.pending {
            p.pending = false;
            if p.matched {
                p.matched = false;
                return SetRaw::Found(p.base + p.off);
            }
            p.advance();
        }
        if self.table.is_empty() {
            return SetRaw::Vacant(hash_bits(p.hash) & self.mask, true);
        }
        loop {
            let idx = p.base + p.off;
            // Invariant: idx <= mask < table.len(), and at least one slot is empty (fill < size)
            // so the loop ends; `get` only keeps this panic-free if a caller mixes up tables.
            let Some(entry) = self.table.get(idx) else {
                *p = SetProbe::start(p.hash, self.mask, self.stamp);
                return SetRaw::Vacant(hash_bits(p.hash) & self.mask, false);
            };
            match &entry.key {
                None => {
                    if entry.hash != DUMMY_HASH {
                        return if p.freeslot == NO_SLOT {
                            SetRaw::Vacant(idx, true)
                        } else {
                            SetRaw::Vacant(p.freeslot, false)
                        };
                    }
                    p.freeslot = idx;
                }
                Some(k) => {
                    if entry.hash == p.hash {
                        if same(k) {
                            return SetRaw::Found(idx);
                        }
                        p.pending = true;
                        p.matched = false;
                        return SetRaw::Candidate(k);
                    }
                }
            }
            p.advance();
        }
    }

    /// Whole lookup in one borrow; `eq` must not touch this table.
    #[inline]
    fn find<E>(&self, hash: i64, mut eq: impl FnMut(&K) -> Result<bool, E>) -> Result<Hit, E> {
        let mut p = self.probe(hash);
        loop {
            match self.raw_step(&mut p, |_| false) {
                SetRaw::Found(slot) => return Ok(Hit::Found(slot)),
                SetRaw::Vacant(slot, unused) => return Ok(Hit::Vacant(slot, unused)),
                SetRaw::Candidate(k) => {
                    if eq(k)? {
                        p.matched = true;
                    }
                }
            }
        }
    }

    /// `key in set`, when `eq` (stored key == probe key, identity included) runs no user code.
    #[inline]
    pub fn contains_with<E>(
        &self,
        hash: i64,
        eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        Ok(matches!(self.find(hash, eq)?, Hit::Found(_)))
    }

    /// `set.add(key)` when `eq` runs no user code. Returns whether the key was inserted
    /// (if already present, `key` is dropped and the stored key kept).
    #[inline]
    pub fn add_with<E>(
        &mut self,
        hash: i64,
        key: K,
        eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        match self.find(hash, eq)? {
            Hit::Found(_) => Ok(false),
            Hit::Vacant(slot, unused) => {
                self.place(slot, unused, hash, key);
                Ok(true)
            }
        }
    }

    /// `set.discard(key)` when `eq` runs no user code. Returns the removed stored key.
    #[inline]
    pub fn discard_with<E>(
        &mut self,
        hash: i64,
        eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<K>, E> {
        match self.find(hash, eq)? {
            Hit::Found(slot) => Ok(self.take_slot(slot)),
            Hit::Vacant(..) => Ok(None),
        }
    }

    /// Insert where a `Vacant` step said (the `found_unused_or_dummy` tail of `set_add_entry`,
    /// including the resize rule). Gives the key back if the token is stale: probe again.
    #[inline]
    pub fn insert_vacant(&mut self, vacant: SetVacant, key: K) -> Result<(), K> {
        if vacant.stamp != self.stamp || vacant.mask != self.mask {
            return Err(key);
        }
        match self.table.get(vacant.slot) {
            None if !(self.table.is_empty() && vacant.unused && vacant.slot <= self.mask) => {
                return Err(key)
            }
            Some(e) if e.key.is_some() || (e.hash == DUMMY_HASH) == vacant.unused => {
                return Err(key)
            }
            _ => {}
        }
        self.place(vacant.slot, vacant.unused, vacant.hash, key);
        Ok(())
    }

    /// Remove the key a `Found` step pointed at (`set_discard_entry`); returns it.
    #[inline]
    pub fn remove_found(&mut self, found: SetFound) -> Result<K, Stale> {
        if found.stamp != self.stamp || found.mask != self.mask {
            return Err(Stale);
        }
        self.take_slot(found.slot).ok_or(Stale)
    }

    /// The stored key a `Found` step pointed at.
    #[inline]
    pub fn found_key(&self, found: &SetFound) -> Result<&K, Stale> {
        if found.stamp != self.stamp || found.mask != self.mask {
            return Err(Stale);
        }
        self.table
            .get(found.slot)
            .and_then(|e| e.key.as_ref())
            .ok_or(Stale)
    }

    #[inline]
    fn place(&mut self, slot: usize, unused: bool, hash: i64, key: K) {
        if self.table.is_empty() {
            self.table = empty_set_slots(self.mask + 1);
        }
        let Some(entry) = self.table.get_mut(slot) else {
            return;
        };
        entry.hash = hash;
        entry.key = Some(key);
        self.used += 1;
        self.stamp = self.stamp.wrapping_add(1);
        if unused {
            self.fill += 1;
            if self.fill.saturating_mul(5) >= self.mask.saturating_mul(3) {
                let used = self.used;
                self.resize(if used > 50000 {
                    used.saturating_mul(2)
                } else {
                    used.saturating_mul(4)
                });
            }
        }
    }

    #[inline]
    fn take_slot(&mut self, slot: usize) -> Option<K> {
        let entry = self.table.get_mut(slot)?;
        let key = entry.key.take()?;
        entry.hash = DUMMY_HASH;
        self.used -= 1;
        self.stamp = self.stamp.wrapping_add(1);
        Some(key)
    }

    /// `set_table_resize`: smallest power of two > `minused` (at least 8), reinserting the
    /// active entries in slot order.
    fn resize(&mut self, minused: usize) {
        let mut newsize = SET_MINSIZE;
        while newsize <= minused {
            match newsize.checked_mul(2) {
                Some(n) => newsize = n,
                None => break,
            }
        }
        if newsize == SET_MINSIZE && self.mask == SET_MINSIZE - 1 && self.fill == self.used {
            return; // small table without dummies: nothing to do
        }
        let old = mem::replace(&mut self.table, empty_set_slots(newsize));
        self.mask = newsize - 1;
        self.fill = self.used;
        self.stamp = self.stamp.wrapping_add(1);
        for entry in old {
            if let Some(key) = entry.key {
                insert_clean(&mut self.table, self.mask, entry.hash, key);
            }
        }
    }

    /// `set.update(iterable)` pre-sizing (`set_merge`, and `set_update_internal` for a dict of
    /// `incoming` items): one big resize instead of incremental ones.
    pub fn presize_for_update(&mut self, incoming: usize) {
        if self.fill.saturating_add(incoming).saturating_mul(5) >= self.mask.saturating_mul(3) {
            self.resize(self.used.saturating_add(incoming).saturating_mul(2));
        }
    }

    /// `set.pop()`: CPython's finger walk. `None` if empty.
    pub fn pop(&mut self) -> Option<K> {
        if self.used == 0 || self.table.is_empty() {
            return None;
        }
        let mask = self.mask;
        let mut i = self.finger & mask;
        // used > 0, so an active slot exists and the walk ends.
        while self.table.get(i)?.key.is_none() {
            i = if i >= mask { 0 } else { i + 1 };
        }
        let key = self.take_slot(i);
        self.finger = i + 1;
        key
    }

    /// Remove everything (`set_clear_internal`; the pop finger is kept, as in CPython).
    pub fn clear(&mut self) {
        drop(self.take());
    }

    /// Like [`clear`](Self::clear) but hands back the old contents, so the caller can drop the
    /// keys after releasing its borrow of this table.
    pub fn take(&mut self) -> Self {
        let old = SetTable {
            table: mem::take(&mut self.table),
            mask: self.mask,
            fill: self.fill,
            used: self.used,
            finger: 0,
            stamp: 0,
        };
        self.mask = SET_MINSIZE - 1;
        self.fill = 0;
        self.used = 0;
        self.stamp = self.stamp.wrapping_add(1);
        old
    }

    /// Exchange contents with `other` (`set_swap_bodies`: fingers stay). Outstanding tokens of
    /// both tables become stale.
    pub fn swap_contents(&mut self, other: &mut Self) {
        mem::swap(&mut self.table, &mut other.table);
        mem::swap(&mut self.mask, &mut other.mask);
        mem::swap(&mut self.fill, &mut other.fill);
        mem::swap(&mut self.used, &mut other.used);
        let stamp = self.stamp.max(other.stamp).wrapping_add(1);
        self.stamp = stamp;
        other.stamp = stamp;
    }

    /// Iterate `(hash, key)` in slot order (CPython's iteration order).
    pub fn iter(&self) -> impl Iterator<Item = (i64, &K)> + '_ {
        self.table
            .iter()
            .filter_map(|e| e.key.as_ref().map(|k| (e.hash, k)))
    }

    /// Resumable iteration (`set_next`): the first active slot at index `>= pos`, as
    /// `(next pos, hash, key)`. Start with `pos = 0`.
    #[inline]
    pub fn next_from(&self, pos: usize) -> Option<(usize, i64, &K)> {
        let rest = self.table.get(pos..)?;
        rest.iter()
            .enumerate()
            .find_map(|(j, e)| e.key.as_ref().map(|k| (pos + j + 1, e.hash, k)))
    }
}

impl<K: Clone> SetTable<K> {
    /// One step of the lookup protocol (see the module docs). `same(stored)` must be a cheap
    /// identity test against the probe key (CPython's `startkey == key`) and run no user code.
    #[inline]
    pub fn step(&self, probe: &mut SetProbe, same: impl Fn(&K) -> bool) -> SetStep<K> {
        match self.raw_step(probe, same) {
            SetRaw::Found(slot) => SetStep::Found(SetFound {
                slot,
                stamp: self.stamp,
                mask: self.mask,
            }),
            SetRaw::Vacant(slot, unused) => SetStep::Vacant(SetVacant {
                slot,
                hash: probe.hash,
                unused,
                stamp: self.stamp,
                mask: self.mask,
            }),
            SetRaw::Candidate(k) => SetStep::Compare(k.clone()),
        }
    }

    /// `set_merge` (`set.update(other_set)`, `set(other_set)`): pre-sizes, and when this table
    /// is empty copies `other` without comparisons (verbatim when the sizes match, reproducing
    /// CPython's layout). Otherwise returns `NeedsInserts`. The caller handles `a.update(a)`.
    pub fn merge(&mut self, other: &SetTable<K>) -> Merge {
        if other.used == 0 {
            return Merge::Done;
        }
        self.presize_for_update(other.used);
        if self.fill != 0 {
            return Merge::NeedsInserts;
        }
        if self.table.is_empty() {
            self.table = empty_set_slots(self.mask + 1);
        }
        if self.mask == other.mask && other.fill == other.used {
            for (dst, src) in self.table.iter_mut().zip(&other.table) {
                if let Some(k) = &src.key {
                    dst.hash = src.hash;
                    dst.key = Some(k.clone());
                }
            }
        } else {
            for src in &other.table {
                if let Some(k) = &src.key {
                    insert_clean(&mut self.table, self.mask, src.hash, k.clone());
                }
            }
        }
        self.fill = other.used;
        self.used = other.used;
        self.stamp = self.stamp.wrapping_add(1);
        Merge::Done
    }

    /// Whole `set_merge` when comparisons run no user code: `eq(stored, incoming)`.
    pub fn merge_with<E>(
        &mut self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if self.merge(other) == Merge::Done {
            return Ok(());
        }
        for src in &other.table {
            if let Some(k) = &src.key {
                if let Hit::Vacant(slot, unused) = self.find(src.hash, |stored| eq(stored, k))? {
                    self.place(slot, unused, src.hash, k.clone());
                }
            }
        }
        Ok(())
    }

    /// `set.copy()` / `frozenset(s)`: a new table built as CPython builds it (dummies dropped).
    pub fn copy(&self) -> Self {
        let mut new = Self::new();
        let _ = new.merge(self); // always Done: `new` is empty
        new
    }
}

/// `set_insert_clean`: place a key known absent into a table without dummies.
#[inline]
fn insert_clean<K>(table: &mut [SetEntry<K>], mask: usize, hash: i64, key: K) {
    let mut perturb = hash_bits(hash);
    let mut i = perturb & mask;
    loop {
        let run = if i.saturating_add(LINEAR_PROBES) <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        for j in i..=i + run {
            match table.get_mut(j) {
                Some(e) if e.key.is_none() => {
                    e.hash = hash;
                    e.key = Some(key);
                    return;
                }
                Some(_) => {}
                None => return, // only if mask does not match the table: never
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) & mask;
    }
}

impl<K: std::fmt::Debug> std::fmt::Debug for SetTable<K> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.iter().map(|(_, k)| k)).finish()
    }
}

// ======================================================================================
// DictTable
// ======================================================================================

const DKIX_EMPTY: isize = -1;
const DKIX_DUMMY: isize = -2;
const DICT_LOG_MINSIZE: u8 = 3;
/// `_PyDict_NewPresized` caps presizing at 2**17 slots.
const DICT_LOG_MAX_PRESIZE: u8 = 17;

/// The sparse index table: entry indices (>= 0), `DKIX_EMPTY` or `DKIX_DUMMY`, stored in the
/// narrowest signed width that fits the table size.
#[derive(Clone)]
enum Indices {
    Unallocated,
    I8(Box<[i8]>),
    I16(Box<[i16]>),
    I32(Box<[i32]>),
    I64(Box<[i64]>),
}

impl Indices {
    fn new(log2_size: u8) -> Self {
        let n = 1usize << log2_size;
        if log2_size < 8 {
            Indices::I8(vec![-1; n].into_boxed_slice())
        } else if log2_size < 16 {
            Indices::I16(vec![-1; n].into_boxed_slice())
        } else if log2_size < 32 {
            Indices::I32(vec![-1; n].into_boxed_slice())
        } else {
            Indices::I64(vec![-1; n].into_boxed_slice())
        }
    }

    #[inline]
    fn get(&self, i: usize) -> isize {
        match self {
            Indices::Unallocated => DKIX_EMPTY,
            Indices::I8(t) => t.get(i).map_or(DKIX_EMPTY, |&v| v as isize),
            Indices::I16(t) => t.get(i).map_or(DKIX_EMPTY, |&v| v as isize),
            Indices::I32(t) => t.get(i).map_or(DKIX_EMPTY, |&v| v as isize),
            Indices::I64(t) => t.get(i).map_or(DKIX_EMPTY, |&v| v as isize),
        }
    }

    /// `ix` always fits: the width was chosen so that every entry index does.
    #[inline]
    fn set(&mut self, i: usize, ix: isize) {
        match self {
            Indices::Unallocated => {}
            Indices::I8(t) => {
                if let Some(s) = t.get_mut(i) {
                    *s = ix as i8;
                }
            }
            Indices::I16(t) => {
                if let Some(s) = t.get_mut(i) {
                    *s = ix as i16;
                }
            }
            Indices::I32(t) => {
                if let Some(s) = t.get_mut(i) {
                    *s = ix as i32;
                }
            }
            Indices::I64(t) => {
                if let Some(s) = t.get_mut(i) {
                    *s = ix as i64;
                }
            }
        }
    }
}

#[inline]
fn usable_fraction(size: usize) -> usize {
    (size << 1) / 3
}

/// Smallest log2 of a table size >= `minsize`, at least `PyDict_MINSIZE`.
#[inline]
fn calculate_log2_keysize(minsize: usize) -> u8 {
    let size = minsize.max(1 << DICT_LOG_MINSIZE);
    match size.checked_next_power_of_two() {
        Some(p) => p.trailing_zeros() as u8,
        None => (usize::BITS - 1) as u8,
    }
}

#[derive(Clone)]
struct DictEntry<K, V> {
    hash: i64,
    key: K,
    value: V,
}

/// The table of a `dict`: compact and insertion-ordered, like CPython's combined-table dict.
#[derive(Clone)]
pub struct DictTable<K, V> {
    indices: Indices,
    log2_size: u8,
    /// Dense entries in insertion order; `None` is the hole left by a deletion.
    entries: Vec<Option<DictEntry<K, V>>>,
    used: usize,
    /// Entries that can still be appended before a resize (`dk_usable`).
    usable: usize,
    /// Bumped whenever the set of keys or the layout changes (not on value replacement).
    stamp: u64,
}

/// Cursor over the probe sequence of one hash in a [`DictTable`]; see the module docs.
#[derive(Clone, Debug)]
pub struct DictProbe {
    hash: i64,
    stamp: u64,
    mask: usize,
    perturb: usize,
    i: usize,
    /// First index slot that is empty or dummy (CPython's `find_empty_slot`).
    first_free: usize,
    pending: bool,
    matched: bool,
}

impl DictProbe {
    #[inline]
    fn start(hash: i64, mask: usize, stamp: u64) -> Self {
        DictProbe {
            hash,
            stamp,
            mask,
            perturb: hash_bits(hash),
            i: hash_bits(hash) & mask,
            first_free: NO_SLOT,
            pending: false,
            matched: false,
        }
    }

    /// The key of the last `Compare` step was equal to the probe key. Call before the next
    /// `step`, which then yields `Found` (or restarts if the table changed meanwhile).
    #[inline]
    pub fn confirm(&mut self) {
        self.matched = self.pending;
    }

    /// The hash this probe searches for.
    #[inline]
    pub fn hash(&self) -> i64 {
        self.hash
    }

    #[inline]
    fn advance(&mut self) {
        self.perturb >>= PERTURB_SHIFT;
        self.i = self
            .i
            .wrapping_mul(5)
            .wrapping_add(self.perturb)
            .wrapping_add(1)
            & self.mask;
    }
}

/// One step of a dict lookup.
#[derive(Debug)]
pub enum DictStep<K> {
    /// The key is in the dict.
    Found(DictFound),
    /// The key is not in the dict; the token lets `insert_vacant` add it.
    Vacant(DictVacant),
    /// A stored key with the same hash (a clone): compare outside any borrow of the table,
    /// `confirm()` the probe if equal, then `step` again.
    Compare(K),
}

/// Token: the entry holding the key that was looked up.
#[derive(Clone, Copy, Debug)]
#[must_use]
pub struct DictFound {
    slot: usize,
    ix: usize,
    stamp: u64,
    mask: usize,
}

impl DictFound {
    /// Position of the entry in insertion order (an index for [`DictTable::entry_at`]).
    #[inline]
    pub fn entry_index(&self) -> usize {
        self.ix
    }
}

/// Token: where a key found absent would be inserted.
#[derive(Clone, Copy, Debug)]
#[must_use]
pub struct DictVacant {
    slot: usize,
    hash: i64,
    stamp: u64,
    mask: usize,
}

enum DictRaw<'a, K> {
    Found(usize, usize),
    Vacant(usize),
    Candidate(&'a K),
}

enum DictHit {
    Found(usize, usize),
    Vacant(usize),
}

impl<K, V> Default for DictTable<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K, V> DictTable<K, V> {
    /// An empty dict (allocates nothing until the first insertion).
    pub const fn new() -> Self {
        DictTable {
            indices: Indices::Unallocated,
            log2_size: DICT_LOG_MINSIZE,
            entries: Vec::new(),
            used: 0,
            usable: 0,
            stamp: 0,
        }
    }

    /// A dict presized for `n` items (`_PyDict_NewPresized`).
    pub fn with_capacity(n: usize) -> Self {
        let mut d = Self::new();
        if n > usable_fraction(1 << DICT_LOG_MINSIZE) {
            let log2 = if n > usable_fraction(1 << DICT_LOG_MAX_PRESIZE) {
                DICT_LOG_MAX_PRESIZE
            } else {
                calculate_log2_keysize(n.saturating_mul(3).saturating_add(1) / 2)
            };
            d.resize(log2);
        }
        d
    }

    #[inline]
    fn mask(&self) -> usize {
        (1usize << self.log2_size) - 1
    }

    /// Number of items.
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Length of the entries vector, holes included: iterators walk `0..entries_len()` with
    /// [`entry_at`](Self::entry_at), skipping `None`.
    #[inline]
    pub fn entries_len(&self) -> usize {
        self.entries.len()
    }

    /// The entry at position `i` in insertion order, or `None` for a hole / out of range.
    #[inline]
    pub fn entry_at(&self, i: usize) -> Option<(&K, &V)> {
        self.entries.get(i)?.as_ref().map(|e| (&e.key, &e.value))
    }

    /// Like [`entry_at`](Self::entry_at), with the stored hash.
    #[inline]
    pub fn hashed_entry_at(&self, i: usize) -> Option<(i64, &K, &V)> {
        self.entries
            .get(i)?
            .as_ref()
            .map(|e| (e.hash, &e.key, &e.value))
    }

    /// Mutable access to the value at entry position `i`.
    #[inline]
    pub fn value_at_mut(&mut self, i: usize) -> Option<&mut V> {
        self.entries.get_mut(i)?.as_mut().map(|e| &mut e.value)
    }

    /// Items in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> + '_ {
        self.entries
            .iter()
            .filter_map(|e| e.as_ref().map(|e| (&e.key, &e.value)))
    }

    /// Start a lookup of `hash` (see the module docs).
    #[inline]
    pub fn probe(&self, hash: i64) -> DictProbe {
        DictProbe::start(hash, self.mask(), self.stamp)
    }

    /// Core of `lookdict`: advance `p` to the next decision.
    #[inline]
    fn raw_step(&self, p: &mut DictProbe, same: impl Fn(&K) -> bool) -> DictRaw<'_, K> {
        let mask = self.mask();
        if p.stamp != self.stamp || p.mask != mask {
            *p = DictProbe::start(p.hash, mask, self.stamp);
        }
        if p.pending {
            p.pending = false;
            if p.matched {
                p.matched = false;
                let ix = self.indices.get(p.i);
                if ix >= 0 {
                    return DictRaw::Found(p.i, ix as usize);
                }
            }
            p.advance();
        }
        // Invariant: fewer entries than index slots, so an empty slot ends the loop.
        loop {
            let ix = self.indices.get(p.i);
            if ix >= 0 {
                if let Some(Some(e)) = self.entries.get(ix as usize) {
                    if same(&e.key) {
                        return DictRaw::Found(p.i, ix as usize);
                    }
                    if e.hash == p.hash {
                        p.pending = true;
                        p.matched = false;
                        return DictRaw::Candidate(&e.key);
                    }
                }
            } else if ix == DKIX_EMPTY {
                let slot = if p.first_free == NO_SLOT {
                    p.i
                } else {
                    p.first_free
                };
                return DictRaw::Vacant(slot);
            } else if p.first_free == NO_SLOT {
                p.first_free = p.i;
            }
            p.advance();
        }
    }

    #[inline]
    fn find<E>(&self, hash: i64, mut eq: impl FnMut(&K) -> Result<bool, E>) -> Result<DictHit, E> {
        let mut p = self.probe(hash);
        loop {
            match self.raw_step(&mut p, |_| false) {
                DictRaw::Found(slot, ix) => return Ok(DictHit::Found(slot, ix)),
                DictRaw::Vacant(slot) => return Ok(DictHit::Vacant(slot)),
                DictRaw::Candidate(k) => {
                    if eq(k)? {
                        p.matched = true;
                    }
                }
            }
        }
    }

    /// `d[key]` when `eq` (stored key == probe key, identity included) runs no user code.
    #[inline]
    pub fn get_with<E>(
        &self,
        hash: i64,
        eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<&V>, E> {
        Ok(match self.find(hash, eq)? {
            DictHit::Found(_, ix) => self
                .entries
                .get(ix)
                .and_then(|e| e.as_ref())
                .map(|e| &e.value),
            DictHit::Vacant(_) => None,
        })
    }

    /// `d[key] = value` when `eq` runs no user code. Replacing keeps the position and the
    /// stored key (the new `key` is dropped) and returns the old value.
    #[inline]
    pub fn insert_with<E>(
        &mut self,
        hash: i64,
        key: K,
        value: V,
        eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<V>, E> {
        match self.find(hash, eq)? {
            DictHit::Found(_, ix) => match self.entries.get_mut(ix) {
                Some(Some(e)) => Ok(Some(mem::replace(&mut e.value, value))),
                _ => Ok(None),
            },
            DictHit::Vacant(slot) => {
                self.place(slot, hash, key, value);
                Ok(None)
            }
        }
    }

    /// `del d[key]` / `d.pop(key)` when `eq` runs no user code. Returns the removed item.
    #[inline]
    pub fn remove_with<E>(
        &mut self,
        hash: i64,
        eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<(K, V)>, E> {
        Ok(match self.find(hash, eq)? {
            DictHit::Found(slot, ix) => self.take_entry(slot, ix),
            DictHit::Vacant(_) => None,
        })
    }

    #[inline]
    fn check_found(&self, found: &DictFound) -> Result<(), Stale> {
        if found.stamp != self.stamp
            || found.mask != self.mask()
            || self.indices.get(found.slot) != found.ix as isize
        {
            return Err(Stale);
        }
        Ok(())
    }

    /// The item a `Found` step pointed at.
    #[inline]
    pub fn found_entry(&self, found: &DictFound) -> Result<(&K, &V), Stale> {
        self.check_found(found)?;
        self.entry_at(found.ix).ok_or(Stale)
    }

    /// The value a `Found` step pointed at, for replacement (`d[k] = v` on an existing key
    /// keeps the position: `mem::replace` and drop the old value outside the borrow).
    #[inline]
    pub fn value_mut(&mut self, found: &DictFound) -> Result<&mut V, Stale> {
        self.check_found(found)?;
        self.value_at_mut(found.ix).ok_or(Stale)
    }

    /// Remove the item a `Found` step pointed at; leaves a hole in the entries vector.
    #[inline]
    pub fn remove_found(&mut self, found: DictFound) -> Result<(K, V), Stale> {
        self.check_found(&found)?;
        self.take_entry(found.slot, found.ix).ok_or(Stale)
    }

    /// Append a new item where a `Vacant` step said (resizing first if the entries are full,
    /// as `insertdict` does). Gives key and value back if the token is stale: probe again.
    #[inline]
    pub fn insert_vacant(&mut self, vacant: DictVacant, key: K, value: V) -> Result<(), (K, V)> {
        if vacant.stamp != self.stamp || vacant.mask != self.mask() || vacant.slot > vacant.mask {
            return Err((key, value));
        }
        if self.indices.get(vacant.slot) >= 0 {
            return Err((key, value));
        }
        self.place(vacant.slot, vacant.hash, key, value);
        Ok(())
    }

    #[inline]
    fn place(&mut self, slot: usize, hash: i64, key: K, value: V) {
        let mut slot = slot;
        if self.usable == 0 {
            // insertion_resize: GROWTH_RATE = used * 3.
            self.resize(calculate_log2_keysize(self.used.saturating_mul(3)));
            slot = find_empty_slot(&self.indices, self.mask(), hash);
        }
        let ix = self.entries.len();
        self.indices.set(slot, ix as isize);
        self.entries.push(Some(DictEntry { hash, key, value }));
        self.used += 1;
        self.usable -= 1;
        self.stamp = self.stamp.wrapping_add(1);
    }

    #[inline]
    fn take_entry(&mut self, slot: usize, ix: usize) -> Option<(K, V)> {
        let e = self.entries.get_mut(ix)?.take()?;
        self.indices.set(slot, DKIX_DUMMY);
        self.used -= 1;
        self.stamp = self.stamp.wrapping_add(1);
        Some((e.key, e.value))
    }

    /// `dictresize`: new index table of `2**log2_size` slots, entries compacted in order.
    fn resize(&mut self, log2_size: u8) {
        let size = 1usize << log2_size;
        let usable = usable_fraction(size);
        let mut entries = Vec::with_capacity(usable.max(self.used));
        entries.extend(self.entries.drain(..).flatten().map(Some));
        let mut indices = Indices::new(log2_size);
        let mask = size - 1;
        for (ix, e) in entries.iter().enumerate() {
            if let Some(e) = e {
                let slot = find_empty_slot(&indices, mask, e.hash);
                indices.set(slot, ix as isize);
            }
        }
        self.indices = indices;
        self.log2_size = log2_size;
        self.entries = entries;
        self.usable = usable.saturating_sub(self.used);
        self.stamp = self.stamp.wrapping_add(1);
    }

    /// `dict.popitem()`: remove and return the last item in insertion order.
    pub fn pop_last(&mut self) -> Option<(K, V)> {
        if self.used == 0 {
            return None;
        }
        let mut n = self.entries.len();
        while n > 0 && self.entries[n - 1].is_none() {
            n -= 1;
        }
        let ix = n.checked_sub(1)?;
        let hash = self.entries[ix].as_ref()?.hash;
        // lookdict_index: the index slot that refers to entry `ix`.
        let mask = self.mask();
        let mut perturb = hash_bits(hash);
        let mut i = perturb & mask;
        loop {
            let v = self.indices.get(i);
            if v == ix as isize {
                break;
            }
            if v == DKIX_EMPTY {
                return None; // cannot happen: every live entry is indexed
            }
            perturb >>= PERTURB_SHIFT;
            i = i.wrapping_mul(5).wrapping_add(perturb).wrapping_add(1) & mask;
        }
        let e = self.entries[ix].take()?;
        self.indices.set(i, DKIX_DUMMY);
        // CPython drops trailing holes too and does not give back `usable`.
        self.entries.truncate(ix);
        self.used -= 1;
        self.stamp = self.stamp.wrapping_add(1);
        Some((e.key, e.value))
    }

    /// Remove everything (`dict.clear()`: back to the unallocated empty table).
    pub fn clear(&mut self) {
        drop(self.take());
    }

    /// Like [`clear`](Self::clear) but hands back the old contents, so the caller can drop the
    /// items after releasing its borrow of this table.
    pub fn take(&mut self) -> Self {
        let mut old = mem::take(self);
        self.stamp = old.stamp.wrapping_add(1);
        old.stamp = 0;
        old
    }
}

impl<K: Clone, V> DictTable<K, V> {
    /// One step of the lookup protocol (see the module docs). `same(stored)` must be a cheap
    /// identity test against the probe key and run no user code.
    #[inline]
    pub fn step(&self, probe: &mut DictProbe, same: impl Fn(&K) -> bool) -> DictStep<K> {
        let mask = self.mask();
        match self.raw_step(probe, same) {
            DictRaw::Found(slot, ix) => DictStep::Found(DictFound {
                slot,
                ix,
                stamp: self.stamp,
                mask,
            }),
            DictRaw::Vacant(slot) => DictStep::Vacant(DictVacant {
                slot,
                hash: probe.hash,
                stamp: self.stamp,
                mask,
            }),
            DictRaw::Candidate(k) => DictStep::Compare(k.clone()),
        }
    }
}

/// `find_empty_slot` / `build_indices`: first index slot that is empty or dummy.
#[inline]
fn find_empty_slot(indices: &Indices, mask: usize, hash: i64) -> usize {
    let mut perturb = hash_bits(hash);
    let mut i = perturb & mask;
    while indices.get(i) >= 0 {
        perturb >>= PERTURB_SHIFT;
        i = i.wrapping_mul(5).wrapping_add(perturb).wrapping_add(1) & mask;
    }
    i
}

impl<K: std::fmt::Debug, V: std::fmt::Debug> std::fmt::Debug for DictTable<K, V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

// ======================================================================================
// Tests
// ======================================================================================

#[cfg(test)]
mod tests {
    use super::*;
    use std::convert::Infallible;
    use std::path::{Path, PathBuf};

    fn eq_str(key: &str) -> impl FnMut(&String) -> Result<bool, Infallible> + '_ {
        move |k: &String| Ok(k == key)
    }

    fn set_keys(s: &SetTable<String>) -> Vec<String> {
        s.iter().map(|(_, k)| k.clone()).collect()
    }

    /// Set add through the step protocol; `same_is_eq` picks whether identity short-circuits.
    fn proto_add(s: &mut SetTable<String>, hash: i64, key: &str, same_is_eq: bool) -> bool {
        let mut p = s.probe(hash);
        loop {
            match s.step(&mut p, |k| same_is_eq && k == key) {
                SetStep::Found(_) => return false,
                SetStep::Vacant(v) => {
                    s.insert_vacant(v, key.to_string()).expect("fresh token");
                    return true;
                }
                SetStep::Compare(c) => {
                    if c == key {
                        p.confirm();
                    }
                }
            }
        }
    }

    fn proto_discard(s: &mut SetTable<String>, hash: i64, key: &str, same_is_eq: bool) -> bool {
        let mut p = s.probe(hash);
        loop {
            match s.step(&mut p, |k| same_is_eq && k == key) {
                SetStep::Found(f) => {
                    assert_eq!(s.remove_found(f).expect("fresh token"), key);
                    return true;
                }
                SetStep::Vacant(_) => return false,
                SetStep::Compare(c) => {
                    if c == key {
                        p.confirm();
                    }
                }
            }
        }
    }

    fn proto_dict_lookup(
        d: &DictTable<String, i64>,
        hash: i64,
        key: &str,
        same_is_eq: bool,
    ) -> DictStep<String> {
        let mut p = d.probe(hash);
        loop {
            match d.step(&mut p, |k| same_is_eq && k == key) {
                DictStep::Compare(c) => {
                    if c == key {
                        p.confirm();
                    }
                }
                other => return other,
            }
        }
    }

    fn data_file() -> PathBuf {
        let rel = Path::new(file!())
            .parent()
            .map(|p| p.join("../../tests/data/set_orders.txt"));
        let candidates = [
            rel,
            Some(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/set_orders.txt")),
            Some(PathBuf::from("/work/main/tier1/tests/data/set_orders.txt")),
        ];
        for c in candidates.into_iter().flatten() {
            if c.exists() {
                return c;
            }
        }
        panic!("tests/data/set_orders.txt not found (run tests/data/gen_set_orders.py)");
    }

    fn num(tok: Option<&str>) -> i64 {
        tok.expect("missing token").parse().expect("bad number")
    }

    fn which(tok: Option<&str>) -> usize {
        match tok {
            Some("s") => 0,
            Some("t") => 1,
            t => panic!("bad set name {t:?}"),
        }
    }

    #[test]
    fn cpython_orders() {
        let path = data_file();
        let text = std::fs::read_to_string(&path).expect("read set_orders.txt");
        let mut sets: [SetTable<String>; 2] = [SetTable::new(), SetTable::new()];
        let mut dict: DictTable<String, i64> = DictTable::new();
        let mut case = 0usize;
        let mut checks = 0usize;
        for (lineno, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let ctx = || format!("{}:{}: {line}", path.display(), lineno + 1);
            let mut toks = line.split(' ');
            let op = toks.next().unwrap_or("");
            // Even cases drive the protocol API with a never-true identity (so every hash match
            // goes through Compare); odd cases use the *_with API.
            let proto = case.is_multiple_of(2);
            match op {
                "case" => {
                    case = num(toks.next()) as usize;
                    sets = [SetTable::new(), SetTable::new()];
                    dict = DictTable::new();
                }
                "a" => {
                    let x = which(toks.next());
                    let key = toks.next().unwrap();
                    let hash = num(toks.next());
                    let s = &mut sets[x];
                    if proto {
                        proto_add(s, hash, key, x == 1);
                    } else {
                        s.add_with(hash, key.to_string(), eq_str(key)).unwrap();
                    }
                }
                "d" => {
                    let x = which(toks.next());
                    let key = toks.next().unwrap();
                    let hash = num(toks.next());
                    let present = num(toks.next()) == 1;
                    let s = &mut sets[x];
                    let got = if proto {
                        proto_discard(s, hash, key, x == 1)
                    } else {
                        s.discard_with(hash, eq_str(key)).unwrap().is_some()
                    };
                    assert_eq!(got, present, "{}", ctx());
                }
                "p" => {
                    let x = which(toks.next());
                    let key = toks.next().unwrap();
                    assert_eq!(sets[x].pop().as_deref(), Some(key), "{}", ctx());
                }
                "u" => {
                    let x = which(toks.next());
                    assert_ne!(x, which(toks.next()), "{}", ctx());
                    let (a, b) = sets.split_at_mut(1);
                    let (dst, src) = if x == 0 {
                        (&mut a[0], &b[0])
                    } else {
                        (&mut b[0], &a[0])
                    };
                    if proto {
                        if dst.merge(src) == Merge::NeedsInserts {
                            let mut pos = 0;
                            while let Some((next, hash, key)) = src.next_from(pos) {
                                proto_add(dst, hash, key, false);
                                pos = next;
                            }
                        }
                    } else {
                        dst.merge_with(src, |a, b| Ok::<_, Infallible>(a == b))
                            .unwrap();
                    }
                }
                "c" => {
                    let x = which(toks.next());
                    let y = which(toks.next());
                    sets[y] = sets[x].copy();
                }
                "x" => {
                    let x = which(toks.next());
                    sets[x].clear();
                }
                "n" => {
                    let x = which(toks.next());
                    sets[x] = SetTable::new();
                }
                "=" => {
                    let x = which(toks.next());
                    let want: Vec<String> = toks.map(str::to_string).collect();
                    assert_eq!(set_keys(&sets[x]), want, "{}", ctx());
                    assert_eq!(sets[x].len(), want.len(), "{}", ctx());
                    checks += 1;
                }
                "D" => {
                    let sub = toks.next().unwrap();
                    match sub {
                        "s" => {
                            let key = toks.next().unwrap();
                            let hash = num(toks.next());
                            let value = num(toks.next());
                            if proto {
                                match proto_dict_lookup(&dict, hash, key, false) {
                                    DictStep::Found(f) => *dict.value_mut(&f).unwrap() = value,
                                    DictStep::Vacant(v) => {
                                        dict.insert_vacant(v, key.to_string(), value).unwrap()
                                    }
                                    DictStep::Compare(_) => unreachable!(),
                                }
                            } else {
                                dict.insert_with(hash, key.to_string(), value, eq_str(key))
                                    .unwrap();
                            }
                        }
                        "d" => {
                            let key = toks.next().unwrap();
                            let hash = num(toks.next());
                            let present = num(toks.next()) == 1;
                            let got = if proto {
                                match proto_dict_lookup(&dict, hash, key, true) {
                                    DictStep::Found(f) => {
                                        assert_eq!(dict.found_entry(&f).unwrap().0, key);
                                        dict.remove_found(f).unwrap();
                                        true
                                    }
                                    _ => false,
                                }
                            } else {
                                let got = dict.remove_with(hash, eq_str(key)).unwrap();
                                if let Some((k, _)) = &got {
                                    assert_eq!(k, key);
                                }
                                got.is_some()
                            };
                            assert_eq!(got, present, "{}", ctx());
                        }
                        "p" => {
                            let key = toks.next().unwrap();
                            let value = num(toks.next());
                            assert_eq!(
                                dict.pop_last(),
                                Some((key.to_string(), value)),
                                "{}",
                                ctx()
                            );
                        }
                        "x" => dict.clear(),
                        "=" => {
                            let want: Vec<String> = toks.map(str::to_string).collect();
                            let got: Vec<String> =
                                dict.iter().map(|(k, v)| format!("{k}:{v}")).collect();
                            assert_eq!(got, want, "{}", ctx());
                            let via_index: Vec<String> = (0..dict.entries_len())
                                .filter_map(|i| dict.entry_at(i))
                                .map(|(k, v)| format!("{k}:{v}"))
                                .collect();
                            assert_eq!(via_index, want, "{}", ctx());
                            assert_eq!(dict.len(), want.len(), "{}", ctx());
                            checks += 1;
                        }
                        _ => panic!("bad dict op: {}", ctx()),
                    }
                }
                _ => panic!("bad op: {}", ctx()),
            }
        }
        assert!(
            case > 100 && checks > 1000,
            "too little test data: {case} cases, {checks} checks"
        );
    }

    fn int_set(keys: &[i64]) -> SetTable<i64> {
        let mut s = SetTable::new();
        for &k in keys {
            s.add_with(k, k, |x| Ok::<_, Infallible>(*x == k)).unwrap();
        }
        s
    }

    fn ints(s: &SetTable<i64>) -> Vec<i64> {
        s.iter().map(|(_, &k)| k).collect()
    }

    #[test]
    fn small_int_orders() {
        assert_eq!(ints(&int_set(&[3, 1, 2])), vec![1, 2, 3]);
        // {8, 0, 16} collide in an 8-slot table: linear probing places them in insert order.
        assert_eq!(ints(&int_set(&[8, 0, 16])), vec![8, 0, 16]);
        // A resize reorders by hash: list({100, 5, 7, 1, 30}) in CPython.
        assert_eq!(ints(&int_set(&[100, 5, 7, 1, 30])), vec![1, 100, 5, 7, 30]);
    }

    /// Add `key` stored under an explicit `hash` (to make distinct keys collide).
    fn add_h(s: &mut SetTable<i64>, hash: i64, key: i64) {
        s.add_with(hash, key, |x| Ok::<_, ()>(*x == key)).unwrap();
    }

    #[test]
    fn comparison_error_propagates_and_leaves_table_intact() {
        // 1, 2, 3 all have hash 7, so looking up any hash-7 key compares.
        let mut s = SetTable::new();
        for k in [1, 2, 3] {
            add_h(&mut s, 7, k);
        }
        let before = ints(&s);
        assert_eq!(s.add_with(7, 4, |_| Err("boom")), Err("boom"));
        assert_eq!(s.discard_with(7, |_| Err("boom")), Err("boom"));
        assert_eq!(s.contains_with(7, |_| Err::<bool, _>("boom")), Err("boom"));
        assert_eq!(ints(&s), before);
        // No stored key has hash 99: no comparison runs, so no error.
        assert_eq!(s.add_with(99, 99, |_| Err("boom")), Ok(true));
        assert_eq!(s.len(), 4);

        let mut d: DictTable<i64, i64> = DictTable::new();
        d.insert_with(5, 5, 50, |k| Ok::<_, ()>(*k == 5)).unwrap();
        assert_eq!(
            d.insert_with(5, 6, 60, |_| Err("eq failed")),
            Err("eq failed")
        );
        assert_eq!(d.get_with(5, |_| Err::<bool, _>("x")), Err("x"));
        assert_eq!(d.remove_with(5, |_| Err::<bool, _>("y")), Err("y"));
        assert_eq!(d.len(), 1);
        assert_eq!(d.get_with(5, |k| Ok::<_, ()>(*k == 5)), Ok(Some(&50)));
        assert_eq!(
            d.insert_with(5, 5, 51, |k| Ok::<_, ()>(*k == 5)),
            Ok(Some(50))
        );
        assert_eq!(d.iter().collect::<Vec<_>>(), vec![(&5, &51)]);

        // In the protocol an error is just the caller leaving its loop: nothing to undo.
        let mut p = s.probe(7);
        assert!(matches!(s.step(&mut p, |_| false), SetStep::Compare(1)));
        assert_eq!(s.len(), 4);
    }

    #[test]
    fn protocol_restarts_when_table_mutates_during_compare() {
        let mut s = SetTable::new();
        for k in [1, 2, 3] {
            add_h(&mut s, 7, k);
        }
        // Look for 3: the probe first offers 1.
        let mut p = s.probe(7);
        let SetStep::Compare(first) = s.step(&mut p, |_| false) else {
            panic!()
        };
        assert_eq!(first, 1);
        // "User __eq__" deletes 1 and 2 and adds keys (forcing a resize) before answering.
        assert_eq!(s.discard_with(7, |k| Ok::<_, ()>(*k == 1)), Ok(Some(1)));
        assert_eq!(s.discard_with(7, |k| Ok::<_, ()>(*k == 2)), Ok(Some(2)));
        for k in 100..110 {
            add_h(&mut s, k, k);
        }
        // It answers "not equal"; the next step notices the change and restarts.
        let mut compares = 0;
        let found = loop {
            match s.step(&mut p, |_| false) {
                SetStep::Found(f) => break Some(f),
                SetStep::Vacant(_) => break None,
                SetStep::Compare(c) => {
                    compares += 1;
                    if c == 3 {
                        p.confirm();
                    }
                }
            }
        };
        let found = found.expect("3 is still present");
        assert_eq!(compares, 1, "the restarted probe meets only 3");
        assert_eq!(s.found_key(&found), Ok(&3));

        // Tokens made stale by a mutation are refused (the key is handed back).
        let mut p = s.probe(42);
        let SetStep::Vacant(v) = s.step(&mut p, |_| false) else {
            panic!()
        };
        add_h(&mut s, 43, 43);
        assert_eq!(s.insert_vacant(v, 42), Err(42));
        assert_eq!(s.remove_found(found), Err(Stale));
        // Confirmed equal, but the table changed before the next step: restart, compare again.
        let mut p = s.probe(7);
        assert!(matches!(s.step(&mut p, |_| false), SetStep::Compare(3)));
        p.confirm();
        add_h(&mut s, 44, 44);
        assert!(matches!(s.step(&mut p, |_| false), SetStep::Compare(3)));
        p.confirm();
        let SetStep::Found(f) = s.step(&mut p, |_| false) else {
            panic!()
        };
        assert_eq!(s.remove_found(f), Ok(3));
        assert_eq!(s.contains_with(7, |x| Ok::<_, ()>(*x == 3)), Ok(false));
        // A fresh Vacant token works.
        let mut p = s.probe(42);
        let SetStep::Vacant(v) = s.step(&mut p, |_| false) else {
            panic!()
        };
        assert_eq!(s.insert_vacant(v, 42), Ok(()));
        assert_eq!(s.contains_with(42, |x| Ok::<_, ()>(*x == 42)), Ok(true));

        // Same for the dict.
        let mut d: DictTable<i64, &str> = DictTable::new();
        for k in [1, 2, 3] {
            d.insert_with(7, k, "v", |x| Ok::<_, ()>(*x == k)).unwrap();
        }
        let mut p = d.probe(7);
        let DictStep::Compare(1) = d.step(&mut p, |_| false) else {
            panic!()
        };
        d.clear();
        for k in 0..20 {
            let h = if k == 17 { 7 } else { 1000 + k };
            d.insert_with(h, k, "w", |x| Ok::<_, ()>(*x == k)).unwrap();
        }
        let mut compares = 0;
        let found = loop {
            match d.step(&mut p, |_| false) {
                DictStep::Found(f) => break f,
                DictStep::Vacant(_) => panic!("17 is present"),
                DictStep::Compare(c) => {
                    compares += 1;
                    if c == 17 {
                        p.confirm();
                    }
                }
            }
        };
        assert_eq!(compares, 1);
        assert_eq!(d.found_entry(&found), Ok((&17, &"w")));
        assert_eq!(found.entry_index(), 17);
        let mut p = d.probe(100);
        let DictStep::Vacant(v) = d.step(&mut p, |_| false) else {
            panic!()
        };
        assert_eq!(d.remove_found(found), Ok((17, "w")));
        assert_eq!(d.insert_vacant(v, 100, "x"), Err((100, "x")));
        assert_eq!(d.value_mut(&found), Err(Stale));
        assert_eq!(d.len(), 19);
        assert_eq!(d.entry_at(17), None, "hole");
        assert_eq!(d.entries_len(), 20);
        let mut p = d.probe(100);
        let DictStep::Vacant(v) = d.step(&mut p, |_| false) else {
            panic!()
        };
        assert_eq!(d.insert_vacant(v, 100, "x"), Ok(()));
        assert_eq!(d.entry_at(20), Some((&100, &"x")));
        assert_eq!(d.pop_last(), Some((100, "x")));
        assert_eq!(d.pop_last(), Some((19, "w")));
        assert_eq!(d.entries_len(), 19);
    }

    #[test]
    fn identity_short_circuits_without_compare() {
        let s = int_set(&[5, 13]);
        let mut p = s.probe(13);
        // `same` recognises 13 only; 5 has a different hash so is never offered.
        assert!(matches!(s.step(&mut p, |k| *k == 13), SetStep::Found(_)));
        let mut d: DictTable<i64, ()> = DictTable::new();
        d.insert_with(3, 3, (), |k| Ok::<_, ()>(*k == 3)).unwrap();
        let mut p = d.probe(3);
        assert!(matches!(d.step(&mut p, |k| *k == 3), DictStep::Found(_)));
    }

    #[test]
    fn odd_hashes_and_big_dicts_do_not_panic() {
        let mut s: SetTable<i64> = SetTable::new();
        let mut d: DictTable<i64, i64> = DictTable::new();
        let hashes = [i64::MIN, i64::MAX, -1, -2, 0, 1, 1 << 62, -(1 << 40)];
        for round in 0..3i64 {
            for (n, &h) in hashes.iter().enumerate() {
                let k = n as i64 + 100 * round;
                s.add_with(h, k, |x| Ok::<_, ()>(*x == k)).unwrap();
                d.insert_with(h, k, k, |x| Ok::<_, ()>(*x == k)).unwrap();
            }
        }
        assert_eq!(s.len(), 24);
        assert_eq!(d.len(), 24);
        for (n, &h) in hashes.iter().enumerate() {
            let k = n as i64 + 100;
            assert!(s
                .discard_with(h, |x| Ok::<_, ()>(*x == k))
                .unwrap()
                .is_some());
            assert_eq!(
                d.remove_with(h, |x| Ok::<_, ()>(*x == k)).unwrap(),
                Some((k, k))
            );
        }
        while s.pop().is_some() {}
        while d.pop_last().is_some() {}
        assert!(s.is_empty() && d.is_empty());
        assert_eq!(s.pop(), None);
        assert_eq!(d.pop_last(), None);

        // Index widths 1 -> 2 -> 4 bytes, with deletions along the way.
        let mut d: DictTable<i64, i64> = DictTable::with_capacity(10);
        for k in 0..70_000i64 {
            d.insert_with(k * 7919, k, k, |x| Ok::<_, ()>(*x == k))
                .unwrap();
            if k % 3 == 0 {
                let j = k / 2;
                d.remove_with(j * 7919, |x| Ok::<_, ()>(*x == j)).unwrap();
            }
        }
        let mut last = -1;
        for (k, v) in d.iter() {
            assert_eq!(k, v);
            assert!(*k > last, "insertion order");
            last = *k;
        }
        let n = 70_000i64;
        let mut expect_len = 0;
        for j in 0..n {
            // j was removed when some k in {2j, 2j+1} (k < n, k % 3 == 0) was inserted.
            let removed = (2 * j) % 3 == 0 && 2 * j < n || (2 * j + 1) % 3 == 0 && 2 * j + 1 < n;
            let got = d.get_with(j * 7919, |x| Ok::<_, ()>(*x == j)).unwrap();
            assert_eq!(got, if removed { None } else { Some(&j) }, "key {j}");
            expect_len += usize::from(!removed);
        }
        assert_eq!(d.len(), expect_len);
        let copy = d.clone();
        assert_eq!(copy.len(), d.len());
    }

    #[test]
    fn take_and_swap_invalidate_tokens() {
        let mut a = int_set(&[1, 2, 3]);
        let mut b = int_set(&[4]);
        let mut p = a.probe(2);
        let SetStep::Found(f) = a.step(&mut p, |k| *k == 2) else {
            panic!()
        };
        a.swap_contents(&mut b);
        assert_eq!(ints(&a), vec![4]);
        assert_eq!(ints(&b), vec![1, 2, 3]);
        assert_eq!(b.remove_found(f), Err(Stale));
        let old = b.take();
        assert!(b.is_empty());
        assert_eq!(ints(&old), vec![1, 2, 3]);
        assert_eq!(ints(&old.copy()), vec![1, 2, 3]);
    }
}
