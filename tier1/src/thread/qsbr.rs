//! Quiescent-state-based reclamation: a value that other threads may be reading without a
//! reference (a type attribute found through the lock-free attribute cache, a function's code
//! or defaults) is dropped only after every interpreter thread has passed a quiescent point
//! (an eval-breaker check or a blocking call, where a thread holds no such borrowed pointer).
//! This module owns the thread records (registration), the per-thread deferred lists and the
//! orphans of exited threads; the sequence protocol itself is `qsbr_core`'s (loom-checked). It
//! must not decide what may be read without a reference.

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use super::qsbr_core::{self, Deferred, ReadSeq, WriteSeq};
use super::registry::is_multi_threaded;
use crate::object::Value;

/// Deferred drops a thread accumulates before it polls at the next opportunity anyway.
const POLL_THRESHOLD: usize = 256;

/// Advanced by every deferred drop; a thread's read sequence catches up at quiescent points.
#[cfg(not(loom))]
static WRITE_SEQ: WriteSeq = WriteSeq::new();

// Loom's atomics cannot be built in a const (this code never runs under loom).
#[cfg(loom)]
loom::lazy_static! {
    static ref WRITE_SEQ: WriteSeq = WriteSeq::new();
}

/// Every registered thread's read sequence.
static THREADS: Mutex<Vec<Arc<ReadSeq>>> = Mutex::new(Vec::new());

/// Drops left behind by exited threads, finished by whoever polls next.
static ORPHANS: Mutex<Deferred<Retired>> = Mutex::new(Deferred::new());
/// True while `ORPHANS` may be non-empty (checked without the lock).
static HAS_ORPHANS: AtomicBool = AtomicBool::new(false);

thread_local! {
    static RECORD: RefCell<Option<Arc<ReadSeq>>> = const { RefCell::new(None) };
    /// Retired items, each with its goal sequence.
    static DEFERRED: RefCell<Deferred<Retired>> = const { RefCell::new(Deferred::new()) };
}

/// Something released once no thread can still be reading it: a word and the function that
/// releases it (drop an owned reference, free a retired block of value words).
#[derive(Clone, Copy)]
struct Retired {
    word: usize,
    release: unsafe fn(usize),
}

/// Releases an owned reference given as its raw word.
///
/// # Safety
/// `word` must come from `Value::into_raw` and be released once.
unsafe fn drop_value_word(word: usize) {
    // SAFETY: caller contract.
    drop(unsafe { Value::from_raw_word(word) });
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Registers the calling thread (idempotent). A registered thread must reach quiescent points.
pub fn register_thread() {
    RECORD.with(|r| {
        let mut r = r.borrow_mut();
        if r.is_none() {
            let rec = Arc::new(ReadSeq::new(&WRITE_SEQ));
            lock(&THREADS).push(rec.clone());
            *r = Some(rec);
        }
    });
}

/// Unregisters the calling thread at exit; its pending drops become orphans (it drops none
/// itself: a drop may need a `__del__` this exiting thread can no longer run).
pub fn unregister_thread() {
    let pending = DEFERRED.with(|d| d.borrow_mut().take());
    if !pending.is_empty() {
        lock(&ORPHANS).append(pending);
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
    defer(Retired {
        word: v.into_raw(),
        release: drop_value_word,
    });
}

/// Calls `release(word)` once no thread can still be reading what `word` names without a
/// reference (at once while single-threaded).
///
/// # Safety
/// `release(word)` must be sound to call once, on any thread, after every thread that could
/// have loaded `word` passed a quiescent point.
pub unsafe fn defer_release(word: usize, release: unsafe fn(usize)) {
    if !is_multi_threaded() {
        // SAFETY: caller contract; with one thread there is no other reader.
        unsafe { release(word) };
        return;
    }
    defer(Retired { word, release });
}

fn defer(item: Retired) {
    let goal = WRITE_SEQ.advance();
    let len = DEFERRED.with(|d| d.borrow_mut().push(goal, item));
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
            rec.quiescent(&WRITE_SEQ);
        }
    });
}

/// The calling thread is about to block: it counts as quiescent until `attach`.
pub fn detach() {
    RECORD.with(|r| {
        if let Some(rec) = &*r.borrow() {
            rec.detach();
        }
    });
}

/// The calling thread resumes after a blocking call.
pub fn attach() {
    RECORD.with(|r| {
        if let Some(rec) = &*r.borrow() {
            rec.attach(&WRITE_SEQ);
        }
    });
}

/// The lowest read sequence over all registered threads: every drop with a goal at or below
/// it is safe.
fn safe_seq() -> u64 {
    qsbr_core::safe_seq(lock(&THREADS).iter().map(|t| &**t))
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
    let mut ready: Vec<Retired> = Vec::new();
    DEFERRED.with(|d| d.borrow_mut().take_ready(safe, &mut ready));
    if has_orphans {
        let mut orphans = lock(&ORPHANS);
        orphans.take_ready(safe, &mut ready);
        if orphans.is_empty() {
            HAS_ORPHANS.store(false, Ordering::Release);
        }
    }
    for item in ready {
        // SAFETY: each item was handed to `defer` once, with the contract of `defer_release`,
        // and its goal is at or below every thread's read sequence.
        unsafe { (item.release)(item.word) };
    }
}
