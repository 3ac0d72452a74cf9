//! Critical sections: the per-object lock every container takes around a touch of its storage.
//! While the process has a single interpreter thread the lock is skipped (nothing can race);
//! the first extra thread switches every later critical section on. A critical section never
//! runs Python code and never blocks on anything but another critical section of one object,
//! so holding one cannot deadlock and a detached thread never holds one.

use super::mutex::{self, LockByte};
use super::registry::is_multi_threaded;

/// The 1-byte lock of one container (see `mutex`).
pub struct ObjLock(LockByte);

impl Default for ObjLock {
    fn default() -> Self {
        Self::new()
    }
}

impl ObjLock {
    pub fn new() -> ObjLock {
        ObjLock(LockByte::new(0))
    }

    /// Enters the object's critical section; it ends when the guard drops.
    #[inline(always)]
    pub fn enter(&self) -> CriticalSection<'_> {
        if !is_multi_threaded() {
            return CriticalSection(None);
        }
        mutex::lock(&self.0);
        CriticalSection(Some(&self.0))
    }
}

/// An entered critical section (or nothing, while single-threaded).
pub struct CriticalSection<'a>(Option<&'a LockByte>);

impl Drop for CriticalSection<'_> {
    #[inline(always)]
    fn drop(&mut self) {
        if let Some(byte) = self.0 {
            mutex::unlock(byte);
        }
    }
}
