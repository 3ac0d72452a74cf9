//! The `_thread` module: starting interpreter threads, and the blocking `lock` / `RLock`
//! objects `threading` builds on. Waiting for a lock detaches the thread (it counts as
//! quiescent and holds no critical section). The thread life cycle itself is `crate::thread`.

use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use crate::interp::{call, ops, repr, Vm};
use crate::object::dict::{as_dict, new_dict};
use crate::object::func::{new_module, Args};
use crate::object::int::{as_float, as_i64, int_from_i64, new_float};
use crate::object::seq::as_tuple;
use crate::object::str::new_str;
use crate::object::typeobj::{alloc, Layout};
use crate::object::value::Payload;
use crate::object::{bool_value, builtin_types, none, ExcKind, PyErr, PyResult, Value};
use crate::thread::registry;

use super::args::bind;
use super::{add_function, add_method, add_value};

/// Largest timeout accepted, in seconds (as CPython's `TIMEOUT_MAX` on Linux, rounded).
const TIMEOUT_MAX: f64 = 9223372036.0;

/// The payload of `_thread.lock` and `_thread.RLock`.
pub struct ThreadLockData {
    reentrant: bool,
    state: Mutex<LockState>,
    released: Condvar,
}

/// Who holds the lock: `owner` is a thread id (any non-zero value for a plain lock), `count`
/// the recursion depth of an RLock.
#[derive(Clone, Copy)]
struct LockState {
    owner: usize,
    count: usize,
}

impl Payload for ThreadLockData {
    const LAYOUT: Layout = Layout::ThreadLock;
}

impl ThreadLockData {
    fn new(reentrant: bool) -> ThreadLockData {
        ThreadLockData {
            reentrant,
            state: Mutex::new(LockState { owner: 0, count: 0 }),
            released: Condvar::new(),
        }
    }

    fn state(&self) -> MutexGuard<'_, LockState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Takes the lock for `me`, waiting up to `timeout` (None: forever). Detaches while it waits.
    fn acquire(&self, vm: &mut Vm, me: usize, blocking: bool, timeout: Option<Duration>) -> bool {
        {
            let mut st = self.state();
            if self.try_take(&mut st, me) {
                return true;
            }
            if !blocking {
                return false;
            }
        }
        vm.flush_stdout();
        crate::thread::detach();
        let deadline = timeout.map(|t| Instant::now() + t);
        let mut st = self.state();
        let taken = loop {
            if self.try_take(&mut st, me) {
                break true;
            }
            match deadline {
                None => {
                    st = self.released.wait(st).unwrap_or_else(|e| e.into_inner());
                }
                Some(d) => {
                    let now = Instant::now();
                    if now >= d {
                        break false;
                    }
                    st = self
                        .released
                        .wait_timeout(st, d - now)
                        .unwrap_or_else(|e| e.into_inner())
                        .0;
                }
            }
        };
        drop(st);
        crate::thread::attach();
        taken
    }

    fn try_take(&self, st: &mut LockState, me: usize) -> bool {
        if st.owner == 0 {
            st.owner = me;
            st.count = 1;
            return true;
        }
        if self.reentrant && st.owner == me {
            st.count += 1;
            return true;
        }
        false
    }

    fn release(&self, me: usize) -> PyResult<()> {
        let mut st = self.state();
        if self.reentrant {
            if st.owner != me || st.count == 0 {
                return Err(PyErr::new(
                    ExcKind::RuntimeError,
                    "cannot release un-acquired lock",
                ));
            }
            st.count -= 1;
            if st.count > 0 {
                return Ok(());
            }
        } else if st.owner == 0 {
            return Err(PyErr::new(ExcKind::RuntimeError, "release unlocked lock"));
        }
        st.owner = 0;
        st.count = 0;
        drop(st);
        self.released.notify_one();
        Ok(())
    }
}

fn lock_data(v: &Value) -> PyResult<&ThreadLockData> {
    v.downcast::<ThreadLockData>()
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "descriptor requires a lock object"))
}

/// A new plain (`reentrant == false`) or reentrant lock.
pub fn new_lock(reentrant: bool) -> Value {
    let t = builtin_types();
    let ty = if reentrant {
        t.thread_rlock
    } else {
        t.thread_lock
    };
    alloc(&ty.value(), ThreadLockData::new(reentrant))
}

/// Parses `acquire(blocking=True, timeout=-1)`: (blocking, timeout or None for forever).
fn acquire_args(vm: &mut Vm, args: &Args<'_>) -> PyResult<(bool, Option<Duration>)> {
    let rest = Args {
        all: &args.all[1..],
        kwnames: args.kwnames,
    };
    let bound = bind(&rest, "acquire", &["blocking", "timeout"], 0)?;
    let blocking = match bound[0] {
        Some(b) => ops::truthy(vm, b)?,
        None => true,
    };
    let timeout = match bound[1] {
        None => -1.0,
        Some(t) => match (as_float(t), as_i64(t)) {
            (Some(f), _) => f,
            (None, Some(i)) => i as f64,
            _ => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "'{}' object cannot be interpreted as an integer or float",
                        t.type_data().name()
                    ),
                ))
            }
        },
    };
    if !blocking && timeout != -1.0 {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "can't specify a timeout for a non-blocking call",
        ));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "timeout value must be a non-negative number",
        ));
    }
    if timeout > TIMEOUT_MAX {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "timeout value is too large",
        ));
    }
    let timeout = (timeout >= 0.0).then(|| Duration::from_secs_f64(timeout));
    Ok((blocking, timeout))
}

fn m_acquire(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lock = lock_data(&args.all[0])?;
    let (blocking, timeout) = acquire_args(vm, &args)?;
    let me = registry::current_thread_id();
    Ok(bool_value(lock.acquire(vm, me, blocking, timeout)))
}

fn m_enter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lock = lock_data(&args.all[0])?;
    lock.acquire(vm, registry::current_thread_id(), true, None);
    Ok(bool_value(true))
}

fn m_release(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    lock_data(&args.all[0])?.release(registry::current_thread_id())?;
    Ok(none())
}

fn m_locked(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(bool_value(lock_data(&args.all[0])?.state().owner != 0))
}

fn m_is_owned(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let st = *lock_data(&args.all[0])?.state();
    Ok(bool_value(
        st.count > 0 && st.owner == registry::current_thread_id(),
    ))
}

fn m_recursion_count(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let st = *lock_data(&args.all[0])?.state();
    let mine = st.owner == registry::current_thread_id();
    Ok(int_from_i64(if mine { st.count as i64 } else { 0 }))
}

/// `RLock._release_save()`: releases fully; returns the state `_acquire_restore` re-takes.
fn m_release_save(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lock = lock_data(&args.all[0])?;
    let mut st = lock.state();
    if st.count == 0 {
        return Err(PyErr::new(
            ExcKind::RuntimeError,
            "cannot release un-acquired lock",
        ));
    }
    let saved = *st;
    st.owner = 0;
    st.count = 0;
    drop(st);
    lock.released.notify_one();
    Ok(crate::object::seq::new_tuple(vec![
        int_from_i64(saved.count as i64),
        int_from_i64(saved.owner as i64),
    ]))
}

fn m_acquire_restore(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lock = lock_data(&args.all[0])?;
    let saved = args
        .all
        .get(1)
        .and_then(as_tuple)
        .filter(|t| t.len() == 2)
        .and_then(|t| Some((as_i64(&t.items()[0])?, as_i64(&t.items()[1])?)))
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "_acquire_restore() takes a state tuple"))?;
    let me = registry::current_thread_id();
    lock.acquire(vm, me, true, None);
    let mut st = lock.state();
    st.count = saved.0.max(1) as usize;
    Ok(none())
}

fn m_exit(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    lock_data(&args.all[0])?.release(registry::current_thread_id())?;
    Ok(none())
}

fn m_repr(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lock = lock_data(&args.all[0])?;
    let st = *lock.state();
    let state = if st.owner != 0 { "locked" } else { "unlocked" };
    let addr = args.all[0].raw();
    Ok(new_str(&if lock.reentrant {
        format!(
            "<{state} _thread.RLock object owner={} count={} at {addr:#x}>",
            st.owner, st.count
        )
    } else {
        format!("<{state} _thread.lock object at {addr:#x}>")
    }))
}

/// Values moved into a new thread (the function and its arguments).
struct ThreadCall {
    function: Value,
    args: Value,
    kwargs: Option<Value>,
}

// SAFETY: the Values are moved to the new thread and only used there; objects shared between
// threads are safe to reference from any thread (biased reference counts, critical sections).
unsafe impl Send for ThreadCall {}

fn run_thread_call(vm: &mut Vm, work: ThreadCall) {
    let ThreadCall {
        function,
        args,
        kwargs,
    } = work;
    let result = call::call_ex(vm, &function, None, &args, kwargs.as_ref());
    if let Err(e) = result {
        if !e.matches(ExcKind::SystemExit) {
            let who = repr::repr_string(vm, &function).unwrap_or_else(|_| "<function>".into());
            vm.write_stderr(&format!("Exception ignored in thread started by: {who}\n"));
            super::errors::print_exception(vm, &e);
        }
    }
}

fn start_new_thread(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let bound = bind(
        &args,
        "start_new_thread",
        &["function", "args", "kwargs"],
        2,
    )?;
    let (Some(function), Some(fargs)) = (bound[0], bound[1]) else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "start_new_thread expected 2 arguments",
        ));
    };
    if !ops::is_callable(function) {
        return Err(PyErr::new(ExcKind::TypeError, "first arg must be callable"));
    }
    if as_tuple(fargs).is_none() {
        return Err(PyErr::new(ExcKind::TypeError, "2nd arg must be a tuple"));
    }
    let kwargs = bound[2].filter(|k| !k.is(&none()));
    if kwargs.is_some_and(|k| as_dict(k).is_none()) {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "optional 3rd arg must be a dictionary",
        ));
    }
    let work = ThreadCall {
        function: function.clone(),
        args: fargs.clone(),
        kwargs: kwargs.cloned(),
    };
    let id = crate::thread::start(vm, Box::new(move |vm: &mut Vm| run_thread_call(vm, work)))
        .map_err(|e| {
            PyErr::new(
                ExcKind::RuntimeError,
                format!("can't start new thread: {e}"),
            )
        })?;
    Ok(int_from_i64(id as i64))
}

thread_local! {
    /// The lock `_set_sentinel` gave out in this thread, held until the thread has retired.
    static SENTINEL: std::cell::RefCell<Option<Value>> = const { std::cell::RefCell::new(None) };
}

/// `_thread._set_sentinel()`: a held lock that is released once the calling thread has
/// finished, after the values it left for deferred release were handed over (so a `join`
/// that waits for it sees everything the thread dropped), as CPython's thread-state lock.
fn set_sentinel(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bind(&args, "_set_sentinel", &[], 0)?;
    let lock = new_lock(false);
    if let Some(data) = lock.downcast::<ThreadLockData>() {
        let mut st = data.state();
        st.owner = usize::MAX;
        st.count = 1;
    }
    let old = SENTINEL.with(|s| s.borrow_mut().replace(lock.clone()));
    if let Some(old) = old {
        release_sentinel_lock(&old);
    }
    Ok(lock)
}

fn release_sentinel_lock(lock: &Value) {
    if let Some(data) = lock.downcast::<ThreadLockData>() {
        // A sentinel is a plain lock held since `_set_sentinel`; a Python caller may have
        // released it already (then there is nothing to do).
        let _ = data.release(usize::MAX);
    }
}

/// Releases the calling thread's sentinel (the thread is retiring).
pub fn release_sentinel() {
    if let Some(lock) = SENTINEL.with(|s| s.borrow_mut().take()) {
        release_sentinel_lock(&lock);
    }
}

fn allocate_lock(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::args::check_positional(&args, "allocate_lock", 0, 0)?;
    Ok(new_lock(false))
}

fn rlock_new(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(new_lock(true))
}

fn get_ident(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::args::check_positional(&args, "get_ident", 0, 0)?;
    Ok(int_from_i64(registry::current_thread_id() as i64))
}

fn count(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::args::check_positional(&args, "_count", 0, 0)?;
    Ok(int_from_i64(crate::thread::running_threads() as i64))
}

fn stack_size(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::args::check_positional(&args, "stack_size", 0, 1)?;
    Ok(int_from_i64(0))
}

/// Registers the lock types' methods.
pub fn register() {
    let t = builtin_types();
    for ty in [t.thread_lock, t.thread_rlock] {
        add_method(ty, "acquire", m_acquire);
        add_method(ty, "release", m_release);
        add_method(ty, "__enter__", m_enter);
        add_method(ty, "__exit__", m_exit);
        add_method(ty, "__repr__", m_repr);
    }
    add_method(t.thread_lock, "locked", m_locked);
    add_method(t.thread_lock, "acquire_lock", m_acquire);
    add_method(t.thread_lock, "release_lock", m_release);
    add_method(t.thread_lock, "locked_lock", m_locked);
    add_method(t.thread_rlock, "_is_owned", m_is_owned);
    add_method(t.thread_rlock, "_release_save", m_release_save);
    add_method(t.thread_rlock, "_acquire_restore", m_acquire_restore);
    add_method(t.thread_rlock, "_recursion_count", m_recursion_count);
}

/// Creates the `_thread` module.
pub fn make_module() -> Value {
    let d = new_dict();
    let t = builtin_types();
    add_value(&d, "__name__", new_str("_thread"));
    add_function(&d, "start_new_thread", start_new_thread);
    add_function(&d, "start_new", start_new_thread);
    add_function(&d, "allocate_lock", allocate_lock);
    add_function(&d, "allocate", allocate_lock);
    add_function(&d, "get_ident", get_ident);
    add_function(&d, "get_native_id", get_ident);
    add_function(&d, "_count", count);
    add_function(&d, "_set_sentinel", set_sentinel);
    add_function(&d, "stack_size", stack_size);
    add_value(&d, "LockType", t.thread_lock.value());
    add_function(&d, "RLock", rlock_new);
    add_value(&d, "error", ExcKind::RuntimeError.type_ref().value());
    add_value(&d, "TIMEOUT_MAX", new_float(TIMEOUT_MAX));
    new_module("_thread", d)
}
