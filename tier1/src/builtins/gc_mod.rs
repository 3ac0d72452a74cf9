//! The `gc` module (the cycle collector's switches: `memory::gc`) and the `_weakref` module
//! (the `weakref.ref` type's methods: `object::weakref`). `weakref.py` builds the rest.

use crate::interp::{ops, Vm};
use crate::object::dict::new_dict;
use crate::object::func::{new_module, Args};
use crate::object::int::{as_i64, int_from_i64};
use crate::object::seq::{new_list, new_tuple};
use crate::object::str::{intern, new_str, new_string};
use crate::object::typeobj::{alloc, alloc_sub, type_data_of};
use crate::object::weakref::{self, WeakRefData};
use crate::object::{bool_value, builtin_types, none, singletons, ExcKind, PyErr, PyResult, Value};

use super::args::{bind, check_positional};
use super::{add_function, add_method, add_value};
use crate::memory::gc;

fn gc_collect(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let bound = bind(&args, "collect", &["generation"], 0)?;
    if let Some(g) = bound[0] {
        match as_i64(g) {
            Some(0..=2) => {}
            Some(_) => {
                return Err(PyErr::new(ExcKind::ValueError, "invalid generation"));
            }
            None => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "'{}' object cannot be interpreted as an integer",
                        g.type_data().name()
                    ),
                ))
            }
        }
    }
    Ok(int_from_i64(gc::collect(vm) as i64))
}

fn gc_enable(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "enable", 0, 0)?;
    gc::enable(true);
    Ok(none())
}

fn gc_disable(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "disable", 0, 0)?;
    gc::enable(false);
    Ok(none())
}

fn gc_isenabled(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "isenabled", 0, 0)?;
    Ok(bool_value(gc::is_enabled()))
}

fn gc_get_count(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "get_count", 0, 0)?;
    let young = gc::young_count().max(0) as i64;
    Ok(new_tuple(vec![
        int_from_i64(young),
        Value::small(0),
        Value::small(0),
    ]))
}

fn gc_get_threshold(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "get_threshold", 0, 0)?;
    Ok(new_tuple(vec![
        int_from_i64(gc::threshold() as i64),
        Value::small(10),
        Value::small(10),
    ]))
}

fn gc_set_threshold(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "set_threshold", 1, 3)?;
    let t = as_i64(&args.all[0]).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            "'float' object cannot be interpreted as an integer",
        )
    })?;
    gc::set_threshold(t as isize);
    Ok(none())
}

fn gc_is_tracked(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "is_tracked", 1, 1)?;
    let v = &args.all[0];
    let tracked = !v.is_small()
        && v.header().is_some_and(|h| !h.is_immortal())
        && crate::memory::gc::traverse::is_tracked_layout(v);
    Ok(bool_value(tracked))
}

/// Creates the `gc` module.
pub fn make_gc_module() -> Value {
    let d = new_dict();
    add_value(&d, "__name__", new_str("gc"));
    add_function(&d, "collect", gc_collect);
    add_function(&d, "enable", gc_enable);
    add_function(&d, "disable", gc_disable);
    add_function(&d, "isenabled", gc_isenabled);
    add_function(&d, "get_count", gc_get_count);
    add_function(&d, "get_threshold", gc_get_threshold);
    add_function(&d, "set_threshold", gc_set_threshold);
    add_function(&d, "is_tracked", gc_is_tracked);
    add_value(&d, "garbage", new_list(Vec::new()));
    let callbacks = new_list(Vec::new());
    gc::set_callbacks_list(&callbacks);
    add_value(&d, "callbacks", callbacks);
    for (name, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
    ] {
        add_value(&d, name, Value::small(v));
    }
    add_value(&d, "DEBUG_SAVEALL", Value::small(32));
    add_value(&d, "DEBUG_LEAK", Value::small(38));
    new_module("gc", d)
}

fn weak_data(v: &Value) -> PyResult<&WeakRefData> {
    v.downcast::<WeakRefData>().ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            "descriptor requires a 'weakref.ReferenceType' object",
        )
    })
}

fn ref_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.positional();
    if pos.len() < 2 || pos.len() > 3 {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "__new__ expected at most 2 arguments, got {}",
                pos.len().saturating_sub(1)
            ),
        ));
    }
    let (cls, referent) = (&pos[0], &pos[1]);
    let callback = pos.get(2).filter(|c| !c.is(&singletons().none)).cloned();
    if !weakref::supports_weakrefs(referent) {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "cannot create weak reference to '{}' object",
                referent.type_data().name()
            ),
        ));
    }
    let exact = cls.is(&builtin_types().weakref.value());
    if exact && callback.is_none() {
        if let Some(existing) = weakref::existing_plain_ref(referent, cls.raw()) {
            return Ok(existing);
        }
    }
    let w = if type_data_of(cls).is_heap() {
        alloc_sub(cls, WeakRefData::new(callback))
    } else {
        alloc(cls, WeakRefData::new(callback))
    };
    weakref::register(&w, referent);
    Ok(w)
}

fn ref_init(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(none())
}

fn ref_call(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "weakref", 1, 1)?;
    Ok(weak_data(&args.all[0])?.get().unwrap_or_else(none))
}

/// `hash(weakref)`: the referent's hash, computed once and kept after the referent dies.
pub fn weakref_hash(vm: &mut Vm, w: &WeakRefData) -> PyResult<i64> {
    if let Some(h) = w.cached_hash() {
        return Ok(h);
    }
    match w.get() {
        Some(r) => {
            let h = ops::hash(vm, &r)?;
            w.cache_hash(h);
            Ok(h)
        }
        None => Err(PyErr::new(ExcKind::TypeError, "weak object has gone away")),
    }
}

/// `a == b` for two weakrefs: their referents compare while both are alive, else identity.
pub fn weakref_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (Some(wa), Some(wb)) = (a.downcast::<WeakRefData>(), b.downcast::<WeakRefData>()) else {
        return Ok(None);
    };
    Ok(Some(match (wa.get(), wb.get()) {
        (Some(ra), Some(rb)) => ops::eq(vm, &ra, &rb)?,
        _ => a.is(b),
    }))
}

fn ref_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let w = weak_data(&args.all[0])?;
    Ok(int_from_i64(weakref_hash(vm, w)?))
}

fn ref_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__eq__", 2, 2)?;
    Ok(match weakref_eq(vm, &args.all[0], &args.all[1])? {
        Some(eq) => bool_value(eq),
        None => singletons().not_implemented.clone(),
    })
}

fn ref_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let eq = ref_eq(vm, args)?;
    if eq.is(&singletons().not_implemented) {
        return Ok(eq);
    }
    Ok(bool_value(!crate::object::int::is_true(&eq)))
}

fn ref_repr(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = &args.all[0];
    let w = weak_data(me)?;
    Ok(new_string(match w.get() {
        Some(r) => format!(
            "<weakref at {:#x}; to '{}' at {:#x}>",
            me.raw(),
            r.type_data().name(),
            r.raw()
        ),
        None => format!("<weakref at {:#x}; dead>", me.raw()),
    }))
}

fn getweakrefcount(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "getweakrefcount", 1, 1)?;
    Ok(int_from_i64(weakref::weakrefs_of(&args.all[0]).len() as i64))
}

fn getweakrefs(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "getweakrefs", 1, 1)?;
    Ok(new_list(weakref::weakrefs_of(&args.all[0])))
}

/// The `__callback__` attribute of a weakref.
pub fn callback_attr(w: &Value) -> Option<Value> {
    Some(w.downcast::<WeakRefData>()?.callback().unwrap_or_else(none))
}

/// Registers the weakref type's methods.
pub fn register() {
    let t = builtin_types().weakref;
    add_method(t, "__new__", ref_new);
    add_method(t, "__init__", ref_init);
    add_method(t, "__call__", ref_call);
    add_method(t, "__hash__", ref_hash);
    add_method(t, "__eq__", ref_eq);
    add_method(t, "__ne__", ref_ne);
    add_method(t, "__repr__", ref_repr);
    type_data_of(&t.value())
        .dict
        .set_str_key(intern("__module__"), new_str("weakref"));
}

/// Creates the `_weakref` module.
pub fn make_weakref_module() -> Value {
    let d = new_dict();
    add_value(&d, "__name__", new_str("_weakref"));
    add_value(&d, "ref", builtin_types().weakref.value());
    add_value(&d, "ReferenceType", builtin_types().weakref.value());
    add_function(&d, "getweakrefcount", getweakrefcount);
    add_function(&d, "getweakrefs", getweakrefs);
    new_module("_weakref", d)
}
