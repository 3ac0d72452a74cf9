//! The tier-1 evaluation loop. Python-to-Python calls push a frame and continue in the same loop
//! (no Rust recursion per Python call); native code that calls back into Python enters
//! `run_frame` again, which counts against the recursion limit. Exceptions unwind through the
//! code's exception table. Instruction semantics are documented in `bytecode::opcodes`.

use crate::bytecode::{BinaryOp, CompareOp, Intrinsic1, Opcode};
use crate::object::dict::{as_dict, new_dict};
use crate::object::exception::{exc_data, TracebackEntry};
use crate::object::func::{
    new_code, CallerFrameUse, CellData, CodeData, FunctionData, FunctionParts, GlobalCacheEntry,
    MethodData,
};
use crate::object::int::{as_int, int_from_i64, is_true};
use crate::object::iter::{IterData, IterState};
use crate::object::seq::{as_list, as_tuple, new_list, new_slice, new_tuple, ListData};
use crate::object::str::{as_str, new_string};
use crate::object::typeobj::alloc;
use crate::object::{
    bool_value, builtin_types, none, singletons, ExcKind, Layout, PyErr, PyResult, Value,
};

use super::frame::Frame;
use super::vm::Vm;
use super::{attr, call, generator, ops, pattern};
use crate::specialize::attr::{self as attr_ic, AttrCache};
use crate::specialize::module_attr;
use std::sync::atomic::{AtomicU16, Ordering};

/// How a frame run ended.
pub enum FrameExit {
    Return(Value),
    /// A generator frame suspended at YIELD_VALUE.
    Yield(Value),
}

/// Runs `entry` (and every Python frame it calls) until it returns or yields. `throw` starts
/// by raising that exception at the frame's current instruction (generator.throw()).
pub fn run_frame(vm: &mut Vm, entry: &mut Frame, throw: Option<PyErr>) -> PyResult<FrameExit> {
    vm.enter_recursion("")?;
    // The caller's frame (if any) gets its globals back for `globals()` when this returns.
    let outer_globals = vm.frame_globals.take();
    let result = execute(vm, entry, throw);
    vm.frame_globals = outer_globals;
    vm.leave_recursion();
    result
}

/// Returns a finished frame's slot vector to the pool.
fn recycle(vm: &mut Vm, mut frame: Frame) {
    frame.slots.clear();
    if vm.slot_pool.len() < 64 {
        vm.slot_pool.push(std::mem::take(&mut frame.slots));
    }
}

/// Adds the frame to the exception's traceback (unless re-raised) and jumps to the handler that
/// covers the current instruction; Err when this frame has none.
fn handle_exception(
    vm: &mut Vm,
    frame: &mut Frame,
    err: PyErr,
    add_traceback: bool,
) -> Result<(), PyErr> {
    if add_traceback {
        if let Some(data) = exc_data(&err.0) {
            if data.traceback().is_empty() {
                chain_context(vm, &err.0);
            }
            data.push_traceback(TracebackEntry {
                code: frame.code.clone(),
                location: frame.current_location(),
                frame_values: None,
            });
        }
    }
    let entry = frame
        .code_data()
        .code
        .handler_for(frame.lasti as u32)
        .copied();
    match entry {
        None => Err(err),
        Some(e) => {
            frame.slots.truncate(frame.stack_base + e.depth as usize);
            if e.push_lasti {
                frame.slots.push(Some(int_from_i64(frame.lasti as i64)));
            }
            frame.slots.push(Some(err.0));
            frame.ip = e.handler as usize;
            Ok(())
        }
    }
}

/// Implicit chaining: a newly raised exception records the one being handled as `__context__`.
pub fn chain_context(vm: &Vm, exc: &Value) {
    let Some(handled) = vm.exc_info.clone() else {
        return;
    };
    if handled.is(exc) {
        return;
    }
    let Some(data) = exc_data(exc) else { return };
    if data.context().is_some() {
        return;
    }
    // Avoid creating a cycle: cut the chain where it would reach `exc`.
    let mut cursor = handled.clone();
    while let Some(cd) = exc_data(&cursor) {
        match cd.context() {
            Some(next) if next.is(exc) => {
                cd.set_context(None);
                break;
            }
            Some(next) => cursor = next,
            None => break,
        }
    }
    data.set_context(Some(handled));
}

#[inline(always)]
fn pop(frame: &mut Frame) -> Value {
    frame.slots.pop().flatten().unwrap_or_else(none)
}

#[inline(always)]
fn top(frame: &Frame) -> &Value {
    match frame.slots.last() {
        Some(Some(v)) => v,
        _ => &singletons().none,
    }
}

#[inline(always)]
fn push(frame: &mut Frame, v: Value) {
    frame.slots.push(Some(v));
}

/// Pops `n` values (bottom first).
fn pop_n(frame: &mut Frame, n: usize) -> Vec<Value> {
    let at = frame.slots.len().saturating_sub(n);
    frame
        .slots
        .split_off(at)
        .into_iter()
        .map(|v| v.unwrap_or_else(none))
        .collect()
}

/// The top `n` stack values as a slice of Values (none of them may be NULL).
fn top_values(frame: &Frame, n: usize) -> &[Value] {
    let slots = &frame.slots[frame.slots.len() - n..];
    if slots.iter().any(|s| s.is_none()) {
        return &[];
    }
    // SAFETY: Option<Value> has the same layout as Value (Value is a repr(transparent) NonZero
    // word, so None is the zero niche), and every element was just checked to be Some.
    unsafe { std::slice::from_raw_parts(slots.as_ptr() as *const Value, n) }
}

fn name_error(name: &Value) -> PyErr {
    let n = as_str(name).unwrap_or("?");
    PyErr::with_args(
        ExcKind::NameError,
        vec![new_string(format!("name '{n}' is not defined"))],
    )
}

/// The instruction loop. Python-to-Python calls push the callee onto `children` and switch
/// the current frame in place (no Rust recursion, no return to a driver); returns pop it.
fn execute(vm: &mut Vm, entry: &mut Frame, pending: Option<PyErr>) -> PyResult<FrameExit> {
    let entry_ptr: *mut Frame = entry;
    let mut children: Vec<Frame> = Vec::new();
    // SAFETY (for `frame`, `cd` and `units`, here and at every `switch_frame!`): `frame` points
    // to `entry` or to the last element of `children`, re-derived after every push or pop of
    // `children`, so it never dangles; `cd` borrows the code object the current frame holds a
    // reference to, and is re-derived with `frame`; nothing else aliases the current frame while
    // this loop runs (callees get their own frames).
    let mut frame: &mut Frame;
    let mut cd: &CodeData;
    let mut units: &[AtomicU16];
    let mut pending = pending;
    // An error arriving from a callee is raised at the caller's CALL (adds a traceback entry);
    // a generator throw() too. Re-raises do not add one.
    let mut add_tb = true;
    // The instruction pointer and the start of the current instruction live in registers;
    // they are written back to the frame only when it is left (call, yield, error).
    let mut ip: usize;
    let mut start: usize = 0;
    let mut start_valid = false;

    macro_rules! switch_frame {
        () => {{
            let p: *mut Frame = match children.last_mut() {
                Some(c) => c,
                None => entry_ptr,
            };
            // SAFETY: see above.
            frame = unsafe { &mut *p };
            cd = unsafe { &*(frame.code_data() as *const CodeData) };
            units = &cd.units;
            ip = frame.ip;
            if !vm
                .frame_globals
                .as_ref()
                .is_some_and(|g| g.is(&frame.globals))
            {
                vm.frame_globals = Some((*frame.globals).clone());
            }
        }};
    }
    switch_frame!();

    'main: loop {
        if let Some(err) = pending.take() {
            if start_valid {
                frame.lasti = start;
            }
            frame.ip = ip;
            if let Err(e) = handle_exception(vm, frame, err, add_tb) {
                match children.pop() {
                    None => return Err(e),
                    Some(done) => {
                        vm.depth -= 1;
                        recycle(vm, done);
                        switch_frame!();
                        start_valid = false;
                        pending = Some(e);
                        add_tb = true;
                        continue 'main;
                    }
                }
            }
            ip = frame.ip;
        }
        add_tb = true;

        macro_rules! tri {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(err) => {
                        pending = Some(err);
                        continue 'main;
                    }
                }
            };
        }

        macro_rules! run_finalizers {
            () => {
                if crate::memory::finalizers_pending() {
                    crate::builtins::object_methods::run_finalizers(vm);
                }
            };
        }

        loop {
            // `__del__` of objects freed by the previous instruction runs before the next one,
            // as close to CPython's synchronous finalization as a queue gets.
            run_finalizers!();
            start = ip;
            start_valid = true;
            let Some(unit) = units.get(start).map(|u| u.load(Ordering::Relaxed)) else {
                pending = Some(PyErr::new(
                    ExcKind::SystemError,
                    "bytecode ended without a return",
                ));
                continue 'main;
            };
            let mut next = start + 1;
            let mut op_byte = (unit & 0xff) as u8;
            let mut arg = u32::from(unit >> 8);
            while op_byte == Opcode::EXTENDED_ARG as u8 {
                let u = units.get(next).map_or(0, |u| u.load(Ordering::Relaxed));
                next += 1;
                op_byte = (u & 0xff) as u8;
                arg = (arg << 8) | u32::from(u >> 8);
            }
            let Some(op) = Opcode::from_u8(op_byte) else {
                pending = Some(PyErr::new(
                    ExcKind::SystemError,
                    format!("unknown opcode {op_byte}"),
                ));
                continue 'main;
            };
            ip = next + op.cache_entries();

            match op {
                Opcode::NOP | Opcode::EXTENDED_ARG => {}
                Opcode::POP_TOP | Opcode::END_FOR => {
                    frame.slots.pop();
                }
                Opcode::PUSH_NULL => frame.slots.push(None),
                Opcode::COPY => {
                    let n = arg as usize;
                    let len = frame.slots.len();
                    let v = frame.slots[len - n].clone();
                    frame.slots.push(v);
                }
                Opcode::SWAP => {
                    let len = frame.slots.len();
                    frame.slots.swap(len - 1, len - arg as usize);
                }
                Opcode::UNARY_NEGATIVE => {
                    let v = pop(frame);
                    let r = tri!(ops::negative(vm, &v));
                    push(frame, r);
                }
                Opcode::UNARY_POSITIVE => {
                    let v = pop(frame);
                    let r = tri!(ops::positive(vm, &v));
                    push(frame, r);
                }
                Opcode::UNARY_INVERT => {
                    let v = pop(frame);
                    let r = tri!(ops::invert(vm, &v));
                    push(frame, r);
                }
                Opcode::UNARY_NOT => {
                    let v = pop(frame);
                    let b = tri!(ops::truthy(vm, &v));
                    push(frame, bool_value(!b));
                }
                Opcode::TO_BOOL => {
                    let v = pop(frame);
                    if v.layout() == Layout::Bool {
                        push(frame, v);
                    } else {
                        let b = tri!(ops::truthy(vm, &v));
                        push(frame, bool_value(b));
                    }
                }
                Opcode::BINARY_OP => {
                    let b = pop(frame);
                    let a = pop(frame);
                    let opkind = BinaryOp::from_arg(arg).unwrap_or(BinaryOp::Add);
                    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
                        if let Some(r) = ops::small_int_binary(opkind, x, y) {
                            push(frame, r);
                            continue;
                        }
                    }
                    if let Some(r) = ops::float_fast_binary(opkind, &a, &b) {
                        push(frame, r);
                        continue;
                    }
                    let r = tri!(ops::binary_op(vm, &a, &b, opkind));
                    push(frame, r);
                }
                Opcode::BINARY_SUBSCR => {
                    let key = pop(frame);
                    let container = pop(frame);
                    if let (Some(list), Some(i)) = (as_list(&container), key.as_small()) {
                        let idx = if i < 0 { i + list.len() as i64 } else { i };
                        if idx >= 0 {
                            if let Some(v) = list.get(idx as usize) {
                                push(frame, v);
                                continue;
                            }
                        }
                    }
                    let r = tri!(ops::getitem(vm, &container, &key));
                    push(frame, r);
                }
                Opcode::STORE_SUBSCR => {
                    let key = pop(frame);
                    let container = pop(frame);
                    let value = pop(frame);
                    if let (Some(list), Some(i), true) = (
                        as_list(&container),
                        key.as_small(),
                        builtin_types().list.is_type_of(&container),
                    ) {
                        let idx = if i < 0 { i + list.len() as i64 } else { i };
                        if idx >= 0 && (idx as usize) < list.len() {
                            let old = list.set(idx as usize, value);
                            drop(old);
                            continue;
                        }
                    }
                    tri!(ops::setitem(vm, &container, &key, value));
                }
                Opcode::DELETE_SUBSCR => {
                    let key = pop(frame);
                    let container = pop(frame);
                    tri!(ops::delitem(vm, &container, &key));
                }
                Opcode::BUILD_SLICE => {
                    let step = if arg == 3 { pop(frame) } else { none() };
                    let stop = pop(frame);
                    let start = pop(frame);
                    push(frame, new_slice(start, stop, step));
                }
                Opcode::COMPARE_OP => {
                    let b = pop(frame);
                    let a = pop(frame);
                    let cmp = CompareOp::from_arg(arg).unwrap_or(CompareOp::Eq);
                    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
                        push(frame, bool_value(ops::compare_i64(x, y, cmp)));
                        continue;
                    }
                    let r = tri!(ops::compare(vm, &a, &b, cmp));
                    push(frame, r);
                }
                Opcode::IS_OP => {
                    let b = pop(frame);
                    let a = pop(frame);
                    push(frame, bool_value(a.is(&b) != (arg == 1)));
                }
                Opcode::CONTAINS_OP => {
                    let container = pop(frame);
                    let item = pop(frame);
                    let r = tri!(ops::contains(vm, &container, &item));
                    push(frame, bool_value(r != (arg == 1)));
                }
                Opcode::GET_ITER => {
                    let v = pop(frame);
                    let it = tri!(ops::get_iter(vm, &v));
                    push(frame, it);
                }
                Opcode::FOR_ITER => {
                    let next = {
                        let it = top(frame);
                        match fast_iter_next(it) {
                            Some(n) => n,
                            None => tri!(ops::iter_next(vm, it)),
                        }
                    };
                    match next {
                        Some(v) => push(frame, v),
                        None => {
                            frame.slots.pop();
                            ip = arg as usize;
                        }
                    }
                }
                Opcode::JUMP_FORWARD => ip = arg as usize,
                Opcode::JUMP_BACKWARD => {
                    ip = arg as usize;
                    // Eval-breaker point: merge objects other threads queued for us, report
                    // a quiescent state.
                    vm.tick();
                }
                Opcode::POP_JUMP_IF_FALSE => {
                    let v = pop(frame);
                    let t = if v.layout() == Layout::Bool {
                        is_true(&v)
                    } else {
                        tri!(ops::truthy(vm, &v))
                    };
                    if !t {
                        ip = arg as usize;
                        if ip < start {
                            vm.tick();
                        }
                    }
                }
                Opcode::POP_JUMP_IF_TRUE => {
                    let v = pop(frame);
                    let t = if v.layout() == Layout::Bool {
                        is_true(&v)
                    } else {
                        tri!(ops::truthy(vm, &v))
                    };
                    if t {
                        ip = arg as usize;
                        if ip < start {
                            vm.tick();
                        }
                    }
                }
                Opcode::POP_JUMP_IF_NONE => {
                    let v = pop(frame);
                    if v.is(&singletons().none) {
                        ip = arg as usize;
                    }
                }
                Opcode::POP_JUMP_IF_NOT_NONE => {
                    let v = pop(frame);
                    if !v.is(&singletons().none) {
                        ip = arg as usize;
                    }
                }
                Opcode::RETURN_VALUE => {
                    let v = pop(frame);
                    match children.pop() {
                        None => return Ok(FrameExit::Return(v)),
                        Some(done) => {
                            vm.depth -= 1;
                            recycle(vm, done);
                            switch_frame!();
                            push(frame, v);
                        }
                    }
                }
                Opcode::LOAD_CONST => {
                    let v = cd.consts[arg as usize].clone();
                    push(frame, v);
                }
                Opcode::LOAD_FAST => match &frame.slots[arg as usize] {
                    Some(v) => {
                        let v = v.clone();
                        push(frame, v);
                    }
                    None => {
                        pending = Some(unbound_local_error(&cd.varnames[arg as usize]));
                        continue 'main;
                    }
                },
                Opcode::STORE_FAST => {
                    let v = frame.slots.pop().flatten();
                    let old = std::mem::replace(&mut frame.slots[arg as usize], v);
                    drop(old);
                }
                Opcode::DELETE_FAST => {
                    let old = frame.slots[arg as usize].take();
                    if old.is_none() {
                        pending = Some(unbound_local_error(&cd.varnames[arg as usize]));
                        continue 'main;
                    }
                }
                Opcode::LOAD_NAME => {
                    let name = &cd.names[arg as usize];
                    let v = tri!(load_name(vm, frame, name));
                    push(frame, v);
                }
                Opcode::STORE_NAME => {
                    let name = cd.names[arg as usize].clone();
                    let v = pop(frame);
                    tri!(store_name(vm, frame, name, v));
                }
                Opcode::DELETE_NAME => {
                    let name = &cd.names[arg as usize];
                    let locals = frame
                        .locals
                        .clone()
                        .unwrap_or_else(|| (*frame.globals).clone());
                    let removed = tri!(ops::delitem_mapping(vm, &locals, name));
                    if !removed {
                        pending = Some(name_error(name));
                        continue 'main;
                    }
                }
                Opcode::LOAD_GLOBAL => {
                    let index = (arg >> 1) as usize;
                    let v = match global_cached(cd, index, &frame.globals, &frame.builtins) {
                        Some(v) => v,
                        None => match global_fill(cd, index, &frame.globals, &frame.builtins) {
                            Some(v) => v,
                            None => {
                                pending = Some(name_error(&cd.names[index]));
                                continue 'main;
                            }
                        },
                    };
                    push(frame, v);
                    if arg & 1 == 1 {
                        frame.slots.push(None);
                    }
                }
                Opcode::STORE_GLOBAL => {
                    let name = cd.names[arg as usize].clone();
                    let v = pop(frame);
                    if let Some(d) = as_dict(&frame.globals) {
                        tri!(d.set_item(vm, name, v));
                    }
                }
                Opcode::DELETE_GLOBAL => {
                    let name = &cd.names[arg as usize];
                    let removed = match as_dict(&frame.globals) {
                        Some(d) => tri!(d.del_item(vm, name)),
                        None => false,
                    };
                    if !removed {
                        pending = Some(name_error(name));
                        continue 'main;
                    }
                }
                Opcode::LOAD_DEREF => {
                    let slot = frame.stack_base - cd.cell_names.len() + arg as usize;
                    let v = frame.slots[slot]
                        .as_ref()
                        .and_then(|c| c.downcast::<CellData>())
                        .and_then(|c| c.get());
                    match v {
                        Some(v) => push(frame, v),
                        None => {
                            pending = Some(unbound_cell_error(cd, arg as usize));
                            continue 'main;
                        }
                    }
                }
                Opcode::STORE_DEREF => {
                    let v = pop(frame);
                    let slot = frame.stack_base - cd.cell_names.len() + arg as usize;
                    let old = frame.slots[slot]
                        .as_ref()
                        .and_then(|c| c.downcast::<CellData>())
                        .and_then(|c| c.set(Some(v)));
                    drop(old);
                }
                Opcode::DELETE_DEREF => {
                    let slot = frame.stack_base - cd.cell_names.len() + arg as usize;
                    let old = frame.slots[slot]
                        .as_ref()
                        .and_then(|c| c.downcast::<CellData>())
                        .and_then(|c| c.set(None));
                    if old.is_none() {
                        pending = Some(unbound_cell_error(cd, arg as usize));
                        continue 'main;
                    }
                }
                Opcode::LOAD_CLOSURE => {
                    let slot = frame.stack_base - cd.cell_names.len() + arg as usize;
                    let cell = frame.slots[slot].clone().unwrap_or_else(none);
                    push(frame, cell);
                }
                Opcode::LOAD_CLASSDEREF => {
                    let name = &cd.cell_names[arg as usize];
                    let from_locals = match &frame.locals {
                        Some(l) => tri!(ops::getitem_mapping(vm, l, name)),
                        None => None,
                    };
                    let v = match from_locals {
                        Some(v) => Some(v),
                        None => {
                            let slot = frame.stack_base - cd.cell_names.len() + arg as usize;
                            frame.slots[slot]
                                .as_ref()
                                .and_then(|c| c.downcast::<CellData>())
                                .and_then(|c| c.get())
                        }
                    };
                    match v {
                        Some(v) => push(frame, v),
                        None => {
                            pending = Some(unbound_cell_error(cd, arg as usize));
                            continue 'main;
                        }
                    }
                }
                Opcode::LOAD_ATTR => {
                    let name = &cd.names[(arg >> 1) as usize];
                    let owner = pop(frame);
                    let cache = AttrCache::at(units, next, op.cache_entries());
                    let module_slot = if owner.layout() == Layout::Module {
                        cd.module_attr_cache.get((arg >> 1) as usize)
                    } else {
                        None
                    };
                    if let Some(v) = module_slot.and_then(|s| module_attr::load(s, &owner)) {
                        push(frame, v);
                        if arg & 1 == 1 {
                            frame.slots.push(None);
                        }
                        continue;
                    }
                    if arg & 1 == 1 {
                        if let Some(f) = cache
                            .as_ref()
                            .and_then(|c| attr_ic::load_method(c, &owner, name))
                        {
                            push(frame, f);
                            push(frame, owner);
                            continue;
                        }
                        let (attr, unbound) = tri!(attr::load_method(vm, &owner, name));
                        if let Some(c) = &cache {
                            attr_ic::fill_load(c, &owner, name, unbound);
                        }
                        if let (Some(s), false) = (module_slot, unbound) {
                            module_attr::fill(s, &owner, name, &attr);
                        }
                        push(frame, attr);
                        if unbound {
                            push(frame, owner);
                        } else {
                            frame.slots.push(None);
                        }
                    } else {
                        if let Some(v) = cache.as_ref().and_then(|c| attr_ic::load(c, &owner)) {
                            push(frame, v);
                            continue;
                        }
                        let v = tri!(attr::getattr(vm, &owner, name));
                        if let Some(c) = &cache {
                            attr_ic::fill_load(c, &owner, name, false);
                        }
                        if let Some(s) = module_slot {
                            module_attr::fill(s, &owner, name, &v);
                        }
                        push(frame, v);
                    }
                }
                Opcode::STORE_ATTR => {
                    let name = &cd.names[arg as usize];
                    let owner = pop(frame);
                    let value = pop(frame);
                    let cache = AttrCache::at(units, next, op.cache_entries());
                    let value = match &cache {
                        Some(c) => match attr_ic::store(c, &owner, value) {
                            Ok(()) => continue,
                            Err(v) => v,
                        },
                        None => value,
                    };
                    tri!(attr::setattr(vm, &owner, name, value));
                    if let Some(c) = &cache {
                        attr_ic::fill_store(c, &owner, name);
                    }
                }
                Opcode::DELETE_ATTR => {
                    let name = &cd.names[arg as usize];
                    let owner = pop(frame);
                    tri!(attr::delattr(vm, &owner, name));
                }
                Opcode::BUILD_TUPLE => {
                    let items = pop_n(frame, arg as usize);
                    push(frame, new_tuple(items));
                }
                Opcode::BUILD_LIST => {
                    let items = pop_n(frame, arg as usize);
                    push(frame, new_list(items));
                }
                Opcode::BUILD_SET => {
                    let items = pop_n(frame, arg as usize);
                    let s = tri!(ops::new_set_from(vm, items));
                    push(frame, s);
                }
                Opcode::BUILD_MAP => {
                    let items = pop_n(frame, 2 * arg as usize);
                    let d = new_dict();
                    {
                        let dd = as_dict(&d).expect("new dict");
                        let mut it = items.into_iter();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            tri!(dd.set_item(vm, k, v));
                        }
                    }
                    push(frame, d);
                }
                Opcode::BUILD_STRING => {
                    let items = pop_n(frame, arg as usize);
                    let mut s = String::new();
                    for it in &items {
                        s.push_str(as_str(it).unwrap_or(""));
                    }
                    push(frame, new_string(s));
                }
                Opcode::LIST_APPEND => {
                    let v = pop(frame);
                    let len = frame.slots.len();
                    if let Some(Some(l)) = frame.slots.get(len - arg as usize) {
                        if let Some(list) = as_list(l) {
                            list.push(v);
                        }
                    }
                }
                Opcode::SET_ADD => {
                    let v = pop(frame);
                    let len = frame.slots.len();
                    let s = frame.slots[len - arg as usize].clone().unwrap_or_else(none);
                    tri!(ops::set_add(vm, &s, v));
                }
                Opcode::MAP_ADD => {
                    let v = pop(frame);
                    let k = pop(frame);
                    let len = frame.slots.len();
                    let d = frame.slots[len - arg as usize].clone().unwrap_or_else(none);
                    if let Some(dd) = as_dict(&d) {
                        tri!(dd.set_item(vm, k, v));
                    }
                }
                Opcode::LIST_EXTEND => {
                    let iterable = pop(frame);
                    let len = frame.slots.len();
                    let l = frame.slots[len - arg as usize].clone().unwrap_or_else(none);
                    let items = tri!(ops::collect(vm, &iterable)
                        .map_err(|e| { star_error(e, &iterable, "after * must be an iterable") }));
                    if let Some(list) = as_list(&l) {
                        list.extend(items);
                    }
                }
                Opcode::SET_UPDATE => {
                    let iterable = pop(frame);
                    let len = frame.slots.len();
                    let s = frame.slots[len - arg as usize].clone().unwrap_or_else(none);
                    let items = tri!(ops::collect(vm, &iterable));
                    for it in items {
                        tri!(ops::set_add(vm, &s, it));
                    }
                }
                Opcode::DICT_UPDATE | Opcode::DICT_MERGE => {
                    let other = pop(frame);
                    let len = frame.slots.len();
                    let d = frame.slots[len - arg as usize].clone().unwrap_or_else(none);
                    let merged = ops::dict_merge(vm, &d, &other, op == Opcode::DICT_MERGE);
                    if let Err(e) = merged {
                        // `f(**x)` errors name the function, three slots below the dict.
                        let callable = (len >= arg as usize + 3)
                            .then(|| frame.slots[len - arg as usize - 3].clone())
                            .flatten();
                        pending = Some(match (op, callable) {
                            (Opcode::DICT_MERGE, Some(f)) => call::name_call_error(e, &f),
                            _ => e,
                        });
                        continue 'main;
                    }
                }
                Opcode::UNPACK_SEQUENCE => {
                    let seq = pop(frame);
                    let n = arg as usize;
                    if builtin_types().tuple.is_type_of(&seq) {
                        if let Some(t) = as_tuple(&seq) {
                            if t.len() == n {
                                for v in t.items().iter().rev() {
                                    frame.slots.push(Some(v.clone()));
                                }
                                continue;
                            }
                        }
                    }
                    if builtin_types().list.is_type_of(&seq) {
                        if let Some(l) = as_list(&seq) {
                            if l.len() == n {
                                for i in (0..n).rev() {
                                    frame.slots.push(l.get(i));
                                }
                                continue;
                            }
                        }
                    }
                    let items = tri!(ops::unpack(vm, &seq, n));
                    for v in items.into_iter().rev() {
                        push(frame, v);
                    }
                }
                Opcode::UNPACK_EX => {
                    let seq = pop(frame);
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    let items = tri!(ops::collect(vm, &seq).map_err(|e| {
                        if e.matches(ExcKind::TypeError) && ops::get_iter(vm, &seq).is_err() {
                            PyErr::new(
                                ExcKind::TypeError,
                                format!(
                                    "cannot unpack non-iterable {} object",
                                    seq.type_data().name()
                                ),
                            )
                        } else {
                            e
                        }
                    }));
                    if items.len() < before + after {
                        pending = Some(PyErr::new(
                            ExcKind::ValueError,
                            format!(
                                "not enough values to unpack (expected at least {}, got {})",
                                before + after,
                                items.len()
                            ),
                        ));
                        continue 'main;
                    }
                    let mut items = items;
                    let tail = items.split_off(items.len() - after);
                    let middle = items.split_off(before);
                    for v in tail.into_iter().rev() {
                        push(frame, v);
                    }
                    push(frame, new_list(middle));
                    for v in items.into_iter().rev() {
                        push(frame, v);
                    }
                }
                Opcode::FORMAT_VALUE => {
                    let spec = if arg & 4 != 0 { Some(pop(frame)) } else { None };
                    let v = pop(frame);
                    let converted = match arg & 3 {
                        1 => tri!(ops::str_(vm, &v)),
                        2 => tri!(ops::repr(vm, &v)),
                        3 => tri!(ops::ascii(vm, &v)),
                        _ => v,
                    };
                    let r = tri!(ops::format(vm, &converted, spec.as_ref()));
                    push(frame, r);
                }
                Opcode::MAKE_FUNCTION => {
                    let code = pop(frame);
                    let closure = if arg & 8 != 0 { Some(pop(frame)) } else { None };
                    let annotations = if arg & 4 != 0 { Some(pop(frame)) } else { None };
                    let kwdefaults = if arg & 2 != 0 { Some(pop(frame)) } else { None };
                    let defaults = if arg & 1 != 0 { Some(pop(frame)) } else { None };
                    let module = as_dict(&frame.globals)
                        .and_then(|g| g.get_str("__name__"))
                        .unwrap_or_else(none);
                    let f = alloc(
                        &builtin_types().function.value(),
                        FunctionData::new(FunctionParts {
                            code,
                            globals: (*frame.globals).clone(),
                            builtins: (*frame.builtins).clone(),
                            defaults,
                            kwdefaults,
                            closure,
                            annotations,
                            module,
                        }),
                    );
                    if frame.func.is_none() {
                        // Defined by module code or a class body: a long-lived definition.
                        crate::memory::deferred::mark_deferred(&f);
                    }
                    push(frame, f);
                }
                Opcode::CALL | Opcode::CALL_KW => {
                    let kwnames_value = if op == Opcode::CALL_KW {
                        Some(pop(frame))
                    } else {
                        None
                    };
                    let argc = arg as usize;
                    let len = frame.slots.len();
                    let callable_at = len - argc - 2;
                    let has_self = frame.slots[callable_at + 1].is_some();
                    let kwnames: &[Value] = match &kwnames_value {
                        Some(t) => as_tuple(t).map_or(&[], |t| t.items()),
                        None => &[],
                    };
                    // Python function (or bound method of one): push a frame, no recursion.
                    let child = match &frame.slots[callable_at] {
                        Some(callable) => python_call_frame(
                            vm,
                            frame,
                            callable,
                            callable_at,
                            has_self,
                            argc,
                            kwnames,
                        ),
                        None => Ok(None),
                    };
                    if let Some(child) = tri!(child) {
                        frame.slots.truncate(callable_at);
                        if vm.depth >= vm.recursion_limit {
                            recycle(vm, child);
                            pending = Some(PyErr::new(
                                ExcKind::RecursionError,
                                "maximum recursion depth exceeded",
                            ));
                            continue 'main;
                        }
                        vm.depth += 1;
                        frame.lasti = start;
                        frame.ip = ip;
                        children.push(child);
                        vm.tick();
                        switch_frame!();
                        continue;
                    }
                    let callable = frame.slots[callable_at].clone().unwrap_or_else(none);
                    let nargs = argc + usize::from(has_self);
                    let result = {
                        let args = top_values(frame, nargs);
                        let frame_use = call::caller_frame_use(&callable);
                        if callable.is(&builtin_types().super_.value()) && nargs == 0 {
                            call::zero_arg_super(vm, frame)
                        } else if frame_use == CallerFrameUse::Locals
                            && nargs == 0
                            && kwnames.is_empty()
                        {
                            Ok(call::frame_locals(frame))
                        } else if frame_use == CallerFrameUse::GetFrame {
                            // The frames of this loop below the current one: the entry frame
                            // and every child but the last (the current frame, when there are
                            // children). Built from raw parts so that no reference overlaps
                            // the current frame.
                            let callers: &[Frame] = match children.len() {
                                0 => &[],
                                // SAFETY: the first `n - 1` children are initialized frames,
                                // alive while this loop runs, and disjoint from the current
                                // frame (the last child); `as_ptr` makes no reference to it.
                                n => unsafe {
                                    std::slice::from_raw_parts(children.as_ptr(), n - 1)
                                },
                            };
                            // SAFETY: with children, the entry frame is not the current one
                            // and stays alive (the caller owns it) while this loop runs.
                            let entry: Option<&Frame> =
                                (!children.is_empty()).then(|| unsafe { &*entry_ptr });
                            call::get_frame(vm, frame, start, callers, entry, args)
                        } else {
                            call::call(vm, &callable, args, kwnames)
                        }
                    };
                    frame.slots.truncate(callable_at);
                    let r = tri!(result);
                    push(frame, r);
                }
                Opcode::CALL_FUNCTION_EX => {
                    let kwargs = if arg & 1 != 0 { Some(pop(frame)) } else { None };
                    let args = pop(frame);
                    let self_or_null = frame.slots.pop().flatten();
                    let callable = pop(frame);
                    let r = tri!(call::call_ex(
                        vm,
                        &callable,
                        self_or_null,
                        &args,
                        kwargs.as_ref()
                    ));
                    push(frame, r);
                }
                Opcode::RAISE_VARARGS => {
                    let err = match arg {
                        0 => match vm.exc_info.clone() {
                            Some(e) => {
                                add_tb = false;
                                PyErr(e)
                            }
                            None => {
                                PyErr::new(ExcKind::RuntimeError, "No active exception to reraise")
                            }
                        },
                        1 => {
                            let exc = pop(frame);
                            tri!(ops::make_raise(vm, exc, None))
                        }
                        _ => {
                            let cause = pop(frame);
                            let exc = pop(frame);
                            tri!(ops::make_raise(vm, exc, Some(cause)))
                        }
                    };
                    pending = Some(err);
                    continue 'main;
                }
                Opcode::RERAISE => {
                    let exc = pop(frame);
                    add_tb = false;
                    pending = Some(PyErr(exc));
                    continue 'main;
                }
                Opcode::PUSH_EXC_INFO => {
                    let exc = pop(frame);
                    let prev = vm.exc_info.replace(exc.clone()).unwrap_or_else(none);
                    push(frame, prev);
                    push(frame, exc);
                }
                Opcode::POP_EXCEPT => {
                    let prev = pop(frame);
                    vm.exc_info = if prev.is(&singletons().none) {
                        None
                    } else {
                        Some(prev)
                    };
                }
                Opcode::CHECK_EXC_MATCH => {
                    let ty = pop(frame);
                    let m = tri!(ops::exception_matches(vm, top(frame), &ty));
                    push(frame, bool_value(m));
                }
                Opcode::WITH_EXCEPT_START => {
                    let len = frame.slots.len();
                    let exc = frame.slots[len - 1].clone().unwrap_or_else(none);
                    let exit = frame.slots[len - 4].clone().unwrap_or_else(none);
                    let ty = exc.type_value();
                    let tb = crate::builtins::native_attrs::traceback_value(&exc);
                    let r = tri!(call::call(vm, &exit, &[ty, exc, tb], &[]));
                    push(frame, r);
                }
                Opcode::BEFORE_WITH => {
                    let mgr = pop(frame);
                    let (exit, entered) = tri!(call::before_with(vm, &mgr));
                    push(frame, exit);
                    push(frame, entered);
                }
                Opcode::LOAD_BUILD_CLASS => {
                    let v = as_dict(&frame.builtins).and_then(|b| b.get_str("__build_class__"));
                    match v {
                        Some(v) => push(frame, v),
                        None => {
                            pending =
                                Some(PyErr::new(ExcKind::NameError, "__build_class__ not found"));
                            continue 'main;
                        }
                    }
                }
                Opcode::LOAD_ASSERTION_ERROR => {
                    push(frame, ExcKind::AssertionError.type_ref().value());
                }
                Opcode::IMPORT_NAME => {
                    let name = cd.names[arg as usize].clone();
                    let fromlist = pop(frame);
                    let level = pop(frame);
                    let m = tri!(crate::builtins::import::import_name(
                        vm,
                        &name,
                        &fromlist,
                        &level,
                        &frame.globals
                    ));
                    push(frame, m);
                }
                Opcode::IMPORT_FROM => {
                    let name = &cd.names[arg as usize];
                    let m = top(frame).clone();
                    let v = tri!(crate::builtins::import::import_from(vm, &m, name));
                    push(frame, v);
                }
                Opcode::YIELD_VALUE => {
                    // Only generator frames yield, and a generator always runs as the entry
                    // frame of its own `run_frame`.
                    let v = pop(frame);
                    frame.lasti = start;
                    frame.ip = ip;
                    return Ok(FrameExit::Yield(v));
                }
                Opcode::GET_YIELD_FROM_ITER => {
                    let v = pop(frame);
                    if v.layout() == Layout::Generator {
                        push(frame, v);
                    } else {
                        let it = tri!(ops::get_iter(vm, &v));
                        push(frame, it);
                    }
                }
                Opcode::SEND => {
                    let v = pop(frame);
                    let it = top(frame).clone();
                    match tri!(generator::send_to(vm, &it, v)) {
                        generator::SendResult::Yielded(x) => push(frame, x),
                        generator::SendResult::Returned(r) => {
                            frame.slots.pop();
                            push(frame, r);
                            ip = arg as usize;
                        }
                    }
                }
                Opcode::SETUP_ANNOTATIONS => {
                    let locals = frame
                        .locals
                        .clone()
                        .unwrap_or_else(|| (*frame.globals).clone());
                    let key = crate::object::str::intern("__annotations__");
                    let present = tri!(ops::getitem_mapping(vm, &locals, &key)).is_some();
                    if !present {
                        tri!(ops::setitem(vm, &locals, &key, new_dict()));
                    }
                }
                Opcode::LOAD_LOCALS => {
                    let l = frame
                        .locals
                        .clone()
                        .unwrap_or_else(|| (*frame.globals).clone());
                    push(frame, l);
                }
                Opcode::CALL_INTRINSIC_1 => {
                    let v = pop(frame);
                    let r = match Intrinsic1::from_arg(arg) {
                        Some(Intrinsic1::ImportStar) => {
                            let target = frame
                                .locals
                                .clone()
                                .unwrap_or_else(|| (*frame.globals).clone());
                            tri!(crate::builtins::import::import_star(vm, &v, &target));
                            none()
                        }
                        Some(Intrinsic1::ListToTuple) => match as_list(&v) {
                            Some(l) => new_tuple(l.snapshot()),
                            None => v,
                        },
                        Some(Intrinsic1::StopIterationError) | None => v,
                    };
                    push(frame, r);
                }
                Opcode::GET_LEN => {
                    let n = tri!(pattern::get_len(vm, top(frame)));
                    push(frame, n);
                }
                Opcode::MATCH_MAPPING => {
                    let b = pattern::is_match_mapping(top(frame));
                    push(frame, bool_value(b));
                }
                Opcode::MATCH_SEQUENCE => {
                    let b = pattern::is_match_sequence(top(frame));
                    push(frame, bool_value(b));
                }
                Opcode::MATCH_KEYS => {
                    let keys = top(frame).clone();
                    let len = frame.slots.len();
                    let subject = frame.slots[len - 2].clone().unwrap_or_else(none);
                    let values = tri!(pattern::match_keys(vm, &subject, &keys));
                    push(frame, values);
                }
                Opcode::MATCH_CLASS => {
                    let names = pop(frame);
                    let cls = pop(frame);
                    let subject = pop(frame);
                    let attrs = tri!(pattern::match_class(
                        vm,
                        &subject,
                        &cls,
                        arg as usize,
                        &names
                    ));
                    push(frame, attrs);
                }
            }
        }
    }
}

/// When `callable` is a Python function (or a bound method of one) that is not a generator,
/// builds the callee frame from the arguments on the caller's stack.
#[inline]
fn python_call_frame(
    vm: &mut Vm,
    frame: &Frame,
    callable: &Value,
    callable_at: usize,
    has_self: bool,
    argc: usize,
    kwnames: &[Value],
) -> PyResult<Option<Frame>> {
    let (func, bound_self): (&Value, Option<&Value>) = match callable.layout() {
        Layout::Function => (callable, None),
        Layout::Method => {
            // SAFETY: layout checked.
            let m = unsafe { callable.payload_unchecked::<MethodData>() };
            if m.func.layout() != Layout::Function {
                return Ok(None);
            }
            (&m.func, Some(&m.self_))
        }
        _ => return Ok(None),
    };
    // SAFETY: layout checked above.
    let fdata = unsafe { func.payload_unchecked::<FunctionData>() };
    if fdata.code().flags & crate::bytecode::code::flags::GENERATOR != 0 {
        return Ok(None);
    }
    if has_self && bound_self.is_some() {
        // A bound method called with an explicit self slot: fall back to the generic path.
        return Ok(None);
    }
    let args = top_values(frame, argc);
    let self_ref: Option<&Value> = if has_self {
        frame.slots[callable_at + 1].as_ref()
    } else {
        bound_self
    };
    let buffer = vm.slot_pool.pop().unwrap_or_default();
    let child = Frame::for_call_in(buffer, func, fdata, self_ref, args, kwnames)?;
    if child.code_data().flags & crate::bytecode::code::flags::GENERATOR != 0 {
        // Another thread replaced `__code__` with a generator's since the check above.
        return Ok(None);
    }
    Ok(Some(child))
}

fn unbound_local_error(name: &Value) -> PyErr {
    let name = as_str(name).unwrap_or("?");
    PyErr::new(
        ExcKind::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

fn unbound_cell_error(cd: &CodeData, index: usize) -> PyErr {
    let name = as_str(&cd.cell_names[index]).unwrap_or("?");
    if index < cd.code.cellvars.len() {
        PyErr::new(
            ExcKind::UnboundLocalError,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    } else {
        PyErr::new(
            ExcKind::NameError,
            format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            ),
        )
    }
}

fn star_error(e: PyErr, iterable: &Value, what: &str) -> PyErr {
    if e.matches(ExcKind::TypeError)
        && iterable.type_data().lookup("__iter__").is_none()
        && iterable.type_data().lookup("__getitem__").is_none()
    {
        PyErr::new(
            ExcKind::TypeError,
            format!("Value {what}, not {}", iterable.type_data().name()),
        )
    } else {
        e
    }
}

/// Next item of a list or range iterator without calling through the generic protocol.
/// Some(result) when handled here.
#[inline(always)]
fn fast_iter_next(it: &Value) -> Option<Option<Value>> {
    let data = it.downcast::<IterData>()?;
    data.with_state(|state| match state {
        IterState::Range {
            next,
            step,
            remaining,
        } => {
            if *remaining <= 0 {
                return Some(None);
            }
            let v = *next;
            *remaining -= 1;
            *next = next.wrapping_add(*step);
            Some(Some(int_from_i64(v)))
        }
        IterState::Seq { seq, index } if seq.layout() == Layout::List => {
            // SAFETY: layout checked.
            let list = unsafe { seq.payload_unchecked::<ListData>() };
            match list.get(*index) {
                Some(v) => {
                    *index += 1;
                    Some(Some(v))
                }
                None => None,
            }
        }
        _ => None,
    })
}

/// LOAD_NAME: the locals mapping, then globals, then builtins.
fn load_name(vm: &mut Vm, frame: &Frame, name: &Value) -> PyResult<Value> {
    if let Some(locals) = &frame.locals {
        if let Some(d) = as_dict(locals) {
            if builtin_types().dict.is_type_of(locals) {
                if let Some(v) = d.get_str_value(name) {
                    return Ok(v);
                }
            } else if let Some(v) = ops::getitem_mapping(vm, locals, name)? {
                return Ok(v);
            }
        } else if let Some(v) = ops::getitem_mapping(vm, locals, name)? {
            return Ok(v);
        }
    }
    global_lookup(&frame.globals, &frame.builtins, name).ok_or_else(|| name_error(name))
}

fn store_name(vm: &mut Vm, frame: &Frame, name: Value, v: Value) -> PyResult<()> {
    let locals = frame
        .locals
        .clone()
        .unwrap_or_else(|| (*frame.globals).clone());
    match as_dict(&locals) {
        Some(d) if builtin_types().dict.is_type_of(&locals) => {
            d.set_str_key(name, v);
            Ok(())
        }
        _ => ops::setitem(vm, &locals, &name, v),
    }
}

/// LOAD_GLOBAL through the code's global cache: valid while the dicts keep their key layout.
/// While the dict holding the value is not mutated at all, the recorded word is used without
/// touching the dict (no lock: threads share module globals and builtins).
#[inline(always)]
fn global_cached(cd: &CodeData, index: usize, globals: &Value, builtins: &Value) -> Option<Value> {
    let slot = cd.global_cache.get(index)?;
    let entry = slot.get()?;
    let g = as_dict(globals)?;
    if entry.globals_version != g.keys_version() {
        return None;
    }
    let holder = if entry.in_builtins {
        let b = as_dict(builtins)?;
        if entry.builtins_version != b.keys_version() {
            return None;
        }
        b
    } else {
        g
    };
    let mutations = holder.mutations();
    if mutations == entry.mutations && entry.value_word != 0 {
        return Some(if entry.value_word & 1 == 1 {
            // SAFETY: a small-int word is a complete value with no reference count.
            unsafe { Value::from_raw_word(entry.value_word) }
        } else {
            // SAFETY: the holder still holds this object (its mutation count is unchanged since
            // the word was recorded); if another thread replaces it after the check, the dict
            // is watched and releases its reference only through QSBR, after this thread's
            // next quiescent point, so the object is alive for the reference taken here.
            unsafe { Value::from_raw_borrowed(entry.value_word as *const _) }
        });
    }
    let v = holder.value_at(entry.index as usize)?;
    slot.set(GlobalCacheEntry {
        mutations,
        value_word: v.raw(),
        ..entry
    });
    Some(v)
}

/// Slow LOAD_GLOBAL: looks the name up and records where it was found.
fn global_fill(cd: &CodeData, index: usize, globals: &Value, builtins: &Value) -> Option<Value> {
    let name = cd.names.get(index)?;
    let slot = cd.global_cache.get(index)?;
    let g = as_dict(globals)?;
    let globals_version = g.keys_version();
    let mutations = g.mutations();
    if let Some(ix) = g.str_entry_index(name) {
        let v = g.value_at(ix)?;
        slot.set(GlobalCacheEntry {
            globals_version,
            builtins_version: 0,
            index: ix as u32,
            in_builtins: false,
            mutations,
            value_word: v.raw(),
        });
        return Some(v);
    }
    let b = as_dict(builtins)?;
    let builtins_version = b.keys_version();
    let mutations = b.mutations();
    let ix = b.str_entry_index(name)?;
    let v = b.value_at(ix)?;
    slot.set(GlobalCacheEntry {
        globals_version,
        builtins_version,
        index: ix as u32,
        in_builtins: true,
        mutations,
        value_word: v.raw(),
    });
    Some(v)
}

/// Globals then builtins (both dicts keyed by str).
#[inline]
fn global_lookup(globals: &Value, builtins: &Value, name: &Value) -> Option<Value> {
    if let Some(v) = as_dict(globals).and_then(|g| g.get_str_value(name)) {
        return Some(v);
    }
    as_dict(builtins).and_then(|b| b.get_str_value(name))
}

/// Compiles and runs source as the `__main__`-style module `globals`.
pub fn run_source(vm: &mut Vm, source: &str, filename: &str, globals: Value) -> PyResult<Value> {
    let code = crate::compile::compile(source, filename, crate::compile::CompileMode::Exec)
        .map_err(|e| crate::builtins::errors::syntax_error_from(&e))?;
    let code = new_code(code);
    vm.run_module_code(code, globals)
}

/// `int_from_i64` re-export for sibling modules that format instruction indices.
pub fn lasti_value(i: usize) -> Value {
    int_from_i64(i as i64)
}

/// The int value of a stack word pushed as lasti (for RERAISE implementations that restore it).
pub fn lasti_of(v: &Value) -> Option<usize> {
    as_int(v).and_then(|i| i.to_i64()).map(|i| i as usize)
}
