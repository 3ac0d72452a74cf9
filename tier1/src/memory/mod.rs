//! Freeing objects whose last reference was dropped: objects with `__del__` are queued for the
//! interpreter to finalize, others go to the type's dealloc hook. Nested frees are flattened
//! into a loop (a "trashcan"), so dropping a 100,000-deep nested list does not recurse on the
//! Rust stack. Also live-object accounting; the cycle collector (`gc`) and deferred objects
//! (`deferred`) live below; QSBR is in `thread::qsbr`.

pub mod deferred;
pub mod gc;

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicIsize, Ordering};

use crate::object::header::{flags, ObjHeader};
use crate::object::typeobj::{tflags, TypeData};
use crate::object::value::{Object, Value};

thread_local! {
    static FREEING: Cell<bool> = const { Cell::new(false) };
    static PENDING: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
    static LIVE_OBJECTS: Cell<isize> = const { Cell::new(0) };
    static FINALIZE_QUEUE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
    static FINALIZE_PENDING: Cell<bool> = const { Cell::new(false) };
}

/// Objects resurrected for `__del__` by a thread that was exiting (it can no longer run Python
/// code): the next thread to pass an eval-breaker check runs their finalizers.
static ORPHAN_FINALIZERS: std::sync::Mutex<Vec<usize>> = std::sync::Mutex::new(Vec::new());
static HAS_ORPHAN_FINALIZERS: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// The exiting thread's pending finalizers go to the other threads.
pub fn hand_over_finalizers() {
    let mine = FINALIZE_QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()));
    if mine.is_empty() {
        return;
    }
    let mut orphans = ORPHAN_FINALIZERS.lock().unwrap_or_else(|e| e.into_inner());
    orphans.extend(mine);
    HAS_ORPHAN_FINALIZERS.store(true, Ordering::Release);
}

/// Takes over the finalizers exited threads left (run at eval-breaker checks).
pub fn adopt_orphan_finalizers() {
    if !HAS_ORPHAN_FINALIZERS.load(Ordering::Acquire) {
        return;
    }
    let orphans = {
        let mut o = ORPHAN_FINALIZERS.lock().unwrap_or_else(|e| e.into_inner());
        HAS_ORPHAN_FINALIZERS.store(false, Ordering::Release);
        std::mem::take(&mut *o)
    };
    if orphans.is_empty() {
        return;
    }
    FINALIZE_QUEUE.with(|q| q.borrow_mut().extend(orphans));
    FINALIZE_PENDING.with(|p| p.set(true));
}

/// True when objects wait for their `__del__` (checked by the eval loop between instructions).
#[inline(always)]
pub fn finalizers_pending() -> bool {
    FINALIZE_PENDING.with(|p| p.get())
}

/// Takes the objects whose `__del__` must run now; each is a resurrected owned reference that
/// is freed when the caller drops it after the finalizer ran.
pub fn take_finalizers() -> Vec<Value> {
    FINALIZE_PENDING.with(|p| p.set(false));
    let raw = FINALIZE_QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()));
    raw.into_iter()
        // SAFETY: each word is an object resurrected with one reference owned by the queue.
        .map(|w| unsafe { Value::from_raw_owned(w as *mut ObjHeader) })
        .collect()
}

/// Frees an object whose count just reached zero. Re-entrant frees (an object's payload dropping
/// the last reference to another object) are queued and run by the outermost call.
pub fn free_object(ptr: *mut ObjHeader) {
    if free_leaf(ptr) {
        return;
    }
    if FREEING.with(|f| f.replace(true)) {
        PENDING.with(|p| p.borrow_mut().push(ptr as usize));
        return;
    }
    free_one(ptr);
    while let Some(next) = PENDING.with(|p| p.borrow_mut().pop()) {
        free_one(next as *mut ObjHeader);
    }
    FREEING.with(|f| f.set(false));
}

/// Frees `ptr` at once when its type is a leaf (owns no references); false otherwise.
fn free_leaf(ptr: *mut ObjHeader) -> bool {
    // SAFETY: `ptr` is an object whose last reference was just dropped; its header and type
    // are intact until its dealloc runs.
    let ty: &TypeData = unsafe {
        let ty_raw = (*ptr).ob_type.load(Ordering::Relaxed);
        &(*(ty_raw as *const Object<TypeData>)).data
    };
    if ty.flags & tflags::LEAF == 0 {
        return false;
    }
    // SAFETY: the type's dealloc matches the object's layout; a leaf frees nothing else.
    unsafe { (ty.dealloc)(ptr) };
    true
}

fn free_one(ptr: *mut ObjHeader) {
    // SAFETY: `ptr` is an object whose last reference was just dropped; nothing else can reach
    // it, so reading its header and type is sound.
    let header = unsafe { &*ptr };
    let ty_raw = header.ob_type.load(Ordering::Relaxed);
    // SAFETY: the object holds a reference to its type until dealloc releases it.
    let ty: &TypeData = unsafe { &(*(ty_raw as *const Object<TypeData>)).data };
    let object_flags = header.ob_flags.load(Ordering::Relaxed);
    if object_flags & flags::DEFERRED != 0 {
        deferred::forget(ptr);
    }
    let finalize = ty.flags & tflags::HAS_FINALIZER != 0 && object_flags & flags::FINALIZED == 0;
    if !finalize && object_flags & flags::HAS_WEAKREFS != 0 {
        crate::object::weakref::referent_freed(ptr);
    }
    if finalize {
        // Resurrect with one reference owned by the finalizer queue; the interpreter runs
        // `__del__` at its next instruction boundary and then drops that reference, which
        // frees the object for good (FINALIZED is set, so it is not queued twice).
        header
            .ob_flags
            .fetch_or(flags::FINALIZED, Ordering::Relaxed);
        header.ob_tid.store(
            crate::object::header::current_thread_id(),
            Ordering::Relaxed,
        );
        header.ob_ref_local.store(1, Ordering::Relaxed);
        header.ob_ref_shared.store(0, Ordering::Relaxed);
        if header.ob_flags.load(Ordering::Relaxed) & flags::HAS_WEAKREFS != 0 {
            header.set_maybe_weakref();
        }
        FINALIZE_QUEUE.with(|q| q.borrow_mut().push(ptr as usize));
        FINALIZE_PENDING.with(|p| p.set(true));
        return;
    }
    // SAFETY: the type's dealloc matches the object's layout (set when the type was created).
    unsafe { (ty.dealloc)(ptr) };
}

/// Asks the eval loop to run queued finalizers and weakref callbacks at the next boundary.
pub fn request_finalizers() {
    FINALIZE_PENDING.with(|p| p.set(true));
}

/// Makes a counted heap object immortal: it is never freed, so it stops counting as live.
pub fn make_immortal(h: &ObjHeader) {
    if !h.is_immortal() {
        h.make_immortal();
        note_free();
    }
}

/// Counts a heap allocation (for `-X showrefcount`-style leak accounting).
pub fn note_alloc() {
    LIVE_OBJECTS.with(|c| c.set(c.get() + 1));
}

/// Counts a free.
pub fn note_free() {
    LIVE_OBJECTS.with(|c| c.set(c.get() - 1));
}

/// Allocations minus frees of threads that have exited.
static RETIRED_LIVE_OBJECTS: AtomicIsize = AtomicIsize::new(0);

/// Live heap objects: this thread's allocations minus frees, plus those of exited threads
/// (exact once the other threads have exited).
pub fn live_objects() -> isize {
    LIVE_OBJECTS.with(|c| c.get()) + RETIRED_LIVE_OBJECTS.load(Ordering::Relaxed)
}

/// Merges the objects other threads queued for this thread (their shared count would have
/// gone below zero) and frees those whose total count is zero. Run at eval-breaker checks.
pub fn merge_queued_objects() {
    if !crate::object::header::any_queued() {
        return;
    }
    let me = crate::object::header::current_thread_id();
    for ptr in crate::object::header::drain_queue_for(me) {
        // SAFETY: a queued object is alive: the queue holds the reference being dropped.
        if unsafe { (*ptr).merge_queued() } {
            free_object(ptr);
        }
    }
}

/// The calling interpreter thread is exiting and has dropped every Value it held: merges the
/// objects queued for it, marks it exited (later drops of its objects merge elsewhere), and
/// folds its allocation count into the process total.
pub fn retire_current_thread() {
    let me = crate::object::header::current_thread_id();
    for ptr in crate::object::header::retire_thread(me) {
        // SAFETY: as in `merge_queued_objects`.
        if unsafe { (*ptr).merge_queued() } {
            free_object(ptr);
        }
    }
    crate::object::int::release_float_free_list();
    let mine = LIVE_OBJECTS.with(|c| c.replace(0));
    RETIRED_LIVE_OBJECTS.fetch_add(mine, Ordering::Relaxed);
}
