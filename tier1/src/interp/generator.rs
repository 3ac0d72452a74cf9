//! Generators: a generator owns its suspended frame; `send`/`throw`/`close` resume it through
//! `run_frame`. Handles `yield from` delegation of `throw()`/`close()` to the sub-iterator and
//! PEP 479 (a StopIteration escaping the body becomes RuntimeError).

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::bytecode::Opcode;
use crate::object::exception::exc_data;
use crate::object::func::FunctionData;
use crate::object::typeobj::{alloc, Layout};
use crate::object::{builtin_types, none, singletons, ExcKind, Payload, PyErr, PyResult, Value};

use super::call::call;
use super::eval::{run_frame, FrameExit};
use super::frame::Frame;
use super::ops;
use super::vm::Vm;
use crate::thread::critical::ObjLock;

pub struct GenData {
    frame: UnsafeCell<Option<Box<Frame>>>,
    /// The exception the generator was handling when it last yielded (its own `sys.exc_info()`
    /// state, restored when it resumes; the caller's state is restored when it yields).
    saved_exc: UnsafeCell<Option<Value>>,
    /// Claimed (compare-and-swap) by the thread that resumes the generator, for the whole
    /// resumption: the frame and saved state are then that thread's alone.
    running: AtomicBool,
    started: AtomicBool,
    /// Guards the frame and saved-state cells for the short moves in and out.
    lock: ObjLock,
    pub name: Value,
    pub qualname: Value,
    /// The code object and globals of the body (for `gi_code` / `gi_frame`).
    pub code: Value,
    pub globals: Value,
}

impl Payload for GenData {
    const LAYOUT: Layout = Layout::Generator;
    const GC: bool = true;
}

// SAFETY (frame take/put below): each access to the cells is inside the generator's critical
// section; the frame is moved out while the generator runs (`running` guards re-entry, from
// this thread or another) and moved back after.
impl GenData {
    fn take_frame(&self) -> Option<Box<Frame>> {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { (*self.frame.get()).take() }
    }

    fn put_frame(&self, frame: Box<Frame>) {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { *self.frame.get() = Some(frame) };
    }

    pub fn is_finished(&self) -> bool {
        let _cs = self.lock.enter();
        // SAFETY: see above; only checks for presence.
        !self.is_running() && unsafe { (*self.frame.get()).is_none() }
    }

    pub fn is_running(&self) -> bool {
        self.running.load(Ordering::Acquire)
    }

    pub fn is_started(&self) -> bool {
        self.started.load(Ordering::Acquire)
    }

    /// Reports every reference the object holds (for the cycle collector; no Python code runs).
    pub fn visit_refs(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.name);
        visit(&self.qualname);
        visit(&self.code);
        visit(&self.globals);
        let _cs = self.lock.enter();
        // SAFETY: see above; `visit` only reads. A running generator's frame is moved out (its
        // references are then the running thread's, reported as external).
        unsafe {
            (*self.saved_exc.get()).iter().for_each(&mut *visit);
            if let Some(frame) = &*self.frame.get() {
                frame.visit_refs(visit);
            }
        }
    }

    /// Takes the suspended frame and saved exception out (the collector breaking a cycle).
    pub fn clear_refs(&self) -> (Option<Box<Frame>>, Option<Value>) {
        (self.take_frame(), self.take_saved_exc())
    }

    fn take_saved_exc(&self) -> Option<Value> {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { (*self.saved_exc.get()).take() }
    }

    /// Stores the saved exception; returns the old one for the caller to drop.
    fn set_saved_exc(&self, exc: Option<Value>) -> Option<Value> {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { std::mem::replace(&mut *self.saved_exc.get(), exc) }
    }
}

/// Marks a generator running for as long as it lives.
struct RunningClaim<'a>(&'a AtomicBool);

impl Drop for RunningClaim<'_> {
    fn drop(&mut self) {
        self.0.store(false, Ordering::Release);
    }
}

/// A new generator that will run `frame` (the call's bound arguments are already in it).
pub fn new_generator(frame: Frame, f: &FunctionData) -> Value {
    let (code, globals) = (frame.code.clone(), (*frame.globals).clone());
    alloc(
        &builtin_types().generator.value(),
        GenData {
            frame: UnsafeCell::new(Some(Box::new(frame))),
            saved_exc: UnsafeCell::new(None),
            running: AtomicBool::new(false),
            started: AtomicBool::new(false),
            lock: ObjLock::new(),
            name: f.name(),
            qualname: f.qualname(),
            code,
            globals,
        },
    )
}

/// Outcome of resuming a generator or sending into an iterator.
pub enum SendResult {
    Yielded(Value),
    Returned(Value),
}

fn gen_data(gen: &Value) -> PyResult<&GenData> {
    gen.downcast::<GenData>()
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "expected a generator"))
}

/// Resumes `gen` with a sent value or by throwing `throw` into it.
pub fn resume(vm: &mut Vm, gen: &Value, sent: Value, throw: Option<PyErr>) -> PyResult<SendResult> {
    let g = gen_data(gen)?;
    if g.running
        .compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire)
        .is_err()
    {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "generator already executing",
        ));
    }
    let _claim = RunningClaim(&g.running);
    let Some(mut frame) = g.take_frame() else {
        return match throw {
            Some(e) => Err(e),
            None => Ok(SendResult::Returned(none())),
        };
    };
    let mut throw = throw;
    if !g.is_started() {
        if throw.is_none() && !sent.is(&singletons().none) {
            g.put_frame(frame);
            return Err(PyErr::new(
                ExcKind::TypeError,
                "can't send non-None value to a just-started generator",
            ));
        }
        if throw.is_some() {
            // Throwing into a just-started generator raises at its first line without running it.
            g.started.store(true, Ordering::Release);
            return Err(throw.take().expect("checked"));
        }
    } else if throw.is_none() {
        frame.slots.push(Some(sent));
    } else if let Some(err) = throw.take() {
        match delegate_throw(vm, &mut frame, err) {
            Delegated::Yield(v) => {
                g.put_frame(frame);
                return Ok(SendResult::Yielded(v));
            }
            Delegated::Resume => {}
            Delegated::Raise(e) => throw = Some(e),
        }
    }
    g.started.store(true, Ordering::Release);
    let caller_exc = vm.exc_info.clone();
    if let Some(own) = g.take_saved_exc() {
        vm.exc_info = Some(own);
    }
    let result = run_frame(vm, &mut frame, throw);
    let inner_exc = std::mem::replace(&mut vm.exc_info, caller_exc.clone());
    if matches!(result, Ok(FrameExit::Yield(_))) {
        let differs = match (&inner_exc, &caller_exc) {
            (Some(a), Some(b)) => !a.is(b),
            (Some(_), None) => true,
            _ => false,
        };
        if differs {
            drop(g.set_saved_exc(inner_exc));
        }
    }
    match result {
        Ok(FrameExit::Yield(v)) => {
            g.put_frame(frame);
            Ok(SendResult::Yielded(v))
        }
        Ok(FrameExit::Return(v)) => Ok(SendResult::Returned(v)),
        Err(e) => {
            if let Some(d) = exc_data(&e.0) {
                let values: Vec<Value> = frame.slots.drain(..).flatten().collect();
                d.attach_frame_values_to_last(crate::object::seq::new_tuple(values));
            }
            if e.matches(ExcKind::StopIteration) {
                let rt = PyErr::new(ExcKind::RuntimeError, "generator raised StopIteration");
                if let Some(d) = exc_data(&rt.0) {
                    d.set_cause(Some(e.0.clone()));
                    d.set_context(Some(e.0));
                }
                return Err(rt);
            }
            Err(e)
        }
    }
}

enum Delegated {
    /// The sub-iterator yielded: the outer generator stays suspended and yields this.
    Yield(Value),
    /// The sub-iterator finished: its result is on the stack, resume the outer frame.
    Resume,
    /// Raise this in the outer frame.
    Raise(PyErr),
}

/// Decodes the instruction at `index`: (opcode, argument, index of the next instruction).
fn decode_at(code: &[u16], index: usize) -> Option<(Opcode, u32, usize)> {
    let mut i = index;
    let mut arg = 0u32;
    loop {
        let unit = *code.get(i)?;
        i += 1;
        let op = Opcode::from_u8((unit & 0xff) as u8)?;
        arg = (arg << 8) | u32::from(unit >> 8);
        if op != Opcode::EXTENDED_ARG {
            return Some((op, arg, i + op.cache_entries()));
        }
    }
}

/// throw()/close() into a generator suspended in `yield from`: forward to the sub-iterator.
fn delegate_throw(vm: &mut Vm, frame: &mut Frame, err: PyErr) -> Delegated {
    let code = frame.code_data().code.clone();
    let Some((Opcode::YIELD_VALUE, 1, after_yield)) = decode_at(&code.code, frame.lasti) else {
        return Delegated::Raise(err);
    };
    let Some(Some(sub)) = frame.slots.last().cloned() else {
        return Delegated::Raise(err);
    };
    if err.matches(ExcKind::GeneratorExit) {
        let closed = if sub.layout() == Layout::Generator {
            close(vm, &sub)
        } else {
            match sub.type_data().lookup("close") {
                Some(c) => call(vm, &c, std::slice::from_ref(&sub), &[]).map(|_| ()),
                None => Ok(()),
            }
        };
        return match closed {
            Ok(()) => Delegated::Raise(err),
            Err(e) => Delegated::Raise(e),
        };
    }
    let outcome = if sub.layout() == Layout::Generator {
        resume(vm, &sub, none(), Some(err))
    } else {
        match sub.type_data().lookup("throw") {
            None => return Delegated::Raise(err),
            Some(t) => match call(vm, &t, &[sub.clone(), err.0.clone()], &[]) {
                Ok(v) => Ok(SendResult::Yielded(v)),
                Err(e) if e.matches(ExcKind::StopIteration) => {
                    Ok(SendResult::Returned(stop_iteration_value(&e.0)))
                }
                Err(e) => Err(e),
            },
        }
    };
    match outcome {
        Ok(SendResult::Yielded(v)) => Delegated::Yield(v),
        Ok(SendResult::Returned(v)) => {
            // The yield is followed by JUMP_BACKWARD to the SEND whose target is the exit.
            let target = decode_at(&code.code, after_yield)
                .filter(|(op, _, _)| *op == Opcode::JUMP_BACKWARD)
                .and_then(|(_, send_at, _)| decode_at(&code.code, send_at as usize))
                .filter(|(op, _, _)| *op == Opcode::SEND)
                .map(|(_, target, _)| target as usize);
            match target {
                Some(t) => {
                    frame.slots.pop();
                    frame.slots.push(Some(v));
                    frame.ip = t;
                    Delegated::Resume
                }
                None => Delegated::Raise(PyErr::new(
                    ExcKind::SystemError,
                    "yield from: cannot find the end of the delegation loop",
                )),
            }
        }
        Err(e) => Delegated::Raise(e),
    }
}

/// The `.value` of a StopIteration (its first argument, or None).
pub fn stop_iteration_value(exc: &Value) -> Value {
    exc_data(exc)
        .and_then(|d| {
            crate::object::seq::as_tuple(&d.args()).and_then(|t| t.items().first().cloned())
        })
        .unwrap_or_else(none)
}

/// A StopIteration carrying a generator's return value.
pub fn stop_iteration(value: Value) -> PyErr {
    if value.is(&singletons().none) {
        PyErr::with_args(ExcKind::StopIteration, vec![])
    } else {
        PyErr::with_args(ExcKind::StopIteration, vec![value])
    }
}

/// `next(gen)`: Some(item) or None when the generator returned.
pub fn gen_next(vm: &mut Vm, gen: &Value) -> PyResult<Option<Value>> {
    match resume(vm, gen, none(), None)? {
        SendResult::Yielded(v) => Ok(Some(v)),
        SendResult::Returned(_) => Ok(None),
    }
}

/// `gen.send(value)`: raises StopIteration(return value) when it returns.
pub fn send(vm: &mut Vm, gen: &Value, value: Value) -> PyResult<Value> {
    match resume(vm, gen, value, None)? {
        SendResult::Yielded(v) => Ok(v),
        SendResult::Returned(v) => Err(stop_iteration(v)),
    }
}

/// `gen.throw(exc)`.
pub fn throw(vm: &mut Vm, gen: &Value, exc: PyErr) -> PyResult<Value> {
    match resume(vm, gen, none(), Some(exc))? {
        SendResult::Yielded(v) => Ok(v),
        SendResult::Returned(v) => Err(stop_iteration(v)),
    }
}

/// `gen.close()`.
pub fn close(vm: &mut Vm, gen: &Value) -> PyResult<()> {
    let g = gen_data(gen)?;
    if g.is_finished() || !g.is_started() {
        drop(g.take_frame());
        return Ok(());
    }
    let exit = PyErr::with_args(ExcKind::GeneratorExit, vec![]);
    match resume(vm, gen, none(), Some(exit)) {
        Ok(SendResult::Yielded(_)) => Err(PyErr::new(
            ExcKind::RuntimeError,
            "generator ignored GeneratorExit",
        )),
        Ok(SendResult::Returned(_)) => Ok(()),
        Err(e) if e.matches(ExcKind::GeneratorExit) || e.matches(ExcKind::StopIteration) => Ok(()),
        Err(e) => Err(e),
    }
}

/// SEND: one step of `yield from` on any iterator.
pub fn send_to(vm: &mut Vm, it: &Value, value: Value) -> PyResult<SendResult> {
    if it.layout() == Layout::Generator {
        return resume(vm, it, value, None);
    }
    if value.is(&singletons().none) {
        return Ok(match ops::iter_next_keep_value(vm, it)? {
            Ok(v) => SendResult::Yielded(v),
            Err(ret) => SendResult::Returned(ret),
        });
    }
    let Some(send_fn) = it.type_data().lookup("send") else {
        return Err(PyErr::new(
            ExcKind::AttributeError,
            format!("'{}' object has no attribute 'send'", it.type_data().name()),
        ));
    };
    match call(vm, &send_fn, &[it.clone(), value], &[]) {
        Ok(v) => Ok(SendResult::Yielded(v)),
        Err(e) if e.matches(ExcKind::StopIteration) => {
            Ok(SendResult::Returned(stop_iteration_value(&e.0)))
        }
        Err(e) => Err(e),
    }
}
