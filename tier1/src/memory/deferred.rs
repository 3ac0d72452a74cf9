//! Deferred reference counting as CPython 3.13's free-threaded build first shipped it: the
//! definitions every thread touches on every call (module-level functions, classes, code
//! objects, modules) would make their reference counts the most contended words in the
//! process, so once a second thread starts they become immortal, and the ones created later
//! are immortal from birth. Until then they are counted and freed normally; this module keeps
//! the set of such objects so that the switch can find them. It does not free anything.

use std::collections::HashSet;
use std::sync::atomic::Ordering;
use std::sync::Mutex;

use crate::object::func::CodeData;
use crate::object::header::{flags, ObjHeader};
use crate::object::seq::as_tuple;
use crate::object::typeobj::Layout;
use crate::object::Value;
use crate::thread::registry::is_multi_threaded;

/// Deferred objects alive while the process is single-threaded (addresses).
static LIVE_DEFERRED: Mutex<Option<HashSet<usize>>> = Mutex::new(None);

/// Objects made immortal here (definitions and code constants), so that finalization can
/// count their references and make them mortal again (`remortalize_all`).
static IMMORTALIZED: Mutex<Vec<usize>> = Mutex::new(Vec::new());

fn immortalized() -> std::sync::MutexGuard<'static, Vec<usize>> {
    IMMORTALIZED.lock().unwrap_or_else(|e| e.into_inner())
}

fn registry() -> std::sync::MutexGuard<'static, Option<HashSet<usize>>> {
    LIVE_DEFERRED.lock().unwrap_or_else(|e| e.into_inner())
}

/// Marks a definition shared by every thread (see the module comment).
pub fn mark_deferred(v: &Value) {
    let Some(h) = v.header() else { return };
    if h.is_immortal() {
        return;
    }
    h.ob_flags.fetch_or(flags::DEFERRED, Ordering::Relaxed);
    if is_multi_threaded() {
        immortalize(h);
    } else {
        registry()
            .get_or_insert_with(HashSet::new)
            .insert(h as *const ObjHeader as usize);
    }
}

/// A deferred object is being freed (single-threaded mode): forget it.
pub fn forget(ptr: *const ObjHeader) {
    if let Some(set) = registry().as_mut() {
        set.remove(&(ptr as usize));
    }
}

/// Makes every registered deferred object immortal. Called by the only interpreter thread
/// just before it starts the second one, so no other thread touches the counts meanwhile.
pub fn immortalize_all() {
    let set = registry().take().unwrap_or_default();
    for addr in set {
        // SAFETY: registered objects are alive (they unregister in `forget` when freed).
        immortalize(unsafe { &*(addr as *const ObjHeader) });
    }
}

fn immortalize(h: &ObjHeader) {
    if h.is_immortal() {
        return;
    }
    super::make_immortal(h);
    immortalized().push(h as *const ObjHeader as usize);
    // A code object's constants are loaded by every call on every thread, too.
    // SAFETY: `h` is a live object; the borrowed Value is forgotten, not dropped.
    let v = std::mem::ManuallyDrop::new(unsafe { Value::from_raw_word(h as *const _ as usize) });
    if let Some(code) = v.downcast::<CodeData>() {
        for c in &code.consts {
            immortalize_constant(c);
        }
    }
}

/// Makes a constant immortal, and the items of a constant tuple (nested code objects are
/// deferred objects of their own and are handled through the registry).
fn immortalize_constant(c: &Value) {
    let Some(h) = c.header() else { return };
    if h.is_immortal() || c.layout() == Layout::Code {
        return;
    }
    super::make_immortal(h);
    immortalized().push(h as *const ObjHeader as usize);
    if let Some(t) = as_tuple(c) {
        for item in t.items() {
            immortalize_constant(item);
        }
    }
}

/// Finalization, with every other thread gone and the modules cleared: gives each object made
/// immortal here a real reference count again, counted from the references that tracked
/// objects, the other such objects and `roots` (the interpreter state's own references) hold
/// on it, and frees those nothing references. The collector can then free the rest. The
/// process must not run Python code afterwards (a holder the count cannot see would be left
/// with a dangling reference).
pub fn remortalize_all(roots: &[&Value]) {
    use super::gc::traverse::{borrowed, is_tracked_layout, visit_refs};
    use std::collections::HashMap;
    let objects = std::mem::take(&mut *immortalized());
    if objects.is_empty() {
        return;
    }
    let mut counts: HashMap<usize, u32> = objects.iter().map(|&a| (a, 0)).collect();
    let mut count = |child: &Value| {
        if let Some(c) = counts.get_mut(&child.raw()) {
            *c += 1;
        }
    };
    for ptr in super::gc::tracked::all_tracked() {
        visit_refs(&borrowed(ptr), &mut count);
    }
    for &addr in &objects {
        let v = borrowed(addr as *mut ObjHeader);
        if !is_tracked_layout(&v) {
            visit_refs(&v, &mut count);
        }
    }
    for root in roots {
        count(root);
    }
    let me = crate::object::header::current_thread_id();
    let mut unreferenced = Vec::new();
    for &addr in &objects {
        // SAFETY: immortal objects are never freed, so the header is valid; no other thread
        // runs, so nothing touches the counts meanwhile.
        let h = unsafe { &*(addr as *const ObjHeader) };
        let c = counts.get(&addr).copied().unwrap_or(0);
        h.ob_tid.store(me, Ordering::Relaxed);
        h.ob_ref_shared.store(0, Ordering::Relaxed);
        h.ob_ref_local.store(c, Ordering::Relaxed);
        super::note_alloc();
        if c == 0 {
            unreferenced.push(addr);
        }
    }
    for addr in unreferenced {
        // The count is zero: free as the last decref would.
        super::free_object(addr as *mut ObjHeader);
    }
}
