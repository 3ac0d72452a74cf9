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
    if let Some(t) = as_tuple(c) {
        for item in t.items() {
            immortalize_constant(item);
        }
    }
}
