//! Stop-the-world: a thread that must see every object quiet (the cycle collector) asks every
//! other interpreter thread to pause. Attached threads pause at their next eval-breaker check;
//! detached threads (blocked in sleep, a lock, a join) count as paused and cannot attach until
//! the world resumes. It must not know what the stopping thread does meanwhile.

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

const ATTACHED: u8 = 0;
const DETACHED: u8 = 1;

/// Cache-line aligned: each thread writes its own state at every blocking call.
#[repr(align(128))]
struct ThreadState {
    state: AtomicU8,
}

static THREADS: Mutex<Vec<Arc<ThreadState>>> = Mutex::new(Vec::new());
/// A stop is requested or in progress.
static REQUESTED: AtomicBool = AtomicBool::new(false);
/// Paused threads wait on this until the world resumes.
static RESUMED: (Mutex<()>, Condvar) = (Mutex::new(()), Condvar::new());
/// One stop at a time.
static STOPPER: Mutex<()> = Mutex::new(());
/// The stopper sleeps on this while it waits for threads to pause (so the threads it waits
/// for get the CPU); threads that detach during a stop wake it.
static PAUSED: (Mutex<()>, Condvar) = (Mutex::new(()), Condvar::new());

thread_local! {
    static MINE: RefCell<Option<Arc<ThreadState>>> = const { RefCell::new(None) };
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn set_state(state: u8) {
    MINE.with(|m| {
        if let Some(rec) = &*m.borrow() {
            rec.state.store(state, Ordering::SeqCst);
        }
    });
}

fn is_registered() -> bool {
    MINE.with(|m| m.borrow().is_some())
}

/// Registers the calling interpreter thread (idempotent); it starts attached, waiting first if
/// the world is stopped.
pub fn register_thread() {
    if is_registered() {
        return;
    }
    let rec = Arc::new(ThreadState {
        state: AtomicU8::new(DETACHED),
    });
    lock(&THREADS).push(rec.clone());
    MINE.with(|m| *m.borrow_mut() = Some(rec));
    attach();
}

/// Unregisters the calling thread at exit (after its last touch of any object).
pub fn unregister_thread() {
    set_state(DETACHED);
    if let Some(rec) = MINE.with(|m| m.borrow_mut().take()) {
        lock(&THREADS).retain(|t| !Arc::ptr_eq(t, &rec));
    }
}

/// The calling thread is about to block: a stop does not wait for it.
pub fn detach() {
    set_state(DETACHED);
    if REQUESTED.load(Ordering::SeqCst) {
        let (m, cv) = &PAUSED;
        let _guard = lock(m);
        cv.notify_all();
    }
}

/// The calling thread resumes after blocking; waits while the world is stopped.
pub fn attach() {
    if !is_registered() {
        return;
    }
    loop {
        set_state(ATTACHED);
        if !REQUESTED.load(Ordering::SeqCst) {
            return;
        }
        // A stop is under way: step back and wait for the world to resume.
        detach();
        wait_for_resume();
    }
}

fn wait_for_resume() {
    let (m, cv) = &RESUMED;
    let mut guard = lock(m);
    while REQUESTED.load(Ordering::SeqCst) {
        guard = cv.wait(guard).unwrap_or_else(|e| e.into_inner());
    }
}

/// True while a stop is requested (checked at every eval-breaker tick: a relaxed load of a
/// word that is only written when a stop starts or ends).
#[inline(always)]
pub fn is_requested() -> bool {
    REQUESTED.load(Ordering::Relaxed)
}

/// Eval-breaker hook: pauses while another thread has the world stopped.
#[inline]
pub fn pause_if_requested() {
    if REQUESTED.load(Ordering::Relaxed) && is_registered() {
        detach();
        attach();
    }
}

/// The world, stopped: every other registered thread is paused or detached until this drops.
pub struct StoppedWorld {
    _stopper: Option<MutexGuard<'static, ()>>,
}

/// Stops every other interpreter thread (nothing to do while single-threaded).
pub fn stop_the_world() -> StoppedWorld {
    if !super::registry::is_multi_threaded() {
        return StoppedWorld { _stopper: None };
    }
    // Waiting for another stopper must not block that stopper: count as detached meanwhile.
    detach();
    let stopper = lock(&STOPPER);
    set_state(ATTACHED);
    REQUESTED.store(true, Ordering::SeqCst);
    let me = MINE.with(|m| m.borrow().clone());
    let others: Vec<Arc<ThreadState>> = lock(&THREADS)
        .iter()
        .filter(|t| me.as_ref().is_none_or(|me| !Arc::ptr_eq(t, me)))
        .cloned()
        .collect();
    let all_paused = || {
        others
            .iter()
            .all(|t| t.state.load(Ordering::SeqCst) != ATTACHED)
    };
    // Threads registering after the snapshot start detached and wait in `attach`.
    let (m, cv) = &PAUSED;
    let mut guard = lock(m);
    while !all_paused() {
        guard = cv
            .wait_timeout(guard, std::time::Duration::from_micros(200))
            .unwrap_or_else(|e| e.into_inner())
            .0;
    }
    drop(guard);
    StoppedWorld {
        _stopper: Some(stopper),
    }
}

impl Drop for StoppedWorld {
    fn drop(&mut self) {
        if self._stopper.is_some() {
            let (m, cv) = &RESUMED;
            let _guard = lock(m);
            REQUESTED.store(false, Ordering::SeqCst);
            cv.notify_all();
        }
    }
}
