//! Value words that threads read without taking their object's lock (instance attributes,
//! `__slots__`, the instance `__dict__` pointer). Writers hold the object's critical section. A
//! value a writer replaces is released at once while only the object's creating thread has
//! touched it, and through QSBR once another thread has (`SharedMark`), so a word a lock-free
//! reader loaded names a live object until the reader's next quiescent point. This module
//! owns that rule and the word storage; it must not run Python code.

#[cfg(loom)]
use loom::sync::atomic::{AtomicBool, AtomicPtr, AtomicUsize, Ordering};
#[cfg(not(loom))]
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicUsize, Ordering};

use super::Value;
use crate::thread::critical::ObjLock;
use crate::thread::qsbr;
use crate::thread::registry::{current_thread_id, is_multi_threaded};

/// Whether a thread other than the object's creator has touched its words.
///
/// The creator's writers release replaced values at once until then: no other thread has read
/// a word yet. Another thread sets the mark inside the object's critical section before its
/// first read or write, so a writer either sees the mark (and defers its releases) or ran its
/// critical section before the mark was set (and the marking thread reads its new value).
pub struct SharedMark {
    creator: usize,
    shared: AtomicBool,
}

impl SharedMark {
    pub fn new() -> SharedMark {
        SharedMark {
            creator: current_thread_id(),
            shared: AtomicBool::new(false),
        }
    }

    /// Called by a reader before it loads words without the lock (in multi-threaded mode).
    #[inline(always)]
    pub fn before_read(&self, lock: &ObjLock) {
        // Acquire: a mark set by a third thread carries that thread's view of earlier writes.
        if !self.shared.load(Ordering::Acquire) && self.creator != current_thread_id() {
            self.mark(lock);
        }
    }

    #[cold]
    fn mark(&self, lock: &ObjLock) {
        let _cs = lock.enter();
        self.shared.store(true, Ordering::Release);
    }

    /// Called by a writer inside the object's critical section: whether values it replaces
    /// must be released through QSBR.
    #[inline(always)]
    pub fn writer_must_defer(&self) -> bool {
        if !is_multi_threaded() {
            return false;
        }
        if self.shared.load(Ordering::Relaxed) {
            return true;
        }
        if self.creator != current_thread_id() {
            self.shared.store(true, Ordering::Release);
            return true;
        }
        false
    }
}

impl Default for SharedMark {
    fn default() -> Self {
        Self::new()
    }
}

/// A new reference to the value in word `w` (0: none).
///
/// # Safety
/// A non-zero `w` must name a live value: loaded from a word whose replaced values are
/// released per `SharedMark`, by a thread that has not passed a quiescent point since.
#[inline(always)]
unsafe fn value_of_word(w: usize) -> Option<Value> {
    if w == 0 {
        return None;
    }
    Some((*Value::borrow_raw(&w)).clone())
}

fn word_of(v: Option<Value>) -> usize {
    v.map_or(0, Value::into_raw)
}

/// Takes back the reference a word owns.
///
/// # Safety
/// `w` must be a word this storage owned and no longer holds.
unsafe fn owned_of_word(w: usize) -> Option<Value> {
    // SAFETY: caller contract: non-zero words come from `into_raw`, taken out once.
    (w != 0).then(|| unsafe { Value::from_raw_word(w) })
}

/// Releases a value a writer replaced: now, or after every reader passed a quiescent point.
/// Small ints and immortal objects are never freed, so they need no deferral.
pub fn release_replaced(old: Option<Value>, deferred: bool) -> Option<Value> {
    match old {
        Some(v) if deferred && v.header().is_some_and(|h| !h.is_immortal()) => {
            qsbr::defer_drop(v);
            None
        }
        other => other,
    }
}

/// Stores `new` in a word whose writers are serialized (the critical section, or the owner
/// dropping it); returns the old word. A load and a release store rather than a swap: no
/// other writer can come between them, and readers only load.
#[inline(always)]
fn store_word(w: &AtomicUsize, new: usize) -> usize {
    let old = w.load(Ordering::Relaxed);
    w.store(new, Ordering::Release);
    old
}

/// One value word: 0 or an owned reference.
pub struct Word(AtomicUsize);

impl Word {
    pub fn new(v: Option<Value>) -> Word {
        Word(AtomicUsize::new(word_of(v)))
    }

    /// A new reference to the current value, read without the lock.
    ///
    /// # Safety
    /// The owner must follow this module's rule: the caller called `before_read` (or holds
    /// the critical section), and every value replaced in this word went through
    /// `release_replaced` with the mark's decision.
    #[inline(always)]
    pub unsafe fn load(&self) -> Option<Value> {
        // SAFETY: caller contract (see `value_of_word`).
        unsafe { value_of_word(self.0.load(Ordering::Acquire)) }
    }

    /// Whether a value is present (no reference taken).
    pub fn is_set(&self) -> bool {
        self.0.load(Ordering::Acquire) != 0
    }

    /// Stores `v`, returning the old value (the writer holds the critical section and passes
    /// it to `release_replaced`).
    #[inline(always)]
    pub fn replace(&self, v: Option<Value>) -> Option<Value> {
        // SAFETY: the word owned `old` and holds the new value now.
        unsafe { owned_of_word(store_word(&self.0, word_of(v))) }
    }

    /// Reports the value (no reference taken; the caller holds the critical section).
    pub fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        let w = self.0.load(Ordering::Acquire);
        if w != 0 {
            visit(&Value::borrow_raw(&w));
        }
    }
}

impl Drop for Word {
    fn drop(&mut self) {
        drop(self.replace(None));
    }
}

/// A growable array of value words: null until the first store, replaced by a larger copy when
/// a store needs room. A block is `[capacity, word 0, word 1, ...]` in one allocation.
pub struct WordArray(AtomicPtr<AtomicUsize>);

/// Allocates a block of `cap` words copied from `from` (the rest zero).
fn new_block(cap: usize, from: &[usize]) -> *mut AtomicUsize {
    let mut words: Vec<AtomicUsize> = Vec::with_capacity(cap + 1);
    words.push(AtomicUsize::new(cap));
    for i in 0..cap {
        words.push(AtomicUsize::new(from.get(i).copied().unwrap_or(0)));
    }
    Box::into_raw(words.into_boxed_slice()) as *mut AtomicUsize
}

/// The words of a block.
///
/// # Safety
/// `block` must be a live block from `new_block`.
unsafe fn block_words<'a>(block: *const AtomicUsize) -> &'a [AtomicUsize] {
    // SAFETY: caller contract: word 0 holds the capacity, written before the block was
    // published and never changed.
    unsafe {
        let cap = (*block).load(Ordering::Relaxed);
        std::slice::from_raw_parts(block.add(1), cap)
    }
}

/// Frees a block's memory, not the references in it (they were moved to a new block).
///
/// # Safety
/// `word` must be a block from `new_block` that no thread can still read, freed once.
unsafe fn free_block_memory(word: usize) {
    let block = word as *mut AtomicUsize;
    // SAFETY: caller contract; the block was a boxed slice of `capacity + 1` words.
    unsafe {
        let cap = (*block).load(Ordering::Relaxed);
        drop(Box::from_raw(std::ptr::slice_from_raw_parts_mut(
            block,
            cap + 1,
        )));
    }
}

/// Releases the references in a block, then frees it.
///
/// # Safety
/// As `free_block_memory`, and the block still owns the references in its words.
unsafe fn free_block_with_values(word: usize) {
    // SAFETY: caller contract.
    for w in unsafe { block_words(word as *const AtomicUsize) } {
        // SAFETY: the block owns its words and is being freed.
        drop(unsafe { owned_of_word(store_word(w, 0)) });
    }
    // SAFETY: caller contract.
    unsafe { free_block_memory(word) };
}

/// Releases a retired block: now, or through QSBR when readers may be in it.
fn retire_block(block: *mut AtomicUsize, release: unsafe fn(usize), deferred: bool) {
    if block.is_null() {
        return;
    }
    if deferred {
        // SAFETY: the block is unlinked (no new reader finds it); QSBR calls `release` after
        // every reader that may hold it passed a quiescent point.
        unsafe { qsbr::defer_release(block as usize, release) };
    } else {
        // SAFETY: no other thread has read this object's words (`SharedMark`).
        unsafe { release(block as usize) };
    }
}

impl WordArray {
    pub fn new() -> WordArray {
        WordArray(AtomicPtr::new(std::ptr::null_mut()))
    }

    /// The words of the current block (empty when none).
    fn words(&self) -> &[AtomicUsize] {
        let block = self.0.load(Ordering::Acquire);
        if block.is_null() {
            return &[];
        }
        // SAFETY: a published block stays allocated while this object's reader has not
        // passed a quiescent point (retired blocks go through `retire_block`), and while the
        // caller holds the critical section or a reference to the object otherwise.
        unsafe { block_words(block) }
    }

    /// A new reference to word `i`'s value, without the lock; None past the end or while the
    /// array is unset. Same contract as `Word::load`.
    ///
    /// # Safety
    /// See `Word::load`.
    #[inline(always)]
    pub unsafe fn load(&self, i: usize) -> Option<Value> {
        let w = self.words().get(i)?.load(Ordering::Acquire);
        // SAFETY: caller contract.
        unsafe { value_of_word(w) }
    }

    /// Whether any word after `i` holds a value.
    pub fn any_set_after(&self, i: usize) -> bool {
        self.words()
            .iter()
            .skip(i + 1)
            .any(|w| w.load(Ordering::Acquire) != 0)
    }

    /// Stores word `i` (growing the block) inside the critical section; returns the old value
    /// for `release_replaced`. `deferred` is the mark's decision for retired blocks.
    pub fn replace(&self, i: usize, v: Option<Value>, deferred: bool) -> Option<Value> {
        let words = self.words();
        if let Some(w) = words.get(i) {
            // SAFETY: the word owned the old value and holds the new one now.
            return unsafe { owned_of_word(store_word(w, word_of(v))) };
        }
        v.as_ref()?;
        let old_block = self.0.load(Ordering::Relaxed);
        let current: Vec<usize> = words.iter().map(|w| w.load(Ordering::Relaxed)).collect();
        let cap = (i + 1).max(current.len() * 2).max(4);
        let block = new_block(cap, &current);
        // SAFETY: the new block has `cap > i` words and is not published yet.
        unsafe { block_words(block)[i].store(word_of(v), Ordering::Relaxed) };
        self.0.store(block, Ordering::Release);
        // The references moved to the new block; the old block is only memory now.
        retire_block(old_block, free_block_memory, deferred);
        None
    }

    /// Unpublishes the block and returns its values (owned references). With `deferred`,
    /// readers may still be in the block: it keeps its references until QSBR releases it, and
    /// the caller gets new ones. Nothing is dropped here (the caller holds the lock).
    pub fn take(&self, deferred: bool) -> Vec<Option<Value>> {
        let block = self.0.swap(std::ptr::null_mut(), Ordering::AcqRel);
        if block.is_null() {
            return Vec::new();
        }
        // SAFETY: the block was published until the swap above and is freed only below.
        let words = unsafe { block_words(block) };
        if deferred {
            // SAFETY: the block owns its words until QSBR releases it after every reader.
            let values = words
                .iter()
                .map(|w| unsafe { value_of_word(w.load(Ordering::Acquire)) })
                .collect();
            retire_block(block, free_block_with_values, true);
            values
        } else {
            // SAFETY: no other thread reads this object's words (`SharedMark`): the
            // references move out and the block is only memory.
            let values = words
                .iter()
                .map(|w| unsafe { owned_of_word(store_word(w, 0)) })
                .collect();
            retire_block(block, free_block_memory, false);
            values
        }
    }

    /// Reports every value (the caller holds the critical section).
    pub fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        for w in self.words() {
            let w = w.load(Ordering::Acquire);
            if w != 0 {
                visit(&Value::borrow_raw(&w));
            }
        }
    }
}

impl Default for WordArray {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for WordArray {
    fn drop(&mut self) {
        let block = self.0.swap(std::ptr::null_mut(), Ordering::Relaxed);
        // Dropped with its object: no reader holds a reference to the object, so none is in
        // the block.
        retire_block(block, free_block_with_values, false);
    }
}

/// Loom models of the release rule: a reader loads a word without the lock while a writer
/// replaces its value and releases the old one at once or through QSBR, as `SharedMark`
/// decides. Model objects record their free in a loom cell, so loom reports any use of a
/// value that is not ordered before its free; deferred releases happen after the readers
/// finished (they model QSBR, checked by its own models).
#[cfg(all(test, loom))]
mod loom_tests {
    use super::*;
    use loom::cell::UnsafeCell;
    use loom::sync::Arc;
    use loom::thread;

    const ALIVE: u32 = 1;
    const FREED: u32 = 2;

    struct Obj(UnsafeCell<u32>);

    // SAFETY: the payload is read by readers and written once by the free; loom reports any
    // unordered pair.
    unsafe impl Sync for Obj {}
    // SAFETY: as above.
    unsafe impl Send for Obj {}

    impl Obj {
        fn new() -> Obj {
            Obj(UnsafeCell::new(ALIVE))
        }
        fn addr(&self) -> usize {
            self as *const Obj as usize
        }
        fn use_it(&self) {
            // SAFETY: loom's cell checks this read against the free's write.
            let v = self.0.with(|p| unsafe { *p });
            assert_eq!(v, ALIVE, "reader used a freed value");
        }
        fn free(&self) {
            // SAFETY: loom's cell checks this write against every other access.
            self.0.with_mut(|p| unsafe { *p = FREED });
        }
    }

    /// An instance in the model: its lock, its mark (created by the calling thread), one word
    /// and the values it may hold.
    struct Instance {
        lock: ObjLock,
        mark: SharedMark,
        word: AtomicUsize,
        values: [Obj; 3],
        deferred: loom::sync::Mutex<Vec<usize>>,
    }

    impl Instance {
        fn new() -> Arc<Instance> {
            crate::thread::registry::enter_multi_threaded();
            let inst = Arc::new(Instance {
                lock: ObjLock::new(),
                mark: SharedMark::new(),
                word: AtomicUsize::new(0),
                values: [Obj::new(), Obj::new(), Obj::new()],
                deferred: loom::sync::Mutex::new(Vec::new()),
            });
            inst.word.store(inst.values[0].addr(), Ordering::Relaxed);
            inst
        }

        /// A writer: stores value `i` under the lock and releases the old one per the mark.
        fn write(&self, i: usize) {
            let (old, deferred) = {
                let _cs = self.lock.enter();
                let deferred = self.mark.writer_must_defer();
                (store_word(&self.word, self.values[i].addr()), deferred)
            };
            if deferred {
                self.deferred.lock().unwrap().push(old);
            } else {
                // SAFETY: words hold addresses of this instance's model objects.
                unsafe { &*(old as *const Obj) }.free();
            }
        }

        /// A lock-free reader, as `InstanceData::value`.
        fn read(&self) {
            self.mark.before_read(&self.lock);
            let w = self.word.load(Ordering::Acquire);
            // SAFETY: as above.
            unsafe { &*(w as *const Obj) }.use_it();
        }

        /// QSBR's release, once every reader is done.
        fn finish(&self) {
            for w in self.deferred.lock().unwrap().drain(..) {
                // SAFETY: as above.
                unsafe { &*(w as *const Obj) }.free();
            }
        }
    }

    fn check(preemptions: Option<usize>, f: impl Fn() + Sync + Send + 'static) {
        let mut builder = loom::model::Builder::new();
        if builder.preemption_bound.is_none() {
            builder.preemption_bound = preemptions;
        }
        // The lock's waiters yield while they spin (see `thread::mutex`).
        builder.max_branches = 100_000;
        builder.check(f);
    }

    /// The creator replaces the value twice while another thread reads it: the creator frees
    /// at once only while no other thread has marked the instance.
    #[test]
    fn creator_writer_vs_other_reader() {
        check(None, || {
            let inst = Instance::new();
            let r = Arc::clone(&inst);
            let reader = thread::spawn(move || r.read());
            inst.write(1);
            inst.write(2);
            reader.join().unwrap();
            inst.finish();
        });
    }

    /// A second reader relies on the mark a first reader set (it does not take the lock).
    #[test]
    fn creator_writer_vs_two_readers() {
        check(Some(1), || {
            let inst = Instance::new();
            let (r1, r2) = (Arc::clone(&inst), Arc::clone(&inst));
            let first = thread::spawn(move || r1.read());
            let second = thread::spawn(move || r2.read());
            inst.write(1);
            first.join().unwrap();
            second.join().unwrap();
            inst.finish();
        });
    }

    /// Another thread writes while the creator reads without marking anything.
    #[test]
    fn other_writer_vs_creator_reader() {
        check(None, || {
            let inst = Instance::new();
            let w = Arc::clone(&inst);
            let writer = thread::spawn(move || w.write(1));
            inst.read();
            writer.join().unwrap();
            inst.finish();
        });
    }
}
