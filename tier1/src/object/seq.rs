//! Sequence payloads: list, tuple, bytes, range and slice, with accessors that never hold a
//! borrow of the storage while Python code could run (values are cloned out, replaced values are
//! handed back to the caller to drop). These accessors are the one place list storage is touched,
//! so that the thread runtime can put its critical sections and lock-free reads here.

use std::cell::UnsafeCell;

use crate::thread::critical::ObjLock;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::typeobj::{alloc, Layout};
use super::value::{Payload, Value};
use super::{builtin_types, singletons};

pub struct ListData {
    lock: ObjLock,
    items: UnsafeCell<Vec<Value>>,
}

impl Payload for ListData {
    const LAYOUT: Layout = Layout::List;
    const GC: bool = true;
}

// SAFETY (for every `unsafe` borrow of `items` below): each borrow lives inside the list's
// critical section (`self.lock.enter()`, taken first in every accessor), so no other thread
// touches the vector meanwhile; and no accessor runs Python code or calls another container's
// accessor while the borrow is live (so it cannot re-enter this list).
impl ListData {
    pub fn new(items: Vec<Value>) -> ListData {
        ListData {
            lock: ObjLock::new(),
            items: UnsafeCell::new(items),
        }
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { (*self.items.get()).len() }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<Value> {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { (&*self.items.get()).get(i).cloned() }
    }

    /// Replaces item i; returns the old item (for the caller to drop) or None when out of range.
    #[inline(always)]
    pub fn set(&self, i: usize, v: Value) -> Result<Value, Value> {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        let items = unsafe { &mut *self.items.get() };
        match items.get_mut(i) {
            Some(slot) => Ok(std::mem::replace(slot, v)),
            None => Err(v),
        }
    }

    #[inline(always)]
    pub fn push(&self, v: Value) {
        let _cs = self.lock.enter();
        // SAFETY: see above. Growing may move the buffer; no borrow of it escapes.
        unsafe { (*self.items.get()).push(v) }
    }

    pub fn pop(&self, i: usize) -> Option<Value> {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        let items = unsafe { &mut *self.items.get() };
        if i < items.len() {
            Some(items.remove(i))
        } else {
            None
        }
    }

    pub fn insert(&self, i: usize, v: Value) {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        let items = unsafe { &mut *self.items.get() };
        let i = i.min(items.len());
        items.insert(i, v);
    }

    /// A copy of the items (for iteration that may run Python code).
    pub fn snapshot(&self) -> Vec<Value> {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { (*self.items.get()).clone() }
    }

    /// Replaces all items; returns the old ones for the caller to drop.
    pub fn replace_all(&self, items: Vec<Value>) -> Vec<Value> {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { std::mem::replace(&mut *self.items.get(), items) }
    }

    pub fn extend(&self, more: Vec<Value>) {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { (*self.items.get()).extend(more) }
    }

    /// Removes items `start..end`; returns them for the caller to drop.
    pub fn drain(&self, start: usize, end: usize) -> Vec<Value> {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        let items = unsafe { &mut *self.items.get() };
        let end = end.min(items.len());
        let start = start.min(end);
        items.drain(start..end).collect()
    }

    /// Reports every reference the object holds (for the cycle collector; no Python code runs).
    pub fn visit_refs(&self, visit: &mut dyn FnMut(&Value)) {
        let _cs = self.lock.enter();
        // SAFETY: see above; `visit` only reads.
        unsafe { (*self.items.get()).iter().for_each(visit) }
    }

    /// Runs `f` on the items; `f` must not run Python code or drop Values (plain data moves,
    /// reversal, reading for a native key-less comparison).
    pub fn with_items_mut<R>(&self, f: impl FnOnce(&mut Vec<Value>) -> R) -> R {
        let _cs = self.lock.enter();
        // SAFETY: see above; the closure contract forbids re-entrance.
        f(unsafe { &mut *self.items.get() })
    }
}

pub struct TupleData {
    items: Box<[Value]>,
}

impl Payload for TupleData {
    const LAYOUT: Layout = Layout::Tuple;
    const GC: bool = true;
}

impl TupleData {
    pub fn new(items: Vec<Value>) -> TupleData {
        TupleData {
            items: items.into_boxed_slice(),
        }
    }

    #[inline(always)]
    pub fn items(&self) -> &[Value] {
        &self.items
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

pub struct BytesData(pub Box<[u8]>);

impl Payload for BytesData {
    const LAYOUT: Layout = Layout::Bytes;
}

/// `range(start, stop, step)`. The i64 fields are exact when `big` is None (every bound and the
/// length fit in i64: the fast path for iteration and indexing); otherwise `big` holds the
/// arbitrary-precision bounds and the i64 fields are meaningless.
pub struct RangeData {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub big: Option<Box<BigRange>>,
}

/// Bounds of a range that does not fit the i64 fast path.
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl Payload for RangeData {
    const LAYOUT: Layout = Layout::Range;
}

/// Number of items of range(start, stop, step) (step != 0).
pub fn range_len_big(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() && start < stop {
        (stop - start - 1u32) / step + 1u32
    } else if step.is_negative() && start > stop {
        (start - stop - 1u32) / (-step) + 1u32
    } else {
        BigInt::zero()
    }
}

impl RangeData {
    /// Length of an i64 range (the caller checked `big` is None).
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        };
        n as i64
    }

    pub fn is_empty(&self) -> bool {
        match &self.big {
            Some(b) => range_len_big(&b.start, &b.stop, &b.step).is_zero(),
            None => self.len() == 0,
        }
    }

    pub fn item(&self, i: i64) -> i64 {
        self.start + i * self.step
    }

    pub fn is_big(&self) -> bool {
        self.big.is_some()
    }

    /// (start, stop, step) as big ints.
    pub fn bounds(&self) -> (BigInt, BigInt, BigInt) {
        match &self.big {
            Some(b) => (b.start.clone(), b.stop.clone(), b.step.clone()),
            None => (
                BigInt::from(self.start),
                BigInt::from(self.stop),
                BigInt::from(self.step),
            ),
        }
    }

    /// The length as a big int.
    pub fn len_big(&self) -> BigInt {
        match &self.big {
            Some(b) => range_len_big(&b.start, &b.stop, &b.step),
            None => BigInt::from(self.len()),
        }
    }
}
pub struct SliceData {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Payload for SliceData {
    const LAYOUT: Layout = Layout::Slice;
}

pub fn new_list(items: Vec<Value>) -> Value {
    alloc(&builtin_types().list.value(), ListData::new(items))
}

pub fn new_tuple(items: Vec<Value>) -> Value {
    if items.is_empty() {
        return singletons().empty_tuple.clone();
    }
    alloc(&builtin_types().tuple.value(), TupleData::new(items))
}

pub fn new_bytes(data: Vec<u8>) -> Value {
    alloc(
        &builtin_types().bytes.value(),
        BytesData(data.into_boxed_slice()),
    )
}

pub fn new_range(start: i64, stop: i64, step: i64) -> Value {
    new_range_big(BigInt::from(start), BigInt::from(stop), BigInt::from(step))
}

/// A range with arbitrary bounds (step != 0); takes the i64 fast path when everything fits.
pub fn new_range_big(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let len = range_len_big(&start, &stop, &step);
    let data = match (start.to_i64(), stop.to_i64(), step.to_i64(), len.to_i64()) {
        (Some(a), Some(b), Some(c), Some(_)) => RangeData {
            start: a,
            stop: b,
            step: c,
            big: None,
        },
        _ => RangeData {
            start: 0,
            stop: 0,
            step: 1,
            big: Some(Box::new(BigRange { start, stop, step })),
        },
    };
    alloc(&builtin_types().range.value(), data)
}

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    alloc(
        &builtin_types().slice.value(),
        SliceData { start, stop, step },
    )
}

#[inline(always)]
pub fn as_list(v: &Value) -> Option<&ListData> {
    v.downcast::<ListData>()
}

#[inline(always)]
pub fn as_tuple(v: &Value) -> Option<&TupleData> {
    v.downcast::<TupleData>()
}

pub fn as_bytes(v: &Value) -> Option<&[u8]> {
    v.downcast::<BytesData>().map(|b| &*b.0)
}
