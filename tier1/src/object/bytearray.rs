//! `bytearray` (mutable bytes) and `memoryview` (a read-only view over a bytes copy) payloads,
//! plus `bytes_like`, the uniform read access to bytes / bytearray / memoryview contents.
//! Their Python-visible methods are in `builtins::bytes_methods`.

use std::borrow::Cow;
use std::cell::UnsafeCell;

use super::builtin_types;
use super::seq::as_bytes;
use super::typeobj::{alloc, Layout};
use super::value::{Payload, Value};
use crate::thread::critical::ObjLock;

pub struct ByteArrayData {
    lock: ObjLock,
    data: UnsafeCell<Vec<u8>>,
}

impl Payload for ByteArrayData {
    const LAYOUT: Layout = Layout::ByteArray;
}

// SAFETY (for every `unsafe` borrow of `data` below): each borrow lives inside the
// bytearray's critical section (`self.lock.enter()`), so no other thread touches the bytes
// meanwhile, and no accessor runs Python code while the borrow is live (the storage holds
// plain bytes, and the closures passed to `with_mut` are plain Rust by contract).
impl ByteArrayData {
    pub fn new(data: Vec<u8>) -> ByteArrayData {
        ByteArrayData {
            lock: ObjLock::new(),
            data: UnsafeCell::new(data),
        }
    }

    pub fn len(&self) -> usize {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { (*self.data.get()).len() }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A copy of the contents.
    pub fn to_vec(&self) -> Vec<u8> {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { (*self.data.get()).clone() }
    }

    pub fn get(&self, i: usize) -> Option<u8> {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { (&*self.data.get()).get(i).copied() }
    }

    /// Replaces the whole contents.
    pub fn replace_all(&self, data: Vec<u8>) {
        let _cs = self.lock.enter();
        // SAFETY: see above. The old bytes are dropped here; they own no Values.
        unsafe { *self.data.get() = data }
    }

    /// Runs `f` on the storage; `f` must not run Python code.
    pub fn with_mut<R>(&self, f: impl FnOnce(&mut Vec<u8>) -> R) -> R {
        let _cs = self.lock.enter();
        // SAFETY: see above; the closure contract forbids re-entrance.
        f(unsafe { &mut *self.data.get() })
    }
}

/// `memoryview` over an immutable copy of the viewed bytes (the suite only reads views).
pub struct MemoryViewData {
    pub data: Box<[u8]>,
}

impl Payload for MemoryViewData {
    const LAYOUT: Layout = Layout::MemoryView;
}

pub fn new_bytearray(data: Vec<u8>) -> Value {
    alloc(&builtin_types().bytearray.value(), ByteArrayData::new(data))
}

pub fn new_memoryview(data: Vec<u8>) -> Value {
    alloc(
        &builtin_types().memoryview.value(),
        MemoryViewData {
            data: data.into_boxed_slice(),
        },
    )
}

#[inline(always)]
pub fn as_bytearray(v: &Value) -> Option<&ByteArrayData> {
    v.downcast::<ByteArrayData>()
}

pub fn as_memoryview(v: &Value) -> Option<&MemoryViewData> {
    v.downcast::<MemoryViewData>()
}

/// The contents of a bytes, bytearray or memoryview (a copy for bytearray).
pub fn bytes_like(v: &Value) -> Option<Cow<'_, [u8]>> {
    if let Some(b) = as_bytes(v) {
        return Some(Cow::Borrowed(b));
    }
    if let Some(b) = as_bytearray(v) {
        return Some(Cow::Owned(b.to_vec()));
    }
    as_memoryview(v).map(|m| Cow::Borrowed(&*m.data))
}
