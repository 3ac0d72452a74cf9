//! Text conversions: `repr()`, `str()`, `ascii()`, `format()` and `str % args`, with native
//! renderings of the builtin types (recursive containers print `[...]`, nesting counts against
//! the recursion limit) and the `__repr__` / `__str__` / `__format__` protocol for classes.

use num_bigint::BigInt;

use crate::object::dict::{as_dict, DictViewData};
use crate::object::exception::exc_data;
use crate::object::func::{
    BuiltinData, CodeData, FunctionData, MethodData, ModuleData, PropertyData,
};
use crate::object::int::{as_float, as_int, IntRef};
use crate::object::numfmt;
use crate::object::percent::{self, PercentPiece};
use crate::object::seq::{as_bytes, as_list, as_tuple, RangeData, SliceData};
use crate::object::set::as_set_table;
use crate::object::str::{as_str, new_string};
use crate::object::typeobj::{type_data_of, TypeData};
use crate::object::{ExcKind, Layout, PyErr, PyResult, Value};

use super::call::call;
use super::generator::GenData;
use super::ops;
use super::vm::Vm;

/// `repr(v)` as a str Value.
pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if v.type_data().is_heap() {
        if let Some(f) = v.type_data().lookup("__repr__") {
            let r = call(vm, &f, std::slice::from_ref(v), &[])?;
            return check_str_result(r, "__repr__");
        }
    }
    native_repr(vm, v).map(new_string)
}

/// `repr(v)` as a Rust String.
pub fn repr_string(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if !v.type_data().is_heap() {
        return native_repr(vm, v);
    }
    let r = repr(vm, v)?;
    Ok(as_str(&r).unwrap_or("").to_string())
}

/// `str(v)` as a str Value.
pub fn str_(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let ty = v.type_data();
    if ty.is_heap() {
        if let Some(f) = ty.lookup("__str__") {
            let r = call(vm, &f, std::slice::from_ref(v), &[])?;
            return check_str_result(r, "__str__");
        }
    }
    if v.layout() == Layout::Str && !ty.is_heap() {
        return Ok(v.clone());
    }
    native_str(vm, v).map(new_string)
}

/// `str(v)` as a Rust String.
pub fn str_string(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let (Some(s), false) = (as_str(v), v.type_data().is_heap()) {
        return Ok(s.to_string());
    }
    let r = str_(vm, v)?;
    Ok(as_str(&r).unwrap_or("").to_string())
}

fn check_str_result(r: Value, what: &str) -> PyResult<Value> {
    if r.layout() == Layout::Str {
        Ok(r)
    } else {
        Err(PyErr::new(
            ExcKind::TypeError,
            format!("{what} returned non-string (type {})", r.type_data().name()),
        ))
    }
}

/// The native `str()` of builtin objects (`object.__str__` is `repr`).
pub fn native_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v.layout() {
        Layout::Str => Ok(as_str(v).unwrap_or("").to_string()),
        Layout::Exception => exception_str(vm, v),
        _ => {
            if v.type_data().is_heap() {
                repr_string(vm, v)
            } else {
                native_repr(vm, v)
            }
        }
    }
}

/// `str(exc)`: '' for no args, str(arg) for one, repr(args) otherwise (KeyError: repr(arg)).
pub fn exception_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Some(d) = exc_data(v) else {
        return Ok(String::new());
    };
    let args = d.args();
    let items = as_tuple(&args)
        .map(|t| t.items().to_vec())
        .unwrap_or_default();
    if items.len() == 5 {
        if let Some(text) = unicode_error_str(v, &items) {
            return Ok(text);
        }
    }
    let is_os_error = v
        .type_data()
        .is_subtype(ExcKind::OSError.type_ref().type_data_static());
    if is_os_error && (2..=5).contains(&items.len()) {
        // OSError(errno, strerror[, filename[, winerror[, filename2]]]).
        let (errno, strerror) = (str_string(vm, &items[0])?, str_string(vm, &items[1])?);
        let none = crate::object::none();
        let filename = items.get(2).filter(|f| !f.is(&none));
        let filename2 = items.get(4).filter(|f| !f.is(&none));
        return Ok(match (filename, filename2) {
            (Some(f), Some(f2)) => format!(
                "[Errno {errno}] {strerror}: {} -> {}",
                repr_string(vm, f)?,
                repr_string(vm, f2)?
            ),
            (Some(f), None) => format!("[Errno {errno}] {strerror}: {}", repr_string(vm, f)?),
            _ => format!("[Errno {errno}] {strerror}"),
        });
    }
    match items.len() {
        0 => Ok(String::new()),
        1 => {
            if v.type_data()
                .is_subtype(ExcKind::KeyError.type_ref().type_data_static())
            {
                repr_string(vm, &items[0])
            } else {
                str_string(vm, &items[0])
            }
        }
        _ => repr_string(vm, &args),
    }
}

/// The first argument of an exception as text (the message of errors raised by the runtime).
pub fn exception_message(exc: &Value) -> String {
    exc_data(exc)
        .and_then(|d| as_tuple(&d.args()).and_then(|t| t.items().first().cloned()))
        .and_then(|m| as_str(&m).map(str::to_string))
        .unwrap_or_default()
}

/// str() of UnicodeDecodeError / UnicodeEncodeError built from (encoding, object, start, end,
/// reason), as CPython formats them.
fn unicode_error_str(v: &Value, items: &[Value]) -> Option<String> {
    let is = |k: ExcKind| v.type_data().is_subtype(k.type_ref().type_data_static());
    let enc = as_str(&items[0])?;
    let start = as_int(&items[2])?.to_i64()?;
    let end = as_int(&items[3])?.to_i64()?;
    let reason = as_str(&items[4])?;
    if is(ExcKind::UnicodeDecodeError) {
        let data = as_bytes(&items[1])?;
        if end - start == 1 {
            let b = *data.get(usize::try_from(start).ok()?)?;
            return Some(format!(
                "'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"
            ));
        }
        return Some(format!(
            "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        ));
    }
    if is(ExcKind::UnicodeEncodeError) {
        let text = as_str(&items[1])?;
        if end - start == 1 {
            let c = text.chars().nth(usize::try_from(start).ok()?)? as u32;
            let shown = if c < 0x100 {
                format!("\\x{c:02x}")
            } else if c < 0x10000 {
                format!("\\u{c:04x}")
            } else {
                format!("\\U{c:08x}")
            };
            return Some(format!(
                "'{enc}' codec can't encode character '{shown}' in position {start}: {reason}"
            ));
        }
        return Some(format!(
            "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        ));
    }
    None
}

/// `ascii(v)`: repr with non-ASCII characters escaped.
pub fn ascii(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let r = repr_string(vm, v)?;
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    Ok(new_string(out))
}

/// True for characters `str.isprintable()` rejects (approximation of Unicode categories
/// Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs other than space).
pub fn is_unprintable(c: char) -> bool {
    let n = c as u32;
    c.is_control()
        || matches!(
            n,
            0xa0 | 0xad
                | 0x1680
                | 0x2000..=0x200f
                | 0x2028..=0x202f
                | 0x205f..=0x2064
                | 0x2066..=0x206f
                | 0x3000
                | 0xd800..=0xdfff
                | 0xe000..=0xf8ff
                | 0xfeff
                | 0xfff9..=0xfffb
                | 0xf0000..=0x10ffff
        )
}

/// Python's repr of a str: quotes chosen as CPython does, escapes for unprintables.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_unprintable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's repr of bytes.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            32..=126 => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// Decimal text of an int, honouring the 4300-digit limit.
pub fn int_to_string(i: IntRef) -> PyResult<String> {
    match i {
        IntRef::Small(x) => Ok(x.to_string()),
        IntRef::Big(b) => {
            numfmt::int_to_decimal_string(b).map_err(|m| PyErr::new(ExcKind::ValueError, m))
        }
    }
}

fn address(v: &Value) -> String {
    format!("0x{:012x}", v.raw())
}

/// Enters a container repr; false when it is already being printed (recursive structure).
fn repr_enter(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if vm.repr_active.contains(&v.raw()) {
        return Ok(false);
    }
    vm.enter_recursion(" while getting the repr of an object")?;
    vm.repr_active.push(v.raw());
    Ok(true)
}

fn repr_leave(vm: &mut Vm) {
    vm.repr_active.pop();
    vm.leave_recursion();
}

fn join_reprs(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(items.len());
    for it in items {
        parts.push(repr_string(vm, it)?);
    }
    Ok(parts.join(", "))
}

fn container_repr(
    vm: &mut Vm,
    v: &Value,
    recursive: &str,
    body: impl FnOnce(&mut Vm) -> PyResult<String>,
) -> PyResult<String> {
    if !repr_enter(vm, v)? {
        return Ok(recursive.to_string());
    }
    let r = body(vm);
    repr_leave(vm);
    r
}

/// The repr of a type as CPython prints it.
pub fn type_repr(t: &TypeData) -> String {
    let module = t
        .dict
        .get_str("__module__")
        .and_then(|m| as_str(&m).map(str::to_string));
    match module {
        Some(m) if m != "builtins" => format!("<class '{}.{}'>", m, t.qualname()),
        _ => format!("<class '{}'>", t.name()),
    }
}

/// The native repr of any object (builtin renderings; default `<mod.C object at 0x..>`).
pub fn native_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(i) = v.as_small() {
        return Ok(i.to_string());
    }
    match v.layout() {
        Layout::None => Ok("None".into()),
        Layout::Bool => Ok(if crate::object::int::is_true(v) {
            "True"
        } else {
            "False"
        }
        .into()),
        Layout::Int => int_to_string(as_int(v).unwrap_or(IntRef::Small(0))),
        Layout::Float => Ok(numfmt::float_repr(as_float(v).unwrap_or(0.0))),
        Layout::Str => Ok(str_repr(as_str(v).unwrap_or(""))),
        Layout::Bytes => Ok(bytes_repr(as_bytes(v).unwrap_or(&[]))),
        Layout::ByteArray => Ok(format!(
            "{}({})",
            v.type_data().name(),
            bytes_repr(&crate::object::bytearray::bytes_like(v).unwrap_or_default())
        )),
        Layout::NotImplemented => Ok("NotImplemented".into()),
        Layout::Ellipsis => Ok("Ellipsis".into()),
        Layout::List => {
            let items = as_list(v).map(|l| l.snapshot()).unwrap_or_default();
            container_repr(vm, v, "[...]", |vm| {
                Ok(format!("[{}]", join_reprs(vm, &items)?))
            })
        }
        Layout::Tuple => {
            let items = as_tuple(v).map(|t| t.items().to_vec()).unwrap_or_default();
            if items.is_empty() {
                return Ok("()".into());
            }
            container_repr(vm, v, "(...)", |vm| {
                let inner = join_reprs(vm, &items)?;
                Ok(if items.len() == 1 {
                    format!("({inner},)")
                } else {
                    format!("({inner})")
                })
            })
        }
        Layout::Dict => {
            let items = as_dict(v).map(|d| d.items()).unwrap_or_default();
            container_repr(vm, v, "{...}", |vm| {
                let mut parts = Vec::with_capacity(items.len());
                for (k, val) in &items {
                    parts.push(format!(
                        "{}: {}",
                        repr_string(vm, k)?,
                        repr_string(vm, val)?
                    ));
                }
                Ok(format!("{{{}}}", parts.join(", ")))
            })
        }
        Layout::Set | Layout::FrozenSet => {
            let items = as_set_table(v).map(|s| s.items()).unwrap_or_default();
            let name = v.type_data().name().to_string();
            let frozen = v.layout() == Layout::FrozenSet;
            if items.is_empty() {
                return Ok(format!("{name}()"));
            }
            container_repr(vm, v, &format!("{name}(...)"), |vm| {
                let inner = join_reprs(vm, &items)?;
                Ok(if frozen || name != "set" {
                    format!("{name}({{{inner}}})")
                } else {
                    format!("{{{inner}}}")
                })
            })
        }
        Layout::DictView => {
            let view = v.downcast::<DictViewData>().expect("layout checked");
            let items = view.snapshot();
            let name = v.type_data().name().to_string();
            container_repr(vm, v, "...", |vm| {
                Ok(format!("{name}([{}])", join_reprs(vm, &items)?))
            })
        }
        Layout::Range => {
            let Some(r) = v.downcast::<RangeData>() else {
                return Ok("range(?)".to_string());
            };
            let (start, stop, step) = r.bounds();
            Ok(if step == num_bigint::BigInt::from(1) {
                format!("range({start}, {stop})")
            } else {
                format!("range({start}, {stop}, {step})")
            })
        }
        Layout::Slice => {
            let s = v.downcast::<SliceData>().expect("layout checked");
            Ok(format!(
                "slice({}, {}, {})",
                repr_string(vm, &s.start)?,
                repr_string(vm, &s.stop)?,
                repr_string(vm, &s.step)?
            ))
        }
        Layout::Type => Ok(type_repr(type_data_of(v))),
        Layout::Function => {
            let f = v.downcast::<FunctionData>().expect("layout checked");
            Ok(format!(
                "<function {} at {}>",
                as_str(&f.qualname()).unwrap_or("?"),
                address(v)
            ))
        }
        Layout::Builtin => {
            let b = v.downcast::<BuiltinData>().expect("layout checked");
            Ok(match (&b.self_, &b.owner) {
                (None, Some(owner)) => format!(
                    "<method '{}' of '{}' objects>",
                    b.name,
                    type_data_of(owner).name()
                ),
                (Some(s), _) if s.layout() != Layout::Module => format!(
                    "<built-in method {} of {} object at {}>",
                    b.name,
                    s.type_data().name(),
                    address(s)
                ),
                _ => format!("<built-in function {}>", b.name),
            })
        }
        Layout::Method => {
            let m = v.downcast::<MethodData>().expect("layout checked");
            let fname = match m.func.downcast::<FunctionData>() {
                Some(f) => as_str(&f.qualname()).unwrap_or("?").to_string(),
                None => "?".to_string(),
            };
            Ok(format!(
                "<bound method {} of {}>",
                fname,
                repr_string(vm, &m.self_)?
            ))
        }
        Layout::Module => {
            let m = v.downcast::<ModuleData>().expect("layout checked");
            Ok(format!("<module '{}'>", as_str(&m.name).unwrap_or("?")))
        }
        Layout::Code => {
            let c = v.downcast::<CodeData>().expect("layout checked");
            Ok(format!(
                "<code object {} at {}, file \"{}\", line {}>",
                c.code.name,
                address(v),
                c.code.filename,
                c.code.first_line
            ))
        }
        Layout::Generator => {
            let g = v.downcast::<GenData>().expect("layout checked");
            Ok(format!(
                "<generator object {} at {}>",
                as_str(&g.qualname).unwrap_or("?"),
                address(v)
            ))
        }
        Layout::Property => {
            let _ = v.downcast::<PropertyData>();
            Ok(format!("<property object at {}>", address(v)))
        }
        Layout::Exception => {
            let d = exc_data(v).expect("layout checked");
            let args = d.args();
            let items = as_tuple(&args)
                .map(|t| t.items().to_vec())
                .unwrap_or_default();
            let name = v.type_data().name().to_string();
            if items.len() == 1 {
                Ok(format!("{}({})", name, repr_string(vm, &items[0])?))
            } else {
                Ok(format!("{}({})", name, join_reprs(vm, &items)?))
            }
        }
        _ => Ok(default_repr(v)),
    }
}

/// `object.__repr__`: `<module.Class object at 0x...>`.
pub fn default_repr(v: &Value) -> String {
    let t = v.type_data();
    let module = t
        .dict
        .get_str("__module__")
        .and_then(|m| as_str(&m).map(str::to_string));
    match module {
        Some(m) if m != "builtins" => format!("<{}.{} object at {}>", m, t.qualname(), address(v)),
        _ => format!("<{} object at {}>", t.name(), address(v)),
    }
}

/// `format(v, spec)`.
pub fn format(vm: &mut Vm, v: &Value, spec: Option<&Value>) -> PyResult<Value> {
    let spec_text = match spec {
        Some(s) => as_str(s).unwrap_or("").to_string(),
        None => String::new(),
    };
    let ty = v.type_data();
    if ty.is_heap() {
        if let Some(f) = ty.lookup("__format__") {
            if f.layout() != crate::object::Layout::Builtin {
                let r = call(vm, &f, &[v.clone(), new_string(spec_text)], &[])?;
                return check_str_result(r, "__format__");
            }
        }
    }
    native_format(vm, v, &spec_text).map(new_string)
}

/// The builtin `__format__` of int, float, str, bool and object.
pub fn native_format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    let value_error = |m: String| {
        let kind = if numfmt::format_error_is_overflow(&m) {
            ExcKind::OverflowError
        } else {
            ExcKind::ValueError
        };
        PyErr::new(kind, m)
    };
    match v.layout() {
        Layout::Str => {
            numfmt::str_format(as_str(v).unwrap_or(""), spec, "str").map_err(value_error)
        }
        Layout::Float => {
            numfmt::float_format(as_float(v).unwrap_or(0.0), spec, "float").map_err(value_error)
        }
        Layout::Int | Layout::Bool => {
            if spec.is_empty() {
                return str_string(vm, v);
            }
            let i = as_int(v)
                .map(IntRef::to_bigint)
                .unwrap_or_else(|| BigInt::from(0));
            numfmt::int_format(&i, spec, v.type_data().name()).map_err(value_error)
        }
        _ => {
            if spec.is_empty() {
                str_string(vm, v)
            } else {
                Err(PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "unsupported format string passed to {}.__format__",
                        v.type_data().name()
                    ),
                ))
            }
        }
    }
}

/// `fmt % args` for str.
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let text = as_str(fmt).unwrap_or("");
    let parsed = percent::parse_percent_format(text);
    let is_mapping = matches!(args.layout(), Layout::Dict)
        || (args.type_data().is_heap()
            && args.type_data().lookup("__getitem__").is_some()
            && args.layout() != Layout::Tuple
            && args.layout() != Layout::Str);
    let tuple_items: Vec<Value> = match as_tuple(args) {
        Some(t) => t.items().to_vec(),
        None => vec![args.clone()],
    };
    let mut next = 0usize;
    let mut out = String::new();
    let mut take = |vm: &mut Vm, key: &Option<String>| -> PyResult<Value> {
        if let Some(k) = key {
            if !is_mapping {
                return Err(PyErr::new(ExcKind::TypeError, "format requires a mapping"));
            }
            return ops::getitem(vm, args, &new_string(k.clone()));
        }
        let v = tuple_items.get(next).cloned().ok_or_else(|| {
            PyErr::new(ExcKind::TypeError, "not enough arguments for format string")
        })?;
        next += 1;
        Ok(v)
    };
    for piece in parsed.pieces {
        match piece {
            PercentPiece::Literal(s) => out.push_str(&s),
            PercentPiece::Spec(mut spec) => {
                if spec.width_star {
                    let w = take(vm, &None)?;
                    let w = as_int(&w)
                        .and_then(|i| i.to_i64())
                        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "* wants int"))?;
                    spec.set_star_width(w);
                }
                if spec.precision_star {
                    let p = take(vm, &None)?;
                    let p = as_int(&p)
                        .and_then(|i| i.to_i64())
                        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "* wants int"))?;
                    spec.set_star_precision(p);
                }
                let arg = take(vm, &spec.key.clone())?;
                if !spec.is_supported() {
                    return Err(PyErr::new(ExcKind::ValueError, spec.unsupported_message()));
                }
                out.push_str(&percent_one(vm, &spec, &arg)?);
            }
        }
    }
    if let Some(err) = parsed.error {
        if let Some(k) = &err.key {
            take(vm, &Some(k.clone()))?;
        }
        return Err(PyErr::new(ExcKind::ValueError, err.message));
    }
    if !is_mapping && next < tuple_items.len() && as_tuple(args).is_some() {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "not all arguments converted during string formatting",
        ));
    }
    if !is_mapping && as_tuple(args).is_none() && next == 0 {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "not all arguments converted during string formatting",
        ));
    }
    Ok(new_string(out))
}

fn percent_one(vm: &mut Vm, spec: &percent::PercentSpec, arg: &Value) -> PyResult<String> {
    match spec.conv {
        's' => Ok(percent::pad_percent_str(&str_string(vm, arg)?, spec)),
        'r' => Ok(percent::pad_percent_str(&repr_string(vm, arg)?, spec)),
        'a' => {
            let a = ascii(vm, arg)?;
            Ok(percent::pad_percent_str(as_str(&a).unwrap_or(""), spec))
        }
        'c' => {
            let c = if let Some(s) = as_str(arg) {
                let mut it = s.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => c,
                    _ => return Err(PyErr::new(ExcKind::TypeError, "%c requires int or char")),
                }
            } else if let Some(i) = as_int(arg) {
                percent::percent_char_from_int(&i.to_bigint())
                    .map_err(|m| PyErr::new(ExcKind::OverflowError, m))?
            } else {
                return Err(PyErr::new(ExcKind::TypeError, "%c requires int or char"));
            };
            Ok(percent::pad_percent_str(&c.to_string(), spec))
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let i = if let Some(i) = as_int(arg) {
                i.to_bigint()
            } else if let Some(f) = as_float(arg) {
                if matches!(spec.conv, 'o' | 'x' | 'X') {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        format!("%{} format: an integer is required, not float", spec.conv),
                    ));
                }
                numfmt::float_trunc_to_int(f).ok_or_else(|| {
                    PyErr::new(
                        ExcKind::OverflowError,
                        "cannot convert float infinity to integer",
                    )
                })?
            } else {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "%{} format: {} is required, not {}",
                        spec.conv,
                        if matches!(spec.conv, 'o' | 'x' | 'X') {
                            "an integer"
                        } else {
                            "a real number"
                        },
                        arg.type_data().name()
                    ),
                ));
            };
            percent::format_percent_int(&i, spec).map_err(|m| PyErr::new(ExcKind::ValueError, m))
        }
        _ => {
            let f = if let Some(f) = as_float(arg) {
                f
            } else if let Some(i) = as_int(arg) {
                ops::int_to_float(i)?
            } else {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("must be real number, not {}", arg.type_data().name()),
                ));
            };
            Ok(percent::format_percent_float(f, spec))
        }
    }
}
