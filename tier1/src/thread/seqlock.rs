//! A sequence count for caches that many threads read and any thread may refill: a writer
//! claims the count (odd while it writes) or skips the write when another writer holds it; a
//! reader keeps what it read only when the count was even and unchanged around the read. The
//! data the count guards must be atomics (relaxed loads and stores); this module owns only the
//! protocol. Used by the LOAD_GLOBAL cache and the module attribute cache.

#[cfg(loom)]
use loom::sync::atomic::{fence, AtomicU32, Ordering};
#[cfg(not(loom))]
use std::sync::atomic::{fence, AtomicU32, Ordering};

#[derive(Default)]
pub struct SeqCount(AtomicU32);

impl SeqCount {
    /// Starts a read: the count to hand to `read_valid`, or None while a writer writes.
    #[inline(always)]
    pub fn read_begin(&self) -> Option<u32> {
        let seq = self.0.load(Ordering::Acquire);
        (seq & 1 == 0).then_some(seq)
    }

    /// Ends a read begun with `seq`: true when no write overlapped it.
    #[inline(always)]
    pub fn read_valid(&self, seq: u32) -> bool {
        fence(Ordering::Acquire);
        self.0.load(Ordering::Relaxed) == seq
    }

    /// Claims the data for writing: the count to hand to `write_end`, or None when another
    /// writer holds it (the caller skips its write: a cache is only a hint).
    #[inline]
    pub fn write_begin(&self) -> Option<u32> {
        let seq = self.0.load(Ordering::Relaxed);
        if seq & 1 != 0 {
            return None;
        }
        self.0
            .compare_exchange(seq, seq + 1, Ordering::Acquire, Ordering::Relaxed)
            .ok()?;
        // Orders the odd count before the data stores that follow: a reader that sees one of
        // them (then its acquire fence) must see the odd count or a later one. Without it loom
        // finds a validated torn read.
        fence(Ordering::Release);
        Some(seq)
    }

    /// Publishes a write begun with `seq`.
    #[inline]
    pub fn write_end(&self, seq: u32) {
        self.0.store(seq.wrapping_add(2), Ordering::Release);
    }
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicU64;
    use std::sync::Arc;

    /// Writers store equal pairs; every read that validates must see an equal pair.
    #[test]
    fn validated_reads_are_never_torn() {
        struct Pair {
            seq: SeqCount,
            a: AtomicU64,
            b: AtomicU64,
        }
        let pair = Arc::new(Pair {
            seq: SeqCount::default(),
            a: AtomicU64::new(0),
            b: AtomicU64::new(0),
        });
        let writers: Vec<_> = (1..=3u64)
            .map(|w| {
                let p = pair.clone();
                std::thread::spawn(move || {
                    for i in 0..50_000u64 {
                        if let Some(s) = p.seq.write_begin() {
                            let v = w * 1_000_000 + i;
                            p.a.store(v, Ordering::Relaxed);
                            p.b.store(v, Ordering::Relaxed);
                            p.seq.write_end(s);
                        }
                    }
                })
            })
            .collect();
        let readers: Vec<_> = (0..3)
            .map(|_| {
                let p = pair.clone();
                std::thread::spawn(move || {
                    let mut valid = 0u64;
                    // At least 200,000 attempts, and on until one validates (every read does
                    // once the writers are done), so a starved reader cannot make the test
                    // vacuous or fail.
                    let mut tries = 0u64;
                    while tries < 200_000 || valid == 0 {
                        tries += 1;
                        let Some(s) = p.seq.read_begin() else {
                            continue;
                        };
                        let (a, b) = (p.a.load(Ordering::Relaxed), p.b.load(Ordering::Relaxed));
                        if p.seq.read_valid(s) {
                            assert_eq!(a, b, "a validated read saw a torn pair");
                            valid += 1;
                        }
                    }
                    valid
                })
            })
            .collect();
        for w in writers {
            w.join().unwrap();
        }
        let valid: u64 = readers.into_iter().map(|r| r.join().unwrap()).sum();
        assert!(valid > 0);
    }
}

#[cfg(all(test, loom))]
mod loom_tests {
    use super::*;
    use loom::sync::atomic::AtomicUsize;
    use loom::sync::Arc;

    /// A writer stores a pair (1, 1) over (0, 0) while a reader reads: a validated read sees
    /// an equal pair.
    #[test]
    fn seqlock_read_is_never_torn() {
        loom::model(|| {
            let seq = Arc::new(SeqCount::default());
            let a = Arc::new(AtomicUsize::new(0));
            let b = Arc::new(AtomicUsize::new(0));
            let (s2, a2, b2) = (seq.clone(), a.clone(), b.clone());
            let writer = loom::thread::spawn(move || {
                if let Some(s) = s2.write_begin() {
                    a2.store(1, Ordering::Relaxed);
                    b2.store(1, Ordering::Relaxed);
                    s2.write_end(s);
                }
            });
            if let Some(s) = seq.read_begin() {
                let (x, y) = (a.load(Ordering::Relaxed), b.load(Ordering::Relaxed));
                if seq.read_valid(s) {
                    assert_eq!(x, y);
                }
            }
            writer.join().unwrap();
        });
    }
}
