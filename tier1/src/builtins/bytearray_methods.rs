//! The `bytearray`-only methods: append / extend / pop / insert / remove / reverse / clear /
//! copy, in-place `+=`, and item and slice assignment and deletion (also used by
//! `ops::setitem` / `ops::delitem`). Methods shared with bytes are in `bytes_methods`.

use crate::interp::{ops, Vm};
use crate::object::bytearray::{as_bytearray, bytes_like, new_bytearray, ByteArrayData};
use crate::object::func::{Args, NativeFn};
use crate::object::int::as_int;
use crate::object::seq::SliceData;
use crate::object::str::as_str;
use crate::object::{builtin_types, none, ExcKind, PyErr, PyResult, Value};

use super::add_method;
use super::args::{check_positional, expect_i64};
use super::bytes_methods::{byte_value, type_error};

fn this_ba<'a>(args: &Args<'a>) -> PyResult<&'a ByteArrayData> {
    args.all
        .first()
        .and_then(as_bytearray)
        .ok_or_else(|| type_error("descriptor requires a 'bytearray' object".into()))
}

fn ba_append(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "append", 2, 2)?;
    let ba = this_ba(&args)?;
    let x = byte_value(&args.all[1])?;
    ba.with_mut(|v| v.push(x));
    Ok(none())
}

fn ba_extend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "extend", 2, 2)?;
    let ba = this_ba(&args)?;
    let more = match bytes_like(&args.all[1]) {
        Some(b) => b.into_owned(),
        None => {
            if as_str(&args.all[1]).is_some() {
                return Err(type_error(
                    "expected iterable of integers; got: 'str'".into(),
                ));
            }
            let items = ops::collect(vm, &args.all[1]).map_err(|e| {
                if e.matches(ExcKind::TypeError) {
                    type_error(format!(
                        "can't extend bytearray with {}",
                        args.all[1].type_data().name()
                    ))
                } else {
                    e
                }
            })?;
            items
                .iter()
                .map(byte_value)
                .collect::<PyResult<Vec<u8>>>()?
        }
    };
    ba.with_mut(|v| v.extend_from_slice(&more));
    Ok(none())
}

fn ba_pop(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "pop", 1, 2)?;
    let ba = this_ba(&args)?;
    if ba.is_empty() {
        return Err(PyErr::new(ExcKind::IndexError, "pop from empty bytearray"));
    }
    let i = match args.all.get(1) {
        Some(i) => expect_i64(i, "")?,
        None => -1,
    };
    let idx = ops::normalize_index(i, ba.len())
        .ok_or_else(|| PyErr::new(ExcKind::IndexError, "pop index out of range"))?;
    let x = ba.with_mut(|v| v.remove(idx));
    Ok(Value::small(i64::from(x)))
}

fn ba_insert(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "insert", 3, 3)?;
    let ba = this_ba(&args)?;
    let i = expect_i64(&args.all[1], "")?;
    let x = byte_value(&args.all[2])?;
    let n = ba.len() as i64;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    ba.with_mut(|v| v.insert(pos, x));
    Ok(none())
}

fn ba_remove(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "remove", 2, 2)?;
    let ba = this_ba(&args)?;
    let x = byte_value(&args.all[1])?;
    let removed = ba.with_mut(|v| match v.iter().position(|&b| b == x) {
        Some(i) => {
            v.remove(i);
            true
        }
        None => false,
    });
    if removed {
        Ok(none())
    } else {
        Err(PyErr::new(
            ExcKind::ValueError,
            "value not found in bytearray",
        ))
    }
}

fn ba_reverse(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "reverse", 1, 1)?;
    this_ba(&args)?.with_mut(|v| v.reverse());
    Ok(none())
}

fn ba_clear(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "clear", 1, 1)?;
    this_ba(&args)?.replace_all(Vec::new());
    Ok(none())
}

fn ba_copy(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "copy", 1, 1)?;
    Ok(new_bytearray(this_ba(&args)?.to_vec()))
}

fn ba_setitem_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__setitem__", 3, 3)?;
    bytearray_setitem(vm, &args.all[0], &args.all[1], &args.all[2])?;
    Ok(none())
}

fn ba_delitem_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__delitem__", 2, 2)?;
    bytearray_delitem(vm, &args.all[0], &args.all[1])?;
    Ok(none())
}

fn ba_iadd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__iadd__", 2, 2)?;
    ops::sequence_dunder(
        vm,
        crate::bytecode::BinaryOp::InplaceAdd,
        &args.all[0],
        &args.all[1],
    )
}

/// `ba[key] = value` (an int byte, or bytes-like / iterable of ints for a slice).
pub fn bytearray_setitem(
    vm: &mut Vm,
    container: &Value,
    key: &Value,
    value: &Value,
) -> PyResult<()> {
    let ba = as_bytearray(container)
        .ok_or_else(|| type_error("descriptor requires a 'bytearray' object".into()))?;
    if let Some(s) = key.downcast::<SliceData>() {
        let new: Vec<u8> = match bytes_like(value) {
            Some(b) => b.into_owned(),
            None if as_int(value).is_some() || as_str(value).is_some() => {
                return Err(type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)"
                        .to_string(),
                ))
            }
            None => {
                let items = ops::collect(vm, value)?;
                items
                    .iter()
                    .map(byte_value)
                    .collect::<PyResult<Vec<u8>>>()?
            }
        };
        let (start, stop, step, count) = ops::slice_indices(vm, s, ba.len())?;
        if step == 1 {
            let (start, stop) = (start as usize, stop.max(start) as usize);
            ba.with_mut(|v| {
                let stop = stop.min(v.len());
                let start = start.min(stop);
                v.splice(start..stop, new);
            });
            return Ok(());
        }
        if new.len() != count {
            return Err(PyErr::new(
                ExcKind::ValueError,
                format!(
                    "attempt to assign bytes of size {} to extended slice of size {count}",
                    new.len()
                ),
            ));
        }
        ba.with_mut(|v| {
            for (k, x) in new.into_iter().enumerate() {
                let pos = (start + k as i64 * step) as usize;
                if let Some(slot) = v.get_mut(pos) {
                    *slot = x;
                }
            }
        });
        return Ok(());
    }
    let i = ops::index_value(vm, key)?.ok_or_else(|| {
        type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            key.type_data().name()
        ))
    })?;
    let x = byte_value(value)?;
    let idx = ops::normalize_index(i, ba.len())
        .ok_or_else(|| PyErr::new(ExcKind::IndexError, "bytearray index out of range"))?;
    ba.with_mut(|v| v[idx] = x);
    Ok(())
}

/// `del ba[key]`.
pub fn bytearray_delitem(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<()> {
    let ba = as_bytearray(container)
        .ok_or_else(|| type_error("descriptor requires a 'bytearray' object".into()))?;
    if let Some(s) = key.downcast::<SliceData>() {
        let (start, _, step, count) = ops::slice_indices(vm, s, ba.len())?;
        let mut positions: Vec<usize> = (0..count)
            .map(|k| (start + k as i64 * step) as usize)
            .collect();
        positions.sort_unstable();
        ba.with_mut(|v| {
            for &p in positions.iter().rev() {
                if p < v.len() {
                    v.remove(p);
                }
            }
        });
        return Ok(());
    }
    let i = ops::index_value(vm, key)?.ok_or_else(|| {
        type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            key.type_data().name()
        ))
    })?;
    let idx = ops::normalize_index(i, ba.len())
        .ok_or_else(|| PyErr::new(ExcKind::IndexError, "bytearray index out of range"))?;
    ba.with_mut(|v| v.remove(idx));
    Ok(())
}

/// Registers the bytearray-only methods.
pub fn register() {
    let t = builtin_types();
    for (name, f) in [
        ("append", ba_append as NativeFn),
        ("extend", ba_extend),
        ("pop", ba_pop),
        ("insert", ba_insert),
        ("remove", ba_remove),
        ("reverse", ba_reverse),
        ("clear", ba_clear),
        ("copy", ba_copy),
        ("__setitem__", ba_setitem_method),
        ("__delitem__", ba_delitem_method),
        ("__iadd__", ba_iadd),
    ] {
        add_method(t.bytearray, name, f);
    }
}
