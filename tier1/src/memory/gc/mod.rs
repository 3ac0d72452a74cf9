//! The cycle collector: finds groups of tracked objects that only reference each other (their
//! reference counts are explained by references from inside the group), runs their finalizers
//! once, and breaks the cycles so reference counting frees them. With other threads running it
//! works with the world stopped (`thread::stw`) while it reads counts and references; the
//! finalizers run with the world resumed. It does not decide what is tracked (`tracked`) or
//! what each payload references (`traverse`).

pub mod tracked;
pub mod traverse;

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicIsize, AtomicUsize, Ordering};

use crate::interp::Vm;
use crate::object::header::{flags, ObjHeader};
use crate::object::typeobj::tflags;
use crate::object::Value;
use crate::thread::stw;

use traverse::{borrowed, clear_refs, visit_refs};

/// Automatic collections are on (`gc.enable()` / `gc.disable()`).
static ENABLED: AtomicBool = AtomicBool::new(true);
/// Net tracked allocations since the last collection (allocations minus frees).
static YOUNG: AtomicIsize = AtomicIsize::new(0);
/// Collect once `YOUNG` exceeds this (`gc.set_threshold`)...
static THRESHOLD: AtomicIsize = AtomicIsize::new(2000);
/// ...and a quarter of the objects that survived the last collection (so a large heap is not
/// rescanned for every few thousand new objects).
static SURVIVORS: AtomicUsize = AtomicUsize::new(0);
/// A collection is running (a finalizer calling `gc.collect()` gets 0).
static COLLECTING: AtomicBool = AtomicBool::new(false);

/// Per-thread share of `YOUNG` not yet added (saves a shared atomic per allocation).
const FLUSH_AT: isize = 64;

thread_local! {
    static LOCAL_YOUNG: Cell<isize> = const { Cell::new(0) };
}

fn add_young(delta: isize) {
    LOCAL_YOUNG.with(|c| {
        let v = c.get() + delta;
        if v.abs() >= FLUSH_AT {
            YOUNG.fetch_add(v, Ordering::Relaxed);
            c.set(0);
        } else {
            c.set(v);
        }
    });
}

/// Counts a tracked allocation.
#[inline]
pub fn note_tracked_alloc() {
    add_young(1);
}

/// Counts a tracked object freed.
#[inline]
pub fn note_tracked_free() {
    add_young(-1);
}

pub fn enable(on: bool) {
    ENABLED.store(on, Ordering::Relaxed);
}

pub fn is_enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

pub fn threshold() -> isize {
    THRESHOLD.load(Ordering::Relaxed)
}

pub fn set_threshold(t: isize) {
    THRESHOLD.store(t, Ordering::Relaxed);
}

/// Net tracked allocations since the last collection (`gc.get_count()[0]`).
pub fn young_count() -> isize {
    YOUNG.load(Ordering::Relaxed) + LOCAL_YOUNG.with(Cell::get)
}

/// Whether an automatic collection is due (checked at eval-breaker points).
#[inline]
pub fn should_collect() -> bool {
    let young = YOUNG.load(Ordering::Relaxed);
    let threshold = THRESHOLD.load(Ordering::Relaxed);
    threshold > 0
        && young > threshold
        && young as usize > SURVIVORS.load(Ordering::Relaxed) / 4
        && ENABLED.load(Ordering::Relaxed)
        && !COLLECTING.load(Ordering::Relaxed)
}

/// The result of the analysis: the unreachable objects, each held by a new reference.
struct Garbage {
    objects: Vec<Value>,
}

/// Finds the tracked objects unreachable from outside the tracked set. Runs with the world
/// stopped (or single-threaded), so counts and references are quiet.
fn find_garbage(candidates: &[*mut ObjHeader]) -> (Vec<*mut ObjHeader>, usize) {
    let mut index: HashMap<usize, usize> = HashMap::with_capacity(candidates.len());
    let mut objects: Vec<*mut ObjHeader> = Vec::with_capacity(candidates.len());
    for &ptr in candidates {
        // SAFETY: tracked objects are alive while linked; nothing frees them meanwhile.
        let h = unsafe { &*ptr };
        if h.is_immortal() {
            continue;
        }
        index.insert(ptr as usize, objects.len());
        objects.push(ptr);
    }
    // gc_refs: each object's count minus the references other candidates hold on it.
    let mut refs: Vec<isize> = objects
        .iter()
        // SAFETY: as above.
        .map(|&p| unsafe { (*p).refcount() })
        .collect();
    for &ptr in &objects {
        visit_refs(&borrowed(ptr), &mut |child| {
            if let Some(&j) = index.get(&child.raw()) {
                refs[j] -= 1;
            }
        });
    }
    // Whatever a count left over (a reference from outside) keeps alive is reachable.
    let mut reachable: Vec<bool> = refs.iter().map(|&r| r > 0).collect();
    let mut stack: Vec<usize> = (0..objects.len()).filter(|&i| reachable[i]).collect();
    while let Some(i) = stack.pop() {
        visit_refs(&borrowed(objects[i]), &mut |child| {
            if let Some(&j) = index.get(&child.raw()) {
                if !reachable[j] {
                    reachable[j] = true;
                    stack.push(j);
                }
            }
        });
    }
    let garbage: Vec<*mut ObjHeader> = objects
        .iter()
        .zip(&reachable)
        .filter(|(_, &r)| !r)
        .map(|(&p, _)| p)
        .collect();
    let survivors = objects.len() - garbage.len();
    (garbage, survivors)
}

/// Of `garbage` (each held once by the collector), the objects still unreachable after the
/// finalizers ran: any that a finalizer made reachable again (resurrected), and what it
/// reaches, are kept alive.
fn still_garbage(garbage: Vec<Value>) -> Vec<Value> {
    let index: HashMap<usize, usize> = garbage
        .iter()
        .enumerate()
        .map(|(i, v)| (v.raw(), i))
        .collect();
    let mut refs: Vec<isize> = garbage
        .iter()
        .map(|v| v.header().map_or(0, |h| h.refcount()) - 1)
        .collect();
    for v in &garbage {
        visit_refs(v, &mut |child| {
            if let Some(&j) = index.get(&child.raw()) {
                refs[j] -= 1;
            }
        });
    }
    let mut alive: Vec<bool> = refs.iter().map(|&r| r > 0).collect();
    let mut stack: Vec<usize> = (0..garbage.len()).filter(|&i| alive[i]).collect();
    while let Some(i) = stack.pop() {
        visit_refs(&garbage[i], &mut |child| {
            if let Some(&j) = index.get(&child.raw()) {
                if !alive[j] {
                    alive[j] = true;
                    stack.push(j);
                }
            }
        });
    }
    garbage
        .into_iter()
        .zip(alive)
        .filter(|(_, a)| !a)
        .map(|(v, _)| v)
        .collect()
}

fn needs_finalizer(v: &Value) -> bool {
    let Some(h) = v.header() else { return false };
    v.type_data().flags & tflags::HAS_FINALIZER != 0
        && h.ob_flags.load(Ordering::Relaxed) & flags::FINALIZED == 0
}

/// The word of `gc.callbacks` (an immortal list), 0 until the `gc` module exists.
static CALLBACKS: AtomicUsize = AtomicUsize::new(0);

/// Registers the `gc.callbacks` list (made immortal: the collector reads it without a lock).
pub fn set_callbacks_list(list: &Value) {
    if let Some(h) = list.header() {
        crate::memory::make_immortal(h);
    }
    CALLBACKS.store(list.raw(), Ordering::Release);
}

/// Empties `gc.callbacks` (interpreter finalization: the list itself is immortal).
pub fn clear_callbacks() {
    let word = CALLBACKS.load(Ordering::Acquire);
    if word == 0 {
        return;
    }
    // SAFETY: the word is an immortal list (see `set_callbacks_list`).
    let list = std::mem::ManuallyDrop::new(unsafe { Value::from_raw_word(word) });
    if let Some(l) = crate::object::seq::as_list(&list) {
        drop(l.replace_all(Vec::new()));
    }
}

/// Calls every `gc.callbacks` entry with `(phase, info)`, reporting errors as CPython does.
fn run_callbacks(vm: &mut Vm, phase: &str, collected: usize) {
    let word = CALLBACKS.load(Ordering::Acquire);
    if word == 0 {
        return;
    }
    // SAFETY: the word is an immortal list (see `set_callbacks_list`).
    let list = std::mem::ManuallyDrop::new(unsafe { Value::from_raw_word(word) });
    let Some(callbacks) = crate::object::seq::as_list(&list).map(|l| l.snapshot()) else {
        return;
    };
    if callbacks.is_empty() {
        return;
    }
    let info = crate::object::dict::new_dict();
    if let Some(d) = crate::object::dict::as_dict(&info) {
        for (k, v) in [
            ("generation", 2),
            ("collected", collected as i64),
            ("uncollectable", 0),
        ] {
            d.set_str_key(
                crate::object::str::intern(k),
                crate::object::int::int_from_i64(v),
            );
        }
    }
    let phase = crate::object::str::new_str(phase);
    for cb in callbacks {
        if let Err(e) = crate::interp::call::call(vm, &cb, &[phase.clone(), info.clone()], &[]) {
            let what = crate::interp::repr::native_repr(vm, &cb).unwrap_or_default();
            vm.write_stderr(&format!("Exception ignored in: {what}\n"));
            crate::builtins::errors::print_exception(vm, &e);
        }
    }
}

/// Runs a full collection; returns the number of unreachable objects found.
pub fn collect(vm: &mut Vm) -> usize {
    collect_with(vm, true)
}

/// A collection that does not call `gc.callbacks` (interpreter finalization, as CPython's).
pub fn collect_quietly(vm: &mut Vm) -> usize {
    collect_with(vm, false)
}

fn collect_with(vm: &mut Vm, callbacks: bool) -> usize {
    if COLLECTING.swap(true, Ordering::AcqRel) {
        return 0;
    }
    if callbacks {
        run_callbacks(vm, "start", 0);
    }
    let found = collect_now(vm);
    if callbacks {
        run_callbacks(vm, "stop", found);
    }
    COLLECTING.store(false, Ordering::Release);
    found
}

fn collect_now(vm: &mut Vm) -> usize {
    // A collection starts at a quiescent point of the calling thread: the references QSBR
    // still holds for values other threads may have been reading (including those left by
    // exited threads) are dropped first where it is safe, or they would look like outside
    // references to garbage.
    crate::thread::qsbr::poll();
    crate::memory::adopt_orphan_finalizers();
    // Objects whose __del__ ran since the last instruction must not look like garbage twice.
    crate::builtins::object_methods::run_finalizers(vm);
    let garbage = {
        let _world = stw::stop_the_world();
        LOCAL_YOUNG.with(|c| c.set(0));
        YOUNG.store(0, Ordering::Relaxed);
        let (garbage, survivors) = find_garbage(&tracked::all_tracked());
        SURVIVORS.store(survivors, Ordering::Relaxed);
        // SAFETY: unreachable objects are alive (nothing can free them while the world is
        // stopped); the collector takes a reference to each.
        let held: Vec<Value> = garbage
            .iter()
            .map(|&p| unsafe { Value::from_raw_borrowed(p) })
            .collect();
        crate::object::weakref::clear_for_garbage(&held);
        Garbage { objects: held }
    };
    let found = garbage.objects.len();
    if found == 0 {
        return 0;
    }
    let mut finalized = false;
    for obj in &garbage.objects {
        if needs_finalizer(obj) {
            if let Some(h) = obj.header() {
                h.ob_flags.fetch_or(flags::FINALIZED, Ordering::Relaxed);
            }
            crate::builtins::object_methods::finalize_object(vm, obj);
            finalized = true;
        }
    }
    crate::builtins::object_methods::run_finalizers(vm);
    let doomed = if finalized {
        let _world = stw::stop_the_world();
        still_garbage(garbage.objects)
    } else {
        garbage.objects
    };
    let mut taken: Vec<Box<dyn std::any::Any>> = Vec::new();
    for obj in &doomed {
        clear_refs(obj, &mut taken);
    }
    drop(taken);
    drop(doomed);
    found
}
