//! Methods and operators of set and frozenset: construction, add/discard/remove/pop/clear,
//! the algebra (union, intersection, difference, symmetric difference, in-place forms) built
//! the way CPython builds them so results iterate in CPython's order, comparisons (subset,
//! superset), and the frozenset hash.

use crate::bytecode::{BinaryOp, CompareOp};
use crate::interp::{ops, Vm};
use crate::object::func::Args;
use crate::object::int::int_from_i64;
use crate::object::set::{
    as_set_table, new_frozenset_from_store, new_set_from_store, FrozenSetData, SetData, SetStore,
};
use crate::object::typeobj::alloc_sub;
use crate::object::{bool_value, builtin_types, none, ExcKind, Layout, PyErr, PyResult, Value};

use super::add_method;
use super::args::check_positional;

fn store(v: &Value) -> PyResult<&SetStore> {
    as_set_table(v).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!("expected a set, not {}", v.type_data().name()),
        )
    })
}

/// `item in set`.
pub fn set_contains(vm: &mut Vm, set: &Value, item: &Value) -> PyResult<bool> {
    let s = store(set)?;
    match s.contains(vm, item) {
        Err(e) if e.matches(ExcKind::TypeError) && as_set_table(item).is_some() => {
            // A set is looked up as the frozenset with the same items.
            let f = frozen_copy(vm, item)?;
            s.contains(vm, &f)
        }
        r => r,
    }
}

/// set.add
pub fn set_add_value(vm: &mut Vm, set: &Value, item: Value) -> PyResult<()> {
    store(set)?.add(vm, item)?;
    Ok(())
}

fn frozen_copy(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_frozenset_from_store(store(v)?.copy()))
}

/// A set or frozenset result of the same kind as `like`.
fn same_kind(like: &Value, s: SetStore) -> Value {
    if like.layout() == Layout::FrozenSet {
        new_frozenset_from_store(s)
    } else {
        new_set_from_store(s)
    }
}

/// Items of any iterable (set operands of the named methods accept iterables).
fn items_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match as_set_table(v) {
        Some(s) => Ok(s.items()),
        None => ops::collect(vm, v),
    }
}

fn union_store(vm: &mut Vm, a: &Value, others: &[Value]) -> PyResult<SetStore> {
    let out = store(a)?.copy();
    for o in others {
        for it in items_of(vm, o)? {
            out.add(vm, it)?;
        }
    }
    Ok(out)
}

fn intersection_store(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<SetStore> {
    let out = SetStore::new();
    if let (Some(sa), Some(sb)) = (as_set_table(a), as_set_table(b)) {
        // CPython iterates over the smaller set and probes the larger one.
        let (small, large) = if sb.len() > sa.len() {
            (sa, sb)
        } else {
            (sb, sa)
        };
        for (h, it) in small.hashed_items() {
            if large.contains_hashed(vm, &it, h)? {
                out.add_hashed(vm, it, h)?;
            }
        }
        return Ok(out);
    }
    let sa = store(a)?;
    for it in ops::collect(vm, b)? {
        if sa.contains(vm, &it)? {
            out.add(vm, it)?;
        }
    }
    Ok(out)
}

fn difference_store(vm: &mut Vm, a: &Value, others: &[Value]) -> PyResult<SetStore> {
    let sa = store(a)?;
    let mut excluded: Vec<Value> = Vec::new();
    for o in others {
        excluded.push(match as_set_table(o) {
            Some(_) => o.clone(),
            None => {
                let items = ops::collect(vm, o)?;
                crate::object::set::new_set_value(vm, items)?
            }
        });
    }
    let out = SetStore::new();
    'items: for (h, it) in sa.hashed_items() {
        for ex in &excluded {
            if store(ex)?.contains_hashed(vm, &it, h)? {
                continue 'items;
            }
        }
        out.add_hashed(vm, it, h)?;
    }
    Ok(out)
}

fn symmetric_store(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<SetStore> {
    let out = store(a)?.copy();
    let other = match as_set_table(b) {
        Some(s) => s.hashed_items(),
        None => {
            let items = ops::collect(vm, b)?;
            let tmp = crate::object::set::new_set_value(vm, items)?;
            store(&tmp)?.hashed_items()
        }
    };
    for (h, it) in other {
        if out.contains_hashed(vm, &it, h)? {
            out.discard(vm, &it)?;
        } else {
            out.add_hashed(vm, it, h)?;
        }
    }
    Ok(out)
}

/// The operators `| & - ^` (and their in-place forms on sets).
pub fn set_operator(
    vm: &mut Vm,
    op: BinaryOp,
    a: &Value,
    b: &Value,
    inplace: bool,
) -> PyResult<Value> {
    let result = match op {
        BinaryOp::Or => union_store(vm, a, std::slice::from_ref(b))?,
        BinaryOp::And => intersection_store(vm, a, b)?,
        BinaryOp::Subtract => difference_store(vm, a, std::slice::from_ref(b))?,
        _ => symmetric_store(vm, a, b)?,
    };
    if inplace && a.layout() == Layout::Set {
        let s = store(a)?;
        let old = s.clear();
        drop(old);
        for (h, it) in result.hashed_items() {
            s.add_hashed(vm, it, h)?;
        }
        return Ok(a.clone());
    }
    Ok(same_kind(a, result))
}

fn is_subset(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let (sa, sb) = (store(a)?, store(b)?);
    if sa.len() > sb.len() {
        return Ok(false);
    }
    for (h, it) in sa.hashed_items() {
        if !sb.contains_hashed(vm, &it, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Set comparisons: equality and subset/superset orderings.
pub fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<bool> {
    let (la, lb) = (store(a)?.len(), store(b)?.len());
    Ok(match op {
        CompareOp::Eq => la == lb && is_subset(vm, a, b)?,
        CompareOp::Ne => !(la == lb && is_subset(vm, a, b)?),
        CompareOp::Le => is_subset(vm, a, b)?,
        CompareOp::Lt => la < lb && is_subset(vm, a, b)?,
        CompareOp::Ge => is_subset(vm, b, a)?,
        CompareOp::Gt => la > lb && is_subset(vm, b, a)?,
    })
}

/// CPython's frozenset hash (order-independent).
pub fn frozenset_hash(v: &Value) -> i64 {
    let Some(s) = as_set_table(v) else { return 0 };
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash: u64 = 0;
    for (h, _) in s.hashed_items() {
        hash ^= shuffle(h as u64);
    }
    if s.len() % 2 == 1 {
        hash ^= shuffle(0);
    }
    hash ^= ((s.len() as u64).wrapping_add(1)).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    let h = hash as i64;
    if h == -1 {
        590923713
    } else {
        h
    }
}

fn set_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = &args.all[0];
    if cls.is(&builtin_types().set.value()) {
        Ok(crate::object::set::new_set())
    } else {
        Ok(alloc_sub(cls, SetData(SetStore::new())))
    }
}

fn set_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "set", 1, 2)?;
    let s = store(&args.all[0])?;
    drop(s.clear());
    if let Some(src) = args.all.get(1) {
        for it in items_of(vm, src)? {
            s.add(vm, it)?;
        }
    }
    Ok(none())
}

fn frozenset_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "frozenset", 1, 2)?;
    let cls = &args.all[0];
    let s = SetStore::new();
    if let Some(src) = args.all.get(1) {
        for it in items_of(vm, src)? {
            s.add(vm, it)?;
        }
    }
    if cls.is(&builtin_types().frozenset.value()) {
        Ok(new_frozenset_from_store(s))
    } else {
        Ok(alloc_sub(cls, FrozenSetData(s)))
    }
}

fn add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "add", 2, 2)?;
    store(&args.all[0])?.add(vm, args.all[1].clone())?;
    Ok(none())
}

fn discard(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "discard", 2, 2)?;
    drop(store(&args.all[0])?.discard(vm, &args.all[1])?);
    Ok(none())
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "remove", 2, 2)?;
    match store(&args.all[0])?.discard(vm, &args.all[1])? {
        Some(_) => Ok(none()),
        None => Err(PyErr::with_args(
            ExcKind::KeyError,
            vec![args.all[1].clone()],
        )),
    }
}

fn pop(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "pop", 1, 1)?;
    store(&args.all[0])?
        .pop()
        .ok_or_else(|| PyErr::new(ExcKind::KeyError, "pop from an empty set"))
}

fn clear(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "clear", 1, 1)?;
    drop(store(&args.all[0])?.clear());
    Ok(none())
}

fn copy(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "copy", 1, 1)?;
    Ok(same_kind(&args.all[0], store(&args.all[0])?.copy()))
}

fn union(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = union_store(vm, &args.all[0], &args.all[1..])?;
    Ok(same_kind(&args.all[0], s))
}

fn intersection(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut cur = args.all[0].clone();
    let mut result = store(&cur)?.copy();
    for o in &args.all[1..] {
        result = intersection_store(vm, &cur, o)?;
        cur = same_kind(&args.all[0], result.copy());
    }
    Ok(same_kind(&args.all[0], result))
}

fn difference(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = difference_store(vm, &args.all[0], &args.all[1..])?;
    Ok(same_kind(&args.all[0], s))
}

fn symmetric_difference(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "symmetric_difference", 2, 2)?;
    let s = symmetric_store(vm, &args.all[0], &args.all[1])?;
    Ok(same_kind(&args.all[0], s))
}

fn replace_contents(vm: &mut Vm, target: &Value, result: SetStore) -> PyResult<Value> {
    let s = store(target)?;
    drop(s.clear());
    for (h, it) in result.hashed_items() {
        s.add_hashed(vm, it, h)?;
    }
    Ok(none())
}

fn update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = store(&args.all[0])?;
    for o in &args.all[1..] {
        for it in items_of(vm, o)? {
            s.add(vm, it)?;
        }
    }
    Ok(none())
}

fn intersection_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = intersection(vm, args)?;
    let result = store(&r)?.copy();
    replace_contents(vm, &args.all[0], result)
}

fn difference_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let result = difference_store(vm, &args.all[0], &args.all[1..])?;
    replace_contents(vm, &args.all[0], result)
}

fn symmetric_difference_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "symmetric_difference_update", 2, 2)?;
    let result = symmetric_store(vm, &args.all[0], &args.all[1])?;
    replace_contents(vm, &args.all[0], result)
}

fn as_set_operand(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match as_set_table(v) {
        Some(_) => Ok(v.clone()),
        None => {
            let items = ops::collect(vm, v)?;
            crate::object::set::new_set_value(vm, items)
        }
    }
}

fn issubset(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "issubset", 2, 2)?;
    let other = as_set_operand(vm, &args.all[1])?;
    Ok(bool_value(is_subset(vm, &args.all[0], &other)?))
}

fn issuperset(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "issuperset", 2, 2)?;
    let other = as_set_operand(vm, &args.all[1])?;
    Ok(bool_value(is_subset(vm, &other, &args.all[0])?))
}

fn isdisjoint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "isdisjoint", 2, 2)?;
    let s = store(&args.all[0])?;
    for it in items_of(vm, &args.all[1])? {
        if s.contains(vm, &it)? {
            return Ok(bool_value(false));
        }
    }
    Ok(bool_value(true))
}

fn len(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(int_from_i64(store(&args.all[0])?.len() as i64))
}

fn contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__contains__", 2, 2)?;
    Ok(bool_value(set_contains(vm, &args.all[0], &args.all[1])?))
}

fn iter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let len = store(&args.all[0])?.len();
    Ok(crate::object::iter::new_iter(
        crate::object::iter::IterKind::Set,
        crate::object::iter::IterState::Table {
            source: args.all[0].clone(),
            pos: 0,
            len_at_start: len,
        },
    ))
}

fn hash(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(int_from_i64(frozenset_hash(&args.all[0])))
}

fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::interp::repr::native_repr(vm, &args.all[0]).map(crate::object::str::new_string)
}

fn cmp(vm: &mut Vm, args: Args<'_>, op: CompareOp) -> PyResult<Value> {
    check_positional(&args, "comparison", 2, 2)?;
    if as_set_table(&args.all[1]).is_none() {
        return Ok(crate::object::not_implemented());
    }
    Ok(bool_value(set_compare(vm, &args.all[0], &args.all[1], op)?))
}
fn eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    cmp(vm, args, CompareOp::Eq)
}
fn le(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    cmp(vm, args, CompareOp::Le)
}
fn lt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    cmp(vm, args, CompareOp::Lt)
}
fn ge(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    cmp(vm, args, CompareOp::Ge)
}
fn gt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    cmp(vm, args, CompareOp::Gt)
}

fn binop(vm: &mut Vm, args: Args<'_>, op: BinaryOp, inplace: bool) -> PyResult<Value> {
    check_positional(&args, "operator", 2, 2)?;
    if as_set_table(&args.all[1]).is_none() {
        return Ok(crate::object::not_implemented());
    }
    set_operator(vm, op, &args.all[0], &args.all[1], inplace)
}
fn or(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binop(vm, args, BinaryOp::Or, false)
}
fn and(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binop(vm, args, BinaryOp::And, false)
}
fn sub(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binop(vm, args, BinaryOp::Subtract, false)
}
fn xor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binop(vm, args, BinaryOp::Xor, false)
}

/// Registers set and frozenset methods.
pub fn register() {
    let t = builtin_types();
    let shared: [(&'static str, crate::object::func::NativeFn); 22] = [
        ("copy", copy),
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
        ("__len__", len),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__repr__", repr),
        ("__eq__", eq),
        ("__le__", le),
        ("__lt__", lt),
        ("__ge__", ge),
        ("__gt__", gt),
        ("__or__", or),
        ("__and__", and),
        ("__sub__", sub),
        ("__xor__", xor),
        ("__ror__", or),
    ];
    for ty in [t.set, t.frozenset] {
        for (name, f) in shared {
            add_method(ty, name, f);
        }
    }
    for (name, f) in [
        ("__new__", set_new as crate::object::func::NativeFn),
        ("__init__", set_init),
        ("add", add),
        ("discard", discard),
        ("remove", remove),
        ("pop", pop),
        ("clear", clear),
        ("update", update),
        ("intersection_update", intersection_update),
        ("difference_update", difference_update),
        ("symmetric_difference_update", symmetric_difference_update),
    ] {
        add_method(t.set, name, f);
    }
    super::add_type_attr(t.set, "__hash__", none());
    add_method(t.frozenset, "__new__", frozenset_new);
    add_method(t.frozenset, "__hash__", hash);
}
