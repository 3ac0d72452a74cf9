//! The 1-byte mutex behind `ob_mutex`: a compare-and-swap fast path, brief spinning, then
//! parking on the byte's address; a waiter that has waited long gets the lock handed to it
//! directly (fairness), so a busy owner cannot starve it. Knows nothing about objects:
//! critical sections (thread runtime) build on it. Under `cfg(loom)` parking is modelled by
//! yielding, so loom can check the byte protocol itself.

#[cfg(loom)]
use loom::sync::atomic::{AtomicU8, Ordering};
#[cfg(not(loom))]
use std::sync::atomic::{AtomicU8, Ordering};

/// The lock is held.
const LOCKED: u8 = 1;
/// At least one thread is (or is about to be) parked on this byte.
const HAS_PARKED: u8 = 2;

/// The atomic byte the mutex lives in (loom's under `cfg(loom)`).
pub type LockByte = AtomicU8;

/// Spins before parking: an owner usually releases within a few hundred cycles.
const SPIN_LIMIT: u32 = 40;

/// Tries to take the lock without waiting.
#[inline]
pub fn try_lock(byte: &AtomicU8) -> bool {
    let mut state = byte.load(Ordering::Relaxed);
    loop {
        if state & LOCKED != 0 {
            return false;
        }
        match byte.compare_exchange_weak(
            state,
            state | LOCKED,
            Ordering::Acquire,
            Ordering::Relaxed,
        ) {
            Ok(_) => return true,
            Err(seen) => state = seen,
        }
    }
}

/// Takes the lock, waiting as long as needed.
#[inline]
pub fn lock(byte: &AtomicU8) {
    if byte
        .compare_exchange_weak(0, LOCKED, Ordering::Acquire, Ordering::Relaxed)
        .is_err()
    {
        lock_slow(byte);
    }
}

/// Releases the lock (the caller holds it).
#[inline]
pub fn unlock(byte: &AtomicU8) {
    if byte
        .compare_exchange(LOCKED, 0, Ordering::Release, Ordering::Relaxed)
        .is_err()
    {
        unlock_slow(byte);
    }
}

#[cold]
fn lock_slow(byte: &AtomicU8) {
    let mut spins = 0;
    let mut state = byte.load(Ordering::Relaxed);
    loop {
        if state & LOCKED == 0 {
            match byte.compare_exchange_weak(
                state,
                state | LOCKED,
                Ordering::Acquire,
                Ordering::Relaxed,
            ) {
                Ok(_) => return,
                Err(seen) => {
                    state = seen;
                    continue;
                }
            }
        }
        if state & HAS_PARKED == 0 && spins < SPIN_LIMIT {
            spins += 1;
            spin_hint();
            state = byte.load(Ordering::Relaxed);
            continue;
        }
        if state & HAS_PARKED == 0 {
            if let Err(seen) = byte.compare_exchange_weak(
                state,
                state | HAS_PARKED,
                Ordering::Relaxed,
                Ordering::Relaxed,
            ) {
                state = seen;
                continue;
            }
        }
        if park(byte) {
            // The unlocker handed the lock to us (fair hand-off): it stays LOCKED.
            return;
        }
        spins = 0;
        state = byte.load(Ordering::Relaxed);
    }
}

#[cfg(not(loom))]
fn spin_hint() {
    std::hint::spin_loop();
}

#[cfg(loom)]
fn spin_hint() {
    loom::thread::yield_now();
}

/// Token an unlocker passes to the thread it wakes when it hands the lock over.
#[cfg(not(loom))]
const TOKEN_HANDOFF: parking_lot_core::UnparkToken = parking_lot_core::UnparkToken(1);

/// Parks until woken; true when the lock was handed to us.
#[cfg(not(loom))]
fn park(byte: &AtomicU8) -> bool {
    let key = byte as *const AtomicU8 as usize;
    // SAFETY: parking_lot_core's contract: the validate/before-sleep/timed-out callbacks do not
    // call park/unpark themselves and do not panic (they only read or write this atomic byte).
    let result = unsafe {
        parking_lot_core::park(
            key,
            || byte.load(Ordering::Relaxed) == LOCKED | HAS_PARKED,
            || {},
            |_, _| {},
            parking_lot_core::DEFAULT_PARK_TOKEN,
            None,
        )
    };
    matches!(
        result,
        parking_lot_core::ParkResult::Unparked(TOKEN_HANDOFF)
    )
}

/// Under loom: "parking" is yielding until the byte changes (loom does not model parking).
#[cfg(loom)]
fn park(byte: &AtomicU8) -> bool {
    while byte.load(Ordering::Relaxed) == LOCKED | HAS_PARKED {
        loom::thread::yield_now();
    }
    false
}

#[cold]
fn unlock_slow(byte: &AtomicU8) {
    #[cfg(not(loom))]
    {
        let key = byte as *const AtomicU8 as usize;
        // SAFETY: as in `park`: the callback only touches this atomic byte and cannot panic.
        unsafe {
            parking_lot_core::unpark_one(key, |result| {
                if result.unparked_threads != 0 && result.be_fair {
                    // Hand the lock straight to the woken thread: keep LOCKED set.
                    if !result.have_more_threads {
                        byte.store(LOCKED, Ordering::Relaxed);
                    }
                    return TOKEN_HANDOFF;
                }
                let next = if result.have_more_threads {
                    HAS_PARKED
                } else {
                    0
                };
                byte.store(next, Ordering::Release);
                parking_lot_core::DEFAULT_UNPARK_TOKEN
            });
        }
    }
    #[cfg(loom)]
    {
        // Waiters re-check the byte; clearing it lets one of them take the lock.
        byte.store(0, Ordering::Release);
    }
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn try_lock_fails_while_held() {
        let b = AtomicU8::new(0);
        assert!(try_lock(&b));
        assert!(!try_lock(&b));
        unlock(&b);
        assert!(try_lock(&b));
        unlock(&b);
        assert_eq!(b.load(Ordering::Relaxed), 0);
    }

    #[test]
    fn many_threads_count_exactly() {
        struct Shared {
            byte: AtomicU8,
            count: std::cell::UnsafeCell<u64>,
        }
        // SAFETY: `count` is only touched while `byte` is locked.
        unsafe impl Sync for Shared {}
        let shared = Arc::new(Shared {
            byte: AtomicU8::new(0),
            count: std::cell::UnsafeCell::new(0),
        });
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let s = Arc::clone(&shared);
                std::thread::spawn(move || {
                    for _ in 0..20_000 {
                        lock(&s.byte);
                        // SAFETY: the mutex is held.
                        unsafe { *s.count.get() += 1 };
                        unlock(&s.byte);
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().expect("worker");
        }
        // SAFETY: every worker has finished.
        assert_eq!(unsafe { *shared.count.get() }, 160_000);
        assert_eq!(shared.byte.load(Ordering::Relaxed), 0);
    }
}

#[cfg(all(test, loom))]
mod loom_tests {
    use super::*;
    use loom::cell::UnsafeCell;
    use loom::sync::Arc;

    struct Shared {
        byte: AtomicU8,
        count: UnsafeCell<u32>,
    }

    // SAFETY: `count` is only touched while `byte` is locked (loom checks this claim).
    unsafe impl Sync for Shared {}

    #[test]
    fn mutual_exclusion_and_release() {
        loom::model(|| {
            let shared = Arc::new(Shared {
                byte: AtomicU8::new(0),
                count: UnsafeCell::new(0),
            });
            let threads: Vec<_> = (0..2)
                .map(|_| {
                    let s = Arc::clone(&shared);
                    loom::thread::spawn(move || {
                        lock(&s.byte);
                        s.count.with_mut(|c| {
                            // SAFETY: the mutex is held; loom reports a race otherwise.
                            unsafe { *c += 1 }
                        });
                        unlock(&s.byte);
                    })
                })
                .collect();
            for t in threads {
                t.join().expect("worker");
            }
            // SAFETY: both workers have finished.
            let total = shared.count.with(|c| unsafe { *c });
            assert_eq!(total, 2);
            assert_eq!(shared.byte.load(Ordering::Relaxed), 0);
        });
    }

    #[test]
    fn try_lock_never_enters_a_held_lock() {
        loom::model(|| {
            let shared = Arc::new(Shared {
                byte: AtomicU8::new(0),
                count: UnsafeCell::new(0),
            });
            let s = Arc::clone(&shared);
            let t = loom::thread::spawn(move || {
                if try_lock(&s.byte) {
                    s.count.with_mut(|c| {
                        // SAFETY: the mutex is held.
                        unsafe { *c += 1 }
                    });
                    unlock(&s.byte);
                }
            });
            lock(&shared.byte);
            shared.count.with_mut(|c| {
                // SAFETY: the mutex is held.
                unsafe { *c += 10 }
            });
            unlock(&shared.byte);
            t.join().expect("worker");
            // SAFETY: the worker has finished.
            let total = shared.count.with(|c| unsafe { *c });
            assert!(total == 10 || total == 11);
        });
    }
}
