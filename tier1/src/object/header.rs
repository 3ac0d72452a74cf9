//! The object header every heap object starts with, and the biased reference-counting protocol
//! on it (owner thread counts without atomics; other threads count in `ob_ref_shared`; merges
//! and the hand-off queue as in CPython's free-threaded build, see docs/refcount.md).
//! This module owns the header's field layout (the JIT reads it at fixed offsets); it must not
//! know about any concrete object type: freeing goes through the type's `dealloc` hook.

use std::sync::atomic::{AtomicIsize, AtomicU16, AtomicU32, AtomicU8, AtomicUsize, Ordering};
use std::sync::Mutex;

/// `ob_ref_local` value of an immortal object: increfs and decrefs do nothing.
pub const IMMORTAL: u32 = u32::MAX;

/// Low bits of `ob_ref_shared` hold the sharing state; the count sits above them.
pub const SHARED_SHIFT: u32 = 2;
const SHARED_FLAG_MASK: isize = 0b11;
/// Nobody has queued or merged the object.
const SHARED_INIT: isize = 0;
/// A non-owner found the shared count at zero and queued the object for its owner to merge.
const SHARED_QUEUED: isize = 0b10;
/// The owner gave up ownership: the counts are merged into `ob_ref_shared`.
const SHARED_MERGED: isize = 0b11;

/// The header of every heap object. `#[repr(C)]` with fixed offsets, read by compiled traces.
#[repr(C)]
pub struct ObjHeader {
    /// Owning thread (see `current_thread_id`); 0 = no owner (counts merged).
    pub ob_tid: AtomicUsize,
    /// Per-object flags (`flags::*`).
    pub ob_flags: AtomicU16,
    /// The 1-byte per-object mutex (critical sections).
    pub ob_mutex: AtomicU8,
    /// Cycle-collector bits.
    pub ob_gc_bits: AtomicU8,
    /// The owner's reference count. Only the owner thread writes it (plain load + store, no
    /// read-modify-write); `IMMORTAL` marks an immortal object.
    pub ob_ref_local: AtomicU32,
    /// Other threads' reference count, shifted left by `SHARED_SHIFT`, plus state bits.
    pub ob_ref_shared: AtomicIsize,
    /// The object's type: a pointer to a type object's header.
    pub ob_type: AtomicUsize,
}

/// `ob_flags` bits.
pub mod flags {
    /// Instances of a class with `__del__`: the finalizer has run (it runs at most once).
    pub const FINALIZED: u16 = 1 << 0;
    /// A definition every thread uses (module-level function, class, code object, module):
    /// it becomes immortal once the process is multi-threaded (`memory::deferred`).
    pub const DEFERRED: u16 = 1 << 1;
}

/// Frees an object whose reference count reached zero: set per type, called at most once.
pub type DeallocFn = unsafe fn(*mut ObjHeader);

pub use crate::thread::registry::current_thread_id;

impl ObjHeader {
    /// A header for a new object owned by the calling thread with one reference.
    pub fn new_owned(ob_type: usize) -> ObjHeader {
        ObjHeader {
            ob_tid: AtomicUsize::new(current_thread_id()),
            ob_flags: AtomicU16::new(0),
            ob_mutex: AtomicU8::new(0),
            ob_gc_bits: AtomicU8::new(0),
            ob_ref_local: AtomicU32::new(1),
            ob_ref_shared: AtomicIsize::new(SHARED_INIT),
            ob_type: AtomicUsize::new(ob_type),
        }
    }

    /// A header for an immortal object (builtin types, singletons, interned strings).
    pub fn new_immortal(ob_type: usize) -> ObjHeader {
        ObjHeader {
            ob_tid: AtomicUsize::new(0),
            ob_flags: AtomicU16::new(0),
            ob_mutex: AtomicU8::new(0),
            ob_gc_bits: AtomicU8::new(0),
            ob_ref_local: AtomicU32::new(IMMORTAL),
            ob_ref_shared: AtomicIsize::new(SHARED_INIT),
            ob_type: AtomicUsize::new(ob_type),
        }
    }

    #[inline(always)]
    pub fn is_immortal(&self) -> bool {
        self.ob_ref_local.load(Ordering::Relaxed) == IMMORTAL
    }

    /// Makes the object immortal (used for interned strings and objects created at startup).
    pub fn make_immortal(&self) {
        self.ob_ref_local.store(IMMORTAL, Ordering::Relaxed);
    }

    /// The total reference count (owner's plus others'), for `sys.getrefcount`-style queries.
    pub fn refcount(&self) -> isize {
        let local = self.ob_ref_local.load(Ordering::Relaxed);
        if local == IMMORTAL {
            return isize::MAX;
        }
        local as isize + (self.ob_ref_shared.load(Ordering::Relaxed) >> SHARED_SHIFT)
    }

    /// Adds a reference.
    #[inline(always)]
    pub fn incref(&self) {
        let local = self.ob_ref_local.load(Ordering::Relaxed);
        if local == IMMORTAL {
            return;
        }
        if self.ob_tid.load(Ordering::Relaxed) == current_thread_id() {
            // Only the owner writes ob_ref_local, so load + store cannot lose an update. A count
            // that would reach IMMORTAL simply makes the object immortal (it can no longer be
            // freed, which is safe).
            self.ob_ref_local.store(local + 1, Ordering::Relaxed);
        } else {
            self.ob_ref_shared
                .fetch_add(1 << SHARED_SHIFT, Ordering::Relaxed);
        }
    }

    /// Adds a reference unless the object is already being destroyed (its shared state is
    /// merged with a zero count). Returns whether the reference was taken.
    pub fn try_incref(&self) -> bool {
        let local = self.ob_ref_local.load(Ordering::Relaxed);
        if local == IMMORTAL {
            return true;
        }
        if self.ob_tid.load(Ordering::Relaxed) == current_thread_id() {
            if local == 0 {
                return false;
            }
            self.ob_ref_local.store(local + 1, Ordering::Relaxed);
            return true;
        }
        let mut shared = self.ob_ref_shared.load(Ordering::Relaxed);
        loop {
            if shared == SHARED_MERGED || (local == 0 && shared == SHARED_INIT) {
                return false;
            }
            match self.ob_ref_shared.compare_exchange_weak(
                shared,
                shared + (1 << SHARED_SHIFT),
                Ordering::Relaxed,
                Ordering::Relaxed,
            ) {
                Ok(_) => return true,
                Err(seen) => shared = seen,
            }
        }
    }

    /// Drops a reference; returns true when the caller must free the object (count reached
    /// zero with every count merged). The caller frees it through the type's dealloc hook.
    #[inline(always)]
    #[must_use]
    pub fn decref_is_last(&self) -> bool {
        let local = self.ob_ref_local.load(Ordering::Relaxed);
        if local == IMMORTAL {
            return false;
        }
        if self.ob_tid.load(Ordering::Relaxed) == current_thread_id() {
            let local = local - 1;
            self.ob_ref_local.store(local, Ordering::Relaxed);
            if local != 0 {
                return false;
            }
            return self.merge_zero_local();
        }
        self.decref_shared()
    }

    /// The owner's count reached zero: free at once when nobody else holds a reference, else
    /// give up ownership and merge the counts into the shared field.
    #[cold]
    fn merge_zero_local(&self) -> bool {
        let mut shared = self.ob_ref_shared.load(Ordering::Acquire);
        if shared == SHARED_INIT {
            return true;
        }
        self.ob_tid.store(0, Ordering::Relaxed);
        loop {
            let merged = (shared & !SHARED_FLAG_MASK) | SHARED_MERGED;
            match self.ob_ref_shared.compare_exchange_weak(
                shared,
                merged,
                Ordering::AcqRel,
                Ordering::Acquire,
            ) {
                Ok(_) => return merged == SHARED_MERGED,
                Err(seen) => shared = seen,
            }
        }
    }

    /// A non-owner drops a reference. When the shared count would go below zero while the
    /// owner still counts, the object is queued for its owner to merge instead.
    #[cold]
    fn decref_shared(&self) -> bool {
        let mut shared = self.ob_ref_shared.load(Ordering::Relaxed);
        loop {
            let should_queue = shared == SHARED_INIT;
            let new_shared = if should_queue {
                // The queue holds the reference being dropped; the owner subtracts it when it
                // merges.
                SHARED_QUEUED
            } else {
                shared - (1 << SHARED_SHIFT)
            };
            match self.ob_ref_shared.compare_exchange_weak(
                shared,
                new_shared,
                Ordering::AcqRel,
                Ordering::Relaxed,
            ) {
                Ok(_) => {
                    if should_queue {
                        return queue_for_owner(self);
                    }
                    return new_shared == SHARED_MERGED;
                }
                Err(seen) => shared = seen,
            }
        }
    }

    /// Run by the owner thread on an object another thread queued: merge both counts (less the
    /// queue's reference) and give up ownership. Returns true when the object must be freed.
    pub fn merge_queued(&self) -> bool {
        let local = self.ob_ref_local.load(Ordering::Relaxed);
        if local == IMMORTAL {
            return false;
        }
        self.ob_ref_local.store(0, Ordering::Relaxed);
        self.ob_tid.store(0, Ordering::Relaxed);
        let mut shared = self.ob_ref_shared.load(Ordering::Acquire);
        loop {
            let count = (shared >> SHARED_SHIFT) + local as isize - 1;
            let merged = (count << SHARED_SHIFT) | SHARED_MERGED;
            match self.ob_ref_shared.compare_exchange_weak(
                shared,
                merged,
                Ordering::AcqRel,
                Ordering::Acquire,
            ) {
                Ok(_) => return count == 0,
                Err(seen) => shared = seen,
            }
        }
    }
}

/// Objects queued by non-owner threads, keyed by owner thread id, and the threads that have
/// exited. Owners drain their queue at eval-breaker checks and when they exit
/// (`retire_thread`); an object whose owner has exited is merged by the thread that drops it.
struct OwnerQueues {
    entries: Vec<(usize, usize)>,
    exited: Vec<usize>,
}

static OWNER_QUEUES: Mutex<OwnerQueues> = Mutex::new(OwnerQueues {
    entries: Vec::new(),
    exited: Vec::new(),
});

/// Number of queued entries (read without the lock to skip draining when there is nothing).
static QUEUED: AtomicUsize = AtomicUsize::new(0);

fn owner_queues() -> std::sync::MutexGuard<'static, OwnerQueues> {
    OWNER_QUEUES.lock().unwrap_or_else(|e| e.into_inner())
}

/// Hands an object to its owner for merging; true when the caller must free it (the owner has
/// exited, so the caller merged it itself: nobody writes `ob_ref_local` any more).
fn queue_for_owner(header: &ObjHeader) -> bool {
    let owner = header.ob_tid.load(Ordering::Relaxed);
    let mut queues = owner_queues();
    if queues.exited.binary_search(&owner).is_ok() {
        drop(queues);
        return header.merge_queued();
    }
    queues
        .entries
        .push((owner, header as *const ObjHeader as usize));
    QUEUED.fetch_add(1, Ordering::Relaxed);
    false
}

/// True when some thread queued objects for an owner (cheap check for the eval breaker).
#[inline]
pub fn any_queued() -> bool {
    QUEUED.load(Ordering::Relaxed) != 0
}

fn take_queued(queues: &mut OwnerQueues, owner: usize) -> Vec<*mut ObjHeader> {
    let mut mine = Vec::new();
    queues.entries.retain(|&(tid, obj)| {
        if tid == owner {
            mine.push(obj as *mut ObjHeader);
            false
        } else {
            true
        }
    });
    QUEUED.fetch_sub(mine.len(), Ordering::Relaxed);
    mine
}

/// Takes the objects other threads queued for `owner`; the caller merges each with
/// `merge_queued` and frees those that report zero.
pub fn drain_queue_for(owner: usize) -> Vec<*mut ObjHeader> {
    take_queued(&mut owner_queues(), owner)
}

/// The calling thread is exiting: takes its queued objects (to merge) and records it as
/// exited, so later drops of objects it owns merge at the dropping thread. The caller must not
/// touch any Value after merging the returned objects.
pub fn retire_thread(owner: usize) -> Vec<*mut ObjHeader> {
    let mut queues = owner_queues();
    let mine = take_queued(&mut queues, owner);
    let at = queues.exited.binary_search(&owner).unwrap_or_else(|i| i);
    queues.exited.insert(at, owner);
    mine
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owner_counts_locally_and_frees_at_zero() {
        let h = ObjHeader::new_owned(0);
        h.incref();
        assert_eq!(h.refcount(), 2);
        assert!(!h.decref_is_last());
        assert!(h.decref_is_last());
    }

    #[test]
    fn immortal_never_frees() {
        let h = ObjHeader::new_immortal(0);
        for _ in 0..10 {
            assert!(!h.decref_is_last());
        }
        assert!(h.try_incref());
    }

    #[test]
    fn other_thread_reference_keeps_object_after_owner_drops() {
        let h = ObjHeader::new_owned(0);
        let addr = &h as *const ObjHeader as usize;
        std::thread::scope(|s| {
            s.spawn(move || {
                // SAFETY: `h` outlives the scope and is only accessed through atomics.
                let h = unsafe { &*(addr as *const ObjHeader) };
                h.incref();
            });
        });
        assert_eq!(h.refcount(), 2);
        // Owner drops its reference: counts merge, the other thread's reference remains.
        assert!(!h.decref_is_last());
        assert_eq!(h.ob_tid.load(Ordering::Relaxed), 0);
        std::thread::scope(|s| {
            s.spawn(move || {
                // SAFETY: as above.
                let h = unsafe { &*(addr as *const ObjHeader) };
                assert!(h.decref_is_last());
            });
        });
    }

    #[test]
    fn non_owner_decref_below_zero_queues_for_owner() {
        let h = ObjHeader::new_owned(0);
        h.incref(); // owner holds 2
        let addr = &h as *const ObjHeader as usize;
        let owner = current_thread_id();
        std::thread::scope(|s| {
            s.spawn(move || {
                // SAFETY: as above.
                let h = unsafe { &*(addr as *const ObjHeader) };
                // A reference handed over from the owner is dropped here.
                assert!(!h.decref_is_last());
            });
        });
        let queued = drain_queue_for(owner);
        assert_eq!(queued, vec![addr as *mut ObjHeader]);
        // Merge: 2 local + 0 shared - 1 queued = 1 remaining.
        assert!(!h.merge_queued());
        assert_eq!(h.refcount(), 1);
        assert!(h.decref_is_last());
    }

    /// Many threads take and drop shared references while the owner keeps its own: the shared
    /// field must return to its initial state, so the owner's final drop frees at once.
    #[test]
    fn stress_shared_increfs_balance() {
        const THREADS: usize = 8;
        const ROUNDS: usize = 20_000;
        let h = ObjHeader::new_owned(0);
        std::thread::scope(|s| {
            for t in 0..THREADS {
                let h = &h;
                s.spawn(move || {
                    for i in 0..ROUNDS {
                        if (i + t) % 2 == 0 {
                            h.incref();
                        } else {
                            assert!(h.try_incref());
                        }
                        assert!(!h.decref_is_last());
                    }
                });
            }
        });
        assert_eq!(h.ob_ref_shared.load(Ordering::Relaxed), SHARED_INIT);
        assert_eq!(h.refcount(), 1);
        assert!(h.decref_is_last());
    }

    /// The owner drops its reference while other threads drop theirs concurrently: whichever
    /// order the CAS loops take, exactly one drop reports the object free, and the freed object refuses try_incref.
    #[test]
    fn stress_exactly_one_last_decref() {
        const THREADS: usize = 6;
        const ROUNDS: usize = 2_000;
        for _ in 0..ROUNDS {
            let h = ObjHeader::new_owned(0);
            let frees = std::sync::atomic::AtomicUsize::new(0);
            let start = std::sync::Barrier::new(THREADS + 1);
            std::thread::scope(|s| {
                for _ in 0..THREADS {
                    let (h, frees, start) = (&h, &frees, &start);
                    s.spawn(move || {
                        h.incref();
                        start.wait();
                        if h.decref_is_last() {
                            frees.fetch_add(1, Ordering::Relaxed);
                        }
                    });
                }
                start.wait();
                if h.decref_is_last() {
                    frees.fetch_add(1, Ordering::Relaxed);
                }
            });
            assert_eq!(frees.load(Ordering::Relaxed), 1);
            assert!(!h.try_incref(), "a freed object must refuse new references");
        }
    }
}
