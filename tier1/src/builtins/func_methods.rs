//! Methods of the callable and descriptor types (property, staticmethod, classmethod, super,
//! functions), generators (send, throw, close), and the iterator types with their
//! constructors (enumerate, zip, map, filter, reversed).

use num_traits::Zero;

use crate::interp::{attr, call, generator, ops, Vm};
use crate::object::func::{new_method, Args, ClassMethodData, PropertyData, StaticMethodData};
use crate::object::int::as_int;
use crate::object::iter::{new_iter, IterKind, IterState};
use crate::object::seq::{as_list, as_tuple, RangeData};
use crate::object::str::as_str;
use crate::object::typeobj::{alloc, alloc_sub};
use crate::object::{builtin_types, none, singletons, ExcKind, Layout, PyErr, PyResult, Value};

use super::add_method;
use super::args::{bind, check_positional};

fn opt(v: Option<&Value>) -> Option<Value> {
    v.filter(|x| !x.is(&singletons().none)).cloned()
}

fn make_property(cls: &Value, data: PropertyData) -> Value {
    if cls.is(&builtin_types().property.value()) {
        alloc(cls, data)
    } else {
        alloc_sub(cls, data)
    }
}

fn property_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = args.all[0].clone();
    let rest = Args {
        all: &args.all[1..],
        kwnames: args.kwnames,
    };
    let a = bind(&rest, "property", &["fget", "fset", "fdel", "doc"], 0)?;
    Ok(make_property(
        &cls,
        PropertyData {
            fget: opt(a[0]),
            fset: opt(a[1]),
            fdel: opt(a[2]),
            doc: opt(a[3]),
        },
    ))
}

fn property_init(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(none())
}

fn property_copy(args: &Args<'_>, which: usize) -> PyResult<Value> {
    check_positional(args, "property", 2, 2)?;
    let p = args.all[0]
        .downcast::<PropertyData>()
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "descriptor requires a property"))?;
    let f = Some(args.all[1].clone());
    let data = PropertyData {
        fget: if which == 0 {
            f.clone()
        } else {
            p.fget.clone()
        },
        fset: if which == 1 {
            f.clone()
        } else {
            p.fset.clone()
        },
        fdel: if which == 2 { f } else { p.fdel.clone() },
        doc: p.doc.clone(),
    };
    Ok(make_property(&args.all[0].type_value(), data))
}

fn property_getter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_copy(&args, 0)
}
fn property_setter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_copy(&args, 1)
}
fn property_deleter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_copy(&args, 2)
}

fn property_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__get__", 2, 3)?;
    let obj = &args.all[1];
    if obj.is(&singletons().none) {
        return Ok(args.all[0].clone());
    }
    attr::descr_get(vm, &args.all[0], Some(obj), &obj.type_value())
}

fn staticmethod_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "staticmethod", 2, 2)?;
    Ok(alloc(
        &builtin_types().staticmethod.value(),
        StaticMethodData(args.all[1].clone()),
    ))
}

fn classmethod_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "classmethod", 2, 2)?;
    Ok(alloc(
        &builtin_types().classmethod.value(),
        ClassMethodData(args.all[1].clone()),
    ))
}

fn descriptor_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__get__", 2, 3)?;
    let obj = &args.all[1];
    let owner = match args.all.get(2) {
        Some(o) if !o.is(&singletons().none) => o.clone(),
        _ => obj.type_value(),
    };
    let inst = if obj.is(&singletons().none) {
        None
    } else {
        Some(obj)
    };
    attr::descr_get(vm, &args.all[0], inst, &owner)
}

fn super_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.all.len() {
        3 => call::new_super(args.all[1].clone(), args.all[2].clone()),
        _ => Err(PyErr::new(
            ExcKind::RuntimeError,
            "super(): only the zero-argument and two-argument forms are supported",
        )),
    }
}

fn gen_send(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "send", 2, 2)?;
    generator::send(vm, &args.all[0], args.all[1].clone())
}

fn gen_throw(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "throw", 2, 4)?;
    let exc = &args.all[1];
    let err = if ops::is_exception_class(exc) {
        let v = match args.all.get(2) {
            Some(v) if !v.is(&singletons().none) => {
                if crate::object::exception::exc_data(v).is_some() {
                    v.clone()
                } else {
                    call::call(vm, exc, std::slice::from_ref(v), &[])?
                }
            }
            _ => call::call(vm, exc, &[], &[])?,
        };
        PyErr(v)
    } else if crate::object::exception::exc_data(exc).is_some() {
        PyErr(exc.clone())
    } else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "exceptions must be classes or instances deriving from BaseException, not ".to_string()
                + exc.type_data().name(),
        ));
    };
    generator::throw(vm, &args.all[0], err)
}

fn gen_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "close", 1, 1)?;
    generator::close(vm, &args.all[0])?;
    Ok(none())
}

fn iter_next_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__next__", 1, 1)?;
    match ops::iter_next_keep_value(vm, &args.all[0])? {
        Ok(v) => Ok(v),
        Err(ret) => Err(generator::stop_iteration(ret)),
    }
}

fn iter_self(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__iter__", 1, 1)?;
    Ok(args.all[0].clone())
}

fn enumerate_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let rest = Args {
        all: &args.all[1..],
        kwnames: args.kwnames,
    };
    let a = bind(&rest, "enumerate", &["iterable", "start"], 1)?;
    let inner = ops::get_iter(vm, a[0].expect("required"))?;
    let count = match a[1] {
        Some(s) => {
            if as_int(s).is_none() {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "'{}' object cannot be interpreted as an integer",
                        s.type_data().name()
                    ),
                ));
            }
            s.clone()
        }
        None => Value::small(0),
    };
    Ok(new_iter(
        IterKind::Enumerate,
        IterState::Enumerate { inner, count },
    ))
}

fn zip_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut strict = false;
    for (k, v) in args.keywords() {
        if as_str(k) == Some("strict") {
            strict = ops::truthy(vm, v)?;
        } else {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "zip() got an unexpected keyword argument",
            ));
        }
    }
    let mut iters = Vec::new();
    for (i, a) in args.positional()[1..].iter().enumerate() {
        iters.push(ops::get_iter(vm, a).map_err(|e| {
            if e.matches(ExcKind::TypeError) {
                PyErr::new(
                    ExcKind::TypeError,
                    format!("zip argument #{} must support iteration", i + 1),
                )
            } else {
                e
            }
        })?);
    }
    Ok(new_iter(IterKind::Zip, IterState::Zip { iters, strict }))
}

fn map_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = &args.all[1..];
    if pos.len() < 2 {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "map() must have at least two arguments.",
        ));
    }
    let mut iters = Vec::new();
    for a in &pos[1..] {
        iters.push(ops::get_iter(vm, a)?);
    }
    Ok(new_iter(
        IterKind::Map,
        IterState::Map {
            func: pos[0].clone(),
            iters,
        },
    ))
}

fn filter_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "filter", 3, 3)?;
    let inner = ops::get_iter(vm, &args.all[2])?;
    Ok(new_iter(
        IterKind::Filter,
        IterState::Filter {
            func: args.all[1].clone(),
            inner,
        },
    ))
}

fn reversed_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "reversed", 2, 2)?;
    let seq = &args.all[1];
    if let Some(f) = seq.type_data().lookup("__reversed__") {
        if !seq.type_data().is_heap() || f.layout() != Layout::Builtin {
            return call::call(vm, &f, std::slice::from_ref(seq), &[]);
        }
    }
    if let Some(r) = seq.downcast::<RangeData>() {
        if r.is_big() {
            let (start, _, step) = r.bounds();
            let n = r.len_big();
            let last = if n.is_zero() {
                start
            } else {
                start + (&n - 1u32) * &step
            };
            return Ok(new_iter(
                IterKind::Range,
                IterState::BigRange {
                    next: last,
                    step: -step,
                    remaining: n,
                },
            ));
        }
        let n = r.len();
        let last = r.start + (n - 1).max(0) * r.step;
        return Ok(new_iter(
            IterKind::Range,
            IterState::Range {
                next: last,
                step: -r.step,
                remaining: n,
            },
        ));
    }
    let n = if let Some(l) = as_list(seq) {
        l.len()
    } else if let Some(t) = as_tuple(seq) {
        t.len()
    } else if (seq.type_data().lookup("__getitem__").is_some()
        && seq.type_data().lookup("__len__").is_some())
        || seq.layout() == Layout::Str
    {
        ops::len(vm, seq)?
    } else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("'{}' object is not reversible", seq.type_data().name()),
        ));
    };
    let kind = if as_list(seq).is_some() {
        IterKind::ListReverse
    } else {
        IterKind::Reversed
    };
    Ok(new_iter(
        kind,
        IterState::Reverse {
            seq: seq.clone(),
            next: n.checked_sub(1),
        },
    ))
}

fn function_get(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__get__", 2, 3)?;
    if args.all[1].is(&singletons().none) {
        return Ok(args.all[0].clone());
    }
    Ok(new_method(args.all[0].clone(), args.all[1].clone()))
}

/// Registers the methods of descriptors, functions, generators and iterators.
/// `types.MethodType(function, instance)`: a bound method.
fn method_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "method", 3, 3)?;
    let (func, obj) = (&args.all[1], &args.all[2]);
    if !crate::interp::ops::is_callable(func) {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "first argument must be callable",
        ));
    }
    if obj.is(&crate::object::none()) {
        return Err(PyErr::new(ExcKind::TypeError, "instance must not be None"));
    }
    Ok(crate::object::func::new_method(func.clone(), obj.clone()))
}

pub fn register() {
    let t = builtin_types();
    add_method(t.method, "__new__", method_new);
    let p = t.property;
    add_method(p, "__new__", property_new);
    add_method(p, "__init__", property_init);
    add_method(p, "getter", property_getter);
    add_method(p, "setter", property_setter);
    add_method(p, "deleter", property_deleter);
    add_method(p, "__get__", property_get);
    add_method(t.staticmethod, "__new__", staticmethod_new);
    add_method(t.staticmethod, "__get__", descriptor_get);
    add_method(t.classmethod, "__new__", classmethod_new);
    add_method(t.classmethod, "__get__", descriptor_get);
    add_method(t.super_, "__new__", super_new);
    add_method(t.function, "__get__", function_get);
    let g = t.generator;
    add_method(g, "send", gen_send);
    add_method(g, "throw", gen_throw);
    add_method(g, "close", gen_close);
    add_method(g, "__next__", iter_next_method);
    add_method(g, "__iter__", iter_self);
    for it in &t.iters {
        add_method(*it, "__next__", iter_next_method);
        add_method(*it, "__iter__", iter_self);
    }
    let iters = &t.iters;
    add_method(
        iters[IterKind::Enumerate as usize],
        "__new__",
        enumerate_new,
    );
    add_method(iters[IterKind::Zip as usize], "__new__", zip_new);
    add_method(iters[IterKind::Map as usize], "__new__", map_new);
    add_method(iters[IterKind::Filter as usize], "__new__", filter_new);
    add_method(iters[IterKind::Reversed as usize], "__new__", reversed_new);
}

/// Adds the iterator types that are builtins names (enumerate, zip, map, filter, reversed).
pub fn install_iterator_types(b: &Value) {
    let t = builtin_types();
    for kind in [
        IterKind::Enumerate,
        IterKind::Zip,
        IterKind::Map,
        IterKind::Filter,
        IterKind::Reversed,
    ] {
        super::add_value(
            b,
            IterKind::TYPE_NAMES[kind as usize],
            t.iters[kind as usize].value(),
        );
    }
}
