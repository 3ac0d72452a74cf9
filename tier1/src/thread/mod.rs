//! The free-threaded runtime's thread layer: the 1-byte object mutex, critical sections, thread
//! identity, QSBR, and the life cycle of an interpreter thread (start, run, retire). There is
//! no global lock: every interpreter thread runs the eval loop on its own `Vm`.
//! This module must not know Python-level APIs (`_thread` in builtins builds on it).

pub mod critical;
pub mod mutex;
pub mod qsbr;
pub mod qsbr_core;
pub mod registry;
pub mod seqlock;
pub mod stw;

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::interp::vm::SharedState;
use crate::interp::Vm;

/// Stack reserved for each interpreter thread (virtual memory; pages are touched on demand).
/// The recursion guard keeps native recursion inside it.
pub const THREAD_STACK_SIZE: usize = 64 * 1024 * 1024;

/// Interpreter threads started by `start` that have not finished.
static RUNNING: AtomicUsize = AtomicUsize::new(0);

/// The calling thread is about to block (sleep, lock wait, join): it counts as quiescent for
/// QSBR and as paused for stop-the-world until `attach`. It must not touch objects meanwhile.
pub fn detach() {
    qsbr::detach();
    stw::detach();
}

/// The calling thread resumes after blocking (waiting first if the world is stopped).
pub fn attach() {
    stw::attach();
    qsbr::attach();
}

/// Number of interpreter threads started by `start` still running (`_thread._count()`).
pub fn running_threads() -> usize {
    RUNNING.load(Ordering::SeqCst)
}

/// The work a new thread runs: gets the thread's own `Vm`. It must drop every Value it holds
/// before returning.
pub type ThreadBody = Box<dyn FnOnce(&mut Vm) + Send>;

/// Starts an interpreter thread sharing `vm`'s modules; returns its thread id. The calling
/// thread switches the process to free-threaded mode first.
pub fn start(vm: &Vm, body: ThreadBody) -> std::io::Result<usize> {
    qsbr::register_thread();
    stw::register_thread();
    if !registry::is_multi_threaded() {
        crate::memory::deferred::immortalize_all();
        registry::enter_multi_threaded();
    }
    let shared = vm.shared_state();
    let id = registry::reserve_thread_id();
    RUNNING.fetch_add(1, Ordering::SeqCst);
    let spawned = std::thread::Builder::new()
        .name(format!("strata-{id}"))
        .stack_size(THREAD_STACK_SIZE)
        .spawn(move || run_thread(id, shared, body));
    if let Err(e) = spawned {
        RUNNING.fetch_sub(1, Ordering::SeqCst);
        return Err(e);
    }
    Ok(id)
}

fn run_thread(id: usize, shared: SharedState, body: ThreadBody) {
    registry::adopt_thread_id(id);
    stw::register_thread();
    qsbr::register_thread();
    let mut vm = Vm::for_new_thread(&shared, THREAD_STACK_SIZE);
    drop(shared);
    body(&mut vm);
    // Drops QSBR allows now may resurrect objects for `__del__`, which still runs here.
    qsbr::poll();
    crate::builtins::object_methods::run_finalizers(&mut vm);
    vm.flush_stdout();
    drop(vm);
    crate::builtins::release_thread_caches();
    qsbr::unregister_thread();
    // Joiners waiting for the sentinel now find this thread's deferred drops among the
    // orphans (a collection they run next can see everything the thread let go of).
    crate::builtins::thread_mod::release_sentinel();
    crate::memory::retire_current_thread();
    crate::memory::hand_over_finalizers();
    crate::memory::gc::tracked::release_thread_list();
    stw::unregister_thread();
    RUNNING.fetch_sub(1, Ordering::SeqCst);
}
