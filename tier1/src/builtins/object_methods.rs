//! Methods of `object` and `type` (the defaults every class inherits: construction, repr/str,
//! equality and hashing by identity, attribute hooks), and running queued `__del__` finalizers.

use crate::interp::{attr, call, ops, repr, Vm};
use crate::object::func::Args;
use crate::object::seq::new_list;
use crate::object::str::{as_str, new_string};
use crate::object::typeobj::{instance_data, type_data_of, TypeData};
use crate::object::{
    bool_value, builtin_types, none, not_implemented, ExcKind, Layout, PyErr, PyResult, Value,
};

use super::add_method;
use super::args::check_positional;

fn object_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = args
        .all
        .first()
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "object.__new__(): not enough arguments"))?;
    let td = cls.downcast::<TypeData>().ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!(
                "object.__new__(X): X is not a type object ({})",
                cls.type_data().name()
            ),
        )
    })?;
    if args.all.len() > 1 || !args.kwnames.is_empty() {
        let init_overridden = td
            .lookup("__init__")
            .is_some_and(|i| i.layout() != Layout::Builtin);
        let new_overridden = td
            .lookup("__new__")
            .is_some_and(|n| n.layout() != Layout::Builtin);
        if !init_overridden || new_overridden {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("{}() takes no arguments", td.name()),
            ));
        }
    }
    if let Some(abstract_) = td.lookup("__abstractmethods__") {
        let names = ops::collect(vm, &abstract_)?;
        if !names.is_empty() {
            let mut names: Vec<String> = names
                .iter()
                .map(|n| as_str(n).unwrap_or("?").to_string())
                .collect();
            names.sort();
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "Can't instantiate abstract class {} with abstract method{} {}",
                    td.name(),
                    if names.len() > 1 { "s" } else { "" },
                    names.join(", ")
                ),
            ));
        }
    }
    call::object_new(cls)
}

/// `object.__init_subclass__(cls)` (a classmethod): accepts no keyword arguments.
fn object_init_subclass(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        let name = args
            .all
            .first()
            .and_then(|c| c.downcast::<TypeData>())
            .map_or("object", |t| t.name())
            .to_string();
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("{name}.__init_subclass__() takes no keyword arguments"),
        ));
    }
    Ok(none())
}

/// `type.__prepare__(name, bases, **kwds)` (a classmethod): a new empty dict.
fn type_prepare(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(crate::object::dict::new_dict())
}

/// `type.__call__(cls, *args, **kwargs)`.
fn type_call_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(cls) = args.all.first() else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "descriptor '__call__' of 'type' object needs an argument",
        ));
    };
    if cls.downcast::<TypeData>().is_none() {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "descriptor '__call__' requires a 'type' object but received a '{}'",
                cls.type_data().name()
            ),
        ));
    }
    call::type_call_default(vm, cls, &args.all[1..], args.kwnames)
}

fn classmethod_builtin(name: &'static str, f: crate::object::func::NativeFn) -> Value {
    let b = crate::object::func::new_builtin(name, f);
    if let Some(h) = b.header() {
        crate::memory::make_immortal(h);
    }
    crate::object::typeobj::alloc(
        &builtin_types().classmethod.value(),
        crate::object::func::ClassMethodData(b),
    )
}

fn object_init(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.all.first().ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            "object.__init__(): not enough arguments",
        )
    })?;
    if args.all.len() > 1 || !args.kwnames.is_empty() {
        let td = this.type_data();
        let new_overridden = td
            .lookup("__new__")
            .is_some_and(|n| n.layout() != Layout::Builtin);
        let init_overridden = td
            .lookup("__init__")
            .is_some_and(|i| i.layout() != Layout::Builtin);
        if init_overridden || !new_overridden {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
    }
    Ok(none())
}

fn object_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__repr__", 1, 1)?;
    let v = &args.all[0];
    if v.type_data().is_heap() && v.layout() == Layout::Object {
        return Ok(new_string(repr::default_repr(v)));
    }
    repr::native_repr(vm, v).map(new_string)
}

fn object_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__str__", 1, 1)?;
    let v = &args.all[0];
    if v.layout() == Layout::Object
        || v.type_data()
            .lookup("__repr__")
            .is_some_and(|r| r.layout() != Layout::Builtin)
    {
        return ops::repr(vm, v);
    }
    repr::native_str(vm, v).map(new_string)
}

fn object_eq(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__eq__", 2, 2)?;
    if args.all[0].is(&args.all[1]) {
        Ok(bool_value(true))
    } else {
        Ok(not_implemented())
    }
}

fn object_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__ne__", 2, 2)?;
    let (a, b) = (&args.all[0], &args.all[1]);
    if let Some(eq) = a.type_data().lookup("__eq__") {
        let r = call::call(vm, &eq, &[a.clone(), b.clone()], &[])?;
        if ops::is_not_implemented(&r) {
            return Ok(r);
        }
        return Ok(bool_value(!ops::truthy(vm, &r)?));
    }
    Ok(not_implemented())
}

fn object_cmp_not_implemented(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(not_implemented())
}

fn object_hash(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__hash__", 1, 1)?;
    Ok(crate::object::int::int_from_i64(ops::identity_hash(
        &args.all[0],
    )))
}

fn object_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__format__", 2, 2)?;
    let spec = as_str(&args.all[1]).unwrap_or("");
    repr::native_format(vm, &args.all[0], spec).map(new_string)
}

fn object_getattribute(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__getattribute__", 2, 2)?;
    attr::generic_getattr(vm, &args.all[0], &args.all[1])
}

fn object_setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__setattr__", 3, 3)?;
    attr::generic_setattr(vm, &args.all[0], &args.all[1], Some(args.all[2].clone()))?;
    Ok(none())
}

fn object_delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__delattr__", 2, 2)?;
    attr::generic_setattr(vm, &args.all[0], &args.all[1], None)?;
    Ok(none())
}

fn object_dir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = crate::object::dict::as_dict(&vm.builtins)
        .and_then(|b| b.get_str("dir"))
        .ok_or_else(|| PyErr::new(ExcKind::SystemError, "dir() missing"))?;
    call::call(vm, &f, &args.all[..1], &[])
}

fn type_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.positional();
    match pos.len() {
        2 => Ok(pos[1].type_value()),
        4 => {
            // type(name, bases, ns): like CPython, `__module__` defaults to the caller's
            // module name.
            let mut ns = pos[3].clone();
            if let Some(d) = crate::object::dict::as_dict(&ns) {
                if d.get_str("__module__").is_none() {
                    let module = vm
                        .current_globals()
                        .and_then(|g| crate::object::dict::as_dict(&g)?.get_str("__name__"));
                    if let Some(m) = module {
                        let copy = crate::object::dict::new_dict();
                        crate::interp::ops::dict_merge(vm, &copy, &ns, false)?;
                        super::add_value(&copy, "__module__", m);
                        ns = copy;
                    }
                }
            }
            let kw: Vec<(Value, Value)> = args
                .keywords()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            let (kn, kv): (Vec<Value>, Vec<Value>) = kw.into_iter().unzip();
            call::create_class(vm, &pos[0], &pos[1], &pos[2], &ns, (&kv, &kn))
        }
        _ => Err(PyErr::new(
            ExcKind::TypeError,
            "type() takes 1 or 3 arguments",
        )),
    }
}

fn type_init(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(none())
}

fn type_mro(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "mro", 1, 1)?;
    let t = args.all[0]
        .downcast::<TypeData>()
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "mro() needs a type"))?;
    Ok(new_list(t.mro()))
}

fn type_repr(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__repr__", 1, 1)?;
    Ok(new_string(repr::type_repr(type_data_of(&args.all[0]))))
}

fn type_subclasscheck(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__subclasscheck__", 2, 2)?;
    Ok(bool_value(super::functions::is_subclass(
        vm,
        &args.all[1],
        &args.all[0],
    )?))
}

/// Registers object's and type's methods.
pub fn register() {
    let t = builtin_types();
    let o = t.object;
    add_method(o, "__new__", object_new);
    add_method(o, "__init__", object_init);
    add_method(o, "__repr__", object_repr);
    add_method(o, "__str__", object_str);
    add_method(o, "__eq__", object_eq);
    add_method(o, "__ne__", object_ne);
    add_method(o, "__lt__", object_cmp_not_implemented);
    add_method(o, "__le__", object_cmp_not_implemented);
    add_method(o, "__gt__", object_cmp_not_implemented);
    add_method(o, "__ge__", object_cmp_not_implemented);
    add_method(o, "__hash__", object_hash);
    add_method(o, "__format__", object_format);
    add_method(o, "__getattribute__", object_getattribute);
    add_method(o, "__setattr__", object_setattr);
    add_method(o, "__delattr__", object_delattr);
    add_method(o, "__dir__", object_dir);
    let ty = t.type_;
    add_method(ty, "__new__", type_new);
    add_method(ty, "__init__", type_init);
    add_method(ty, "mro", type_mro);
    add_method(ty, "__repr__", type_repr);
    add_method(ty, "__subclasscheck__", type_subclasscheck);
    add_method(ty, "__call__", type_call_method);
    super::add_type_attr(
        ty,
        "__prepare__",
        classmethod_builtin("__prepare__", type_prepare),
    );
    super::add_type_attr(
        o,
        "__init_subclass__",
        classmethod_builtin("__init_subclass__", object_init_subclass),
    );
}

/// Closes a generator whose last reference was dropped while it was suspended, reporting an
/// exception from its `finally` blocks as CPython does.
fn close_abandoned_generator(vm: &mut Vm, generator: &Value) {
    let Some(g) = generator.downcast::<crate::interp::generator::GenData>() else {
        return;
    };
    if !g.is_started() || g.is_finished() {
        return;
    }
    let saved_exc = vm.exc_info.clone();
    if let Err(e) = crate::interp::generator::close(vm, generator) {
        let what = repr::native_repr(vm, generator).unwrap_or_default();
        vm.write_stderr(&format!("Exception ignored in: {what}\n"));
        super::errors::print_exception(vm, &e);
    }
    vm.exc_info = saved_exc;
}

/// Runs an object's finalizer: closes a suspended generator, or calls `__del__`. Exceptions
/// are reported as CPython does ("Exception ignored in: ...") and otherwise ignored.
pub fn finalize_object(vm: &mut Vm, obj: &Value) {
    if obj.layout() == Layout::Generator {
        close_abandoned_generator(vm, obj);
        return;
    }
    let Some(del) = obj.type_data().lookup("__del__") else {
        return;
    };
    if instance_data(obj).is_none() && obj.type_data().is_heap() {
        return;
    }
    let saved_exc = vm.exc_info.clone();
    if let Err(e) = call::call(vm, &del, std::slice::from_ref(obj), &[]) {
        let what = repr::native_repr(vm, &del).unwrap_or_default();
        vm.write_stderr(&format!("Exception ignored in: {what}\n"));
        super::errors::print_exception(vm, &e);
    }
    vm.exc_info = saved_exc;
}

/// Runs the finalizers of every object queued by the free path, and the weakref callbacks
/// queued when referents died.
pub fn run_finalizers(vm: &mut Vm) {
    loop {
        let queued = crate::memory::take_finalizers();
        let callbacks = crate::object::weakref::take_callbacks();
        if queued.is_empty() && callbacks.is_empty() {
            return;
        }
        for obj in queued {
            finalize_object(vm, &obj);
            drop(obj);
        }
        for (callback, weakref) in callbacks {
            crate::object::weakref::run_callback(vm, &callback, &weakref);
        }
    }
}
