//! `Value`: the 64-bit tagged word every Python value is. Low bit 1: a 63-bit small int (no
//! allocation, no refcount). Low bit 0: an owned reference to a heap object (`Object<T>`).
//! Cloning a `Value` adds a reference, dropping it releases one; raw pointer handling and the
//! free path live here and in `header.rs`, nowhere else.

use std::marker::PhantomData;
use std::num::NonZeroUsize;

use super::header::ObjHeader;
use super::typeobj::{Layout, TypeData};

/// Smallest and largest ints stored inline in a `Value`.
pub const SMALL_INT_MIN: i64 = -(1 << 62);
pub const SMALL_INT_MAX: i64 = (1 << 62) - 1;

/// A heap object: the header followed by the payload. `#[repr(C)]` so that the payload of a
/// layout sits at the same offset in every object of that layout (subclass instances put their
/// instance data after the payload, see `Sub`).
#[repr(C)]
pub struct Object<T> {
    pub header: ObjHeader,
    pub data: T,
}

/// A payload type: the Rust data of one object layout.
pub trait Payload: Sized + 'static {
    const LAYOUT: Layout;
    /// Instances can hold references that may form cycles: they are allocated with a
    /// `GcLinks` prefix and seen by the cycle collector (`memory::gc`).
    const GC: bool = false;
}

/// An owned reference to a Python value.
#[repr(transparent)]
pub struct Value(NonZeroUsize);

impl Value {
    /// A small int; the caller guarantees the range.
    #[inline(always)]
    pub const fn small(i: i64) -> Value {
        debug_assert!(i >= SMALL_INT_MIN && i <= SMALL_INT_MAX);
        let raw = ((i << 1) | 1) as usize;
        // SAFETY: the low bit is set, so `raw` is never zero.
        Value(unsafe { NonZeroUsize::new_unchecked(raw) })
    }

    /// True when `i` fits in a small int.
    #[inline(always)]
    pub const fn fits_small(i: i64) -> bool {
        i >= SMALL_INT_MIN && i <= SMALL_INT_MAX
    }

    #[inline(always)]
    pub fn is_small(&self) -> bool {
        self.0.get() & 1 == 1
    }

    #[inline(always)]
    pub fn as_small(&self) -> Option<i64> {
        if self.is_small() {
            Some((self.0.get() as i64) >> 1)
        } else {
            None
        }
    }

    /// The raw word (for identity, hashing of identities and the JIT).
    #[inline(always)]
    pub fn raw(&self) -> usize {
        self.0.get()
    }

    /// Same object (Python `is`).
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    /// The heap header, or None for small ints.
    #[inline(always)]
    pub fn header(&self) -> Option<&ObjHeader> {
        if self.is_small() {
            None
        } else {
            // SAFETY: a non-small Value always points to a live object it holds a reference to.
            Some(unsafe { &*(self.0.get() as *const ObjHeader) })
        }
    }

    /// Takes ownership of a reference held as a raw object pointer.
    ///
    /// # Safety
    /// `ptr` must point to a live object and the caller must own one reference to it.
    #[inline(always)]
    pub unsafe fn from_raw_owned(ptr: *mut ObjHeader) -> Value {
        // SAFETY: object pointers are never null (caller contract).
        Value(unsafe { NonZeroUsize::new_unchecked(ptr as usize) })
    }

    /// Adds a reference to a borrowed object pointer.
    ///
    /// # Safety
    /// `ptr` must point to a live object.
    #[inline(always)]
    pub unsafe fn from_raw_borrowed(ptr: *const ObjHeader) -> Value {
        // SAFETY: caller contract: live object.
        unsafe { (*ptr).incref() };
        // SAFETY: object pointers are never null.
        Value(unsafe { NonZeroUsize::new_unchecked(ptr as usize) })
    }

    /// Gives up ownership without releasing the reference; the word (small int or pointer).
    #[inline(always)]
    pub fn into_raw(self) -> usize {
        let raw = self.0.get();
        std::mem::forget(self);
        raw
    }

    /// Rebuilds a Value from `into_raw`.
    ///
    /// # Safety
    /// `raw` must come from `into_raw` and be used once.
    #[inline(always)]
    pub unsafe fn from_raw_word(raw: usize) -> Value {
        // SAFETY: `into_raw` words are never zero.
        Value(unsafe { NonZeroUsize::new_unchecked(raw) })
    }

    /// The type data of this value's type (small ints: `int`).
    #[inline(always)]
    pub fn type_data(&self) -> &TypeData {
        match self.header() {
            None => super::builtin_types().int.type_data_static(),
            Some(h) => {
                let ty = h.ob_type.load(std::sync::atomic::Ordering::Relaxed);
                // SAFETY: every object holds a reference to its type (or the type is immortal),
                // so the type outlives the borrow of `self`.
                unsafe { &(*(ty as *const Object<TypeData>)).data }
            }
        }
    }

    /// This value's type object.
    #[inline(always)]
    pub fn type_value(&self) -> Value {
        match self.header() {
            None => super::builtin_types().int.value(),
            Some(h) => {
                let ty = h.ob_type.load(std::sync::atomic::Ordering::Relaxed);
                // SAFETY: the object holds a reference to its type; we add one for the result.
                unsafe { Value::from_raw_borrowed(ty as *const ObjHeader) }
            }
        }
    }

    /// The layout of this value's payload.
    #[inline(always)]
    pub fn layout(&self) -> Layout {
        if self.is_small() {
            Layout::Int
        } else {
            self.type_data().layout
        }
    }

    /// The payload, when this value's layout is `T`'s (subclass instances included).
    #[inline(always)]
    pub fn downcast<T: Payload>(&self) -> Option<&T> {
        if self.is_small() || self.type_data().layout != T::LAYOUT {
            return None;
        }
        // SAFETY: objects of layout T::LAYOUT are `Object<T>` or `Object<Sub<T>>`, which keep
        // `T` at the same offset (repr(C), payload first); the reference keeps it alive.
        Some(unsafe { &(*(self.0.get() as *const Object<T>)).data })
    }

    /// The payload without checking the layout.
    ///
    /// # Safety
    /// The value must be an object of layout `T::LAYOUT`.
    #[inline(always)]
    pub unsafe fn payload_unchecked<T: Payload>(&self) -> &T {
        // SAFETY: caller contract.
        unsafe { &(*(self.0.get() as *const Object<T>)).data }
    }

    /// A borrowed view that does not own a reference (for tables of raw words).
    #[inline(always)]
    pub fn borrow_raw(raw: &usize) -> BorrowedValue<'_> {
        BorrowedValue {
            raw: *raw,
            _life: PhantomData,
        }
    }
}

/// A value borrowed from a raw word whose owner keeps it alive for `'a`.
pub struct BorrowedValue<'a> {
    raw: usize,
    _life: PhantomData<&'a usize>,
}

impl std::ops::Deref for BorrowedValue<'_> {
    type Target = Value;
    fn deref(&self) -> &Value {
        // SAFETY: Value is repr(transparent) over a non-zero usize; `raw` came from a Value.
        unsafe { &*(&self.raw as *const usize as *const Value) }
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Some(h) = self.header() {
            h.incref();
        }
        Value(self.0)
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if let Some(h) = self.header() {
            if h.decref_is_last() {
                crate::memory::free_object(self.0.get() as *mut ObjHeader);
            }
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.as_small() {
            Some(i) => write!(f, "Value({i})"),
            None => write!(
                f,
                "Value(<{} at {:#x}>)",
                self.type_data().name(),
                self.0.get()
            ),
        }
    }
}
