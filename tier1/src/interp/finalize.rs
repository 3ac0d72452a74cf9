//! Interpreter finalization at exit, after the main module ran and `threading._shutdown()`
//! joined the non-daemon threads: clears the modules the way CPython's finalization does (the
//! `__main__` module first, then the others newest first; in each dict, names starting with an
//! underscore become None before the others, `__builtins__` stays), empties `sys.modules`,
//! collects the cycles left, and drains deferred frees. Finalizers that run meanwhile see the
//! modules half-cleared, as in CPython. Skipped while daemon threads still run.

use crate::object::dict::as_dict;
use crate::object::str::as_str;
use crate::object::{none, Value};

use super::vm::Vm;

/// Sets the values of a module dict to None: underscore names first, then the rest.
fn clear_module_dict(vm: &mut Vm, dict: &Value) {
    let Some(d) = as_dict(dict) else { return };
    for underscore_pass in [true, false] {
        for key in d.keys() {
            let Some(name) = as_str(&key) else { continue };
            if name == "__builtins__" || name.starts_with('_') != underscore_pass {
                continue;
            }
            d.set_str_key(key.clone(), none());
        }
        crate::builtins::object_methods::run_finalizers(vm);
    }
}

/// Runs the finalization; false when other threads still run (nothing is touched then).
pub fn finalize(vm: &mut Vm) -> bool {
    // Joined threads may still be tearing down their state: give them a moment.
    let deadline = std::time::Instant::now() + std::time::Duration::from_millis(500);
    while crate::thread::running_threads() > 0 && std::time::Instant::now() < deadline {
        crate::thread::detach();
        std::thread::sleep(std::time::Duration::from_millis(1));
        crate::thread::attach();
    }
    if crate::thread::running_threads() > 0 {
        return false;
    }
    crate::builtins::object_methods::run_finalizers(vm);
    let modules = as_dict(&vm.modules).map(|d| d.items()).unwrap_or_default();
    let main = modules.iter().find(|(k, _)| as_str(k) == Some("__main__"));
    let others = modules
        .iter()
        .rev()
        .filter(|(k, _)| !matches!(as_str(k), Some("__main__" | "sys" | "builtins")));
    for (_, module) in main.into_iter().chain(others) {
        if let Some(dict) = Vm::module_dict(module) {
            clear_module_dict(vm, &dict);
        }
    }
    drop(modules);
    if let Some(d) = as_dict(&vm.modules) {
        drop(d.clear());
    }
    crate::memory::gc::collect_quietly(vm);
    crate::builtins::object_methods::run_finalizers(vm);
    if let Some(dict) = vm.sys.as_ref().and_then(Vm::module_dict) {
        clear_module_dict(vm, &dict);
    }
    vm.exc_info = None;
    vm.frame_globals = None;
    vm.slot_pool.clear();
    crate::builtins::release_thread_caches();
    crate::builtins::release_process_caches();
    crate::memory::merge_queued_objects();
    crate::thread::qsbr::poll();
    let mut roots: Vec<&Value> = vec![&vm.builtins, &vm.modules];
    roots.extend(vm.sys.as_ref());
    crate::memory::deferred::remortalize_all(&roots);
    crate::memory::gc::collect_quietly(vm);
    crate::builtins::object_methods::run_finalizers(vm);
    crate::builtins::release_thread_caches();
    crate::memory::merge_queued_objects();
    crate::thread::qsbr::poll();
    true
}
