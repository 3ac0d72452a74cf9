//! Quiescent-state-based reclamation: a value that other threads may be reading without a
//! reference (a type attribute found through the lock-free attribute cache, a function's code
//! or defaults) is dropped only after every interpreter thread has passed a quiescent point
//! (an eval-breaker check or a blocking call, where a thread holds no such borrowed pointer).
//! This module owns the write sequence, the per-thread read sequences and the deferred lists;
//! it must not decide what may be read without a reference.

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use super::registry::is_multi_threaded;
use crate::object::Value;

/// Sequence number of a thread that is detached (blocked): it holds no borrowed pointers.
const OFFLINE: u64 = u64::MAX;

/// Deferred drops a thread accumulates before it polls at the next opportunity anyway.
const POLL_THRESHOLD: usize = 256;

/// Advanced by every deferred drop; a thread's read sequence catches up at quiescent points.
static WRITE_SEQ: AtomicU64 = AtomicU64::new(1);

/// Cache-line aligned: each thread writes its own record at every quiescent point.
#[repr(align(128))]
struct ThreadRecord {
    read_seq: AtomicU64,
}

/// Every registered thread's record.
static THREADS: Mutex<Vec<Arc<ThreadRecord>>> = Mutex::new(Vec::new());

/// Drops left behind by exited threads, finished by whoever polls next.
static ORPHANS: Mutex<Vec<(u64, usize)>> = Mutex::new(Vec::new());
/// True while `ORPHANS` may be non-empty (checked without the lock).
static HAS_ORPHANS: AtomicBool = AtomicBool::new(false);

thread_local! {
    static RECORD: RefCell<Option<Arc<ThreadRecord>>> = const { RefCell::new(None) };
    /// (goal sequence, owned reference as a raw word).
    static DEFERRED: RefCell<Vec<(u64, usize)>> = const { RefCell::new(Vec::new()) };
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Registers the calling thread (idempotent). A registered thread must reach quiescent points.
pub fn register_thread() {
    RECORD.with(|r| {
        let mut r = r.borrow_mut();
        if r.is_none() {
            let rec = Arc::new(ThreadRecord {
                read_seq: AtomicU64::new(WRITE_SEQ.load(Ordering::SeqCst)),
            });
            lock(&THREADS).push(rec.clone());
            *r = Some(rec);
        }
    });
}

/// Unregisters the calling thread at exit; its pending drops become orphans.
pub fn unregister_thread() {
    poll();
    let pending = DEFERRED.with(|d| std::mem::take(&mut *d.borrow_mut()));
    if !pending.is_empty() {
        lock(&ORPHANS).extend(pending);
        HAS_ORPHANS.store(true, Ordering::Release);
    }
    if let Some(rec) = RECORD.with(|r| r.borrow_mut().take()) {
        lock(&THREADS).retain(|t| !Arc::ptr_eq(t, &rec));
    }
}

/// Drops `v` once no thread can still be reading it without a reference.
pub fn defer_drop(v: Value) {
    if !is_multi_threaded() {
        drop(v);
        return;
    }
    let goal = WRITE_SEQ.fetch_add(1, Ordering::SeqCst) + 1;
    let len = DEFERRED.with(|d| {
        let mut d = d.borrow_mut();
        d.push((goal, v.into_raw()));
        d.len()
    });
    if len >= POLL_THRESHOLD {
        // Not a quiescent point (the caller may hold borrowed pointers): only reclaim what
        // other threads' reports already allow.
        reclaim();
    }
}

/// A quiescent point of the calling thread: it holds no borrowed pointer from a lock-free read.
#[inline]
pub fn quiescent() {
    RECORD.with(|r| {
        if let Some(rec) = &*r.borrow() {
            rec.read_seq
                .store(WRITE_SEQ.load(Ordering::SeqCst), Ordering::SeqCst);
        }
    });
}

/// The calling thread is about to block: it counts as quiescent until `attach`.
pub fn detach() {
    RECORD.with(|r| {
        if let Some(rec) = &*r.borrow() {
            rec.read_seq.store(OFFLINE, Ordering::SeqCst);
        }
    });
}

/// The calling thread resumes after a blocking call.
pub fn attach() {
    quiescent();
}

/// The lowest read sequence over all registered threads: every drop with a goal at or below
/// it is safe.
fn safe_seq() -> u64 {
    lock(&THREADS)
        .iter()
        .map(|t| t.read_seq.load(Ordering::SeqCst))
        .min()
        .unwrap_or(OFFLINE)
}

/// A quiescent point that also performs the deferred drops that have become safe.
pub fn poll() {
    quiescent();
    reclaim();
}

/// Performs the deferred drops that have become safe (this thread's and orphans).
fn reclaim() {
    let has_own = DEFERRED.with(|d| !d.borrow().is_empty());
    let has_orphans = HAS_ORPHANS.load(Ordering::Acquire);
    if !has_own && !has_orphans {
        return;
    }
    let safe = safe_seq();
    let mut ready: Vec<usize> = Vec::new();
    DEFERRED.with(|d| {
        d.borrow_mut().retain(|&(goal, word)| {
            if goal <= safe {
                ready.push(word);
                false
            } else {
                true
            }
        })
    });
    if has_orphans {
        let mut orphans = lock(&ORPHANS);
        orphans.retain(|&(goal, word)| {
            if goal <= safe {
                ready.push(word);
                false
            } else {
                true
            }
        });
        if orphans.is_empty() {
            HAS_ORPHANS.store(false, Ordering::Release);
        }
    }
    for word in ready {
        // SAFETY: each word is an owned reference handed to `defer_drop`, released once.
        drop(unsafe { Value::from_raw_word(word) });
    }
}
