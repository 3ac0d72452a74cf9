//! The object header every heap object starts with, and the biased reference-counting protocol
//! on it (owner thread counts without atomics; other threads count in `ob_ref_shared`; merges
//! and the hand-off queue as in CPython's free-threaded build, see docs/refcount.md).
//! This module owns the header's field layout (the JIT reads it at fixed offsets); it must not
//! know about any concrete object type: freeing goes through the type's `dealloc` hook.

// Under `cfg(loom)` the header's atomics and the owner-queue lock are loom's, so the models at
// the end of this file check the real protocol code (the runtime never runs under loom).
#[cfg(loom)]
use loom::sync::atomic::{AtomicIsize, AtomicU16, AtomicU32, AtomicU8, AtomicUsize, Ordering};
#[cfg(loom)]
use loom::sync::{Mutex, MutexGuard};
#[cfg(not(loom))]
use std::sync::atomic::{AtomicIsize, AtomicU16, AtomicU32, AtomicU8, AtomicUsize, Ordering};
#[cfg(not(loom))]
use std::sync::{Mutex, MutexGuard};

/// `ob_ref_local` value of an immortal object: increfs and decrefs do nothing.
pub const IMMORTAL: u32 = u32::MAX;

/// Low bits of `ob_ref_shared` hold the sharing state; the count sits above them.
pub const SHARED_SHIFT: u32 = 2;
const SHARED_FLAG_MASK: isize = 0b11;
/// Nobody has queued or merged the object.
const SHARED_INIT: isize = 0;
/// Threads may reach the object without a reference (through a weak reference or a slot read
/// with `try_incref_compare`), so the owner's free must synchronize with their `try_incref`.
/// Without it (`SHARED_INIT` at a zero shared count) `try_incref` of a non-owner fails, which
/// lets the owner free with a plain load, as CPython's `_Py_REF_MAYBE_WEAKREF` does.
const SHARED_MAYBE_WEAKREF: isize = 0b01;
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
    /// Some weakref points at the object (`object::weakref` keeps the list).
    pub const HAS_WEAKREFS: u16 = 1 << 2;
}

/// Frees an object whose reference count reached zero: set per type, called at most once.
pub type DeallocFn = unsafe fn(*mut ObjHeader);

pub use crate::thread::registry::current_thread_id;

/// The atomic word of a slot that lock-free readers load an object pointer from and pass to
/// `try_incref_compare` (loom's `AtomicUsize` under `cfg(loom)`).
pub type SlotWord = AtomicUsize;

/// Result of `ObjHeader::try_incref_compare`.
#[must_use]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotIncref {
    /// The caller now owns a reference to the object.
    Taken,
    /// No reference was taken (the object is being destroyed, or the slot no longer holds it):
    /// reload the slot and try again.
    Retry,
    /// As `Retry`, but undoing the speculative reference dropped the object's last reference:
    /// the caller must free it (`memory::free_object`) before reloading the slot.
    RetryAndFree,
}

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

    /// Lets other threads `try_incref` this object without holding a reference (set when a
    /// weak reference to it is made, by a thread holding a strong one). A no-op once queued,
    /// merged or flagged.
    pub fn set_maybe_weakref(&self) {
        if self.ob_ref_local.load(Ordering::Relaxed) == IMMORTAL {
            return;
        }
        let mut shared = self.ob_ref_shared.load(Ordering::Relaxed);
        while shared & SHARED_FLAG_MASK == 0 {
            match self.ob_ref_shared.compare_exchange_weak(
                shared,
                shared | SHARED_MAYBE_WEAKREF,
                Ordering::Relaxed,
                Ordering::Relaxed,
            ) {
                Ok(_) => return,
                Err(seen) => shared = seen,
            }
        }
    }

    /// Adds a reference unless the object is already being destroyed (its shared state is
    /// merged with a zero count). Returns whether the reference was taken.
    ///
    /// A non-owner may call it on an object it reached without holding a reference, as long as
    /// the object's memory stays allocated (QSBR): the increment is a read-modify-write of
    /// `ob_ref_shared`, and every path that frees the object first moves that field to merged-
    /// at-zero with a read-modify-write too (see `merge_zero_local`), so either the increment
    /// comes first and the object survives, or it fails.
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
        self.try_incref_shared()
    }

    /// The non-owner half of `try_incref`.
    fn try_incref_shared(&self) -> bool {
        let mut shared = self.ob_ref_shared.load(Ordering::Relaxed);
        loop {
            // A zero count without MAYBE_WEAKREF: the owner may free the object with a plain
            // load at any moment (and `local` says nothing once it is stale), so refuse.
            if shared == SHARED_MERGED || shared == SHARED_INIT {
                return false;
            }
            // Acquire: when this reads a value another thread's decref released, the caller's
            // re-check of a slot (`try_incref_compare`) sees that thread's earlier slot store.
            match self.ob_ref_shared.compare_exchange_weak(
                shared,
                shared + (1 << SHARED_SHIFT),
                Ordering::Acquire,
                Ordering::Relaxed,
            ) {
                Ok(_) => return true,
                Err(seen) => shared = seen,
            }
        }
    }

    /// Takes a reference to this object, which a lock-free reader just loaded from `slot`
    /// (`expected` is the word it loaded: this header's address), and confirms that the slot
    /// still holds it; if it does not, the reference is given back. The same contract as
    /// CPython's `_Py_TryIncrefCompare`: an immortal object, or one the calling thread owns,
    /// is taken at once (it cannot be freed under the caller); otherwise the shared count is
    /// incremented unless the object is merged at zero, then the slot is re-read.
    ///
    /// The object's memory must stay allocated while the caller may still be reading it (the
    /// writer defers the drop of the slot's reference with QSBR, or the memory is never
    /// reused). The re-check makes the result name the slot's current object even if the old
    /// one was freed and its memory reused; liveness itself comes from `try_incref`.
    pub fn try_incref_compare(&self, slot: &SlotWord, expected: usize) -> SlotIncref {
        let local = self.ob_ref_local.load(Ordering::Relaxed);
        if local == IMMORTAL {
            return SlotIncref::Taken;
        }
        if self.ob_tid.load(Ordering::Relaxed) == current_thread_id() {
            if local == 0 {
                return SlotIncref::Retry;
            }
            self.ob_ref_local.store(local + 1, Ordering::Relaxed);
            return SlotIncref::Taken;
        }
        if !self.try_incref_shared() {
            return SlotIncref::Retry;
        }
        if slot.load(Ordering::Acquire) == expected {
            return SlotIncref::Taken;
        }
        // The slot moved on: give the reference back. It may have become the last one (the
        // writer dropped the slot's reference meanwhile); the caller then frees the object.
        if self.decref_is_last() {
            SlotIncref::RetryAndFree
        } else {
            SlotIncref::Retry
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
        let shared = self.ob_ref_shared.load(Ordering::Acquire);
        if shared == SHARED_INIT {
            // No other thread holds a reference, and none can take one: `try_incref` refuses
            // a zero count without MAYBE_WEAKREF, and a reader of a QSBR-protected word reads
            // one whose reference is still counted.
            return true;
        }
        self.merge_shared_at_zero_local(shared)
    }

    /// `merge_zero_local` once other threads hold or may take references: give up ownership
    /// and merge with a read-modify-write, which orders the free against any `try_incref`
    /// (its increment comes first and is merged, or it sees MERGED and fails).
    fn merge_shared_at_zero_local(&self, mut shared: isize) -> bool {
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
            let should_queue = shared == SHARED_INIT || shared == SHARED_MAYBE_WEAKREF;
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

impl OwnerQueues {
    const fn new() -> OwnerQueues {
        OwnerQueues {
            entries: Vec::new(),
            exited: Vec::new(),
        }
    }
}

#[cfg(not(loom))]
static OWNER_QUEUES: Mutex<OwnerQueues> = Mutex::new(OwnerQueues::new());

/// Number of queued entries (read without the lock to skip draining when there is nothing).
#[cfg(not(loom))]
static QUEUED: AtomicUsize = AtomicUsize::new(0);

// Loom's types cannot be built in a const; its lazy statics are also reset for every explored
// execution.
#[cfg(loom)]
loom::lazy_static! {
    static ref OWNER_QUEUES: Mutex<OwnerQueues> = Mutex::new(OwnerQueues::new());
    static ref QUEUED: AtomicUsize = AtomicUsize::new(0);
}

fn owner_queues() -> MutexGuard<'static, OwnerQueues> {
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

#[cfg(all(test, not(loom)))]
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

    #[test]
    fn try_incref_compare_takes_or_gives_back() {
        let h = ObjHeader::new_owned(0);
        h.set_maybe_weakref();
        let addr = &h as *const ObjHeader as usize;
        let slot = SlotWord::new(addr);
        // The owner takes a reference at once.
        assert_eq!(h.try_incref_compare(&slot, addr), SlotIncref::Taken);
        assert_eq!(h.refcount(), 2);
        std::thread::scope(|s| {
            s.spawn(|| {
                // A non-owner takes one through the shared count while the slot holds `h`...
                assert_eq!(h.try_incref_compare(&slot, addr), SlotIncref::Taken);
                // ...and gives it back when the slot moved on.
                slot.store(0, Ordering::Relaxed);
                assert_eq!(h.try_incref_compare(&slot, addr), SlotIncref::Retry);
                assert!(!h.decref_is_last());
            });
        });
        assert_eq!(h.refcount(), 2);
        assert!(!h.decref_is_last());
        assert!(h.decref_is_last());
    }

    /// Many threads take and drop shared references while the owner keeps its own: the shared
    /// field must return to its initial state, so the owner's final drop frees at once.
    #[test]
    fn stress_shared_increfs_balance() {
        const THREADS: usize = 8;
        const ROUNDS: usize = 20_000;
        let h = ObjHeader::new_owned(0);
        h.set_maybe_weakref();
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
        assert_eq!(
            h.ob_ref_shared.load(Ordering::Relaxed),
            SHARED_MAYBE_WEAKREF
        );
        assert_eq!(h.refcount(), 1);
        assert!(h.decref_is_last());
    }

    /// Without MAYBE_WEAKREF a non-owner's `try_incref` refuses an object whose shared count
    /// is zero (its owner may free it with a plain load), and succeeds once it is set.
    #[test]
    fn try_incref_needs_maybe_weakref_at_zero_shared() {
        let h = ObjHeader::new_owned(0);
        std::thread::scope(|s| {
            s.spawn(|| assert!(!h.try_incref()));
        });
        assert_eq!(h.refcount(), 1);
        h.set_maybe_weakref();
        std::thread::scope(|s| {
            s.spawn(|| {
                assert!(h.try_incref());
                assert!(!h.decref_is_last());
            });
        });
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

/// Loom models of the biased reference count: loom runs each model under every interleaving of
/// its threads (and the stale reads its memory model allows), checking the real header code.
#[cfg(all(test, loom))]
mod loom_tests {
    use super::*;
    use loom::cell::UnsafeCell;
    use loom::sync::Arc;
    use loom::thread;
    use std::sync::atomic::AtomicBool as StdAtomicBool;

    const ALIVE: u32 = 1;
    const FREED: u32 = 2;

    /// Runs a model: every execution when `preemptions` is None, else executions with at most
    /// that many preemptions (`LOOM_MAX_PREEMPTIONS` overrides). Prints the execution count
    /// (visible with `--nocapture`).
    fn check(preemptions: Option<usize>, f: impl Fn() + Sync + Send + 'static) {
        use std::sync::atomic::AtomicUsize as Count;
        let runs = std::sync::Arc::new(Count::new(0));
        let counter = std::sync::Arc::clone(&runs);
        let mut builder = loom::model::Builder::new();
        if builder.preemption_bound.is_none() {
            builder.preemption_bound = preemptions;
        }
        builder.check(move || {
            counter.fetch_add(1, Ordering::Relaxed);
            f()
        });
        eprintln!("loom: {} executions", runs.load(Ordering::Relaxed));
    }

    /// A model object: the real header and a payload that freeing overwrites. Its memory stays
    /// allocated after the free (as QSBR keeps it in the runtime). Loom checks every payload
    /// access, so a use that is not ordered before the free is reported even when the
    /// interleaving does not show the FREED value.
    #[repr(C)]
    struct Obj {
        header: ObjHeader,
        data: UnsafeCell<u32>,
    }

    // SAFETY: `data` is read by reference holders and written once by the free, which the
    // protocol under test must order after every use; loom reports any unordered pair.
    unsafe impl Sync for Obj {}

    impl Obj {
        /// A new object owned by the calling thread, with one reference.
        fn new() -> Arc<Obj> {
            Arc::new(Obj {
                header: ObjHeader::new_owned(0),
                data: UnsafeCell::new(ALIVE),
            })
        }

        fn addr(&self) -> usize {
            &self.header as *const ObjHeader as usize
        }

        /// A new object that lock-free readers may reach through a slot (MAYBE_WEAKREF set,
        /// as every such object must be for `try_incref_compare`).
        fn new_published() -> Arc<Obj> {
            let obj = Obj::new();
            obj.header.set_maybe_weakref();
            obj
        }

        /// Reads the payload, as a holder of a reference does.
        fn use_ref(&self) {
            // SAFETY: loom's cell checks this read against the free's write.
            let v = self.data.with(|p| unsafe { *p });
            assert_eq!(v, ALIVE, "use after free");
        }

        fn free(&self) {
            self.data.with_mut(|p| {
                // SAFETY: loom's cell checks this write against every other access.
                unsafe {
                    assert_eq!(*p, ALIVE, "double free");
                    *p = FREED;
                }
            });
        }

        fn is_freed(&self) -> bool {
            // SAFETY: called once the model's threads have been joined.
            self.data.with(|p| unsafe { *p }) == FREED
        }

        /// Drops a reference and frees the object when it was the last; returns whether it did.
        fn drop_ref(&self) -> bool {
            let last = self.header.decref_is_last();
            if last {
                self.free();
            }
            last
        }
    }

    /// The model object whose header is at `addr`.
    ///
    /// # Safety
    /// `addr` must be the header of an `Obj` that outlives the returned reference.
    unsafe fn obj_at<'a>(addr: usize) -> &'a Obj {
        // SAFETY: the header is the first field of the `#[repr(C)]` `Obj` (caller contract).
        unsafe { &*(addr as *const Obj) }
    }

    /// The calling owner merges what other threads queued for it; returns how many it freed.
    fn merge_my_queue() -> usize {
        let mut freed = 0;
        for ptr in drain_queue_for(current_thread_id()) {
            // SAFETY: only model objects are queued, and the model keeps them allocated.
            let obj = unsafe { obj_at(ptr as usize) };
            if obj.header.merge_queued() {
                obj.free();
                freed += 1;
            }
        }
        freed
    }

    /// Gives `obj` a reference counted in `ob_ref_shared`, taken by a helper thread (so it
    /// belongs to no thread in particular: any non-owner may drop it).
    fn shared_reference(obj: &Arc<Obj>) {
        let o = Arc::clone(obj);
        thread::spawn(move || o.header.incref())
            .join()
            .expect("helper");
    }

    /// (a) The owner drops its reference through the local count while another thread drops
    /// one counted by the owner: the other thread queues the object, the owner drains its
    /// queue and merges. Exactly one free, after both drops (the payload checks).
    #[test]
    fn concurrent_drops_through_owner_queue() {
        check(None, || {
            let obj = Obj::new();
            obj.header.incref(); // the owner's count now includes the other thread's reference
            let o = Arc::clone(&obj);
            let other = thread::spawn(move || {
                o.use_ref();
                o.drop_ref()
            });
            obj.use_ref();
            let mut frees = obj.drop_ref() as usize;
            frees += merge_my_queue();
            let other_freed = other.join().expect("other");
            frees += merge_my_queue() + other_freed as usize;
            assert!(
                !other_freed,
                "a non-owner cannot free while the owner counts it"
            );
            assert_eq!(frees, 1);
            assert!(obj.is_freed());
            assert!(!any_queued());
        });
    }

    /// (a) The owner's last local reference and another thread's shared reference are dropped
    /// concurrently: the owner merges (or frees at once) and exactly one drop frees.
    #[test]
    fn concurrent_drops_through_merge() {
        check(None, || {
            let obj = Obj::new();
            shared_reference(&obj);
            let o = Arc::clone(&obj);
            let other = thread::spawn(move || {
                o.use_ref();
                o.drop_ref()
            });
            obj.use_ref();
            let mine = obj.drop_ref();
            let theirs = other.join().expect("other");
            assert_eq!(mine as usize + theirs as usize, 1);
            assert!(obj.is_freed());
        });
    }

    /// (b) A non-owner holding a shared reference takes a second one, drops both, while the
    /// owner drops its last reference: freed exactly once, after the last reference.
    #[test]
    fn non_owner_clone_and_drop_while_owner_drops_last() {
        check(None, || {
            let obj = Obj::new();
            shared_reference(&obj);
            let o = Arc::clone(&obj);
            let other = thread::spawn(move || {
                o.header.incref();
                o.use_ref();
                let first = o.drop_ref();
                o.use_ref();
                first as usize + o.drop_ref() as usize
            });
            obj.use_ref();
            let mine = obj.drop_ref();
            let theirs = other.join().expect("other");
            assert_eq!(mine as usize + theirs, 1);
            assert!(obj.is_freed());
        });
    }

    /// (c) The owner retires (thread exit) while another thread still holds a reference the
    /// owner counts: whichever comes first, the object is merged and freed exactly once, by
    /// the owner's retirement or by the dropping thread once the owner is gone.
    #[test]
    fn owner_exit_hands_the_merge_to_the_dropping_thread() {
        static DROPPER_FREED: StdAtomicBool = StdAtomicBool::new(false);
        static OWNER_FREED: StdAtomicBool = StdAtomicBool::new(false);
        check(None, || {
            let obj = Obj::new();
            obj.header.incref(); // the other thread's reference, counted by the owner
            let o = Arc::clone(&obj);
            let other = thread::spawn(move || {
                o.use_ref();
                o.drop_ref()
            });
            obj.use_ref();
            assert!(!obj.drop_ref());
            let mut owner_frees = 0;
            for ptr in retire_thread(current_thread_id()) {
                // SAFETY: only model objects are queued; the model keeps them allocated.
                let queued = unsafe { obj_at(ptr as usize) };
                if queued.header.merge_queued() {
                    queued.free();
                    owner_frees += 1;
                }
            }
            let dropper_freed = other.join().expect("other");
            assert_eq!(owner_frees + dropper_freed as usize, 1);
            assert!(obj.is_freed());
            DROPPER_FREED.fetch_or(dropper_freed, Ordering::Relaxed);
            OWNER_FREED.fetch_or(owner_frees == 1, Ordering::Relaxed);
        });
        assert!(
            DROPPER_FREED.load(Ordering::Relaxed),
            "no run merged at the dropping thread"
        );
        assert!(
            OWNER_FREED.load(Ordering::Relaxed),
            "no run merged at retirement"
        );
    }

    /// A lock-free reader: loads the slot and takes a reference with `try_incref_compare`,
    /// retrying as told; uses the object and returns its address (reference still held) and
    /// whether giving back a speculative reference freed an object on the way. A retry
    /// yields, as a spinning reader would: loom then stops returning the stale slot value.
    fn read_slot(slot: &SlotWord) -> (usize, bool) {
        let mut freed = false;
        loop {
            let word = slot.load(Ordering::Acquire);
            // SAFETY: slots hold model objects, which the model keeps allocated.
            let obj = unsafe { obj_at(word) };
            match obj.header.try_incref_compare(slot, word) {
                SlotIncref::Taken => {
                    obj.use_ref();
                    return (word, freed);
                }
                SlotIncref::Retry => {}
                SlotIncref::RetryAndFree => {
                    obj.free();
                    freed = true;
                }
            }
            thread::yield_now();
        }
    }

    /// (2) A reader takes a reference from a slot while the writer, the objects' owner,
    /// replaces the slot's object and drops the old one's last reference (the owner's free).
    /// Freeing twice panics in `Obj::free`, so "freed exactly once" is checked as "freed".
    #[test]
    fn try_incref_compare_vs_owner_replacing_the_slot() {
        static READER_GOT_OLD: StdAtomicBool = StdAtomicBool::new(false);
        static READER_FREED_OLD: StdAtomicBool = StdAtomicBool::new(false);
        check(None, || {
            let a = Obj::new_published(); // the slot's reference, counted by this (owner) thread
            let b = Obj::new_published(); // the slot's next reference
            let slot = Arc::new(SlotWord::new(a.addr()));
            let s = Arc::clone(&slot);
            let reader = thread::spawn(move || {
                let (word, gave_back_freed) = read_slot(&s);
                // SAFETY: the model keeps both objects allocated.
                let freed = unsafe { obj_at(word) }.drop_ref();
                (word, freed || gave_back_freed)
            });
            let old = slot.swap(b.addr(), Ordering::AcqRel);
            // SAFETY: `old` is `a`, kept allocated by the model.
            unsafe { obj_at(old) }.drop_ref();
            let (got, reader_freed) = reader.join().expect("reader");
            assert!(
                b.drop_ref(),
                "the owner's drop of the slot's reference frees b"
            );
            assert!(a.is_freed() && b.is_freed());
            if got == a.addr() {
                READER_GOT_OLD.store(true, Ordering::Relaxed);
            }
            if reader_freed {
                READER_FREED_OLD.store(true, Ordering::Relaxed);
            }
        });
        assert!(
            READER_GOT_OLD.load(Ordering::Relaxed),
            "no run took the old object"
        );
        assert!(
            READER_FREED_OLD.load(Ordering::Relaxed),
            "no run freed in the reader"
        );
    }

    /// (2) The slot holds the only reference (counted in the shared field: the owner already
    /// dropped its own and merged); a non-owner writer replaces the object and drops that
    /// reference while a reader takes one. Freed exactly once, possibly by the reader giving
    /// back its speculative reference after the slot moved on.
    #[test]
    fn try_incref_compare_vs_non_owner_writer() {
        static READER_FREED_OLD: StdAtomicBool = StdAtomicBool::new(false);
        check(None, || {
            let a = Obj::new_published();
            shared_reference(&a); // the slot's reference
            assert!(!a.drop_ref()); // the owner's own: counts merge, `a` has no owner now
            let (freed, gave_back_freed) = slot_race_with_non_owner_writer(&a, || {});
            if gave_back_freed {
                READER_FREED_OLD.store(true, Ordering::Relaxed);
            }
            assert!(freed.is_freed());
        });
        assert!(
            READER_FREED_OLD.load(Ordering::Relaxed),
            "no run freed the old object in the reader's give-back"
        );
    }

    /// (2) As above, but the owner still holds its own reference and drops it (merging the
    /// counts) during the race. Three racing threads: bounded to two preemptions per run.
    #[test]
    fn try_incref_compare_vs_non_owner_writer_and_owner() {
        check(Some(2), || {
            let a = Obj::new_published(); // the owner's own reference
            shared_reference(&a); // the slot's reference
            let owner_side = Arc::clone(&a);
            let (freed, _) = slot_race_with_non_owner_writer(&a, move || {
                owner_side.use_ref();
                owner_side.drop_ref();
            });
            assert!(freed.is_freed());
        });
    }

    /// (1) An object without MAYBE_WEAKREF: the owner drops its last reference (freeing with a
    /// plain load of the shared field) while a non-owner that reached it without a reference
    /// calls `try_incref`. The non-owner must never get a reference: the free is unordered
    /// with everything it could do afterwards.
    #[test]
    fn owner_fast_free_vs_unflagged_try_incref() {
        check(None, || {
            let a = Obj::new();
            let other = Arc::clone(&a);
            let t = thread::spawn(move || {
                assert!(
                    !other.header.try_incref(),
                    "took a reference it cannot keep"
                );
            });
            assert!(a.drop_ref(), "the owner's last drop frees at once");
            t.join().expect("other");
            assert!(a.is_freed());
        });
    }

    /// Slot = `a`; a writer thread swaps in a new object `b` (owned by the calling thread) and
    /// drops `a`'s slot reference, a reader thread takes a reference from the slot, and the
    /// calling thread runs `meanwhile`. Then the caller drops `b`'s slot reference. Returns `a`
    /// and whether the reader freed an object while giving back a speculative reference.
    fn slot_race_with_non_owner_writer(a: &Arc<Obj>, meanwhile: impl FnOnce()) -> (Arc<Obj>, bool) {
        let b = Obj::new_published();
        let slot = Arc::new(SlotWord::new(a.addr()));
        let s = Arc::clone(&slot);
        let b_addr = b.addr();
        let writer = thread::spawn(move || {
            let old = s.swap(b_addr, Ordering::AcqRel);
            // SAFETY: `old` is `a`, kept allocated by the model.
            unsafe { obj_at(old) }.drop_ref();
        });
        let s = Arc::clone(&slot);
        let reader = thread::spawn(move || {
            let (word, gave_back_freed) = read_slot(&s);
            // SAFETY: the model keeps both objects allocated.
            unsafe { obj_at(word) }.drop_ref();
            gave_back_freed
        });
        meanwhile();
        writer.join().expect("writer");
        let gave_back_freed = reader.join().expect("reader");
        assert!(
            b.drop_ref(),
            "the owner's drop of the slot's reference frees b"
        );
        // `free` panics on a second free, so this checks "exactly once".
        assert!(b.is_freed());
        (Arc::clone(a), gave_back_freed)
    }
}
