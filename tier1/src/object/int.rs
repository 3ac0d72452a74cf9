//! Numbers: heap big ints (ints outside the small-int range, and instances of int subclasses),
//! bools, floats, and conversions between them and `Value`. Arithmetic semantics live in
//! `interp::ops`; text conversions in `numfmt`.

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use super::typeobj::{alloc, Layout};
use super::value::{Object, Payload, Value};
use super::{builtin_types, singletons};

/// An int that does not fit in a small int (or an int-subclass instance of any value).
pub struct IntData(pub BigInt);

impl Payload for IntData {
    const LAYOUT: Layout = Layout::Int;
}

/// The payload of True and False.
pub struct BoolData(pub bool);

impl Payload for BoolData {
    const LAYOUT: Layout = Layout::Bool;
}

/// A float.
pub struct FloatData(pub f64);

impl Payload for FloatData {
    const LAYOUT: Layout = Layout::Float;
}

/// A borrowed integer: small, big, or a bool.
#[derive(Clone, Copy, Debug)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn to_bigint(self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(i),
            IntRef::Big(b) => b.clone(),
        }
    }

    pub fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(i),
            IntRef::Big(b) => b.to_i64(),
        }
    }

    pub fn is_zero(self) -> bool {
        match self {
            IntRef::Small(i) => i == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }

    pub fn is_negative(self) -> bool {
        match self {
            IntRef::Small(i) => i < 0,
            IntRef::Big(b) => b.sign() == num_bigint::Sign::Minus,
        }
    }
}

/// The integer value of an int or bool (subclasses included).
#[inline(always)]
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    if let Some(i) = v.as_small() {
        return Some(IntRef::Small(i));
    }
    match v.layout() {
        Layout::Int => {
            // SAFETY: layout checked.
            let b = unsafe { &v.payload_unchecked::<IntData>().0 };
            Some(match b.to_i64() {
                Some(i) => IntRef::Small(i),
                None => IntRef::Big(b),
            })
        }
        Layout::Bool => {
            // SAFETY: layout checked.
            Some(IntRef::Small(
                unsafe { v.payload_unchecked::<BoolData>().0 } as i64,
            ))
        }
        _ => None,
    }
}

/// The value of an exact int or bool as i64, if it fits.
#[inline(always)]
pub fn as_i64(v: &Value) -> Option<i64> {
    as_int(v).and_then(|i| i.to_i64())
}

/// An int Value from an i64.
#[inline(always)]
pub fn int_from_i64(i: i64) -> Value {
    if Value::fits_small(i) {
        Value::small(i)
    } else {
        alloc(&builtin_types().int.value(), IntData(BigInt::from(i)))
    }
}

/// An int Value from a BigInt (normalized to a small int when it fits).
pub fn int_from_bigint(b: BigInt) -> Value {
    if let Some(i) = b.to_i64() {
        if Value::fits_small(i) {
            return Value::small(i);
        }
    }
    alloc(&builtin_types().int.value(), IntData(b))
}

/// An int Value from an i128.
pub fn int_from_i128(i: i128) -> Value {
    match i64::try_from(i) {
        Ok(i) => int_from_i64(i),
        Err(_) => int_from_bigint(BigInt::from(i)),
    }
}

/// Freed exact floats kept for reuse, per thread (floats are the most churned objects of
/// numeric code). Bounded; only objects this thread allocated and freed enter it.
const FLOAT_FREE_LIST_MAX: usize = 4096;

thread_local! {
    static FLOAT_FREE_LIST: std::cell::UnsafeCell<Vec<usize>> =
        const { std::cell::UnsafeCell::new(Vec::new()) };
}

/// Returns this thread's recycled float allocations to the allocator (at thread exit).
pub fn release_float_free_list() {
    let words = FLOAT_FREE_LIST.with(|l| {
        // SAFETY: thread-local list, no re-entrance while borrowed.
        std::mem::take(unsafe { &mut *l.get() })
    });
    for word in words {
        // SAFETY: each word is an `Object<FloatData>` box that `dealloc_float` retired without
        // freeing; nothing else points to it.
        drop(unsafe { Box::from_raw(word as *mut Object<FloatData>) });
    }
}

/// A float Value.
#[inline(always)]
pub fn new_float(f: f64) -> Value {
    let recycled = FLOAT_FREE_LIST.with(|l| {
        // SAFETY: thread-local list, no re-entrance while borrowed.
        unsafe { (*l.get()).pop() }
    });
    match recycled {
        Some(word) => {
            let ty = builtin_types().float.raw();
            crate::memory::note_alloc();
            let obj = word as *mut Object<FloatData>;
            // SAFETY: `word` is an `Object<FloatData>` allocation that `dealloc_float` retired
            // (its last reference is gone and nothing else points to it); we reinitialize every
            // field before handing out the single new reference.
            unsafe {
                std::ptr::write(
                    obj,
                    Object {
                        header: super::header::ObjHeader::new_owned(ty),
                        data: FloatData(f),
                    },
                );
                Value::from_raw_owned(obj as *mut super::header::ObjHeader)
            }
        }
        None => alloc(&builtin_types().float.value(), FloatData(f)),
    }
}

/// Dealloc hook of exact floats: retire to the free list, or free when it is full.
///
/// # Safety
/// `ptr` must be an exact float (`Object<FloatData>` allocated by `alloc`/`new_float`) whose
/// last reference was just dropped.
pub unsafe fn dealloc_float(ptr: *mut super::header::ObjHeader) {
    let kept = FLOAT_FREE_LIST.with(|l| {
        // SAFETY: thread-local list, no re-entrance while borrowed.
        let list = unsafe { &mut *l.get() };
        if list.len() < FLOAT_FREE_LIST_MAX {
            list.push(ptr as usize);
            true
        } else {
            false
        }
    });
    if kept {
        // The float type is immortal: no type reference to release. FloatData owns nothing.
        crate::memory::note_free();
    } else {
        // SAFETY: caller contract.
        unsafe { super::typeobj::dealloc_plain::<FloatData>(ptr) };
    }
}

/// The value of a float (subclasses included).
#[inline(always)]
pub fn as_float(v: &Value) -> Option<f64> {
    v.downcast::<FloatData>().map(|f| f.0)
}

/// True or False for a bool Value.
pub fn as_bool(v: &Value) -> Option<bool> {
    v.downcast::<BoolData>().map(|b| b.0)
}

/// True when `v` is the True singleton.
#[inline(always)]
pub fn is_true(v: &Value) -> bool {
    v.is(&singletons().true_)
}
