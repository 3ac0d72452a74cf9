//! QSBR's sequence protocol and its memory orderings: the write sequence, per-thread read
//! sequences (OFFLINE when detached), the safe sequence and goal-tagged deferred items. `qsbr`
//! builds on it; under `cfg(loom)` its atomics are loom's and the models below check it.

#[cfg(loom)]
use loom::sync::atomic::{fence, AtomicU64, Ordering};
#[cfg(not(loom))]
use std::sync::atomic::{fence, AtomicU64, Ordering};

/// Read sequence of a detached thread (blocked, or not started): it holds no borrowed pointer,
/// so it never holds back reclamation.
pub const OFFLINE: u64 = u64::MAX;

/// The global write sequence, advanced by every deferred drop.
pub struct WriteSeq(AtomicU64);

impl WriteSeq {
    #[cfg(not(loom))]
    pub const fn new() -> WriteSeq {
        WriteSeq(AtomicU64::new(1))
    }

    #[cfg(loom)]
    pub fn new() -> WriteSeq {
        WriteSeq(AtomicU64::new(1))
    }

    /// The current write sequence.
    #[inline]
    pub fn current(&self) -> u64 {
        self.0.load(Ordering::SeqCst)
    }

    /// Called after the caller unlinked a value (no new reader can find it): returns the goal
    /// its reclamation waits for. Every thread that reports a read sequence at or above the
    /// goal has loaded it from this increment or a later one, so it sees the unlinking store
    /// (release here, acquire in `ReadSeq::quiescent`).
    #[inline]
    pub fn advance(&self) -> u64 {
        self.0.fetch_add(1, Ordering::SeqCst) + 1
    }
}

impl Default for WriteSeq {
    fn default() -> Self {
        Self::new()
    }
}

/// A thread's read sequence: the write sequence it saw at its last quiescent point, or
/// `OFFLINE`. Cache-line aligned: each thread writes its own at every quiescent point.
#[repr(align(128))]
pub struct ReadSeq(AtomicU64);

impl ReadSeq {
    /// The record of a thread registering now (online, quiescent as of now). The caller
    /// publishes it to reclaimers under a lock, which orders it against their scans.
    pub fn new(write: &WriteSeq) -> ReadSeq {
        ReadSeq(AtomicU64::new(write.current()))
    }

    /// A record for a thread that starts detached.
    pub fn new_offline() -> ReadSeq {
        ReadSeq(AtomicU64::new(OFFLINE))
    }

    /// A quiescent point of an attached thread: it holds no borrowed pointer from before now.
    /// The store releases the thread's earlier reads of borrowed objects to the reclaimer that
    /// sees it.
    #[inline]
    pub fn quiescent(&self, write: &WriteSeq) {
        self.0.store(write.current(), Ordering::SeqCst);
    }

    /// The thread is about to block: it counts as quiescent until `attach`.
    #[inline]
    pub fn detach(&self) {
        self.0.store(OFFLINE, Ordering::SeqCst);
    }

    /// The thread resumes and may load shared pointers again. Its new read sequence and its
    /// next loads are separated by a SeqCst fence, paired with the one in `safe_seq`: either a
    /// reclaimer's scan sees the new sequence (and waits for it), or this thread's loads see
    /// every unlinking store made before that scan. (A store alone could let both miss.)
    #[inline]
    pub fn attach(&self, write: &WriteSeq) {
        self.quiescent(write);
        fence(Ordering::SeqCst);
    }

    /// The read sequence last reported.
    #[inline]
    pub fn get(&self) -> u64 {
        self.0.load(Ordering::SeqCst)
    }
}

/// The lowest read sequence over `records` (every registered thread): items with a goal at or
/// below it are safe to reclaim. `OFFLINE` when there is no attached thread.
pub fn safe_seq<'a>(records: impl IntoIterator<Item = &'a ReadSeq>) -> u64 {
    // Pairs with the fence in `ReadSeq::attach` (the caller's unlinking stores come first).
    fence(Ordering::SeqCst);
    records
        .into_iter()
        .map(ReadSeq::get)
        .min()
        .unwrap_or(OFFLINE)
}

/// Items waiting for reclamation, each with its goal (from `WriteSeq::advance`).
pub struct Deferred<T> {
    items: Vec<(u64, T)>,
}

impl<T> Deferred<T> {
    pub const fn new() -> Deferred<T> {
        Deferred { items: Vec::new() }
    }

    /// Adds an item; returns how many are waiting.
    pub fn push(&mut self, goal: u64, item: T) -> usize {
        self.items.push((goal, item));
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Moves the items whose goal is at or below `safe` to `ready` (the others keep their
    /// order).
    pub fn take_ready(&mut self, safe: u64, ready: &mut Vec<T>)
    where
        T: Copy,
    {
        self.items.retain(|&(goal, item)| {
            if goal <= safe {
                ready.push(item);
                false
            } else {
                true
            }
        });
    }

    /// Moves every item of `other` here.
    pub fn append(&mut self, mut other: Deferred<T>) {
        self.items.append(&mut other.items);
    }

    /// Takes every item, leaving this list empty.
    pub fn take(&mut self) -> Deferred<T> {
        Deferred {
            items: std::mem::take(&mut self.items),
        }
    }
}

impl<T> Default for Deferred<T> {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::*;

    #[test]
    fn safe_seq_is_the_minimum_of_attached_threads() {
        let w = WriteSeq::new();
        let a = ReadSeq::new(&w);
        let b = ReadSeq::new(&w);
        let goal = w.advance();
        assert!(safe_seq([&a, &b]) < goal);
        a.quiescent(&w);
        assert!(safe_seq([&a, &b]) < goal);
        b.detach();
        assert_eq!(safe_seq([&a, &b]), goal);
        b.attach(&w);
        assert_eq!(safe_seq([&a, &b]), goal);
        assert_eq!(safe_seq(std::iter::empty()), OFFLINE);
    }

    #[test]
    fn take_ready_keeps_later_goals_in_order() {
        let mut d = Deferred::new();
        d.push(3, 'a');
        d.push(1, 'b');
        d.push(5, 'c');
        assert_eq!(d.push(2, 'd'), 4);
        let mut ready = Vec::new();
        d.take_ready(2, &mut ready);
        assert_eq!(ready, vec!['b', 'd']);
        ready.clear();
        d.take_ready(OFFLINE, &mut ready);
        assert_eq!(ready, vec!['a', 'c']);
        assert!(d.is_empty());
    }
}

/// Loom models of QSBR on the core above: a writer unlinks an object and defers its free; a
/// reader loads the shared pointer, uses the object, then reports a quiescent state (or
/// detaches). Every execution is explored; the payload cell makes loom report any use that
/// is not ordered before the free.
#[cfg(all(test, loom))]
mod loom_tests {
    use super::*;
    use loom::cell::UnsafeCell;
    use loom::sync::atomic::AtomicUsize;
    use loom::sync::Arc;
    use loom::thread;

    const ALIVE: u32 = 1;
    const FREED: u32 = 2;

    /// A model object; freeing overwrites its payload (the memory itself stays allocated).
    struct Obj {
        data: UnsafeCell<u32>,
    }

    // SAFETY: the payload is read by readers and written once by the free, which QSBR must
    // order after every read; loom reports any unordered pair.
    unsafe impl Sync for Obj {}

    impl Obj {
        fn new() -> Obj {
            Obj {
                data: UnsafeCell::new(ALIVE),
            }
        }

        fn addr(&self) -> usize {
            self as *const Obj as usize
        }

        fn use_it(&self) {
            // SAFETY: loom's cell checks this read against the free's write.
            let v = self.data.with(|p| unsafe { *p });
            assert_eq!(v, ALIVE, "reader saw a freed object");
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
            // SAFETY: called once the reader has been joined.
            self.data.with(|p| unsafe { *p }) == FREED
        }
    }

    /// Runs a model over every execution; prints the execution count (with `--nocapture`).
    fn check(f: impl Fn() + Sync + Send + 'static) {
        use std::sync::atomic::AtomicUsize as Count;
        let runs = std::sync::Arc::new(Count::new(0));
        let counter = std::sync::Arc::clone(&runs);
        loom::model::Builder::new().check(move || {
            counter.fetch_add(1, Ordering::Relaxed);
            f()
        });
        eprintln!("loom: {} executions", runs.load(Ordering::Relaxed));
    }

    /// The writer's poll: a quiescent point of its own, then frees whatever became safe.
    /// Returns how many it freed.
    fn poll(
        write: &WriteSeq,
        mine: &ReadSeq,
        reader: &ReadSeq,
        deferred: &mut Deferred<usize>,
    ) -> usize {
        mine.quiescent(write);
        let mut ready = Vec::new();
        deferred.take_ready(safe_seq([mine, reader]), &mut ready);
        for &addr in &ready {
            // SAFETY: deferred words are model objects, kept allocated by the model.
            unsafe { &*(addr as *const Obj) }.free();
        }
        ready.len()
    }

    /// The shared state of a model: the write sequence, the reader's record, the objects and
    /// the shared pointer (to `old` at first).
    struct World {
        write: WriteSeq,
        reader: ReadSeq,
        old: Obj,
        new: Obj,
        shared: AtomicUsize,
    }

    fn world(reader_online: bool) -> Arc<World> {
        let write = WriteSeq::new();
        let reader = if reader_online {
            ReadSeq::new(&write)
        } else {
            ReadSeq::new_offline()
        };
        let old = Obj::new();
        let new = Obj::new();
        // The pointer is set once the objects are in place (inside the Arc).
        let w = Arc::new(World {
            write,
            reader,
            old,
            new,
            shared: AtomicUsize::new(0),
        });
        w.shared.store(w.old.addr(), Ordering::Relaxed);
        w
    }

    /// The reader: loads the pointer and uses the object it names. Returns whether that was
    /// the old (unlinked) object.
    fn read(w: &World) -> bool {
        let addr = w.shared.load(Ordering::Acquire);
        // SAFETY: the pointer names one of the model's objects, kept allocated.
        unsafe { &*(addr as *const Obj) }.use_it();
        addr == w.old.addr()
    }

    /// The writer (the calling thread, registered): replaces the pointer and defers the old
    /// object's free, polls once while the reader runs, then joins the reader, runs
    /// `after_join` and polls again: the free must have happened by then. Returns whether the
    /// first poll (concurrent with the reader) freed it, and the reader's result.
    fn write_and_reclaim<T>(
        w: &Arc<World>,
        reader: thread::JoinHandle<T>,
        after_join: impl FnOnce(),
    ) -> (bool, T) {
        let mine = ReadSeq::new(&w.write);
        let mut deferred = Deferred::new();
        let old = w.shared.swap(w.new.addr(), Ordering::AcqRel);
        assert_eq!(old, w.old.addr());
        let goal = w.write.advance();
        deferred.push(goal, old);
        let early = poll(&w.write, &mine, &w.reader, &mut deferred);
        let result = reader.join().expect("reader");
        after_join();
        let late = poll(&w.write, &mine, &w.reader, &mut deferred);
        assert_eq!(
            early + late,
            1,
            "freed once, at the latest after the reader's report"
        );
        assert!(deferred.is_empty());
        assert!(w.old.is_freed() && !w.new.is_freed());
        (early == 1, result)
    }

    /// Across a model's runs: some run freed while the reader was running, and some run had
    /// the reader use the old object (so both interesting outcomes were explored).
    struct Coverage {
        freed_early: std::sync::atomic::AtomicBool,
        read_old: std::sync::atomic::AtomicBool,
    }

    impl Coverage {
        const fn new() -> Coverage {
            Coverage {
                freed_early: std::sync::atomic::AtomicBool::new(false),
                read_old: std::sync::atomic::AtomicBool::new(false),
            }
        }

        fn note(&self, freed_early: bool, read_old: bool) {
            self.freed_early.fetch_or(freed_early, Ordering::Relaxed);
            self.read_old.fetch_or(read_old, Ordering::Relaxed);
        }

        fn assert_both(&self) {
            assert!(
                self.freed_early.load(Ordering::Relaxed),
                "no run freed early"
            );
            assert!(
                self.read_old.load(Ordering::Relaxed),
                "no run read the old object"
            );
        }
    }

    /// An attached reader loads the pointer, uses the object, reports a quiescent state, then
    /// loads and uses again (which must not find the old object freed under it) and reports
    /// again. Its reports may all predate the writer's advance, so after joining it the model
    /// makes its next report (the next eval-breaker check in the runtime): the free must
    /// happen then.
    #[test]
    fn free_waits_for_the_readers_quiescent_state() {
        static COVERAGE: Coverage = Coverage::new();
        check(|| {
            let w = world(true);
            let r = Arc::clone(&w);
            let reader = thread::spawn(move || {
                let first = read(&r);
                r.reader.quiescent(&r.write);
                let second = read(&r);
                r.reader.quiescent(&r.write);
                first || second
            });
            let (early, read_old) = write_and_reclaim(&w, reader, || w.reader.quiescent(&w.write));
            COVERAGE.note(early, read_old);
        });
        COVERAGE.assert_both();
    }

    /// A detached reader (OFFLINE: it does not hold back reclamation) attaches, loads and uses
    /// the object, and detaches again: attaching while the writer scans must not let the scan
    /// skip it and the reader still load the old pointer.
    #[test]
    fn attaching_reader_is_not_skipped() {
        static COVERAGE: Coverage = Coverage::new();
        check(|| {
            let w = world(false);
            let r = Arc::clone(&w);
            let reader = thread::spawn(move || {
                r.reader.attach(&r.write);
                let old = read(&r);
                r.reader.detach();
                old
            });
            let (early, read_old) = write_and_reclaim(&w, reader, || {});
            COVERAGE.note(early, read_old);
        });
        COVERAGE.assert_both();
    }
}
