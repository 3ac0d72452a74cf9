//! Methods of list, tuple, range and slice: constructors, mutation (append, extend, insert,
//! pop, remove, sort, reverse, clear), searching (index, count) and the sequence dunders that
//! subclasses inherit.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, Zero};

use crate::bytecode::{BinaryOp, CompareOp};
use crate::interp::{call, ops, Vm};
use crate::object::func::Args;
use crate::object::int::{as_int, int_from_bigint, int_from_i64};
use crate::object::seq::{
    as_list, as_tuple, new_list, new_range_big, new_slice, new_tuple, ListData, RangeData,
    TupleData,
};
use crate::object::typeobj::alloc_sub;
use crate::object::{bool_value, builtin_types, none, ExcKind, Layout, PyErr, PyResult, Value};

use super::add_method;
use super::args::{check_positional, expect_i64};
use super::functions::{sort_options, sort_values};

fn this_list<'a>(args: &Args<'a>) -> PyResult<&'a ListData> {
    args.all
        .first()
        .and_then(as_list)
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "descriptor requires a 'list' object"))
}

fn list_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = &args.all[0];
    if cls.is(&builtin_types().list.value()) {
        Ok(new_list(Vec::new()))
    } else {
        Ok(alloc_sub(cls, ListData::new(Vec::new())))
    }
}

fn list_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "list", 1, 2)?;
    let l = this_list(&args)?;
    let items = match args.all.get(1) {
        Some(src) => ops::collect(vm, src)?,
        None => Vec::new(),
    };
    drop(l.replace_all(items));
    Ok(none())
}

fn append(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "append", 2, 2)?;
    this_list(&args)?.push(args.all[1].clone());
    Ok(none())
}

fn extend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "extend", 2, 2)?;
    let items = ops::collect(vm, &args.all[1])?;
    this_list(&args)?.extend(items);
    Ok(none())
}

fn insert(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "insert", 3, 3)?;
    let l = this_list(&args)?;
    let i = expect_i64(&args.all[1], "")?;
    let n = l.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(at as usize, args.all[2].clone());
    Ok(none())
}

fn pop(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "pop", 1, 2)?;
    let l = this_list(&args)?;
    if l.is_empty() {
        return Err(PyErr::new(ExcKind::IndexError, "pop from empty list"));
    }
    let i = match args.all.get(1) {
        Some(v) => expect_i64(v, "")?,
        None => -1,
    };
    let idx = ops::normalize_index(i, l.len())
        .ok_or_else(|| PyErr::new(ExcKind::IndexError, "pop index out of range"))?;
    l.pop(idx)
        .ok_or_else(|| PyErr::new(ExcKind::IndexError, "pop index out of range"))
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "remove", 2, 2)?;
    let l = this_list(&args)?;
    for (i, x) in l.snapshot().iter().enumerate() {
        if ops::eq(vm, x, &args.all[1])? {
            drop(l.pop(i));
            return Ok(none());
        }
    }
    Err(PyErr::new(
        ExcKind::ValueError,
        "list.remove(x): x not in list",
    ))
}

fn seq_items(v: &Value) -> Vec<Value> {
    match as_list(v) {
        Some(l) => l.snapshot(),
        None => as_tuple(v).map(|t| t.items().to_vec()).unwrap_or_default(),
    }
}

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "index", 2, 4)?;
    let items = seq_items(&args.all[0]);
    let n = items.len() as i64;
    let clamp = |v: Option<&Value>, d: i64| -> PyResult<i64> {
        match v {
            Some(v) => {
                let i = expect_i64(v, "")?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
            None => Ok(d),
        }
    };
    let start = clamp(args.all.get(2), 0)?;
    let stop = clamp(args.all.get(3), n)?;
    for i in start..stop {
        if ops::eq(vm, &items[i as usize], &args.all[1])? {
            return Ok(int_from_i64(i));
        }
    }
    let what = if as_list(&args.all[0]).is_some() {
        format!("{} is not in list", ops::repr_string(vm, &args.all[1])?)
    } else {
        "tuple.index(x): x not in tuple".to_string()
    };
    Err(PyErr::new(ExcKind::ValueError, what))
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.all.len() != 2 || !args.kwnames.is_empty() {
        let owner = args.all.first().map_or("list", |v| v.type_data().name());
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "{owner}.count() takes exactly one argument ({} given)",
                args.all.len().saturating_sub(1)
            ),
        ));
    }
    let mut n = 0;
    for x in seq_items(&args.all[0]) {
        if ops::eq(vm, &x, &args.all[1])? {
            n += 1;
        }
    }
    Ok(int_from_i64(n))
}

fn sort(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.positional().len() != 1 {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "sort() takes no positional arguments",
        ));
    }
    let l = this_list(&args)?;
    let (key, reverse) = sort_options(vm, &args, "sort")?;
    // Sort a detached copy; the list appears empty meanwhile (as CPython), then gets it back.
    let mut items = l.replace_all(Vec::new());
    let r = sort_values(vm, &mut items, key.as_ref(), reverse);
    let modified = l.replace_all(items);
    let changed = !modified.is_empty();
    drop(modified);
    r?;
    if changed {
        return Err(PyErr::new(ExcKind::ValueError, "list modified during sort"));
    }
    Ok(none())
}

fn reverse(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "reverse", 1, 1)?;
    this_list(&args)?.with_items_mut(|v| v.reverse());
    Ok(none())
}

fn clear(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "clear", 1, 1)?;
    drop(this_list(&args)?.replace_all(Vec::new()));
    Ok(none())
}

fn copy(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "copy", 1, 1)?;
    Ok(new_list(this_list(&args)?.snapshot()))
}

fn seq_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__len__", 1, 1)?;
    let n = match (as_list(&args.all[0]), as_tuple(&args.all[0])) {
        (Some(l), _) => l.len(),
        (_, Some(t)) => t.len(),
        _ => ops::len(vm, &args.all[0])?,
    };
    Ok(int_from_i64(n as i64))
}

/// The exact-builtin view of a list/tuple subclass instance (for native operations).
fn base_seq(v: &Value) -> Value {
    match (as_list(v), as_tuple(v)) {
        (Some(l), _) if v.type_data().is_heap() => new_list(l.snapshot()),
        (_, Some(t)) if v.type_data().is_heap() => new_tuple(t.items().to_vec()),
        _ => v.clone(),
    }
}

fn seq_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__getitem__", 2, 2)?;
    ops::getitem(vm, &base_seq(&args.all[0]), &args.all[1])
}

fn list_setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__setitem__", 3, 3)?;
    let l = this_list(&args)?;
    // Operate on the payload directly so subclass instances are updated in place.
    let tmp = new_list(l.snapshot());
    ops::setitem(vm, &tmp, &args.all[1], args.all[2].clone())?;
    drop(l.replace_all(as_list(&tmp).map(ListData::snapshot).unwrap_or_default()));
    Ok(none())
}

fn list_delitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__delitem__", 2, 2)?;
    let l = this_list(&args)?;
    let tmp = new_list(l.snapshot());
    ops::delitem(vm, &tmp, &args.all[1])?;
    drop(l.replace_all(as_list(&tmp).map(ListData::snapshot).unwrap_or_default()));
    Ok(none())
}

fn seq_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__contains__", 2, 2)?;
    Ok(bool_value(ops::contains(
        vm,
        &base_seq(&args.all[0]),
        &args.all[1],
    )?))
}

fn seq_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__iter__", 1, 1)?;
    ops::get_iter(vm, &base_seq(&args.all[0]))
}

fn seq_add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__add__", 2, 2)?;
    let (a, b) = (base_seq(&args.all[0]), base_seq(&args.all[1]));
    ops::sequence_dunder(vm, BinaryOp::Add, &a, &b)
}

fn seq_mul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__mul__", 2, 2)?;
    ops::sequence_dunder(
        vm,
        BinaryOp::Multiply,
        &base_seq(&args.all[0]),
        &args.all[1],
    )
}

fn list_iadd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__iadd__", 2, 2)?;
    let items = ops::collect(vm, &args.all[1])?;
    this_list(&args)?.extend(items);
    Ok(args.all[0].clone())
}

fn seq_compare(vm: &mut Vm, args: Args<'_>, op: CompareOp) -> PyResult<Value> {
    check_positional(&args, "comparison", 2, 2)?;
    ops::native_compare_value(vm, &base_seq(&args.all[0]), &base_seq(&args.all[1]), op)
}
fn seq_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    seq_compare(vm, args, CompareOp::Eq)
}
fn seq_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    seq_compare(vm, args, CompareOp::Ne)
}
fn seq_lt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    seq_compare(vm, args, CompareOp::Lt)
}
fn seq_le(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    seq_compare(vm, args, CompareOp::Le)
}
fn seq_gt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    seq_compare(vm, args, CompareOp::Gt)
}
fn seq_ge(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    seq_compare(vm, args, CompareOp::Ge)
}

fn seq_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__repr__", 1, 1)?;
    crate::interp::repr::native_repr(vm, &args.all[0]).map(crate::object::str::new_string)
}

fn seq_reversed(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__reversed__", 1, 1)?;
    let seq = base_seq(&args.all[0]);
    let n = seq_items(&seq).len();
    Ok(crate::object::iter::new_iter(
        crate::object::iter::IterKind::ListReverse,
        crate::object::iter::IterState::Reverse {
            seq,
            next: n.checked_sub(1),
        },
    ))
}

fn tuple_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "tuple", 1, 2)?;
    let cls = &args.all[0];
    let exact = cls.is(&builtin_types().tuple.value());
    let items = match args.all.get(1) {
        Some(src) if exact && builtin_types().tuple.is_type_of(src) => return Ok(src.clone()),
        Some(src) => ops::collect(vm, src)?,
        None => Vec::new(),
    };
    if cls.is(&builtin_types().tuple.value()) {
        Ok(new_tuple(items))
    } else {
        Ok(alloc_sub(cls, TupleData::new(items)))
    }
}

fn tuple_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__hash__", 1, 1)?;
    Ok(int_from_i64(ops::hash(vm, &base_seq(&args.all[0]))?))
}

fn tuple_getnewargs(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(new_tuple(vec![base_seq(&args.all[0])]))
}

/// An int argument of range() (ints, bools, objects with `__index__`) as a big int.
fn range_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(i.to_bigint());
    }
    if let Some(f) = v.type_data().lookup("__index__") {
        let r = call::call(vm, &f, std::slice::from_ref(v), &[])?;
        if let Some(i) = as_int(&r) {
            return Ok(i.to_bigint());
        }
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("__index__ returned non-int (type {})", r.type_data().name()),
        ));
    }
    Err(PyErr::new(
        ExcKind::TypeError,
        format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_data().name()
        ),
    ))
}

fn range_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let rest = &args.all[1..];
    if !args.kwnames.is_empty() {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "range() takes no keyword arguments",
        ));
    }
    let (start, stop, step) = match rest.len() {
        1 => (BigInt::zero(), range_arg(vm, &rest[0])?, BigInt::from(1)),
        2 => (
            range_arg(vm, &rest[0])?,
            range_arg(vm, &rest[1])?,
            BigInt::from(1),
        ),
        3 => (
            range_arg(vm, &rest[0])?,
            range_arg(vm, &rest[1])?,
            range_arg(vm, &rest[2])?,
        ),
        0 => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "range expected at least 1 argument, got 0",
            ))
        }
        n => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("range expected at most 3 arguments, got {n}"),
            ))
        }
    };
    if step.is_zero() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "range() arg 3 must not be zero",
        ));
    }
    Ok(new_range_big(start, stop, step))
}

/// The position of `item` in range `r`, if it is an int member.
pub fn range_position(r: &RangeData, item: &Value) -> Option<BigInt> {
    if item.type_data().is_heap() && item.layout() != Layout::Int && item.layout() != Layout::Bool {
        return None;
    }
    let x = as_int(item)?.to_bigint();
    let (start, _, step) = r.bounds();
    let len = r.len_big();
    let offset = &x - &start;
    let (q, rem) = offset.div_mod_floor(&step);
    (rem.is_zero() && !q.is_negative() && q < len).then_some(q)
}

fn range_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "index", 2, 2)?;
    let r = args.all[0]
        .downcast::<RangeData>()
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "expected range"))?;
    if as_int(&args.all[1]).is_some() {
        if let Some(q) = range_position(r, &args.all[1]) {
            return Ok(int_from_bigint(q));
        }
    } else if ops::contains(vm, &args.all[0], &args.all[1])? {
        // A non-int equal to a member: CPython searches by equality.
        let it = ops::get_iter(vm, &args.all[0])?;
        let mut i: i64 = 0;
        while let Some(x) = ops::iter_next(vm, &it)? {
            if ops::eq(vm, &x, &args.all[1])? {
                return Ok(int_from_i64(i));
            }
            i += 1;
        }
    }
    Err(PyErr::new(
        ExcKind::ValueError,
        format!("{} is not in range", ops::repr_string(vm, &args.all[1])?),
    ))
}

fn range_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "count", 2, 2)?;
    Ok(int_from_i64(i64::from(ops::contains(
        vm,
        &args.all[0],
        &args.all[1],
    )?)))
}

fn slice_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let rest = &args.all[1..];
    Ok(match rest.len() {
        1 => new_slice(none(), rest[0].clone(), none()),
        2 => new_slice(rest[0].clone(), rest[1].clone(), none()),
        3 => new_slice(rest[0].clone(), rest[1].clone(), rest[2].clone()),
        n => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("slice expected at least 1 argument, got {n}"),
            ))
        }
    })
}

fn slice_indices(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "indices", 2, 2)?;
    let s = args.all[0]
        .downcast::<crate::object::seq::SliceData>()
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "expected slice"))?;
    let n = expect_i64(&args.all[1], "")?;
    if n < 0 {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "length should not be negative",
        ));
    }
    let (a, b, c, _) = ops::slice_indices(vm, s, n as usize)?;
    Ok(new_tuple(vec![
        int_from_i64(a),
        int_from_i64(b),
        int_from_i64(c),
    ]))
}

/// Registers list, tuple, range and slice methods.
pub fn register() {
    let t = builtin_types();
    let l = t.list;
    for (name, f) in [
        ("__new__", list_new as crate::object::func::NativeFn),
        ("__init__", list_init),
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("index", index),
        ("count", count),
        ("sort", sort),
        ("reverse", reverse),
        ("clear", clear),
        ("copy", copy),
        ("__len__", seq_len),
        ("__getitem__", seq_getitem),
        ("__setitem__", list_setitem),
        ("__delitem__", list_delitem),
        ("__contains__", seq_contains),
        ("__iter__", seq_iter),
        ("__reversed__", seq_reversed),
        ("__add__", seq_add),
        ("__mul__", seq_mul),
        ("__rmul__", seq_mul),
        ("__iadd__", list_iadd),
        ("__eq__", seq_eq),
        ("__ne__", seq_ne),
        ("__lt__", seq_lt),
        ("__le__", seq_le),
        ("__gt__", seq_gt),
        ("__ge__", seq_ge),
        ("__repr__", seq_repr),
    ] {
        add_method(l, name, f);
    }
    super::add_type_attr(l, "__hash__", none());
    let tu = t.tuple;
    for (name, f) in [
        ("__new__", tuple_new as crate::object::func::NativeFn),
        ("index", index),
        ("count", count),
        ("__len__", seq_len),
        ("__getitem__", seq_getitem),
        ("__contains__", seq_contains),
        ("__iter__", seq_iter),
        ("__add__", seq_add),
        ("__mul__", seq_mul),
        ("__rmul__", seq_mul),
        ("__eq__", seq_eq),
        ("__ne__", seq_ne),
        ("__lt__", seq_lt),
        ("__le__", seq_le),
        ("__gt__", seq_gt),
        ("__ge__", seq_ge),
        ("__hash__", tuple_hash),
        ("__repr__", seq_repr),
        ("__getnewargs__", tuple_getnewargs),
    ] {
        add_method(tu, name, f);
    }
    add_method(t.range, "__new__", range_new);
    add_method(t.range, "index", range_index);
    add_method(t.range, "count", range_count);
    add_method(t.slice, "__new__", slice_new);
    add_method(t.slice, "indices", slice_indices);
}
