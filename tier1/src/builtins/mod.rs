//! Python-visible builtins: the `builtins` namespace (functions, types, exceptions), the
//! methods of every builtin type, and the native modules (sys, math, time). `install` wires
//! them into a new `Vm`. Semantics shared with the interpreter (operators, attribute access)
//! are called from `crate::interp`, not reimplemented here.

pub mod args;
pub mod bytearray_methods;
pub mod bytes_methods;
pub mod dict_methods;
pub mod errors;
pub mod exc_methods;
pub mod func_methods;
pub mod functions;
pub mod gc_mod;
pub mod import;
pub mod io;
pub mod list_methods;
pub mod math;
pub mod native_attrs;
pub mod num_methods;
pub mod object_methods;
pub mod os;
pub mod random;
pub mod re;
pub mod set_methods;
pub mod str_extra;
pub mod str_format;
pub mod str_methods;
pub mod struct_mod;
pub mod sys;
pub mod thread_mod;
pub mod time;
pub mod traceback;

use std::sync::Once;

use crate::interp::Vm;
use crate::object::dict::as_dict;
use crate::object::func::{new_builtin, new_method_descriptor, NativeFn};
use crate::object::str::intern;
use crate::object::{builtin_types, singletons, ExcKind, TypeRef, Value};

/// Adds a method descriptor `name` to a builtin type.
pub fn add_method(ty: TypeRef, name: &'static str, f: NativeFn) {
    let m = new_method_descriptor(name, f, ty.value());
    if let Some(h) = m.header() {
        crate::memory::make_immortal(h);
    }
    ty.type_data_static().dict.set_str_key(intern(name), m);
}

/// Adds a plain attribute to a builtin type.
pub fn add_type_attr(ty: TypeRef, name: &str, value: Value) {
    if let Some(h) = value.header() {
        crate::memory::make_immortal(h);
    }
    ty.type_data_static().dict.set_str_key(intern(name), value);
}

/// Adds a function to a namespace dict.
pub fn add_function(namespace: &Value, name: &'static str, f: NativeFn) {
    add_builtin_value(namespace, name, new_builtin(name, f));
}

/// Adds a builtin that reads its caller's frame (`locals`, `vars`, `sys._getframe`): the
/// evaluation loop answers direct calls; `f` serves calls from native code.
pub fn add_frame_function(
    namespace: &Value,
    name: &'static str,
    f: NativeFn,
    frame_use: crate::object::func::CallerFrameUse,
) {
    let b = crate::object::func::new_frame_builtin(name, f, frame_use);
    add_builtin_value(namespace, name, b);
}

fn add_builtin_value(namespace: &Value, name: &'static str, b: Value) {
    if let Some(h) = b.header() {
        crate::memory::make_immortal(h);
    }
    if let Some(d) = as_dict(namespace) {
        d.set_str_key(intern(name), b);
    }
}

/// Adds a value to a namespace dict.
pub fn add_value(namespace: &Value, name: &str, value: Value) {
    if let Some(d) = as_dict(namespace) {
        d.set_str_key(intern(name), value);
    }
}

static REGISTER_TYPES: Once = Once::new();

/// Releases the Values an exiting thread's native caches hold (before it retires).
pub fn release_thread_caches() {
    re::module::release_thread_cache();
}

/// Releases the Values native modules keep for the whole process (interpreter finalization).
pub fn release_process_caches() {
    struct_mod::release_error_class();
    crate::memory::gc::clear_callbacks();
}

/// Registers builtin type methods (once per process) and fills `vm.builtins` and the module
/// registry.
pub fn install(vm: &mut Vm) {
    REGISTER_TYPES.call_once(|| {
        object_methods::register();
        num_methods::register();
        str_methods::register();
        str_format::register();
        bytes_methods::register();
        list_methods::register();
        dict_methods::register();
        set_methods::register();
        exc_methods::register();
        func_methods::register();
        io::register();
        thread_mod::register();
        gc_mod::register();
    });
    let b = vm.builtins.clone();
    let t = builtin_types();
    let s = singletons();
    for (name, ty) in [
        ("object", t.object),
        ("type", t.type_),
        ("int", t.int),
        ("bool", t.bool_),
        ("float", t.float),
        ("str", t.str),
        ("bytes", t.bytes),
        ("bytearray", t.bytearray),
        ("memoryview", t.memoryview),
        ("list", t.list),
        ("tuple", t.tuple),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("property", t.property),
        ("staticmethod", t.staticmethod),
        ("classmethod", t.classmethod),
        ("super", t.super_),
    ] {
        add_value(&b, name, ty.value());
    }
    for kind in std::iter::once(ExcKind::BaseException)
        .chain(crate::object::exception::EXCEPTIONS.iter().map(|(k, _)| *k))
    {
        add_value(&b, kind.name(), kind.type_ref().value());
    }
    add_value(&b, "EnvironmentError", ExcKind::OSError.type_ref().value());
    add_value(&b, "IOError", ExcKind::OSError.type_ref().value());
    add_value(&b, "None", s.none.clone());
    add_value(&b, "True", s.true_.clone());
    add_value(&b, "False", s.false_.clone());
    add_value(&b, "Ellipsis", s.ellipsis.clone());
    add_value(&b, "NotImplemented", s.not_implemented.clone());
    add_value(&b, "__name__", intern("builtins"));
    add_value(&b, "__debug__", s.true_.clone());
    functions::install(&b);
    func_methods::install_iterator_types(&b);
    io::install(&b);

    let builtins_module = crate::object::func::new_module("builtins", b.clone());
    add_value(&vm.modules, "builtins", builtins_module);
    crate::object::typeobj::attr_cache::invalidate_all();
    let sys_module = sys::make_module(vm);
    vm.sys = Some(sys_module.clone());
    add_value(&vm.modules, "sys", sys_module);
}
