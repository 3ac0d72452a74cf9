//! Thread identity for the runtime: ids that are never reused (an object's owner id names one
//! thread forever, so a late decref can tell that its owner has exited), and the process-wide
//! switch from single-threaded to free-threaded mode. It does not track thread states; `qsbr`
//! and `object::header` keep their own per-thread records.

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

static MULTI_THREADED: AtomicBool = AtomicBool::new(false);
static NEXT_THREAD_ID: AtomicUsize = AtomicUsize::new(1);

#[cfg(not(loom))]
thread_local! {
    static THREAD_ID: Cell<usize> = const { Cell::new(0) };
}

// Under loom every model thread runs on one OS thread: loom's thread-locals give each model
// thread its own id (the counter stays a std atomic: ids only need to be distinct).
#[cfg(loom)]
loom::thread_local! {
    static THREAD_ID: Cell<usize> = Cell::new(0);
}

/// The calling thread's id: non-zero, unique for the life of the process.
#[inline(always)]
pub fn current_thread_id() -> usize {
    THREAD_ID.with(|c| {
        let id = c.get();
        if id != 0 {
            id
        } else {
            assign_thread_id(c)
        }
    })
}

#[cold]
fn assign_thread_id(cell: &Cell<usize>) -> usize {
    let id = NEXT_THREAD_ID.fetch_add(1, Ordering::Relaxed);
    cell.set(id);
    id
}

/// True once a second interpreter thread was started: critical sections and deferred frees
/// are on from then on.
#[inline(always)]
pub fn is_multi_threaded() -> bool {
    MULTI_THREADED.load(Ordering::Relaxed)
}

/// Called by a thread before it starts the first other interpreter thread. The starting thread
/// is outside every critical section at that point, and the new thread starts after this
/// store (thread spawn orders them), so no critical section is ever half-skipped.
pub fn enter_multi_threaded() {
    MULTI_THREADED.store(true, Ordering::SeqCst);
}

/// Takes a fresh id for a thread about to be started (so the starter can report it).
pub fn reserve_thread_id() -> usize {
    NEXT_THREAD_ID.fetch_add(1, Ordering::Relaxed)
}

/// Gives the calling (new) thread the id reserved for it. Must run before it touches a Value.
pub fn adopt_thread_id(id: usize) {
    THREAD_ID.with(|c| c.set(id));
}
