//! Advancing native iterators (`object::iter`). The iterator state is never borrowed while
//! Python code runs: what a step needs is cloned out, the call is made, then the state updated.

use crate::object::dict::{as_dict, ViewKind};
use crate::object::int::int_from_i64;
use crate::object::iter::{IterData, IterKind, IterState};
use crate::object::seq::{as_bytes, as_list, as_tuple, new_tuple};
use crate::object::set::as_set_table;
use crate::object::str::{new_string, str_data};
use crate::object::{ExcKind, PyErr, PyResult, Value};

use super::call::call;
use super::ops;
use super::vm::Vm;

/// Something a step must do outside the state borrow.
enum Pending {
    Done(Option<Value>),
    GetItem(Value, usize),
    Enumerate(Value),
    Zip(Vec<Value>, bool),
    Map(Value, Vec<Value>),
    Filter(Value, Value),
    Callable(Value, Value),
    Reverse(Value, usize),
}

/// The next item of a native iterator, or None when exhausted.
pub fn native_next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    let data = it
        .downcast::<IterData>()
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "not a native iterator"))?;
    let kind = data.kind;
    let pending = data.with_state(|state| step_plain(kind, state));
    let pending = match pending {
        Ok(p) => p,
        Err(e) => {
            drop(data.replace_state(IterState::Exhausted));
            return Err(e);
        }
    };
    match pending {
        Pending::Done(v) => {
            if v.is_none() {
                drop(data.replace_state(IterState::Exhausted));
            }
            Ok(v)
        }
        Pending::GetItem(seq, index) => match ops::getitem(vm, &seq, &int_from_i64(index as i64)) {
            Ok(v) => {
                data.with_state(|s| {
                    if let IterState::Seq { index: i, .. } = s {
                        *i += 1;
                    }
                });
                Ok(Some(v))
            }
            Err(e) if e.matches(ExcKind::IndexError) || e.matches(ExcKind::StopIteration) => {
                drop(data.replace_state(IterState::Exhausted));
                Ok(None)
            }
            Err(e) => Err(e),
        },
        Pending::Enumerate(inner) => match ops::iter_next(vm, &inner)? {
            Some(v) => {
                let count = data.with_state(|s| match s {
                    IterState::Enumerate { count, .. } => {
                        let c = count.clone();
                        let next = ops::int_binary(
                            crate::bytecode::BinaryOp::Add,
                            crate::object::int::as_int(count)
                                .unwrap_or(crate::object::int::IntRef::Small(0)),
                            crate::object::int::IntRef::Small(1),
                        );
                        (c, next)
                    }
                    _ => (Value::small(0), Ok(Value::small(1))),
                });
                let (current, next) = count;
                let next = next?;
                let old = data.with_state(|s| match s {
                    IterState::Enumerate { count, .. } => Some(std::mem::replace(count, next)),
                    _ => None,
                });
                drop(old);
                Ok(Some(new_tuple(vec![current, v])))
            }
            None => {
                drop(data.replace_state(IterState::Exhausted));
                Ok(None)
            }
        },
        Pending::Zip(iters, strict) => {
            let mut items = Vec::with_capacity(iters.len());
            for (i, sub) in iters.iter().enumerate() {
                match ops::iter_next(vm, sub)? {
                    Some(v) => items.push(v),
                    None => {
                        drop(data.replace_state(IterState::Exhausted));
                        if strict {
                            if i > 0 {
                                return Err(PyErr::new(
                                    ExcKind::ValueError,
                                    format!("zip() argument {} is shorter than argument 1", i + 1),
                                ));
                            }
                            for (j, rest) in iters.iter().enumerate().skip(1) {
                                if ops::iter_next(vm, rest)?.is_some() {
                                    return Err(PyErr::new(
                                        ExcKind::ValueError,
                                        format!(
                                            "zip() argument {} is longer than argument 1",
                                            j + 1
                                        ),
                                    ));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(new_tuple(items)))
        }
        Pending::Map(func, iters) => {
            let mut args = Vec::with_capacity(iters.len());
            for sub in &iters {
                match ops::iter_next(vm, sub)? {
                    Some(v) => args.push(v),
                    None => {
                        drop(data.replace_state(IterState::Exhausted));
                        return Ok(None);
                    }
                }
            }
            call(vm, &func, &args, &[]).map(Some)
        }
        Pending::Filter(func, inner) => loop {
            let Some(v) = ops::iter_next(vm, &inner)? else {
                drop(data.replace_state(IterState::Exhausted));
                return Ok(None);
            };
            let keep = if func.is(&crate::object::singletons().none) {
                ops::truthy(vm, &v)?
            } else {
                let r = call(vm, &func, std::slice::from_ref(&v), &[])?;
                ops::truthy(vm, &r)?
            };
            if keep {
                return Ok(Some(v));
            }
        },
        Pending::Callable(func, sentinel) => {
            let v = call(vm, &func, &[], &[])?;
            if ops::eq(vm, &v, &sentinel)? {
                drop(data.replace_state(IterState::Exhausted));
                return Ok(None);
            }
            Ok(Some(v))
        }
        Pending::Reverse(seq, index) => {
            let v = match ops::getitem(vm, &seq, &int_from_i64(index as i64)) {
                Ok(v) => v,
                Err(e) if e.matches(ExcKind::IndexError) => {
                    drop(data.replace_state(IterState::Exhausted));
                    return Ok(None);
                }
                Err(e) => return Err(e),
            };
            data.with_state(|s| {
                if let IterState::Reverse { next, .. } = s {
                    *next = index.checked_sub(1);
                }
            });
            Ok(Some(v))
        }
    }
}

/// One step that needs no Python code, or what to do outside the borrow.
fn step_plain(kind: IterKind, state: &mut IterState) -> PyResult<Pending> {
    Ok(match state {
        IterState::Exhausted => Pending::Done(None),
        IterState::Range {
            next,
            step,
            remaining,
        } => {
            if *remaining <= 0 {
                return Ok(Pending::Done(None));
            }
            let v = *next;
            *remaining -= 1;
            *next = next.wrapping_add(*step);
            Pending::Done(Some(int_from_i64(v)))
        }
        IterState::BigRange {
            next,
            step,
            remaining,
        } => {
            if !num_traits::Signed::is_positive(remaining) {
                return Ok(Pending::Done(None));
            }
            let v = next.clone();
            *remaining -= 1u32;
            *next += &*step;
            Pending::Done(Some(crate::object::int::int_from_bigint(v)))
        }
        IterState::Seq { seq, index } => match kind {
            IterKind::List => {
                let v = as_list(seq).and_then(|l| l.get(*index));
                if v.is_some() {
                    *index += 1;
                }
                Pending::Done(v)
            }
            IterKind::Tuple => {
                let v = as_tuple(seq).and_then(|t| t.items().get(*index).cloned());
                if v.is_some() {
                    *index += 1;
                }
                Pending::Done(v)
            }
            IterKind::Str => {
                let v = str_data(seq).and_then(|s| {
                    if s.is_ascii() {
                        s.as_str()
                            .as_bytes()
                            .get(*index)
                            .map(|&b| crate::builtins::str_methods::ascii_char(b))
                    } else {
                        s.char_at(*index).map(|c| new_string(c.to_string()))
                    }
                });
                if v.is_some() {
                    *index += 1;
                }
                Pending::Done(v)
            }
            IterKind::Bytes => {
                let v =
                    as_bytes(seq).and_then(|b| b.get(*index).map(|&x| Value::small(i64::from(x))));
                if v.is_some() {
                    *index += 1;
                }
                Pending::Done(v)
            }
            _ => Pending::GetItem(seq.clone(), *index),
        },
        IterState::Table {
            source,
            pos,
            len_at_start,
        } => {
            if kind == IterKind::Set {
                let Some(table) = as_set_table(source) else {
                    return Ok(Pending::Done(None));
                };
                if table.len() != *len_at_start {
                    *len_at_start = usize::MAX;
                    return Err(PyErr::new(
                        ExcKind::RuntimeError,
                        "Set changed size during iteration",
                    ));
                }
                return Ok(match table.next_from(*pos) {
                    Some((next, v)) => {
                        *pos = next;
                        Pending::Done(Some(v))
                    }
                    None => Pending::Done(None),
                });
            }
            let Some(d) = as_dict(source) else {
                return Ok(Pending::Done(None));
            };
            if d.len() != *len_at_start {
                return Err(PyErr::new(
                    ExcKind::RuntimeError,
                    "dictionary changed size during iteration",
                ));
            }
            while *pos < d.entries_len() {
                let i = *pos;
                *pos += 1;
                if let Some((k, v)) = d.entry_at(i) {
                    let item = match view_kind(kind) {
                        ViewKind::Keys => k,
                        ViewKind::Values => v,
                        ViewKind::Items => new_tuple(vec![k, v]),
                    };
                    return Ok(Pending::Done(Some(item)));
                }
            }
            Pending::Done(None)
        }
        IterState::Enumerate { inner, .. } => Pending::Enumerate(inner.clone()),
        IterState::Zip { iters, strict } => {
            if iters.is_empty() {
                return Ok(Pending::Done(None));
            }
            Pending::Zip(iters.clone(), *strict)
        }
        IterState::Map { func, iters } => Pending::Map(func.clone(), iters.clone()),
        IterState::Filter { func, inner } => Pending::Filter(func.clone(), inner.clone()),
        IterState::Callable { func, sentinel } => Pending::Callable(func.clone(), sentinel.clone()),
        IterState::Reverse { seq, next } => match next {
            None => Pending::Done(None),
            Some(i) => {
                if let Some(l) = as_list(seq) {
                    let v = l.get(*i);
                    *next = if v.is_some() { i.checked_sub(1) } else { None };
                    Pending::Done(v)
                } else {
                    Pending::Reverse(seq.clone(), *i)
                }
            }
        },
    })
}

fn view_kind(kind: IterKind) -> ViewKind {
    match kind {
        IterKind::DictValues => ViewKind::Values,
        IterKind::DictItems => ViewKind::Items,
        _ => ViewKind::Keys,
    }
}
