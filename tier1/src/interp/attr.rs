//! Attribute access semantics: descriptor binding (functions, method descriptors, classmethod,
//! staticmethod, property, `__slots__` members, user descriptors), instance attributes (inline
//! values with split keys, or a materialized `__dict__`), type, module and super lookups, and
//! `__getattr__` / `__setattr__` / `__delattr__` hooks.
//! Storage lives in `object::typeobj`; this module decides what an attribute name means.

use crate::object::dict::{as_dict, new_dict};
use crate::object::func::{
    new_bound_builtin, new_method, BuiltinData, ClassMethodData, FunctionData, MemberDescrData,
    ModuleData, PropertyData, StaticMethodData, SuperData,
};
use crate::object::names::names;
use crate::object::str::{as_str, intern};
use crate::object::typeobj::{
    attr_cache, instance_data, tflags, type_data_of, InstanceData, TypeData,
};
use crate::object::{none, singletons, ExcKind, Layout, PyErr, PyResult, Value};

use super::call::call;
use super::vm::Vm;

fn attr_name(name: &Value) -> PyResult<&str> {
    as_str(name).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!(
                "attribute name must be string, not '{}'",
                name.type_data().name()
            ),
        )
    })
}

/// The AttributeError CPython raises for a missing instance attribute.
pub fn no_attribute(obj: &Value, name: &str) -> PyErr {
    let msg = match obj.layout() {
        Layout::Type => format!(
            "type object '{}' has no attribute '{}'",
            type_data_of(obj).name(),
            name
        ),
        Layout::Module => format!(
            "module '{}' has no attribute '{}'",
            obj.downcast::<ModuleData>()
                .and_then(|m| as_str(&m.name).map(str::to_string))
                .unwrap_or_default(),
            name
        ),
        _ => format!(
            "'{}' object has no attribute '{}'",
            obj.type_data().name(),
            name
        ),
    };
    PyErr::with_args(
        ExcKind::AttributeError,
        vec![crate::object::str::new_string(msg)],
    )
}

/// True for descriptors that take precedence over instance attributes.
fn is_data_descriptor(d: &Value) -> bool {
    match d.layout() {
        Layout::Property | Layout::MemberDescr => true,
        Layout::Function | Layout::Builtin | Layout::StaticMethod | Layout::ClassMethod => false,
        _ => {
            let t = d.type_data();
            t.is_heap()
                && (t.lookup_value(&names().set).is_some()
                    || t.lookup_value(&names().delete).is_some())
        }
    }
}

/// Binds a class attribute found by lookup to `obj` (None when accessed on the class).
pub fn descr_get(vm: &mut Vm, d: &Value, obj: Option<&Value>, owner: &Value) -> PyResult<Value> {
    match d.layout() {
        Layout::Function => Ok(match obj {
            Some(o) => new_method(d.clone(), o.clone()),
            None => d.clone(),
        }),
        Layout::Builtin => {
            let b = d.downcast::<BuiltinData>().expect("layout checked");
            match (obj, b.self_.is_none() && b.owner.is_some()) {
                (Some(o), true) => Ok(new_bound_builtin(b, o.clone())),
                _ => Ok(d.clone()),
            }
        }
        Layout::ClassMethod => {
            let f = d.downcast::<ClassMethodData>().expect("layout checked");
            let cls = match obj {
                Some(o) => o.type_value(),
                None => owner.clone(),
            };
            Ok(new_method(f.0.clone(), cls))
        }
        Layout::StaticMethod => Ok(d
            .downcast::<StaticMethodData>()
            .expect("layout checked")
            .0
            .clone()),
        Layout::Property => {
            let p = d.downcast::<PropertyData>().expect("layout checked");
            let Some(o) = obj else { return Ok(d.clone()) };
            match &p.fget {
                Some(g) => call(vm, g, std::slice::from_ref(o), &[]),
                None => Err(PyErr::new(
                    ExcKind::AttributeError,
                    format!(
                        "property of '{}' object has no getter",
                        o.type_data().name()
                    ),
                )),
            }
        }
        Layout::MemberDescr => {
            let m = d.downcast::<MemberDescrData>().expect("layout checked");
            let Some(o) = obj else { return Ok(d.clone()) };
            instance_data(o)
                .and_then(|inst| inst.slot(m.index))
                .ok_or_else(|| no_attribute(o, as_str(&m.name).unwrap_or("?")))
        }
        _ => {
            let t = d.type_data();
            if t.is_heap() {
                if let Some(get) = t.lookup_value(&names().get) {
                    let inst = obj.cloned().unwrap_or_else(none);
                    return call(vm, &get, &[d.clone(), inst, owner.clone()], &[]);
                }
            }
            Ok(d.clone())
        }
    }
}

/// Reads an instance attribute from inline values or the materialized dict.
fn instance_get(ty: &TypeData, inst: &InstanceData, name: &Value) -> Option<Value> {
    if let Some(d) = inst.dict() {
        return as_dict(&d)?.get_str_value(name);
    }
    let i = ty.shared_key_index(name, false)?;
    match inst.get_inline(i) {
        Ok(v) => v,
        Err(d) => as_dict(&d)?.get_str_value(name),
    }
}

/// The instance `__dict__`, materializing it from inline values on first request.
pub fn instance_dict(obj: &Value) -> Option<Value> {
    let inst = instance_data(obj)?;
    if obj.type_data().flags & tflags::NO_DICT != 0 {
        return None;
    }
    if let Some(d) = inst.dict() {
        return Some(d);
    }
    Some(inst.materialize_dict(&obj.type_data().shared_keys()))
}

/// `obj.name`.
pub fn getattr(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<Value> {
    let ty = obj.type_data();
    if ty.is_heap() {
        if let Some(ga) = ty.lookup_value(&names().getattribute) {
            if ga.layout() != Layout::Builtin {
                return with_getattr_hook(vm, obj, name, |vm| {
                    call(vm, &ga, &[obj.clone(), name.clone()], &[])
                });
            }
        }
        return with_getattr_hook(vm, obj, name, |vm| generic_getattr(vm, obj, name));
    }
    match obj.layout() {
        Layout::Type => type_getattr(vm, obj, name),
        Layout::Module => module_getattr(vm, obj, name),
        Layout::Super => super_getattr(vm, obj, name),
        _ => generic_getattr(vm, obj, name),
    }
}

/// Runs `get`; on AttributeError, falls back to the class's `__getattr__`.
fn with_getattr_hook(
    vm: &mut Vm,
    obj: &Value,
    name: &Value,
    get: impl FnOnce(&mut Vm) -> PyResult<Value>,
) -> PyResult<Value> {
    match get(vm) {
        Err(e) if e.matches(ExcKind::AttributeError) => {
            match obj.type_data().lookup_value(&names().getattr) {
                Some(hook) => call(vm, &hook, &[obj.clone(), name.clone()], &[]),
                None => Err(e),
            }
        }
        r => r,
    }
}

/// Attribute lookup without `__getattribute__`/`__getattr__` hooks (object.__getattribute__).
pub fn generic_getattr(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<Value> {
    if obj.layout() == Layout::Type {
        return type_getattr(vm, obj, name);
    }
    let text = attr_name(name)?;
    let ty = obj.type_data();
    let descr = ty.lookup_value(name);
    if let Some(d) = &descr {
        if is_data_descriptor(d) {
            return descr_get(vm, d, Some(obj), &obj.type_value());
        }
    }
    // Exception fields are data descriptors in CPython: they win over the instance dict.
    if obj.layout() == Layout::Exception {
        if let Some(r) = crate::builtins::native_attrs::get(vm, obj, text) {
            return r;
        }
    }
    if let Some(inst) = instance_data(obj) {
        if let Some(v) = instance_get(ty, inst, name) {
            return Ok(v);
        }
    }
    if let Some(r) = crate::builtins::native_attrs::get(vm, obj, text) {
        return r;
    }
    match text {
        "__class__" => return Ok(obj.type_value()),
        "__dict__" => {
            if let Some(d) = instance_dict(obj) {
                return Ok(d);
            }
        }
        _ => {}
    }
    match descr {
        Some(d) => descr_get(vm, &d, Some(obj), &obj.type_value()),
        None => Err(no_attribute(obj, text)),
    }
}

/// Attribute lookup on a class.
fn type_getattr(vm: &mut Vm, cls: &Value, name: &Value) -> PyResult<Value> {
    let text = attr_name(name)?;
    let meta = cls.type_data();
    let meta_descr = meta.lookup_value(name);
    if let Some(d) = &meta_descr {
        if is_data_descriptor(d) {
            return descr_get(vm, d, Some(cls), &cls.type_value());
        }
    }
    let td = type_data_of(cls);
    if let Some(v) = td.lookup_value(name) {
        return descr_get(vm, &v, None, cls);
    }
    if let Some(r) = crate::builtins::native_attrs::get(vm, cls, text) {
        return r;
    }
    if text == "__class__" {
        return Ok(cls.type_value());
    }
    match meta_descr {
        Some(d) => descr_get(vm, &d, Some(cls), &cls.type_value()),
        None => Err(no_attribute(cls, text)),
    }
}

fn module_getattr(vm: &mut Vm, module: &Value, name: &Value) -> PyResult<Value> {
    let text = attr_name(name)?;
    let m = module.downcast::<ModuleData>().expect("layout checked");
    if let Some(v) = as_dict(&m.dict).and_then(|d| d.get_str_value(name)) {
        return Ok(v);
    }
    match text {
        "__dict__" => return Ok(m.dict.clone()),
        "__class__" => return Ok(module.type_value()),
        _ => {}
    }
    if let Some(hook) = as_dict(&m.dict).and_then(|d| d.get_str("__getattr__")) {
        return call(vm, &hook, std::slice::from_ref(name), &[]);
    }
    Err(no_attribute(module, text))
}

fn super_getattr(vm: &mut Vm, sup: &Value, name: &Value) -> PyResult<Value> {
    let text = attr_name(name)?;
    let s = sup.downcast::<SuperData>().expect("layout checked");
    let mro = type_data_of(&s.obj_type).mro();
    let start = mro
        .iter()
        .position(|t| t.is(&s.ty))
        .map_or(mro.len(), |i| i + 1);
    for t in &mro[start..] {
        if let Some(v) = type_data_of(t).dict.get_str(text) {
            let inst = if s.obj.is(&s.obj_type) {
                None
            } else {
                Some(&s.obj)
            };
            return descr_get(vm, &v, inst, &s.obj_type);
        }
    }
    if text == "__class__" {
        return Ok(sup.type_value());
    }
    Err(PyErr::new(
        ExcKind::AttributeError,
        format!("'super' object has no attribute '{text}'"),
    ))
}

/// LOAD_ATTR with the method flag: `(function, true)` when the attribute is a plain function or
/// method descriptor found on the type (call it with `obj` prepended, no bound-method object),
/// else `(attribute, false)`.
pub fn load_method(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<(Value, bool)> {
    let ty = obj.type_data();
    let plain = !matches!(obj.layout(), Layout::Type | Layout::Module | Layout::Super)
        && (!ty.is_heap()
            || ty
                .lookup_value(&names().getattribute)
                .is_none_or(|g| g.layout() == Layout::Builtin));
    if plain {
        if let Some(_text) = as_str(name) {
            if let Some(d) = ty.lookup_value(name) {
                let is_method = match d.layout() {
                    Layout::Function => true,
                    Layout::Builtin => d
                        .downcast::<BuiltinData>()
                        .is_some_and(|b| b.self_.is_none() && b.owner.is_some()),
                    _ => false,
                };
                if is_method {
                    let shadowed = instance_data(obj)
                        .is_some_and(|inst| instance_get(ty, inst, name).is_some());
                    if !shadowed {
                        return Ok((d, true));
                    }
                }
            }
        }
    }
    Ok((getattr(vm, obj, name)?, false))
}

/// `obj.name = value`.
pub fn setattr(vm: &mut Vm, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
    let ty = obj.type_data();
    if ty.is_heap() {
        if let Some(sa) = ty.lookup_value(&names().setattr) {
            if sa.layout() != Layout::Builtin {
                call(vm, &sa, &[obj.clone(), name.clone(), value], &[])?;
                return Ok(());
            }
        }
    }
    generic_setattr(vm, obj, name, Some(value))
}

/// `del obj.name`.
pub fn delattr(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<()> {
    let ty = obj.type_data();
    if ty.is_heap() {
        if let Some(da) = ty.lookup_value(&names().delattr) {
            if da.layout() != Layout::Builtin {
                call(vm, &da, &[obj.clone(), name.clone()], &[])?;
                return Ok(());
            }
        }
    }
    generic_setattr(vm, obj, name, None)
}

/// object.__setattr__ / object.__delattr__ (value None = delete).
pub fn generic_setattr(
    vm: &mut Vm,
    obj: &Value,
    name: &Value,
    value: Option<Value>,
) -> PyResult<()> {
    let text = attr_name(name)?;
    let ty = obj.type_data();
    if obj.layout() == Layout::Type {
        // Data descriptors of a Python metaclass (e.g. a property with a setter) win.
        if ty.is_heap() {
            if let Some(d) = ty.lookup_value(name) {
                if is_data_descriptor(&d) {
                    return descr_set(vm, &d, obj, text, value);
                }
            }
        }
        return type_setattr(obj, name, text, value);
    }
    if text == "__class__" {
        return set_class(obj, value);
    }
    if let Some(d) = ty.lookup_value(name) {
        if is_data_descriptor(&d) {
            return descr_set(vm, &d, obj, text, value);
        }
    }
    if obj.layout() == Layout::Exception {
        if let Some(r) = crate::builtins::native_attrs::set(vm, obj, text, value.clone()) {
            return r;
        }
    }
    if let Some(inst) = instance_data(obj) {
        if ty.flags & tflags::NO_DICT == 0 {
            return instance_set(obj, ty, inst, name, text, value);
        }
    }
    if let Some(r) = crate::builtins::native_attrs::set(vm, obj, text, value.clone()) {
        return r;
    }
    if obj.layout() == Layout::Module {
        let m = obj.downcast::<ModuleData>().expect("layout checked");
        let d = as_dict(&m.dict).expect("module dict");
        return match value {
            Some(v) => d.set_item(vm, name.clone(), v),
            None => {
                if d.del_item(vm, name)? {
                    Ok(())
                } else {
                    Err(no_attribute(obj, text))
                }
            }
        };
    }
    if obj.layout() == Layout::Function {
        let f = obj.downcast::<FunctionData>().expect("layout checked");
        let dict = match f.dict() {
            Some(d) => d,
            None => {
                let d = new_dict();
                f.set_dict(d.clone());
                d
            }
        };
        let d = as_dict(&dict).expect("function dict");
        return match value {
            Some(v) => d.set_item(vm, name.clone(), v),
            None => {
                if d.del_item(vm, name)? {
                    Ok(())
                } else {
                    Err(no_attribute(obj, text))
                }
            }
        };
    }
    if ty.lookup_value(name).is_some() {
        return Err(PyErr::new(
            ExcKind::AttributeError,
            format!("'{}' object attribute '{}' is read-only", ty.name(), text),
        ));
    }
    if !ty.is_heap() && crate::builtins::native_attrs::get(vm, obj, text).is_some() {
        return Err(PyErr::new(
            ExcKind::AttributeError,
            format!(
                "attribute '{}' of '{}' objects is not writable",
                text,
                ty.name()
            ),
        ));
    }
    Err(no_attribute(obj, text))
}

/// `obj.__class__ = cls`: only between Python classes whose instances have the same layout.
fn set_class(obj: &Value, value: Option<Value>) -> PyResult<()> {
    let Some(new_cls) = value else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "can't delete __class__ attribute",
        ));
    };
    let Some(new_td) = new_cls.downcast::<TypeData>() else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "__class__ must be set to a class, not '{}' object",
                new_cls.type_data().name()
            ),
        ));
    };
    let old_td = obj.type_data();
    if !old_td.is_heap() || !new_td.is_heap() {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    let same_slots = old_td.slot_names.len() == new_td.slot_names.len()
        && old_td
            .slot_names
            .iter()
            .zip(&new_td.slot_names)
            .all(|(a, b)| as_str(a) == as_str(b));
    let compatible = old_td.layout == new_td.layout
        && old_td.inst_offset == new_td.inst_offset
        && old_td.has_instance_data() == new_td.has_instance_data()
        && (old_td.flags & tflags::NO_DICT) == (new_td.flags & tflags::NO_DICT)
        && old_td.dealloc as usize == new_td.dealloc as usize
        && same_slots;
    if !compatible {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                new_td.name(),
                old_td.name()
            ),
        ));
    }
    // Inline attribute values are indexed by the old class's shared keys: move them into a
    // real dict first.
    drop(instance_dict(obj));
    let Some(h) = obj.header() else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    };
    if let Some(nh) = new_cls.header() {
        nh.incref();
    }
    let old = h
        .ob_type
        .swap(new_cls.raw(), std::sync::atomic::Ordering::AcqRel);
    // SAFETY: every object holds one reference on its type (taken in `alloc`); the reference
    // on the old type is released here, and the new type's was taken just above.
    drop(unsafe { Value::from_raw_owned(old as *mut crate::object::header::ObjHeader) });
    Ok(())
}

fn instance_set(
    obj: &Value,
    ty: &TypeData,
    inst: &InstanceData,
    name: &Value,
    text: &str,
    value: Option<Value>,
) -> PyResult<()> {
    if let Some(d) = inst.dict() {
        let dd = as_dict(&d).expect("instance dict");
        match value {
            Some(v) => {
                let key = if name.type_data().is_heap() {
                    intern(text)
                } else {
                    name.clone()
                };
                dd.set_str_key(key, v);
                return Ok(());
            }
            None => {
                let removed = dd.del_str(text);
                return if removed {
                    Ok(())
                } else {
                    Err(no_attribute(obj, text))
                };
            }
        }
    }
    match value {
        Some(v) => {
            let i = ty
                .shared_key_index(name, true)
                .ok_or_else(|| no_attribute(obj, text))?;
            if inst.value(i).is_none() && inst.has_value_after(i) {
                // Adding a key out of the class's shared-key order: inline values would report
                // the wrong insertion order, so switch this instance to a real dict.
                if let Some(d) = instance_dict(obj) {
                    let key = if name.type_data().is_heap() {
                        intern(text)
                    } else {
                        name.clone()
                    };
                    if let Some(dd) = as_dict(&d) {
                        dd.set_str_key(key, v);
                    }
                    return Ok(());
                }
            }
            match inst.set_inline(i, Some(v)) {
                Ok(old) => drop(old),
                // Another thread materialized the `__dict__` meanwhile: store there.
                Err((v, d)) => {
                    if let (Some(dd), Some(v)) = (as_dict(&d), v) {
                        dd.set_str_key(intern(text), v);
                    }
                }
            }
            Ok(())
        }
        None => {
            let old = match ty.shared_key_index(name, false) {
                Some(i) => match inst.set_inline(i, None) {
                    Ok(old) => old,
                    Err((_, d)) => as_dict(&d).and_then(|dd| dd.remove_str(text)),
                },
                None => None,
            };
            match old {
                Some(_) => Ok(()),
                None => Err(no_attribute(obj, text)),
            }
        }
    }
}

fn descr_set(
    vm: &mut Vm,
    d: &Value,
    obj: &Value,
    text: &str,
    value: Option<Value>,
) -> PyResult<()> {
    match d.layout() {
        Layout::Property => {
            let p = d.downcast::<PropertyData>().expect("layout checked");
            let (f, what) = match value {
                Some(_) => (&p.fset, "setter"),
                None => (&p.fdel, "deleter"),
            };
            let Some(f) = f else {
                return Err(PyErr::new(
                    ExcKind::AttributeError,
                    format!(
                        "property '{}' of '{}' object has no {}",
                        text,
                        obj.type_data().name(),
                        what
                    ),
                ));
            };
            let mut args = vec![obj.clone()];
            args.extend(value);
            call(vm, f, &args, &[])?;
            Ok(())
        }
        Layout::MemberDescr => {
            let m = d.downcast::<MemberDescrData>().expect("layout checked");
            let inst = instance_data(obj).ok_or_else(|| no_attribute(obj, text))?;
            let deleting = value.is_none();
            let old = inst.set_slot(m.index, value);
            if deleting && old.is_none() {
                return Err(no_attribute(obj, text));
            }
            drop(old);
            Ok(())
        }
        _ => {
            let t = d.type_data();
            match value {
                Some(v) => {
                    let f = t.lookup("__set__").ok_or_else(|| no_attribute(obj, text))?;
                    call(vm, &f, &[d.clone(), obj.clone(), v], &[])?;
                }
                None => {
                    let f = t
                        .lookup("__delete__")
                        .ok_or_else(|| no_attribute(obj, text))?;
                    call(vm, &f, &[d.clone(), obj.clone()], &[])?;
                }
            }
            Ok(())
        }
    }
}

fn type_setattr(cls: &Value, name: &Value, text: &str, value: Option<Value>) -> PyResult<()> {
    let td = type_data_of(cls);
    if !td.is_heap() {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "cannot set '{}' attribute of immutable type '{}'",
                text,
                td.name()
            ),
        ));
    }
    match text {
        "__name__" => {
            if let Some(v) = value.as_ref().and_then(|v| as_str(v).map(str::to_string)) {
                td.set_name(v);
                return Ok(());
            }
        }
        "__qualname__" => {
            if let Some(v) = value.as_ref().and_then(|v| as_str(v).map(str::to_string)) {
                td.set_qualname(v);
                return Ok(());
            }
        }
        _ => {}
    }
    let key = if name.type_data().is_heap() {
        intern(text)
    } else {
        name.clone()
    };
    // While the store is in progress no lookup is cached or served from a cache, and the
    // version changes before and after it; the old value is released through QSBR, since
    // lock-free cache readers may still hold it.
    let value_was_set = value.is_some();
    let store = attr_cache::begin_store();
    td.invalidate_version();
    let old = match value {
        Some(v) => td.dict.replace_str_key(key, v),
        None => td.dict.remove_str(text),
    };
    td.invalidate_version();
    drop(store);
    let Some(old) = old else {
        return match value_was_set {
            true => Ok(()),
            false => Err(no_attribute(cls, text)),
        };
    };
    crate::thread::qsbr::defer_drop(old);
    Ok(())
}

/// True when `obj` has a non-None attribute `name` in its class (for protocol checks).
pub fn class_has(obj: &Value, name: &str) -> bool {
    obj.type_data()
        .lookup(name)
        .is_some_and(|v| !v.is(&singletons().none))
}
