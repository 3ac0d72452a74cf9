//! The import system: builtin native modules (sys, math, time) created on first import, and
//! `.py` modules and packages found on `sys.path`, cached in `sys.modules`; `from m import x`
//! and `from m import *`.

use crate::interp::{attr, ops, Vm};
use crate::object::dict::{as_dict, new_dict};
use crate::object::func::{new_code, new_module, Args, ModuleData};
use crate::object::int::as_i64;
use crate::object::seq::{as_list, as_tuple};
use crate::object::str::{as_str, intern, new_str};
use crate::object::{none, ExcKind, PyErr, PyResult, Value};

fn not_found(name: &str) -> PyErr {
    let e = PyErr::new(
        ExcKind::ModuleNotFoundError,
        format!("No module named '{name}'"),
    );
    e
}

/// `module.name`, importing `module` (how native code reaches the parts of the runtime that
/// are written in Python, such as `_strata_types`).
pub fn module_attr(vm: &mut Vm, module: &str, name: &str) -> PyResult<Value> {
    let m = import_module(vm, module)?;
    crate::interp::attr::getattr(vm, &m, &intern(name))
}

/// Calls `module.name(*args)`, importing `module`.
pub fn call_module_function(
    vm: &mut Vm,
    module: &str,
    name: &str,
    args: &[Value],
) -> PyResult<Value> {
    let f = module_attr(vm, module, name)?;
    crate::interp::call::call(vm, &f, args, &[])
}

/// Creates a native module by name, if Strata has one (`os` also registers `os.path`).
fn native_module(vm: &mut Vm, name: &str) -> Option<Value> {
    match name {
        "math" => Some(super::math::make_module()),
        "time" => Some(super::time::make_module(vm)),
        "_thread" => Some(super::thread_mod::make_module()),
        "gc" => Some(super::gc_mod::make_gc_module()),
        "_weakref" => Some(super::gc_mod::make_weakref_module()),
        "_strata_re" => Some(super::re::module::make_module()),
        "_random" => Some(super::random::make_module()),
        "_struct" => super::struct_mod::make_module(vm).ok(),
        "_strata_traceback" => Some(super::traceback::make_module()),
        "_strata_importlib" => Some(make_helper_module()),
        "sys" => vm.sys.clone(),
        "os" => Some(super::os::make_module(vm)),
        "io" => Some(super::io::make_module(vm)),
        "os.path" | "posixpath" => {
            let os = import_module(vm, "os").ok()?;
            let d = Vm::module_dict(&os)?;
            as_dict(&d)?.get_str("path")
        }
        _ => None,
    }
}

/// Directories searched for `.py` modules: `sys.path`.
fn search_path(vm: &Vm) -> Vec<String> {
    let Some(sys) = vm.sys.clone() else {
        return Vec::new();
    };
    let Some(dict) = Vm::module_dict(&sys) else {
        return Vec::new();
    };
    let Some(path) = as_dict(&dict).and_then(|d| d.get_str("path")) else {
        return Vec::new();
    };
    as_list(&path)
        .map(|l| {
            l.snapshot()
                .iter()
                .filter_map(|p| as_str(p).map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Loads `fullname` (a dotted name whose parent package, if any, is already imported).
fn load_module(vm: &mut Vm, fullname: &str, parent_path: Option<Vec<String>>) -> PyResult<Value> {
    if let Some(m) = vm.module(fullname) {
        return Ok(m);
    }
    if parent_path.is_none() {
        if let Some(m) = native_module(vm, fullname) {
            super::add_value(&vm.modules, fullname, m.clone());
            return Ok(m);
        }
    }
    let short = fullname.rsplit('.').next().unwrap_or(fullname);
    let dirs = parent_path.unwrap_or_else(|| search_path(vm));
    for dir in dirs {
        let base = if dir.is_empty() { ".".to_string() } else { dir };
        let pkg_init = format!("{base}/{short}/__init__.py");
        let file = format!("{base}/{short}.py");
        let (path, is_pkg) = if std::path::Path::new(&pkg_init).is_file() {
            (pkg_init, true)
        } else if std::path::Path::new(&file).is_file() {
            (file, false)
        } else {
            continue;
        };
        return exec_file_module(
            vm,
            fullname,
            &path,
            is_pkg.then(|| format!("{base}/{short}")),
        );
    }
    if let Some((is_pkg, source)) = bundled_module(fullname) {
        let rel = fullname.replace('.', "/");
        let (file, dir) = if is_pkg {
            (
                format!("{BUNDLED_PREFIX}/{rel}/__init__.py"),
                Some(format!("{BUNDLED_PREFIX}/{rel}")),
            )
        } else {
            (format!("{BUNDLED_PREFIX}/{rel}.py"), None)
        };
        return exec_source_module(vm, fullname, source, &file, dir);
    }
    Err(not_found(fullname))
}

fn exec_file_module(
    vm: &mut Vm,
    name: &str,
    path: &str,
    package_dir: Option<String>,
) -> PyResult<Value> {
    let bytes = std::fs::read(path)
        .map_err(|e| PyErr::new(ExcKind::ImportError, format!("cannot read {path}: {e}")))?;
    let source = super::io::decode_source(&bytes, path)?;
    exec_source_module(vm, name, &source, path, package_dir)
}

mod bundled {
    include!(concat!(env!("OUT_DIR"), "/bundled.rs"));
}

/// Directory prefix reported for bundled modules (`__file__`, `__path__`).
const BUNDLED_PREFIX: &str = "<strata-lib>";

/// A bundled standard-library module by dotted name: (is a package, source).
fn bundled_module(name: &str) -> Option<(bool, &'static str)> {
    bundled::BUNDLED
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, is_pkg, src)| (*is_pkg, *src))
}

/// Runs `source` as the body of a new module `name` registered in `sys.modules`.
fn exec_source_module(
    vm: &mut Vm,
    name: &str,
    source: &str,
    path: &str,
    package_dir: Option<String>,
) -> PyResult<Value> {
    let code = crate::compile::compile(source, path, crate::compile::CompileMode::Exec)
        .map_err(|e| super::errors::syntax_error_from(&e))?;
    let globals = new_dict();
    super::add_value(&globals, "__name__", new_str(name));
    super::add_value(&globals, "__file__", new_str(path));
    super::add_value(&globals, "__builtins__", vm.builtins.clone());
    super::add_value(&globals, "__doc__", none());
    let package = match &package_dir {
        Some(_) => name.to_string(),
        None => name
            .rsplit_once('.')
            .map(|(p, _)| p.to_string())
            .unwrap_or_default(),
    };
    super::add_value(&globals, "__package__", new_str(&package));
    if let Some(dir) = &package_dir {
        super::add_value(
            &globals,
            "__path__",
            crate::object::seq::new_list(vec![new_str(dir)]),
        );
    }
    let module = new_module(name, globals.clone());
    super::add_value(&vm.modules, name, module.clone());
    if let Err(e) = vm.run_module_code(new_code(code), globals) {
        let modules = vm.modules.clone();
        if let Some(d) = as_dict(&modules) {
            let _ = d.del_item(vm, &new_str(name));
        }
        return Err(e);
    }
    // The module may have replaced itself in sys.modules.
    Ok(vm.module(name).unwrap_or(module))
}

fn package_path(module: &Value) -> Option<Vec<String>> {
    let dict = Vm::module_dict(module)?;
    let path = as_dict(&dict)?.get_str("__path__")?;
    Some(
        as_list(&path)?
            .snapshot()
            .iter()
            .filter_map(|p| as_str(p).map(str::to_string))
            .collect(),
    )
}

/// Imports a dotted name, loading each package along the way; returns the leaf module.
pub fn import_module(vm: &mut Vm, fullname: &str) -> PyResult<Value> {
    let mut so_far = String::new();
    let mut module: Option<Value> = None;
    for part in fullname.split('.') {
        let cached = if so_far.is_empty() {
            None
        } else {
            vm.module(&format!("{so_far}.{part}"))
        };
        let parent_path = match &module {
            Some(_) if cached.is_some() => None,
            Some(m) => Some(package_path(m).ok_or_else(|| {
                PyErr::new(
                    ExcKind::ModuleNotFoundError,
                    format!(
                        "No module named '{}.{}'; '{}' is not a package",
                        so_far, part, so_far
                    ),
                )
            })?),
            None => None,
        };
        if !so_far.is_empty() {
            so_far.push('.');
        }
        so_far.push_str(part);
        let m = match cached {
            Some(m) => m,
            None => load_module(vm, &so_far, parent_path)?,
        };
        if let Some(parent) = &module {
            if let Some(d) = Vm::module_dict(parent) {
                super::add_value(&d, part, m.clone());
            }
        }
        module = Some(m);
    }
    module.ok_or_else(|| not_found(fullname))
}

/// Resolves a relative import against the importing module's package.
fn resolve_name(name: &str, level: usize, globals: &Value) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let package = as_dict(globals)
        .and_then(|g| g.get_str("__package__"))
        .and_then(|p| as_str(&p).map(str::to_string))
        .unwrap_or_default();
    if package.is_empty() {
        return Err(PyErr::new(
            ExcKind::ImportError,
            "attempted relative import with no known parent package",
        ));
    }
    let mut parts: Vec<&str> = package.split('.').collect();
    if level - 1 > parts.len() {
        return Err(PyErr::new(
            ExcKind::ImportError,
            "attempted relative import beyond top-level package",
        ));
    }
    parts.truncate(parts.len() - (level - 1));
    let base = parts.join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

/// IMPORT_NAME: with an empty fromlist, returns the top-level package; else the leaf module.
pub fn import_name(
    vm: &mut Vm,
    name: &Value,
    fromlist: &Value,
    level: &Value,
    globals: &Value,
) -> PyResult<Value> {
    let name = as_str(name).unwrap_or("");
    let level = as_i64(level).unwrap_or(0).max(0) as usize;
    let full = resolve_name(name, level, globals)?;
    let leaf = import_module(vm, &full)?;
    let has_fromlist = as_tuple(fromlist).is_some_and(|t| !t.is_empty());
    if has_fromlist || level > 0 && name.is_empty() {
        return Ok(leaf);
    }
    if has_fromlist {
        return Ok(leaf);
    }
    let top = full.split('.').next().unwrap_or(&full).to_string();
    if level > 0 {
        return Ok(leaf);
    }
    vm.module(&top).ok_or_else(|| not_found(&top))
}

/// IMPORT_FROM: an attribute of the module, or its submodule.
pub fn import_from(vm: &mut Vm, module: &Value, name: &Value) -> PyResult<Value> {
    match attr::getattr(vm, module, name) {
        Ok(v) => Ok(v),
        Err(e) if e.matches(ExcKind::AttributeError) => {
            let mname = module
                .downcast::<ModuleData>()
                .and_then(|m| as_str(&m.name).map(str::to_string))
                .unwrap_or_default();
            let attr_name = as_str(name).unwrap_or("");
            if package_path(module).is_some() {
                match import_module(vm, &format!("{mname}.{attr_name}")) {
                    Ok(m) => return Ok(m),
                    Err(e) if !e.matches(ExcKind::ModuleNotFoundError) => return Err(e),
                    Err(_) => {}
                }
            }
            Err(PyErr::new(
                ExcKind::ImportError,
                format!("cannot import name '{attr_name}' from '{mname}'"),
            ))
        }
        Err(e) => Err(e),
    }
}

/// `from module import *` into `target` (a namespace mapping).
pub fn import_star(vm: &mut Vm, module: &Value, target: &Value) -> PyResult<()> {
    let Some(dict) = Vm::module_dict(module) else {
        return Ok(());
    };
    let d = as_dict(&dict).expect("module dict");
    let names: Vec<Value> = match d.get_str("__all__") {
        Some(all) => ops::collect(vm, &all)?,
        None => d
            .keys()
            .into_iter()
            .filter(|k| as_str(k).is_some_and(|s| !s.starts_with('_')))
            .collect(),
    };
    for n in names {
        let v = attr::getattr(vm, module, &n)?;
        let key = as_str(&n).map(intern).unwrap_or(n);
        ops::setitem(vm, target, &key, v)?;
    }
    Ok(())
}

/// `_strata_importlib`: the interpreter side of the bundled `importlib` (`reload`).
fn make_helper_module() -> Value {
    let d = new_dict();
    super::add_value(&d, "__name__", new_str("_strata_importlib"));
    super::add_function(&d, "reload", reload);
    new_module("_strata_importlib", d)
}

/// `reload(module)`: runs the module's source again in its existing namespace.
fn reload(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::args::check_positional(&args, "reload", 1, 1)?;
    let module = args.all[0].clone();
    let Some(dict) = Vm::module_dict(&module) else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "reload() argument must be a module",
        ));
    };
    let d = as_dict(&dict).expect("module dict");
    let name = d
        .get_str("__name__")
        .and_then(|n| as_str(&n).map(str::to_string))
        .unwrap_or_default();
    let registered = vm.module(&name).is_some_and(|m| m.is(&module));
    if !registered {
        return Err(PyErr::new(
            ExcKind::ImportError,
            format!("module {name} not in sys.modules"),
        ));
    }
    if native_module_name(&name) {
        return Ok(module);
    }
    let file = d
        .get_str("__file__")
        .and_then(|n| as_str(&n).map(str::to_string));
    let source = match &file {
        Some(f) if f.starts_with(BUNDLED_PREFIX) => match bundled_module(&name) {
            Some((_, src)) => src.to_string(),
            None => return Err(not_found(&name)),
        },
        Some(f) => {
            let bytes = std::fs::read(f).map_err(|_| not_found(&name))?;
            super::io::decode_source(&bytes, f)?
        }
        None => return Err(not_found(&name)),
    };
    let path = file.unwrap_or_default();
    let code = crate::compile::compile(&source, &path, crate::compile::CompileMode::Exec)
        .map_err(|e| super::errors::syntax_error_from(&e))?;
    vm.run_module_code(new_code(code), dict)?;
    Ok(vm.module(&name).unwrap_or(module))
}

/// Whether `name` is one of the native modules (reloading one changes nothing).
fn native_module_name(name: &str) -> bool {
    matches!(
        name,
        "math"
            | "time"
            | "_strata_re"
            | "_random"
            | "_struct"
            | "sys"
            | "os"
            | "io"
            | "os.path"
            | "posixpath"
            | "_strata_traceback"
            | "_strata_importlib"
    )
}
