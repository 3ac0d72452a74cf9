//! Methods of dict and its views: construction (`dict(iterable, **kw)`, `fromkeys`), lookup
//! (get, setdefault, `__getitem__`), mutation (update, pop, popitem, clear), copies, views and
//! their iterators and set-like containment.

use crate::interp::{call, ops, Vm};
use crate::object::dict::{as_dict, new_dict, new_view, DictData, DictViewData, ViewKind};
use crate::object::func::Args;
use crate::object::int::int_from_i64;
use crate::object::iter::{new_iter, IterKind, IterState};
use crate::object::seq::new_tuple;
use crate::object::typeobj::alloc_sub;
use crate::object::{bool_value, builtin_types, none, ExcKind, Layout, PyErr, PyResult, Value};

use super::add_method;
use super::args::check_positional;

fn this<'a>(args: &Args<'a>) -> PyResult<&'a DictData> {
    args.all
        .first()
        .and_then(as_dict)
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "descriptor requires a 'dict' object"))
}

/// An iterator over a dict's keys, values or items.
pub fn dict_iter(dict: &Value, kind: IterKind) -> Value {
    let len = as_dict(dict).map_or(0, DictData::len);
    new_iter(
        kind,
        IterState::Table {
            source: dict.clone(),
            pos: 0,
            len_at_start: len,
        },
    )
}

/// `iter(view)`.
pub fn view_iter(view: &Value) -> Value {
    let v = view
        .downcast::<DictViewData>()
        .expect("caller checked the layout");
    let kind = match v.kind {
        ViewKind::Keys => IterKind::DictKeys,
        ViewKind::Values => IterKind::DictValues,
        ViewKind::Items => IterKind::DictItems,
    };
    dict_iter(&v.dict, kind)
}

/// `x in view`.
pub fn view_contains(vm: &mut Vm, view: &Value, item: &Value) -> PyResult<bool> {
    let v = view
        .downcast::<DictViewData>()
        .expect("caller checked the layout");
    let d = as_dict(&v.dict).expect("views hold dicts");
    match v.kind {
        ViewKind::Keys => Ok(d.get_item(vm, item)?.is_some()),
        ViewKind::Values => {
            for x in d.values() {
                if ops::eq(vm, &x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        ViewKind::Items => {
            let Some(t) = crate::object::seq::as_tuple(item) else {
                return Ok(false);
            };
            if t.len() != 2 {
                return Ok(false);
            }
            match d.get_item(vm, &t.items()[0])? {
                Some(v) => ops::eq(vm, &v, &t.items()[1]),
                None => Ok(false),
            }
        }
    }
}

/// Updates `target` from a positional source (mapping or iterable of pairs) and keywords.
pub fn update_from(
    vm: &mut Vm,
    target: &Value,
    source: Option<&Value>,
    args: &Args<'_>,
) -> PyResult<()> {
    let d = as_dict(target).ok_or_else(|| PyErr::new(ExcKind::TypeError, "expected a dict"))?;
    if let Some(src) = source {
        if src.layout() == Layout::Dict || src.type_data().lookup("keys").is_some() {
            ops::dict_merge(vm, target, src, false)?;
        } else {
            let it = ops::get_iter(vm, src)?;
            let mut i = 0;
            while let Some(pair) = ops::iter_next(vm, &it)? {
                let items = ops::collect(vm, &pair).map_err(|_| {
                    PyErr::new(
                        ExcKind::TypeError,
                        format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        ),
                    )
                })?;
                if items.len() != 2 {
                    return Err(PyErr::new(
                        ExcKind::ValueError,
                        format!(
                            "dictionary update sequence element #{i} has length {}; 2 is required",
                            items.len()
                        ),
                    ));
                }
                let mut it2 = items.into_iter();
                let (k, v) = (it2.next().expect("len 2"), it2.next().expect("len 2"));
                d.set_item(vm, k, v)?;
                i += 1;
            }
        }
    }
    for (k, v) in args.keywords() {
        d.set_item(vm, k.clone(), v.clone())?;
    }
    Ok(())
}

fn dict_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = &args.all[0];
    if cls.is(&builtin_types().dict.value()) {
        Ok(new_dict())
    } else {
        Ok(alloc_sub(cls, DictData::new()))
    }
}

fn dict_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.positional();
    if pos.len() > 2 {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("dict expected at most 1 argument, got {}", pos.len() - 1),
        ));
    }
    update_from(vm, &pos[0], pos.get(1), &args)?;
    Ok(none())
}

fn update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.positional();
    if pos.len() > 2 {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("update expected at most 1 argument, got {}", pos.len() - 1),
        ));
    }
    update_from(vm, &pos[0], pos.get(1), &args)?;
    Ok(none())
}

/// `dict.__or__(a, b)`: a new dict with `a`'s items updated by `b`'s (NotImplemented unless
/// both are dicts); `__ror__` is the same with the operands swapped.
fn or(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__or__", 2, 2)?;
    ops::dict_union(vm, &args.all[0], &args.all[1])
}

fn ror(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__ror__", 2, 2)?;
    ops::dict_union(vm, &args.all[1], &args.all[0])
}

/// `d |= other`: `d.update(other)` (any mapping or iterable of pairs), then `d`.
pub fn inplace_or(vm: &mut Vm, d: &Value, other: &Value) -> PyResult<Value> {
    let no_kwargs = Args::positional_only(std::slice::from_ref(d));
    update_from(vm, d, Some(other), &no_kwargs)?;
    Ok(d.clone())
}

fn ior(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__ior__", 2, 2)?;
    inplace_or(vm, &args.all[0], &args.all[1])
}

fn get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "get", 2, 3)?;
    let d = this(&args)?;
    Ok(d.get_item(vm, &args.all[1])?
        .unwrap_or_else(|| args.all.get(2).cloned().unwrap_or_else(none)))
}

fn setdefault(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "setdefault", 2, 3)?;
    let d = this(&args)?;
    let default = args.all.get(2).cloned().unwrap_or_else(none);
    d.setdefault_item(vm, args.all[1].clone(), default)
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "pop", 2, 3)?;
    let d = this(&args)?;
    match d.pop_item(vm, &args.all[1])? {
        Some(v) => Ok(v),
        None => match args.all.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(PyErr::with_args(
                ExcKind::KeyError,
                vec![args.all[1].clone()],
            )),
        },
    }
}

fn popitem(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "popitem", 1, 1)?;
    match this(&args)?.pop_last() {
        Some((k, v)) => Ok(new_tuple(vec![k, v])),
        None => Err(PyErr::new(
            ExcKind::KeyError,
            "popitem(): dictionary is empty",
        )),
    }
}

fn clear(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "clear", 1, 1)?;
    drop(this(&args)?.clear());
    Ok(none())
}

fn copy(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "copy", 1, 1)?;
    let c = this(&args)?.copy();
    Ok(crate::object::typeobj::alloc(
        &builtin_types().dict.value(),
        c,
    ))
}

fn keys(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "keys", 1, 1)?;
    Ok(new_view(args.all[0].clone(), ViewKind::Keys))
}

fn values(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "values", 1, 1)?;
    Ok(new_view(args.all[0].clone(), ViewKind::Values))
}

fn items(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "items", 1, 1)?;
    Ok(new_view(args.all[0].clone(), ViewKind::Items))
}

fn fromkeys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "fromkeys", 2, 3)?;
    let cls = &args.all[0];
    let d = call::call(vm, cls, &[], &[])?;
    let value = args.all.get(2).cloned().unwrap_or_else(none);
    for k in ops::collect(vm, &args.all[1])? {
        ops::setitem(vm, &d, &k, value.clone())?;
    }
    Ok(d)
}

fn getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__getitem__", 2, 2)?;
    let d = this(&args)?;
    match d.get_item(vm, &args.all[1])? {
        Some(v) => Ok(v),
        None => {
            let ty = args.all[0].type_data();
            if ty.is_heap() {
                if let Some(f) = ty.lookup("__missing__") {
                    return call::call(vm, &f, &[args.all[0].clone(), args.all[1].clone()], &[]);
                }
            }
            Err(PyErr::with_args(
                ExcKind::KeyError,
                vec![args.all[1].clone()],
            ))
        }
    }
}

fn setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__setitem__", 3, 3)?;
    this(&args)?.set_item(vm, args.all[1].clone(), args.all[2].clone())?;
    Ok(none())
}

fn delitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__delitem__", 2, 2)?;
    if this(&args)?.del_item(vm, &args.all[1])? {
        Ok(none())
    } else {
        Err(PyErr::with_args(
            ExcKind::KeyError,
            vec![args.all[1].clone()],
        ))
    }
}

fn contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__contains__", 2, 2)?;
    Ok(bool_value(
        this(&args)?.get_item(vm, &args.all[1])?.is_some(),
    ))
}

fn len(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__len__", 1, 1)?;
    Ok(int_from_i64(this(&args)?.len() as i64))
}

fn iter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__iter__", 1, 1)?;
    Ok(dict_iter(&args.all[0], IterKind::DictKeys))
}

fn eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__eq__", 2, 2)?;
    ops::native_compare_value(
        vm,
        &args.all[0],
        &args.all[1],
        crate::bytecode::CompareOp::Eq,
    )
}

fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__repr__", 1, 1)?;
    crate::interp::repr::native_repr(vm, &args.all[0]).map(crate::object::str::new_string)
}

fn view_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(int_from_i64(ops::len(vm, &args.all[0])? as i64))
}

fn view_iter_method(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(view_iter(&args.all[0]))
}

/// `keys_view.isdisjoint(iterable)` (also for items views).
fn view_isdisjoint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "isdisjoint", 2, 2)?;
    let it = ops::get_iter(vm, &args.all[1])?;
    while let Some(x) = ops::iter_next(vm, &it)? {
        if ops::contains(vm, &args.all[0], &x)? {
            return Ok(bool_value(false));
        }
    }
    Ok(bool_value(true))
}

/// Registers dict and view methods.
/// A snapshot iterator over `items`, newest first (reversed(dict) and reversed(view)).
fn reversed_snapshot(mut items: Vec<Value>) -> Value {
    items.reverse();
    new_iter(
        IterKind::List,
        IterState::Seq {
            seq: crate::object::seq::new_list(items),
            index: 0,
        },
    )
}

fn dict_reversed(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__reversed__", 1, 1)?;
    Ok(reversed_snapshot(this(&args)?.keys()))
}

fn view_reversed(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__reversed__", 1, 1)?;
    let v = args.all[0]
        .downcast::<DictViewData>()
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "descriptor requires a dict view"))?;
    Ok(reversed_snapshot(v.snapshot()))
}

pub fn register() {
    let t = builtin_types();
    let d = t.dict;
    for (name, f) in [
        ("__new__", dict_new as crate::object::func::NativeFn),
        ("__init__", dict_init),
        ("update", update),
        ("__or__", or),
        ("__ror__", ror),
        ("__ior__", ior),
        ("get", get),
        ("setdefault", setdefault),
        ("pop", pop),
        ("popitem", popitem),
        ("clear", clear),
        ("copy", copy),
        ("keys", keys),
        ("values", values),
        ("items", items),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("__len__", len),
        ("__iter__", iter),
        ("__eq__", eq),
        ("__repr__", repr),
        ("__reversed__", dict_reversed),
    ] {
        add_method(d, name, f);
    }
    super::add_type_attr(d, "__hash__", none());
    let fk = crate::object::typeobj::alloc(
        &t.classmethod.value(),
        crate::object::func::ClassMethodData(crate::object::func::new_builtin(
            "fromkeys", fromkeys,
        )),
    );
    super::add_type_attr(d, "fromkeys", fk);
    for view in [t.dict_keys, t.dict_values, t.dict_items] {
        add_method(view, "__len__", view_len);
        add_method(view, "__iter__", view_iter_method);
        add_method(view, "__reversed__", view_reversed);
    }
    for view in [t.dict_keys, t.dict_items] {
        add_method(view, "isdisjoint", view_isdisjoint);
    }
}
