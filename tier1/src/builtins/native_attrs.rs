//! Attributes computed from native payloads (CPython's getset descriptors and members):
//! function and type metadata, exception fields, numeric parts, slice/range bounds, property
//! accessors, bound-method parts, generator names. `interp::attr` consults this after the
//! type's data descriptors and the instance dict, before non-data class attributes.

use crate::interp::Vm;
use crate::object::dict::{as_dict, new_dict};
use crate::object::exception::exc_data;
use crate::object::func::{
    BuiltinData, CellData, ClassMethodData, CodeData, FunctionData, MethodData, ModuleData,
    PropertyData, StaticMethodData, SuperData,
};
use crate::object::int::{as_float, as_int, int_from_i64, new_float};
use crate::object::seq::{as_tuple, new_tuple, RangeData, SliceData};
use crate::object::str::{as_str, intern, new_str};
use crate::object::typeobj::type_data_of;
use crate::object::{bool_value, none, ExcKind, Layout, PyErr, PyResult, Value};

/// The traceback of an exception as Python sees it (`__traceback__`, `sys.exc_info()[2]`, the
/// third argument of `__exit__`): None before it was raised, else a placeholder object (there
/// is no traceback type yet).
pub fn traceback_value(exc: &Value) -> Value {
    match exc_data(exc) {
        Some(d) if !d.traceback().is_empty() => new_str("<traceback>"),
        _ => none(),
    }
}

/// Reads a native attribute; None when `name` is not one for this object.
pub fn get(vm: &mut Vm, obj: &Value, name: &str) -> Option<PyResult<Value>> {
    let v = match obj.layout() {
        Layout::Function => function_attr(obj, name)?,
        Layout::Type => type_attr(obj, name)?,
        Layout::WeakRef if name == "__callback__" => super::gc_mod::callback_attr(obj)?,
        Layout::Exception => exception_attr(obj, name)?,
        Layout::Int | Layout::Bool => {
            let i = as_int(obj)?;
            match name {
                "real" | "numerator" => crate::object::int::int_from_bigint(i.to_bigint()),
                "imag" => Value::small(0),
                "denominator" => Value::small(1),
                _ => return None,
            }
        }
        Layout::File => {
            let f = obj.downcast::<super::io::FileData>()?;
            match name {
                "closed" => bool_value(f.is_closed()),
                "name" => new_str(&f.name),
                "mode" => new_str(&f.mode),
                "encoding" if !f.is_binary() => new_str("UTF-8"),
                _ => return None,
            }
        }
        Layout::Float => match name {
            "real" => new_float(as_float(obj)?),
            "imag" => new_float(0.0),
            _ => return None,
        },
        Layout::Slice => {
            let s = obj.downcast::<SliceData>()?;
            match name {
                "start" => s.start.clone(),
                "stop" => s.stop.clone(),
                "step" => s.step.clone(),
                _ => return None,
            }
        }
        Layout::Range => {
            let r = obj.downcast::<RangeData>()?;
            let (start, stop, step) = r.bounds();
            match name {
                "start" => crate::object::int::int_from_bigint(start),
                "stop" => crate::object::int::int_from_bigint(stop),
                "step" => crate::object::int::int_from_bigint(step),
                _ => return None,
            }
        }
        Layout::Property => {
            let p = obj.downcast::<PropertyData>()?;
            let opt = |v: &Option<Value>| v.clone().unwrap_or_else(none);
            match name {
                "fget" => opt(&p.fget),
                "fset" => opt(&p.fset),
                "fdel" => opt(&p.fdel),
                "__doc__" => match &p.doc {
                    Some(d) => d.clone(),
                    None => match &p.fget {
                        Some(g) => {
                            return Some(crate::interp::attr::getattr(vm, g, &intern("__doc__")))
                        }
                        None => none(),
                    },
                },
                _ => return None,
            }
        }
        Layout::StaticMethod => match name {
            "__func__" | "__wrapped__" => obj.downcast::<StaticMethodData>()?.0.clone(),
            _ => return None,
        },
        Layout::ClassMethod => match name {
            "__func__" | "__wrapped__" => obj.downcast::<ClassMethodData>()?.0.clone(),
            _ => return None,
        },
        Layout::Method => {
            let m = obj.downcast::<MethodData>()?;
            match name {
                "__self__" => m.self_.clone(),
                "__func__" => m.func.clone(),
                "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                    return Some(crate::interp::attr::getattr(vm, &m.func, &intern(name)))
                }
                _ => return None,
            }
        }
        Layout::Builtin => {
            let b = obj.downcast::<BuiltinData>()?;
            match name {
                "__name__" => intern(b.name),
                "__qualname__" => match &b.owner {
                    Some(o) => new_str(&format!("{}.{}", type_data_of(o).name(), b.name)),
                    None => intern(b.name),
                },
                "__self__" => b.self_.clone().unwrap_or_else(none),
                "__doc__" => none(),
                "__module__" => {
                    if b.owner.is_none() {
                        intern("builtins")
                    } else {
                        none()
                    }
                }
                _ => return None,
            }
        }
        Layout::Module => {
            let m = obj.downcast::<ModuleData>()?;
            match name {
                "__name__" => m.name.clone(),
                "__dict__" => m.dict.clone(),
                _ => return None,
            }
        }
        Layout::Cell => match name {
            "cell_contents" => match obj.downcast::<CellData>()?.get() {
                Some(v) => v,
                None => return Some(Err(PyErr::new(ExcKind::ValueError, "Cell is empty"))),
            },
            _ => return None,
        },
        Layout::Code => {
            let c = obj.downcast::<CodeData>()?;
            match name {
                "co_name" => c.name.clone(),
                "co_qualname" => c.qualname.clone(),
                "co_filename" => c.filename.clone(),
                "co_argcount" => int_from_i64(i64::from(c.code.arg_count)),
                "co_posonlyargcount" => int_from_i64(i64::from(c.code.posonly_arg_count)),
                "co_kwonlyargcount" => int_from_i64(i64::from(c.code.kwonly_arg_count)),
                "co_nlocals" => int_from_i64(c.varnames.len() as i64),
                "co_varnames" => new_tuple(c.varnames.clone()),
                "co_freevars" => new_tuple(c.code.freevars.iter().map(|s| intern(s)).collect()),
                "co_cellvars" => new_tuple(c.code.cellvars.iter().map(|s| intern(s)).collect()),
                "co_names" => new_tuple(c.names.clone()),
                "co_consts" => new_tuple(c.consts.clone()),
                "co_firstlineno" => int_from_i64(i64::from(c.code.first_line)),
                "co_flags" => int_from_i64(i64::from(c.code.flags & 0xffff)),
                _ => return None,
            }
        }
        Layout::DictView => match name {
            "mapping" => {
                let view = obj.downcast::<crate::object::dict::DictViewData>()?;
                let dict = view.dict.clone();
                return Some(super::import::call_module_function(
                    vm,
                    "_strata_types",
                    "MappingProxy",
                    &[dict],
                ));
            }
            _ => return None,
        },
        Layout::Generator => {
            let g = obj.downcast::<crate::interp::generator::GenData>()?;
            match name {
                "__name__" => g.name.clone(),
                "__qualname__" => g.qualname.clone(),
                "gi_running" => bool_value(g.is_running()),
                "gi_code" => g.code.clone(),
                "gi_suspended" => bool_value(g.is_started() && !g.is_running() && !g.is_finished()),
                "gi_yieldfrom" => none(),
                "gi_frame" => {
                    if g.is_finished() {
                        none()
                    } else {
                        // No frame type yet: a namespace object with the frame's fields.
                        let d = new_dict();
                        super::add_value(&d, "f_code", g.code.clone());
                        super::add_value(&d, "f_globals", g.globals.clone());
                        super::add_value(&d, "f_back", none());
                        crate::object::func::new_module("frame", d)
                    }
                }
                _ => return None,
            }
        }
        Layout::Super => {
            let s = obj.downcast::<SuperData>()?;
            match name {
                "__thisclass__" => s.ty.clone(),
                "__self__" => s.obj.clone(),
                "__self_class__" => s.obj_type.clone(),
                _ => return None,
            }
        }
        _ => return None,
    };
    Some(Ok(v))
}

fn function_attr(obj: &Value, name: &str) -> Option<Value> {
    let f = obj.downcast::<FunctionData>()?;
    Some(match name {
        "__name__" => f.name(),
        "__qualname__" => f.qualname(),
        "__doc__" => f.doc(),
        "__code__" => f.code_value().clone(),
        "__defaults__" => f.defaults().unwrap_or_else(none),
        "__kwdefaults__" => f.kwdefaults().unwrap_or_else(none),
        "__globals__" => f.globals.clone(),
        "__closure__" => f.closure.clone().unwrap_or_else(none),
        "__module__" => f.module.clone(),
        "__builtins__" => f.builtins.clone(),
        "__annotations__" => match f.annotations() {
            Some(a) => a,
            None => {
                let d = new_dict();
                f.set_annotations(Some(d.clone()));
                d
            }
        },
        "__dict__" => match f.dict() {
            Some(d) => d,
            None => {
                let d = new_dict();
                f.set_dict(d.clone());
                d
            }
        },
        _ => {
            return f
                .dict()
                .and_then(|d| as_dict(&d).and_then(|d| d.get_str(name)));
        }
    })
}

fn type_attr(obj: &Value, name: &str) -> Option<Value> {
    let t = type_data_of(obj);
    Some(match name {
        "__name__" => new_str(t.name()),
        "__qualname__" => new_str(&t.qualname()),
        "__mro__" => new_tuple(t.mro()),
        "__bases__" => new_tuple(t.bases.clone()),
        "__base__" => t.bases.first().cloned().unwrap_or_else(none),
        "__dict__" => {
            let d = new_dict();
            let dd = as_dict(&d)?;
            for (k, v) in t.dict.items() {
                dd.set_str_key(k, v);
            }
            d
        }
        "__module__" => t
            .dict
            .get_str("__module__")
            .unwrap_or_else(|| intern("builtins")),
        "__doc__" => t.dict.get_str("__doc__").unwrap_or_else(none),
        _ => return None,
    })
}

fn exception_attr(obj: &Value, name: &str) -> Option<Value> {
    let d = exc_data(obj)?;
    let first_arg = || {
        as_tuple(&d.args())
            .and_then(|t| t.items().first().cloned())
            .unwrap_or_else(none)
    };
    let is = |k: ExcKind| obj.type_data().is_subtype(k.type_ref().type_data_static());
    Some(match name {
        "args" => d.args(),
        "__cause__" => d.cause().unwrap_or_else(none),
        "__context__" => d.context().unwrap_or_else(none),
        "__suppress_context__" => bool_value(d.suppress_context()),
        "__traceback__" => traceback_value(obj),
        "value" if is(ExcKind::StopIteration) => first_arg(),
        "code" if is(ExcKind::SystemExit) => {
            let args = d.args();
            match as_tuple(&args).map(|t| t.len()) {
                Some(0) | None => none(),
                Some(1) => first_arg(),
                _ => args,
            }
        }
        "errno" if is(ExcKind::OSError) => {
            let args = d.args();
            match as_tuple(&args) {
                Some(t) if t.len() >= 2 => t.items()[0].clone(),
                _ => none(),
            }
        }
        "strerror" if is(ExcKind::OSError) => {
            let args = d.args();
            match as_tuple(&args) {
                Some(t) if t.len() >= 2 => t.items()[1].clone(),
                _ => none(),
            }
        }
        "filename" | "filename2" if is(ExcKind::OSError) => {
            let args = d.args();
            let at = if name == "filename" { 2 } else { 4 };
            match as_tuple(&args) {
                Some(t) if (3..=5).contains(&t.len()) => {
                    t.items().get(at).cloned().unwrap_or_else(none)
                }
                _ => none(),
            }
        }
        "msg" if is(ExcKind::SyntaxError) => first_arg(),
        "name" if is(ExcKind::NameError) || is(ExcKind::ImportError) => none(),
        _ => return None,
    })
}

/// Writes a native attribute; None when `name` is not one for this object.
pub fn set(_vm: &mut Vm, obj: &Value, name: &str, value: Option<Value>) -> Option<PyResult<()>> {
    match obj.layout() {
        Layout::Function => {
            let f = obj.downcast::<FunctionData>()?;
            let v = value.unwrap_or_else(none);
            let is_none = v.is(&crate::object::singletons().none);
            match name {
                "__name__" => {
                    if as_str(&v).is_none() {
                        return Some(Err(PyErr::new(
                            ExcKind::TypeError,
                            "__name__ must be set to a string object",
                        )));
                    }
                    drop(f.set_name(v));
                }
                "__qualname__" => drop(f.set_qualname(v)),
                "__doc__" => drop(f.set_doc(v)),
                "__defaults__" => {
                    if !is_none && as_tuple(&v).is_none() {
                        return Some(Err(PyErr::new(
                            ExcKind::TypeError,
                            "__defaults__ must be set to a tuple object",
                        )));
                    }
                    // Function-version changes happen with the world stopped (see
                    // `FunctionData::version`): no call is binding arguments meanwhile.
                    let world = crate::thread::stw::stop_the_world();
                    let old = f.set_defaults(if is_none { None } else { Some(v) });
                    drop(world);
                    drop(old);
                }
                "__kwdefaults__" => {
                    if !is_none && as_dict(&v).is_none() {
                        return Some(Err(PyErr::new(
                            ExcKind::TypeError,
                            "__kwdefaults__ must be set to a dict object",
                        )));
                    }
                    let world = crate::thread::stw::stop_the_world();
                    let old = f.set_kwdefaults(if is_none { None } else { Some(v) });
                    drop(world);
                    drop(old);
                }
                "__code__" => {
                    let world = crate::thread::stw::stop_the_world();
                    let replaced = f.set_code(v);
                    drop(world);
                    if replaced.is_none() {
                        return Some(Err(PyErr::new(
                            ExcKind::TypeError,
                            "__code__ must be set to a code object",
                        )));
                    }
                }
                "__annotations__" => drop(f.set_annotations(Some(v))),
                "__dict__" => drop(f.set_dict(v)),
                _ => return None,
            }
            Some(Ok(()))
        }
        Layout::Exception => {
            let d = exc_data(obj)?;
            let v = value.unwrap_or_else(none);
            let is_none = v.is(&crate::object::singletons().none);
            match name {
                "args" => {
                    let t = match as_tuple(&v) {
                        Some(_) => v,
                        None => new_tuple(vec![v]),
                    };
                    drop(d.set_args(t));
                }
                "__cause__" => {
                    drop(d.set_cause_raw(if is_none { None } else { Some(v) }));
                    d.set_suppress_context(true);
                }
                "__context__" => drop(d.set_context(if is_none { None } else { Some(v) })),
                "__suppress_context__" => {
                    d.set_suppress_context(crate::object::int::is_true(&v));
                }
                "__traceback__" => {
                    if is_none {
                        drop(d.clear_traceback());
                    }
                }
                _ => return None,
            }
            Some(Ok(()))
        }
        _ => None,
    }
}
