//! The `os` module (a POSIX subset: files and directories, the environment, process facts) and
//! its `os.path` submodule (pure string path manipulation plus file-system queries), and the
//! mapping of `std::io::Error` to CPython's OSError subclasses with errno/strerror/filename.

use crate::interp::Vm;
use crate::object::dict::new_dict;
use crate::object::func::{new_module, Args};
use crate::object::int::int_from_i64;
use crate::object::seq::{new_list, new_tuple};
use crate::object::str::{as_str, new_str, new_string};
use crate::object::{bool_value, none, ExcKind, PyErr, PyResult, Value};

use super::args::{bind, check_positional};
use super::{add_function, add_value};

/// The OSError subclass and message CPython raises for `e` on `filename`:
/// `[Errno N] strerror: 'filename'`, with `errno`, `strerror` and `filename` as args.
pub fn os_error(e: &std::io::Error, filename: &str) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(match e.kind() {
        std::io::ErrorKind::NotFound => 2,
        std::io::ErrorKind::PermissionDenied => 13,
        std::io::ErrorKind::AlreadyExists => 17,
        _ => 5,
    });
    let kind = match errno {
        2 => ExcKind::FileNotFoundError,
        1 | 13 => ExcKind::PermissionError,
        17 => ExcKind::FileExistsError,
        20 => ExcKind::NotADirectoryError,
        21 => ExcKind::IsADirectoryError,
        _ => ExcKind::OSError,
    };
    let strerror = match errno {
        1 => "Operation not permitted".to_string(),
        2 => "No such file or directory".to_string(),
        5 => "Input/output error".to_string(),
        13 => "Permission denied".to_string(),
        17 => "File exists".to_string(),
        20 => "Not a directory".to_string(),
        21 => "Is a directory".to_string(),
        22 => "Invalid argument".to_string(),
        28 => "No space left on device".to_string(),
        36 => "File name too long".to_string(),
        39 => "Directory not empty".to_string(),
        _ => {
            // std's Display is "strerror (os error N)"; keep the strerror part.
            let s = e.to_string();
            match s.rfind(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    };
    PyErr::with_args(
        kind,
        vec![
            int_from_i64(i64::from(errno)),
            new_string(strerror),
            new_str(filename),
        ],
    )
}

/// A path argument: str only (bytes and os.PathLike are not supported yet).
fn path_arg<'a>(v: &'a Value, fname: &str, argname: &str) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!(
                "{fname}: {argname} should be string, bytes or os.PathLike, not {}",
                v.type_data().name()
            ),
        )
    })
}

/// A str argument of an `os.path` function.
fn str_arg<'a>(v: &'a Value, fname: &str) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!(
                "{fname}() argument must be str, bytes, or os.PathLike object, not '{}'",
                v.type_data().name()
            ),
        )
    })
}

/// The single required path argument of `fname`.
fn one_path<'a>(args: &Args<'a>, fname: &str) -> PyResult<&'a str> {
    let a = bind(args, fname, &["path"], 1)?;
    match a[0] {
        Some(v) => path_arg(v, fname, "path"),
        None => Err(PyErr::new(
            ExcKind::TypeError,
            format!("{fname}() missing required argument 'path' (pos 1)"),
        )),
    }
}

fn remove(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = one_path(&args, "remove")?;
    std::fs::remove_file(p).map_err(|e| os_error(&e, p))?;
    Ok(none())
}

fn unlink(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = one_path(&args, "unlink")?;
    std::fs::remove_file(p).map_err(|e| os_error(&e, p))?;
    Ok(none())
}

fn rmdir(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = one_path(&args, "rmdir")?;
    std::fs::remove_dir(p).map_err(|e| os_error(&e, p))?;
    Ok(none())
}

fn mkdir(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = bind(&args, "mkdir", &["path", "mode"], 1)?;
    let p = path_arg(a[0].unwrap_or(&none()), "mkdir", "path")?.to_string();
    std::fs::create_dir(&p).map_err(|e| os_error(&e, &p))?;
    Ok(none())
}

fn makedirs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = bind(&args, "makedirs", &["name", "mode", "exist_ok"], 1)?;
    let p = path_arg(a[0].unwrap_or(&none()), "makedirs", "path")?.to_string();
    let exist_ok = match a[2] {
        Some(v) => crate::interp::ops::truthy(vm, v)?,
        None => false,
    };
    let path = std::path::Path::new(&p);
    if path.exists() {
        if exist_ok && path.is_dir() {
            return Ok(none());
        }
        let e = std::io::Error::from_raw_os_error(17);
        return Err(os_error(&e, &p));
    }
    std::fs::create_dir_all(path).map_err(|e| os_error(&e, &p))?;
    Ok(none())
}

fn rename(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = bind(&args, "rename", &["src", "dst"], 2)?;
    let src = path_arg(a[0].unwrap_or(&none()), "rename", "src")?.to_string();
    let dst = path_arg(a[1].unwrap_or(&none()), "rename", "dst")?.to_string();
    std::fs::rename(&src, &dst).map_err(|e| os_error(&e, &src))?;
    Ok(none())
}

fn getcwd(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "getcwd", 0, 0)?;
    let cwd = std::env::current_dir().map_err(|e| os_error(&e, "."))?;
    Ok(new_string(cwd.to_string_lossy().into_owned()))
}

fn chdir(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = bind(&args, "chdir", &["path"], 1)?;
    let p = path_arg(a[0].unwrap_or(&args.all[0]), "chdir", "path")?;
    std::env::set_current_dir(p).map_err(|e| os_error(&e, p))?;
    Ok(none())
}

/// `os.urandom(n)`: n bytes from the kernel's random source.
fn urandom(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "urandom", 1, 1)?;
    let n = crate::object::int::as_i64(&args.all[0]).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!(
                "'{}' object cannot be interpreted as an integer",
                args.all[0].type_data().name()
            ),
        )
    })?;
    if n < 0 {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "negative argument not allowed",
        ));
    }
    let mut buf = vec![0u8; n as usize];
    use std::io::Read;
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| os_error(&e, "/dev/urandom"))?;
    Ok(crate::object::seq::new_bytes(buf))
}

fn listdir(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = bind(&args, "listdir", &["path"], 0)?;
    let p = match a[0] {
        Some(v) if !v.is(&crate::object::singletons().none) => {
            path_arg(v, "listdir", "path")?.to_string()
        }
        _ => ".".to_string(),
    };
    let entries = std::fs::read_dir(&p).map_err(|e| os_error(&e, &p))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| os_error(&e, &p))?;
        names.push(new_string(entry.file_name().to_string_lossy().into_owned()));
    }
    Ok(new_list(names))
}

fn getpid(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "getpid", 0, 0)?;
    Ok(int_from_i64(i64::from(std::process::id())))
}

fn cpu_count(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "cpu_count", 0, 0)?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => int_from_i64(n.get() as i64),
        Err(_) => none(),
    })
}

fn getenv(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = bind(&args, "getenv", &["key", "default"], 1)?;
    let key = a[0].cloned().unwrap_or_else(none);
    let default = a[1].cloned().unwrap_or_else(none);
    let environ = vm
        .module("os")
        .and_then(|m| Vm::module_dict(&m))
        .and_then(|d| crate::object::dict::as_dict(&d).and_then(|d| d.get_str("environ")));
    if let Some(env) = environ {
        if let Some(v) = crate::interp::ops::getitem_mapping(vm, &env, &key)? {
            return Ok(v);
        }
        return Ok(default);
    }
    let k = str_arg(&key, "getenv")?;
    Ok(match std::env::var(k) {
        Ok(v) => new_string(v),
        Err(_) => default,
    })
}

// ---------------------------------------------------------------------------------------------
// os.path
// ---------------------------------------------------------------------------------------------

/// A file-system predicate of the single argument (False for non-str arguments).
fn query(args: &Args<'_>, f: impl FnOnce(&std::path::Path) -> bool) -> Value {
    bool_value(
        args.all
            .first()
            .and_then(as_str)
            .is_some_and(|p| f(std::path::Path::new(p))),
    )
}

fn exists(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "exists", 1, 1)?;
    Ok(query(&args, |p| p.exists()))
}

fn isfile(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "isfile", 1, 1)?;
    Ok(query(&args, |p| p.is_file()))
}

fn isdir(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "isdir", 1, 1)?;
    Ok(query(&args, |p| p.is_dir()))
}

fn islink(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "islink", 1, 1)?;
    Ok(query(&args, |p| p.is_symlink()))
}

fn getmtime(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use std::os::unix::fs::MetadataExt;
    check_positional(&args, "getmtime", 1, 1)?;
    let p = path_arg(&args.all[0], "stat", "path")?;
    let md = std::fs::metadata(p).map_err(|e| os_error(&e, p))?;
    Ok(crate::object::int::new_float(
        md.mtime() as f64 + md.mtime_nsec() as f64 * 1e-9,
    ))
}

/// `os.stat` / `os.lstat`: an `os.stat_result` (from the bundled `_strata_os`) built from the
/// file's metadata: the ten tuple fields, then the float and nanosecond times.
fn stat_result(vm: &mut Vm, args: &Args<'_>, name: &str, follow: bool) -> PyResult<Value> {
    use crate::object::int::{int_from_i128, int_from_i64, new_float};
    use std::os::unix::fs::MetadataExt;
    let a = bind(args, name, &["path", "dir_fd", "follow_symlinks"], 1)?;
    let p = path_arg(a[0].unwrap_or(&args.all[0]), name, "path")?;
    let follow = follow
        && match a[2] {
            Some(f) => crate::interp::ops::truthy(vm, f)?,
            None => true,
        };
    let md = if follow {
        std::fs::metadata(p)
    } else {
        std::fs::symlink_metadata(p)
    }
    .map_err(|e| os_error(&e, p))?;
    let seconds = |s: i64, ns: i64| new_float(s as f64 + ns as f64 * 1e-9);
    let nanos = |s: i64, ns: i64| int_from_i128(i128::from(s) * 1_000_000_000 + i128::from(ns));
    let fields = vec![
        int_from_i64(i64::from(md.mode())),
        int_from_i128(i128::from(md.ino())),
        int_from_i128(i128::from(md.dev())),
        int_from_i128(i128::from(md.nlink())),
        int_from_i64(i64::from(md.uid())),
        int_from_i64(i64::from(md.gid())),
        int_from_i128(i128::from(md.size())),
        int_from_i64(md.atime()),
        int_from_i64(md.mtime()),
        int_from_i64(md.ctime()),
        seconds(md.atime(), md.atime_nsec()),
        seconds(md.mtime(), md.mtime_nsec()),
        seconds(md.ctime(), md.ctime_nsec()),
        nanos(md.atime(), md.atime_nsec()),
        nanos(md.mtime(), md.mtime_nsec()),
        nanos(md.ctime(), md.ctime_nsec()),
        int_from_i64(md.blksize() as i64),
        int_from_i64(md.blocks() as i64),
        int_from_i128(i128::from(md.rdev())),
    ];
    super::import::call_module_function(vm, "_strata_os", "stat_result", &[new_tuple(fields)])
}

fn stat(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    stat_result(vm, &args, "stat", true)
}

fn lstat(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    stat_result(vm, &args, "lstat", false)
}

fn getsize(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "getsize", 1, 1)?;
    let p = path_arg(&args.all[0], "stat", "path")?;
    let md = std::fs::metadata(p).map_err(|e| os_error(&e, p))?;
    Ok(int_from_i64(md.len() as i64))
}

/// `os.path.join` (POSIX).
pub fn join_paths(parts: &[&str]) -> String {
    let mut path = String::new();
    for (i, b) in parts.iter().enumerate() {
        if i == 0 || b.starts_with('/') {
            path = b.to_string();
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(b);
        } else {
            path.push('/');
            path.push_str(b);
        }
    }
    path
}

fn join(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "join() takes no keyword arguments",
        ));
    }
    if args.all.is_empty() {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "join() missing 1 required positional argument: 'a'",
        ));
    }
    let mut parts = Vec::with_capacity(args.all.len());
    for v in args.all {
        parts.push(str_arg(v, "join")?);
    }
    Ok(new_string(join_paths(&parts)))
}

/// (head, tail) of `os.path.split`.
fn split_path(p: &str) -> (String, String) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = (&p[..i], &p[i..]);
    let head = if !head.is_empty() && head.bytes().any(|b| b != b'/') {
        head.trim_end_matches('/')
    } else {
        head
    };
    (head.to_string(), tail.to_string())
}

fn split(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "split", 1, 1)?;
    let (h, t) = split_path(str_arg(&args.all[0], "split")?);
    Ok(new_tuple(vec![new_string(h), new_string(t)]))
}

fn basename(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "basename", 1, 1)?;
    let p = str_arg(&args.all[0], "basename")?;
    let i = p.rfind('/').map_or(0, |i| i + 1);
    Ok(new_str(&p[i..]))
}

fn dirname(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "dirname", 1, 1)?;
    let (h, _) = split_path(str_arg(&args.all[0], "dirname")?);
    Ok(new_string(h))
}

/// (root, ext) of `os.path.splitext`: a leading run of dots in the file name is not an
/// extension.
fn splitext_str(p: &str) -> (&str, &str) {
    let sep = p.rfind('/').map_or(-1, |i| i as isize);
    if let Some(dot) = p.rfind('.') {
        if dot as isize > sep {
            let start = (sep + 1) as usize;
            if p[start..dot].bytes().any(|b| b != b'.') {
                return (&p[..dot], &p[dot..]);
            }
        }
    }
    (p, "")
}

fn splitext(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "splitext", 1, 1)?;
    let (root, ext) = splitext_str(str_arg(&args.all[0], "splitext")?);
    Ok(new_tuple(vec![new_str(root), new_str(ext)]))
}

/// `os.path.normpath` (POSIX).
pub fn normpath_str(path: &str) -> String {
    if path.is_empty() {
        return ".".to_string();
    }
    let initial = if path.starts_with("//") && !path.starts_with("///") {
        2
    } else if path.starts_with('/') {
        1
    } else {
        0
    };
    let mut comps: Vec<&str> = Vec::new();
    for comp in path.split('/') {
        if comp.is_empty() || comp == "." {
            continue;
        }
        if comp != ".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(comp);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let mut out = "/".repeat(initial);
    out.push_str(&comps.join("/"));
    if out.is_empty() {
        ".".to_string()
    } else {
        out
    }
}

fn normpath(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "normpath", 1, 1)?;
    Ok(new_string(normpath_str(str_arg(&args.all[0], "normpath")?)))
}

fn abspath(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "abspath", 1, 1)?;
    let p = str_arg(&args.all[0], "abspath")?;
    let full = if p.starts_with('/') {
        p.to_string()
    } else {
        let cwd = std::env::current_dir().map_err(|e| os_error(&e, "."))?;
        join_paths(&[&cwd.to_string_lossy(), p])
    };
    Ok(new_string(normpath_str(&full)))
}

/// `os.path.realpath(path)`: absolute, with symbolic links resolved as far as the path exists
/// (the missing rest is appended as written, normalized), as CPython's non-strict mode.
fn realpath(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = bind(&args, "realpath", &["path", "strict"], 1)?;
    let p = str_arg(a[0].unwrap_or(&args.all[0]), "realpath")?;
    let full = if p.starts_with('/') {
        p.to_string()
    } else {
        let cwd = std::env::current_dir().map_err(|e| os_error(&e, "."))?;
        join_paths(&[&cwd.to_string_lossy(), p])
    };
    let full = normpath_str(&full);
    // Resolve the longest existing prefix, then append the rest.
    let parts: Vec<&str> = full.split('/').filter(|s| !s.is_empty()).collect();
    for cut in (0..=parts.len()).rev() {
        let head = format!("/{}", parts[..cut].join("/"));
        if let Ok(real) = std::fs::canonicalize(&head) {
            let mut out = real.to_string_lossy().into_owned();
            for rest in &parts[cut..] {
                if !out.ends_with('/') {
                    out.push('/');
                }
                out.push_str(rest);
            }
            return Ok(new_string(out));
        }
    }
    Ok(new_string(full))
}

/// `os.path.expanduser(path)`: a leading `~` becomes $HOME (`~user` is left as is unless it
/// names the current user's home through $HOME's last component).
fn expanduser(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "expanduser", 1, 1)?;
    let p = str_arg(&args.all[0], "expanduser")?;
    if !p.starts_with('~') {
        return Ok(args.all[0].clone());
    }
    let end = p.find('/').unwrap_or(p.len());
    let Ok(home) = std::env::var("HOME") else {
        return Ok(args.all[0].clone());
    };
    if end != 1 {
        return Ok(args.all[0].clone());
    }
    let home = home.trim_end_matches('/');
    let home = if home.is_empty() { "/" } else { home };
    let rest = &p[end..];
    Ok(new_string(if home == "/" && rest.starts_with('/') {
        rest.to_string()
    } else {
        format!("{home}{rest}")
    }))
}

/// `os.path.relpath(path, start=os.curdir)`.
fn relpath(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = bind(&args, "relpath", &["path", "start"], 1)?;
    let p = str_arg(a[0].unwrap_or(&args.all[0]), "relpath")?;
    if p.is_empty() {
        return Err(PyErr::new(ExcKind::ValueError, "no path specified"));
    }
    let start = match a[1] {
        Some(s) if !s.is(&crate::object::singletons().none) => str_arg(s, "relpath")?.to_string(),
        _ => ".".to_string(),
    };
    let absolute = |x: &str| -> PyResult<String> {
        Ok(if x.starts_with('/') {
            normpath_str(x)
        } else {
            let cwd = std::env::current_dir().map_err(|e| os_error(&e, "."))?;
            normpath_str(&join_paths(&[&cwd.to_string_lossy(), x]))
        })
    };
    let (from, to) = (absolute(&start)?, absolute(p)?);
    let from: Vec<&str> = from.split('/').filter(|s| !s.is_empty()).collect();
    let to: Vec<&str> = to.split('/').filter(|s| !s.is_empty()).collect();
    let common = from.iter().zip(&to).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<&str> = vec![".."; from.len() - common];
    parts.extend(&to[common..]);
    Ok(new_string(if parts.is_empty() {
        ".".to_string()
    } else {
        parts.join("/")
    }))
}

/// `os.path.commonprefix(list)`: the longest common leading string (character-wise).
fn commonprefix(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "commonprefix", 1, 1)?;
    let items = match crate::object::seq::as_list(&args.all[0]) {
        Some(l) => l.snapshot(),
        None => match crate::object::seq::as_tuple(&args.all[0]) {
            Some(t) => t.items().to_vec(),
            None => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    "commonprefix() argument must be a list or tuple",
                ))
            }
        },
    };
    let Some(first) = items.first() else {
        return Ok(new_str(""));
    };
    let mut prefix: Vec<char> = str_arg(first, "commonprefix")?.chars().collect();
    for item in &items[1..] {
        let s = str_arg(item, "commonprefix")?;
        let same = prefix
            .iter()
            .zip(s.chars())
            .take_while(|(a, b)| **a == *b)
            .count();
        prefix.truncate(same);
    }
    Ok(new_string(prefix.into_iter().collect()))
}

fn isabs(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "isabs", 1, 1)?;
    Ok(bool_value(str_arg(&args.all[0], "isabs")?.starts_with('/')))
}

fn make_path_module() -> Value {
    let d = new_dict();
    add_value(&d, "__name__", new_str("posixpath"));
    add_value(&d, "sep", new_str("/"));
    add_value(&d, "curdir", new_str("."));
    add_value(&d, "pardir", new_str(".."));
    add_value(&d, "extsep", new_str("."));
    add_value(&d, "pathsep", new_str(":"));
    add_function(&d, "exists", exists);
    add_function(&d, "isfile", isfile);
    add_function(&d, "isdir", isdir);
    add_function(&d, "getsize", getsize);
    add_function(&d, "join", join);
    add_function(&d, "split", split);
    add_function(&d, "basename", basename);
    add_function(&d, "dirname", dirname);
    add_function(&d, "splitext", splitext);
    add_function(&d, "normpath", normpath);
    add_function(&d, "abspath", abspath);
    add_function(&d, "isabs", isabs);
    add_function(&d, "realpath", realpath);
    add_function(&d, "islink", islink);
    add_function(&d, "getmtime", getmtime);
    add_function(&d, "expanduser", expanduser);
    add_function(&d, "relpath", relpath);
    add_function(&d, "commonprefix", commonprefix);
    new_module("posixpath", d)
}

/// Creates the `os` module and registers it and `os.path` in `sys.modules`.
pub fn make_module(vm: &mut Vm) -> Value {
    let d = new_dict();
    add_value(&d, "__name__", new_str("os"));
    add_value(&d, "name", new_str("posix"));
    add_value(&d, "sep", new_str("/"));
    add_value(&d, "altsep", none());
    add_value(&d, "linesep", new_str("\n"));
    add_value(&d, "curdir", new_str("."));
    add_value(&d, "pardir", new_str(".."));
    add_value(&d, "extsep", new_str("."));
    add_value(&d, "pathsep", new_str(":"));
    add_value(&d, "devnull", new_str("/dev/null"));
    let environ = new_dict();
    let mut vars: Vec<(String, String)> = std::env::vars_os()
        .map(|(k, v)| {
            (
                k.to_string_lossy().into_owned(),
                v.to_string_lossy().into_owned(),
            )
        })
        .collect();
    vars.sort();
    for (k, v) in vars {
        add_value(&environ, &k, new_string(v));
    }
    add_value(&d, "environ", environ);
    add_function(&d, "remove", remove);
    add_function(&d, "unlink", unlink);
    add_function(&d, "rmdir", rmdir);
    add_function(&d, "mkdir", mkdir);
    add_function(&d, "makedirs", makedirs);
    add_function(&d, "rename", rename);
    add_function(&d, "getcwd", getcwd);
    add_function(&d, "chdir", chdir);
    add_function(&d, "urandom", urandom);
    add_function(&d, "listdir", listdir);
    add_function(&d, "getpid", getpid);
    add_function(&d, "cpu_count", cpu_count);
    add_function(&d, "getenv", getenv);
    add_function(&d, "stat", stat);
    add_function(&d, "lstat", lstat);
    // The parts of os written in Python (walk, stat_result).
    for name in ["walk", "stat_result"] {
        if let Ok(v) = super::import::module_attr(vm, "_strata_os", name) {
            add_value(&d, name, v);
        }
    }
    let path = make_path_module();
    add_value(&d, "path", path.clone());
    add_value(&vm.modules, "os.path", path);
    new_module("os", d)
}
