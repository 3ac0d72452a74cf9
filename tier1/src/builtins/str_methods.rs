//! Methods of `str` (and `bytes`): construction, searching, splitting and joining, case and
//! padding transforms, predicates, `str.format`, encoding. Text is UTF-8 with a code-point
//! length (`object::str`); indices in arguments and results are in code points.

use std::sync::OnceLock;

use crate::interp::{ops, Vm};
use crate::object::func::Args;
use crate::object::int::int_from_i64;
use crate::object::seq::{new_bytes, new_list};
use crate::object::str::{as_str, intern, new_str, new_string, str_data, StrData};
use crate::object::typeobj::alloc_sub;
use crate::object::{bool_value, builtin_types, ExcKind, PyErr, PyResult, Value};

use super::add_method;
use super::args::{bind, check_positional, expect_i64};

struct AsciiChars(Vec<usize>);
// SAFETY: the table holds words of immortal interned strings, never mutated after creation.
unsafe impl Send for AsciiChars {}
// SAFETY: see above.
unsafe impl Sync for AsciiChars {}

static ASCII_CHARS: OnceLock<AsciiChars> = OnceLock::new();

/// The one-character string for an ASCII byte (interned, immortal: no allocation).
pub fn ascii_char(b: u8) -> Value {
    let table = ASCII_CHARS.get_or_init(|| {
        AsciiChars(
            (0u8..128)
                .map(|c| intern(&(c as char).to_string()).into_raw())
                .collect(),
        )
    });
    match table.0.get(b as usize) {
        // SAFETY: interned strings are immortal; the word is a live object.
        Some(&w) => unsafe { Value::from_raw_word(w) },
        None => new_string((b as char).to_string()),
    }
}

pub(super) fn this<'a>(args: &Args<'a>) -> PyResult<&'a StrData> {
    args.all
        .first()
        .and_then(str_data)
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "descriptor requires a 'str' object"))
}

pub(super) fn str_arg<'a>(v: &'a Value, method: &str) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!(
                "{method}() argument must be str, not {}",
                v.type_data().name()
            ),
        )
    })
}

fn str_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = args.all[0].clone();
    let rest = Args {
        all: &args.all[1..],
        kwnames: args.kwnames,
    };
    let a = bind(&rest, "str", &["object", "encoding", "errors"], 0)?;
    let text = match (a[0], a[1]) {
        (None, _) => String::new(),
        (Some(o), enc) if enc.is_some() || a[2].is_some() => {
            match crate::object::bytearray::bytes_like(o) {
                Some(b) => super::bytes_methods::decode_bytes(
                    vm,
                    &b,
                    enc.and_then(as_str).unwrap_or("utf-8"),
                    a[2].and_then(as_str).unwrap_or("strict"),
                )?,
                None if as_str(o).is_some() => {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        "decoding str is not supported",
                    ))
                }
                None => {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        format!(
                            "decoding to str: need a bytes-like object, {} found",
                            o.type_data().name()
                        ),
                    ))
                }
            }
        }
        (Some(o), _) => ops::str_string(vm, o)?,
    };
    if cls.is(&builtin_types().str.value()) {
        Ok(new_string(text))
    } else {
        Ok(alloc_sub(&cls, StrData::from_string(text)))
    }
}

fn join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "join", 2, 2)?;
    let sep = this(&args)?.as_str();
    let items = ops::collect(vm, &args.all[1])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match as_str(it) {
            Some(s) => out.push_str(s),
            None => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "sequence item {i}: expected str instance, {} found",
                        it.type_data().name()
                    ),
                ))
            }
        }
    }
    Ok(new_string(out))
}

/// Python's whitespace (str.split() with no separator, str.strip() with no argument).
pub fn is_py_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\x1f' | '\u{85}'
    ) || (c as u32 > 127 && c.is_whitespace())
}

fn split_args(args: &Args<'_>, name: &str) -> PyResult<(Option<String>, i64)> {
    let a = bind(args, name, &["self", "sep", "maxsplit"], 1)?;
    let sep = match a[1] {
        Some(s) if !s.is(&crate::object::singletons().none) => {
            let s = str_arg(s, name)?;
            if s.is_empty() {
                return Err(PyErr::new(ExcKind::ValueError, "empty separator"));
            }
            Some(s.to_string())
        }
        _ => None,
    };
    let maxsplit = match a[2] {
        Some(m) => expect_i64(m, "")?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

fn split(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args)?.as_str();
    let (sep, maxsplit) = split_args(&args, "split")?;
    let mut parts: Vec<Value> = Vec::new();
    match sep {
        Some(sep) => {
            let mut rest = s;
            let mut n = 0;
            while maxsplit < 0 || n < maxsplit {
                match rest.find(sep.as_str()) {
                    Some(i) => {
                        parts.push(new_str(&rest[..i]));
                        rest = &rest[i + sep.len()..];
                        n += 1;
                    }
                    None => break,
                }
            }
            parts.push(new_str(rest));
        }
        None => {
            let mut rest = s.trim_start_matches(is_py_space);
            let mut n = 0;
            while !rest.is_empty() {
                if maxsplit >= 0 && n >= maxsplit {
                    parts.push(new_str(rest));
                    break;
                }
                let end = rest.find(is_py_space).unwrap_or(rest.len());
                parts.push(new_str(&rest[..end]));
                rest = rest[end..].trim_start_matches(is_py_space);
                n += 1;
            }
        }
    }
    Ok(new_list(parts))
}

fn rsplit(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args)?.as_str();
    let (sep, maxsplit) = split_args(&args, "rsplit")?;
    let mut parts: Vec<Value> = Vec::new();
    match sep {
        Some(sep) => {
            let mut rest = s;
            let mut n = 0;
            while maxsplit < 0 || n < maxsplit {
                match rest.rfind(sep.as_str()) {
                    Some(i) => {
                        parts.push(new_str(&rest[i + sep.len()..]));
                        rest = &rest[..i];
                        n += 1;
                    }
                    None => break,
                }
            }
            parts.push(new_str(rest));
        }
        None => {
            let mut rest = s.trim_end_matches(is_py_space);
            let mut n = 0;
            while !rest.is_empty() {
                if maxsplit >= 0 && n >= maxsplit {
                    parts.push(new_str(rest));
                    break;
                }
                let start = rest.rfind(is_py_space).map_or(0, |i| {
                    i + rest[i..].chars().next().map_or(1, char::len_utf8)
                });
                parts.push(new_str(&rest[start..]));
                rest = rest[..start].trim_end_matches(is_py_space);
                n += 1;
            }
        }
    }
    parts.reverse();
    Ok(new_list(parts))
}

fn strip_impl(args: &Args<'_>, name: &str, left: bool, right: bool) -> PyResult<Value> {
    check_positional(args, name, 1, 2)?;
    let s = this(args)?.as_str();
    let chars: Option<Vec<char>> = match args.all.get(1) {
        Some(c) if !c.is(&crate::object::singletons().none) => {
            Some(str_arg(c, name)?.chars().collect())
        }
        _ => None,
    };
    let matches = |c: char| match &chars {
        Some(set) => set.contains(&c),
        None => is_py_space(c),
    };
    let mut r = s;
    if left {
        r = r.trim_start_matches(matches);
    }
    if right {
        r = r.trim_end_matches(matches);
    }
    Ok(new_str(r))
}

fn strip(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_impl(&args, "strip", true, true)
}
fn lstrip(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_impl(&args, "lstrip", true, false)
}
fn rstrip(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_impl(&args, "rstrip", false, true)
}

fn replace(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "replace", 3, 4)?;
    let s = this(&args)?.as_str();
    let old = str_arg(&args.all[1], "replace")?;
    let new = str_arg(&args.all[2], "replace")?;
    let count = match args.all.get(3) {
        Some(c) => expect_i64(c, "")?,
        None => -1,
    };
    if count < 0 {
        return Ok(new_string(s.replace(old, new)));
    }
    if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in s.chars() {
            if n < count {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(new);
        }
        return Ok(new_string(out));
    }
    Ok(new_string(s.replacen(old, new, count as usize)))
}

fn case_transform(args: &Args<'_>, name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    check_positional(args, name, 1, 1)?;
    Ok(new_string(f(this(args)?.as_str())))
}

fn upper(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    case_transform(&args, "upper", str::to_uppercase)
}
fn lower(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    case_transform(&args, "lower", str::to_lowercase)
}

/// Resolves optional start/end arguments (code points, negative from the end, clamped).
fn range_args(s: &StrData, start: Option<&Value>, end: Option<&Value>) -> PyResult<(usize, usize)> {
    let n = s.char_len() as i64;
    let get = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            Some(v) if !v.is(&crate::object::singletons().none) => {
                let i = expect_i64(
                    v,
                    "slice indices must be integers or None or have an __index__ method: ",
                )?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
            _ => Ok(default),
        }
    };
    let a = match start {
        Some(v) if !v.is(&crate::object::singletons().none) => {
            let i = expect_i64(
                v,
                "slice indices must be integers or None or have an __index__ method: ",
            )?;
            if i < 0 {
                (i + n).max(0)
            } else {
                i
            }
        }
        _ => 0,
    };
    let b = get(end, n)?;
    Ok((a as usize, b.max(a) as usize))
}

fn find_impl(args: &Args<'_>, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    check_positional(args, name, 2, 4)?;
    let s = this(args)?;
    let needle = str_arg(&args.all[1], name)?;
    let (a, b) = range_args(s, args.all.get(2), args.all.get(3))?;
    if a > s.char_len() {
        return Ok(None);
    }
    let hay = s.substring(a, b);
    let found = if reverse {
        hay.rfind(needle)
    } else {
        hay.find(needle)
    };
    Ok(found.map(|byte| a + hay[..byte].chars().count()))
}

fn find(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(int_from_i64(
        find_impl(&args, "find", false)?.map_or(-1, |i| i as i64),
    ))
}
fn rfind(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(int_from_i64(
        find_impl(&args, "rfind", true)?.map_or(-1, |i| i as i64),
    ))
}
fn index(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    find_impl(&args, "index", false)?
        .map(|i| int_from_i64(i as i64))
        .ok_or_else(|| PyErr::new(ExcKind::ValueError, "substring not found"))
}
fn rindex(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    find_impl(&args, "rindex", true)?
        .map(|i| int_from_i64(i as i64))
        .ok_or_else(|| PyErr::new(ExcKind::ValueError, "substring not found"))
}

fn count(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "count", 2, 4)?;
    let s = this(&args)?;
    let needle = str_arg(&args.all[1], "count")?;
    let (a, b) = range_args(s, args.all.get(2), args.all.get(3))?;
    if a > s.char_len() {
        return Ok(int_from_i64(0));
    }
    let hay = s.substring(a, b);
    let n = if needle.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(needle).count()
    };
    Ok(int_from_i64(n as i64))
}

fn affix_impl(_vm: &mut Vm, args: &Args<'_>, name: &str, suffix: bool) -> PyResult<Value> {
    check_positional(args, name, 2, 4)?;
    let s = this(args)?;
    let (a, b) = range_args(s, args.all.get(2), args.all.get(3))?;
    if a > s.char_len() {
        return Ok(bool_value(false));
    }
    let hay = s.substring(a, b);
    let candidates: Vec<Value> = match crate::object::seq::as_tuple(&args.all[1]) {
        Some(t) => t.items().to_vec(),
        None => vec![args.all[1].clone()],
    };
    for c in &candidates {
        let p = as_str(c).ok_or_else(|| {
            PyErr::new(
                ExcKind::TypeError,
                format!(
                    "{name} first arg must be str or a tuple of str, not {}",
                    c.type_data().name()
                ),
            )
        })?;
        let hit = if suffix {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        };
        if hit {
            return Ok(bool_value(true));
        }
    }
    Ok(bool_value(false))
}

fn startswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix_impl(vm, &args, "startswith", false)
}
fn endswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix_impl(vm, &args, "endswith", true)
}

fn encode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = bind(&args, "encode", &["self", "encoding", "errors"], 1)?;
    let s = this(&args)?.as_str();
    let enc = a[1].and_then(as_str).unwrap_or("utf-8");
    let errors = a[2].and_then(as_str).unwrap_or("strict");
    super::bytes_methods::encode_text(vm, s, enc, errors).map(new_bytes)
}

fn str_repr_method(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__repr__", 1, 1)?;
    Ok(new_string(crate::interp::repr::str_repr(
        this(&args)?.as_str(),
    )))
}

fn str_str(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__str__", 1, 1)?;
    Ok(new_str(this(&args)?.as_str()))
}

fn str_hash(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(int_from_i64(this(&args)?.hash()))
}

fn str_len(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(int_from_i64(this(&args)?.char_len() as i64))
}

fn str_format_method(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__format__", 2, 2)?;
    let s = this(&args)?.as_str();
    let spec = as_str(&args.all[1]).unwrap_or("");
    crate::object::numfmt::str_format(s, spec, "str")
        .map(new_string)
        .map_err(|m| PyErr::new(ExcKind::ValueError, m))
}

fn str_compare(vm: &mut Vm, args: Args<'_>, op: crate::bytecode::CompareOp) -> PyResult<Value> {
    check_positional(&args, "comparison", 2, 2)?;
    ops::native_compare_value(vm, &args.all[0], &args.all[1], op)
}
fn str_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    str_compare(vm, args, crate::bytecode::CompareOp::Eq)
}
fn str_lt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    str_compare(vm, args, crate::bytecode::CompareOp::Lt)
}
fn str_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    str_compare(vm, args, crate::bytecode::CompareOp::Ne)
}
fn str_le(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    str_compare(vm, args, crate::bytecode::CompareOp::Le)
}
fn str_gt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    str_compare(vm, args, crate::bytecode::CompareOp::Gt)
}
fn str_ge(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    str_compare(vm, args, crate::bytecode::CompareOp::Ge)
}

/// `__add__`, `__mul__` and `__rmul__` of the immutable sequences (str, bytes): TypeError
/// when the operands do not apply, as CPython's sequence slots (see `ops::sequence_dunder`).
fn immutable_seq_op(
    vm: &mut Vm,
    args: &Args<'_>,
    op: crate::bytecode::BinaryOp,
) -> PyResult<Value> {
    ops::sequence_dunder(vm, op, &args.all[0], &args.all[1])
}

pub(super) fn immutable_seq_add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__add__", 2, 2)?;
    immutable_seq_op(vm, &args, crate::bytecode::BinaryOp::Add)
}

pub(super) fn immutable_seq_mul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__mul__", 2, 2)?;
    immutable_seq_op(vm, &args, crate::bytecode::BinaryOp::Multiply)
}

fn str_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__contains__", 2, 2)?;
    let base = new_str(this(&args)?.as_str());
    Ok(bool_value(ops::contains(vm, &base, &args.all[1])?))
}

fn str_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__getitem__", 2, 2)?;
    let base = new_str(this(&args)?.as_str());
    ops::getitem(vm, &base, &args.all[1])
}

fn str_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let base = new_str(this(&args)?.as_str());
    ops::get_iter(vm, &base)
}

fn str_mod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__mod__", 2, 2)?;
    crate::interp::repr::percent_format(vm, &args.all[0], &args.all[1])
}

/// Registers str methods (more in `str_extra` and `str_format`).
pub fn register() {
    let t = builtin_types();
    let s = t.str;
    for (name, f) in [
        ("__new__", str_new as crate::object::func::NativeFn),
        ("join", join),
        ("split", split),
        ("rsplit", rsplit),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("replace", replace),
        ("upper", upper),
        ("lower", lower),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("encode", encode),
        ("__repr__", str_repr_method),
        ("__str__", str_str),
        ("__hash__", str_hash),
        ("__len__", str_len),
        ("__format__", str_format_method),
        ("__eq__", str_eq),
        ("__lt__", str_lt),
        ("__ne__", str_ne),
        ("__le__", str_le),
        ("__gt__", str_gt),
        ("__ge__", str_ge),
        ("__mul__", immutable_seq_mul),
        ("__rmul__", immutable_seq_mul),
        ("__add__", immutable_seq_add),
        ("__contains__", str_contains),
        ("__getitem__", str_getitem),
        ("__iter__", str_iter),
        ("__mod__", str_mod),
    ] {
        add_method(s, name, f);
    }
    for (name, f) in super::str_extra::METHODS {
        add_method(s, name, *f);
    }
    let maketrans = crate::object::typeobj::alloc(
        &t.staticmethod.value(),
        crate::object::func::StaticMethodData(crate::object::func::new_builtin(
            "maketrans",
            super::str_extra::maketrans,
        )),
    );
    super::add_type_attr(s, "maketrans", maketrans);
}
