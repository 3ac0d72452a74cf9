//! The `sys` module: argv, exit, stdout/stderr, the recursion limit, version information,
//! maxsize, path, modules, exc_info, and the struct sequences (version_info, float_info,
//! int_info) defined by a short bundled Python prelude.

use crate::interp::Vm;
use crate::object::dict::new_dict;
use crate::object::func::{new_module, Args};
use crate::object::int::{int_from_i64, new_float};
use crate::object::seq::{new_list, new_tuple};
use crate::object::str::{new_str, new_string};
use crate::object::{none, ExcKind, PyErr, PyResult, Value};

use super::args::{check_positional, expect_i64};
use super::io::{new_file, Stream};
use super::{add_frame_function, add_function, add_value};

/// The Python version Strata implements (the oracle's).
pub const VERSION: (i64, i64, i64) = (3, 11, 7);

const PRELUDE: &str = r#"
class _StructSeq(tuple):
    _fields = ()
    _name = ''
    def __getattr__(self, name):
        fields = type(self)._fields
        if name in fields:
            return self[fields.index(name)]
        raise AttributeError("'" + type(self)._name + "' object has no attribute '" + name + "'")
    def __repr__(self):
        parts = []
        for f, v in zip(type(self)._fields, self):
            parts.append(f + '=' + repr(v))
        return type(self)._name + '(' + ', '.join(parts) + ')'

class _VersionInfo(_StructSeq):
    _fields = ('major', 'minor', 'micro', 'releaselevel', 'serial')
    _name = 'sys.version_info'

class _FloatInfo(_StructSeq):
    _fields = ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig',
               'mant_dig', 'epsilon', 'radix', 'rounds')
    _name = 'sys.float_info'

class _IntInfo(_StructSeq):
    _fields = ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
               'str_digits_check_threshold')
    _name = 'sys.int_info'

class _Implementation:
    name = 'strata'
    cache_tag = None
    def __repr__(self):
        return "namespace(name='strata')"

version_info = _VersionInfo(_version_tuple)
float_info = _FloatInfo(_float_tuple)
int_info = _IntInfo((30, 4, 4300, 640))
implementation = _Implementation()
implementation.version = version_info
del _StructSeq, _VersionInfo, _FloatInfo, _IntInfo, _Implementation, _version_tuple, _float_tuple
"#;

fn exit(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "exit", 0, 1)?;
    Err(PyErr::with_args(ExcKind::SystemExit, args.all.to_vec()))
}

fn getrecursionlimit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "getrecursionlimit", 0, 0)?;
    Ok(int_from_i64(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "setrecursionlimit", 1, 1)?;
    let n = expect_i64(&args.all[0], "")?;
    if n < 1 {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "recursion limit must be greater or equal than 1",
        ));
    }
    vm.recursion_limit = n as usize;
    Ok(none())
}

/// `sys._getframe` reached from native code (`map(sys._getframe, ...)`): the evaluation loop
/// answers the direct calls (`call::get_frame`), which can see the frames.
fn getframe_indirect(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(PyErr::new(
        ExcKind::RuntimeError,
        "sys._getframe() is only supported when called directly from Python code",
    ))
}

fn exc_info(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "exc_info", 0, 0)?;
    Ok(match vm.exc_info.clone() {
        Some(e) => {
            let tb = super::native_attrs::traceback_value(&e);
            new_tuple(vec![e.type_value(), e, tb])
        }
        None => new_tuple(vec![none(), none(), none()]),
    })
}

fn exception(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "exception", 0, 0)?;
    Ok(vm.exc_info.clone().unwrap_or_else(none))
}

/// `sys.excepthook(type, value, traceback)`: prints the exception and its traceback to stderr.
fn excepthook(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "excepthook", 3, 3)?;
    let value = &args.all[1];
    if crate::object::exception::exc_data(value).is_none() {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "print_exception(): Exception expected for value, {} found",
                value.type_data().name()
            ),
        ));
    }
    super::errors::print_exception(vm, &PyErr(value.clone()));
    Ok(none())
}

/// `sys.getallocatedblocks()`: the live heap objects of this thread plus those of exited
/// threads (exact once other threads have exited; `_thread._count()` tells).
fn getallocatedblocks(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "getallocatedblocks", 0, 0)?;
    Ok(int_from_i64(crate::memory::live_objects() as i64))
}

fn intern(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "intern", 1, 1)?;
    let s = super::args::expect_str(&args.all[0], "intern() argument")?;
    Ok(crate::object::str::intern(s))
}

fn getrefcount(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "getrefcount", 1, 1)?;
    let n = args.all[0].header().map_or(isize::MAX, |h| h.refcount());
    Ok(int_from_i64(n.min(i64::MAX as isize) as i64))
}

fn set_int_max_str_digits(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(PyErr::new(
        ExcKind::NotImplementedError,
        "sys.set_int_max_str_digits is not supported yet: the limit is fixed at 4300 digits",
    ))
}

/// Creates the `sys` module for `vm`.
pub fn make_module(vm: &mut Vm) -> Value {
    let d = new_dict();
    add_value(&d, "__name__", new_str("sys"));
    add_value(
        &d,
        "argv",
        new_list(vm.argv.iter().map(|a| new_string(a.clone())).collect()),
    );
    // The script's directory with symbolic links resolved, as CPython does ("" for `-c`).
    let script_dir = vm
        .argv
        .first()
        .filter(|p| p.as_str() != "-c")
        .and_then(|p| {
            let path = std::path::Path::new(p);
            let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
            real.parent().map(|d| d.to_string_lossy().to_string())
        })
        .unwrap_or_default();
    let mut path = vec![new_string(script_dir)];
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        for p in pp.split(':').filter(|p| !p.is_empty()) {
            path.push(new_str(p));
        }
    }
    add_value(&d, "path", new_list(path));
    add_value(&d, "modules", vm.modules.clone());
    let stdout = new_file("<stdout>", "w", Stream::Stdout);
    let stderr = new_file("<stderr>", "w", Stream::Stderr);
    add_value(&d, "stdout", stdout.clone());
    add_value(&d, "stderr", stderr.clone());
    let stdin = new_file("<stdin>", "r", Stream::Stdin);
    add_value(&d, "stdin", stdin.clone());
    add_value(&d, "__stdin__", stdin);
    add_value(&d, "__stdout__", stdout);
    add_value(&d, "__stderr__", stderr);
    add_value(&d, "maxsize", int_from_i64(i64::MAX));
    add_value(&d, "byteorder", new_str("little"));
    add_value(&d, "platform", new_str("linux"));
    add_value(&d, "executable", new_str("strata"));
    add_value(
        &d,
        "version",
        new_string(format!(
            "{}.{}.{} (Strata {})",
            VERSION.0,
            VERSION.1,
            VERSION.2,
            env!("CARGO_PKG_VERSION")
        )),
    );
    add_value(
        &d,
        "_version_tuple",
        new_tuple(vec![
            int_from_i64(VERSION.0),
            int_from_i64(VERSION.1),
            int_from_i64(VERSION.2),
            new_str("final"),
            Value::small(0),
        ]),
    );
    add_value(
        &d,
        "_float_tuple",
        new_tuple(vec![
            new_float(f64::MAX),
            int_from_i64(1024),
            int_from_i64(308),
            new_float(f64::MIN_POSITIVE),
            int_from_i64(-1021),
            int_from_i64(-307),
            int_from_i64(15),
            int_from_i64(53),
            new_float(f64::EPSILON),
            int_from_i64(2),
            int_from_i64(1),
        ]),
    );
    add_function(&d, "exit", exit);
    add_function(&d, "getrecursionlimit", getrecursionlimit);
    add_function(&d, "setrecursionlimit", setrecursionlimit);
    add_function(&d, "exc_info", exc_info);
    add_frame_function(
        &d,
        "_getframe",
        getframe_indirect,
        crate::object::func::CallerFrameUse::GetFrame,
    );
    add_function(&d, "exception", exception);
    add_function(&d, "intern", intern);
    add_function(&d, "excepthook", excepthook);
    add_function(&d, "getallocatedblocks", getallocatedblocks);
    add_function(&d, "__excepthook__", excepthook);
    add_function(&d, "getrefcount", getrefcount);
    add_function(&d, "set_int_max_str_digits", set_int_max_str_digits);
    add_value(&d, "__builtins__", vm.builtins.clone());
    if let Err(e) = crate::interp::eval::run_source(vm, PRELUDE, "<sys prelude>", d.clone()) {
        super::errors::print_exception(vm, &e);
    }
    new_module("sys", d)
}
