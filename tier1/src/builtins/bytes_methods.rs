//! Methods of `bytes` (shared with `bytearray`) and `memoryview`: construction, searching,
//! splitting, case and padding transforms, predicates, hex conversion, the codecs (encode /
//! decode), and `bytes % args`. Shared methods return the type of `self`; the bytearray-only
//! mutators are in `bytearray_methods`.

use std::borrow::Cow;

use crate::interp::{ops, Vm};
use crate::object::bytearray::{
    as_memoryview, bytes_like, new_bytearray, new_memoryview, ByteArrayData,
};
use crate::object::func::{new_builtin, Args, ClassMethodData, NativeFn};
use crate::object::int::{as_int, int_from_i64};
use crate::object::percent::{self, PercentPiece};
use crate::object::seq::{as_bytes, as_tuple, new_bytes, new_list, new_tuple};
use crate::object::str::{as_str, intern, new_string};
use crate::object::typeobj::{alloc, alloc_sub};
use crate::object::{
    bool_value, builtin_types, none, singletons, ExcKind, Layout, PyErr, PyResult, Value,
};

use super::args::{bind, check_positional, expect_i64};
use super::{add_method, add_type_attr};

pub(super) fn type_error(msg: String) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg)
}

/// The contents of `self` and whether it is a bytearray (results keep the type of `self`).
fn this<'a>(args: &Args<'a>) -> PyResult<(Cow<'a, [u8]>, bool)> {
    let v = args
        .all
        .first()
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "descriptor needs an argument"))?;
    let is_ba = v.layout() == Layout::ByteArray;
    bytes_like(v)
        .map(|b| (b, is_ba))
        .ok_or_else(|| type_error("descriptor requires a 'bytes' object".into()))
}

fn make(is_ba: bool, data: Vec<u8>) -> Value {
    if is_ba {
        new_bytearray(data)
    } else {
        new_bytes(data)
    }
}

/// A bytes-like argument, or CPython's TypeError.
fn arg_bytes<'a>(v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    bytes_like(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_data().name()
        ))
    })
}

fn is_none(v: &Value) -> bool {
    v.is(&singletons().none)
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

// ---------------------------------------------------------------------------------------------
// Construction
// ---------------------------------------------------------------------------------------------

/// The bytes a `bytes(...)` / `bytearray(...)` call describes.
fn construct(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Vec<u8>> {
    let rest = Args {
        all: &args.all[1..],
        kwnames: args.kwnames,
    };
    let a = bind(&rest, name, &["source", "encoding", "errors"], 0)?;
    match (a[0], a[1]) {
        (None, _) => Ok(Vec::new()),
        (Some(s), enc) if as_str(s).is_some() => match enc {
            Some(e) => {
                let text = as_str(s).unwrap_or("");
                let errors = a[2].and_then(as_str).unwrap_or("strict");
                encode_text(vm, text, as_str(e).unwrap_or("utf-8"), errors)
            }
            None => Err(type_error("string argument without an encoding".into())),
        },
        (Some(_), Some(_)) => Err(type_error("encoding without a string argument".into())),
        (Some(s), None) => {
            if let Some(b) = bytes_like(s) {
                return Ok(b.into_owned());
            }
            if let Some(i) = as_int(s) {
                let n = i.to_i64().ok_or_else(|| {
                    PyErr::new(
                        ExcKind::OverflowError,
                        "cannot fit 'int' into an index-sized integer",
                    )
                })?;
                if n < 0 {
                    return Err(PyErr::new(ExcKind::ValueError, "negative count"));
                }
                if n > 1 << 34 {
                    return Err(PyErr::new(ExcKind::MemoryError, ""));
                }
                return Ok(vec![0; n as usize]);
            }
            if s.type_data().is_heap() {
                if let Some(f) = s.type_data().lookup("__bytes__") {
                    let r = crate::interp::call::call(vm, &f, std::slice::from_ref(s), &[])?;
                    return as_bytes(&r).map(<[u8]>::to_vec).ok_or_else(|| {
                        type_error(format!(
                            "__bytes__ returned non-bytes (type {})",
                            r.type_data().name()
                        ))
                    });
                }
            }
            let items = ops::collect(vm, s).map_err(|e| {
                if e.matches(ExcKind::TypeError) {
                    type_error(format!(
                        "cannot convert '{}' object to {name}",
                        s.type_data().name()
                    ))
                } else {
                    e
                }
            })?;
            let range_msg = if name == "bytes" {
                "bytes must be in range(0, 256)"
            } else {
                "byte must be in range(0, 256)"
            };
            items
                .iter()
                .map(|v| {
                    let n = expect_i64(v, "")?;
                    u8::try_from(n).map_err(|_| PyErr::new(ExcKind::ValueError, range_msg))
                })
                .collect()
        }
    }
}

/// An int in range(0, 256), as a byte.
pub(super) fn byte_value(v: &Value) -> PyResult<u8> {
    let n = expect_i64(v, "")?;
    u8::try_from(n).map_err(|_| PyErr::new(ExcKind::ValueError, "byte must be in range(0, 256)"))
}

fn bytes_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let data = construct(vm, &args, "bytes")?;
    let cls = &args.all[0];
    if cls.is(&builtin_types().bytes.value()) {
        Ok(new_bytes(data))
    } else {
        Ok(alloc_sub(
            cls,
            crate::object::seq::BytesData(data.into_boxed_slice()),
        ))
    }
}

fn bytearray_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let data = construct(vm, &args, "bytearray")?;
    let cls = &args.all[0];
    if cls.is(&builtin_types().bytearray.value()) {
        Ok(new_bytearray(data))
    } else {
        Ok(alloc_sub(cls, ByteArrayData::new(data)))
    }
}

fn bytearray_init(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(none())
}

fn memoryview_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "memoryview", 2, 2)?;
    let o = &args.all[1];
    let data = bytes_like(o).ok_or_else(|| {
        type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            o.type_data().name()
        ))
    })?;
    Ok(new_memoryview(data.into_owned()))
}

fn memoryview_tobytes(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = args
        .all
        .first()
        .and_then(as_memoryview)
        .ok_or_else(|| type_error("descriptor requires a 'memoryview' object".into()))?;
    Ok(new_bytes(m.data.to_vec()))
}

fn memoryview_tolist(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (b, _) = this(&args)?;
    Ok(new_list(
        b.iter().map(|&x| Value::small(i64::from(x))).collect(),
    ))
}

// ---------------------------------------------------------------------------------------------
// Encoding and decoding
// ---------------------------------------------------------------------------------------------

fn normalize_encoding(enc: &str) -> String {
    enc.to_lowercase().replace('_', "-")
}

/// `str.encode` / `bytes(text, encoding)`: utf-8, ascii and latin-1 with strict / ignore /
/// replace / xmlcharrefreplace / backslashreplace error handling.
pub fn encode_text(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let enc = normalize_encoding(encoding);
    let limit: u32 = match enc.as_str() {
        "utf-8" | "utf8" => return Ok(s.as_bytes().to_vec()),
        "ascii" | "us-ascii" => 128,
        "latin-1" | "latin1" | "iso-8859-1" | "l1" => 256,
        _ => {
            return Err(PyErr::new(
                ExcKind::LookupError,
                format!("unknown encoding: {encoding}"),
            ))
        }
    };
    let name = if limit == 128 { "ascii" } else { "latin-1" };
    let mut out = Vec::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let n = c as u32;
        if n < limit {
            out.push(n as u8);
            i += 1;
            continue;
        }
        match errors {
            "ignore" => {}
            "replace" => out.push(b'?'),
            "xmlcharrefreplace" => out.extend_from_slice(format!("&#{n};").as_bytes()),
            "backslashreplace" => {
                let esc = if n < 0x100 {
                    format!("\\x{n:02x}")
                } else if n < 0x10000 {
                    format!("\\u{n:04x}")
                } else {
                    format!("\\U{n:08x}")
                };
                out.extend_from_slice(esc.as_bytes());
            }
            _ => {
                let mut end = i + 1;
                while end < chars.len() && chars[end] as u32 >= limit {
                    end += 1;
                }
                let (msg, reason) = if end - i == 1 {
                    let esc = if n < 0x100 {
                        format!("\\x{n:02x}")
                    } else if n < 0x10000 {
                        format!("\\u{n:04x}")
                    } else {
                        format!("\\U{n:08x}")
                    };
                    (
                        format!("'{name}' codec can't encode character '{esc}' in position {i}: ordinal not in range({limit})"),
                        format!("ordinal not in range({limit})"),
                    )
                } else {
                    (
                        format!("'{name}' codec can't encode characters in position {i}-{}: ordinal not in range({limit})", end - 1),
                        format!("ordinal not in range({limit})"),
                    )
                };
                return Err(unicode_error(
                    vm,
                    ExcKind::UnicodeEncodeError,
                    msg,
                    name,
                    new_string(s.to_string()),
                    i,
                    end,
                    &reason,
                ));
            }
        }
        i += 1;
    }
    Ok(out)
}

/// A UnicodeEncodeError/UnicodeDecodeError whose str() is `msg`, carrying the `encoding`,
/// `object`, `start`, `end` and `reason` attributes.
#[allow(clippy::too_many_arguments)]
fn unicode_error(
    vm: &mut Vm,
    kind: ExcKind,
    msg: String,
    encoding: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let err = PyErr::new(kind, msg);
    let exc = err.0.clone();
    for (name, value) in [
        ("encoding", new_string(encoding.to_string())),
        ("object", object),
        ("start", int_from_i64(start as i64)),
        ("end", int_from_i64(end as i64)),
        ("reason", new_string(reason.to_string())),
    ] {
        let _ = crate::interp::attr::generic_setattr(vm, &exc, &intern(name), Some(value));
    }
    err
}

/// Decodes `b`: utf-8 (strict / replace / ignore / backslashreplace), ascii, latin-1.
pub fn decode_bytes(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let enc = normalize_encoding(encoding);
    match enc.as_str() {
        "utf-8" | "utf8" => {
            let mut out = String::with_capacity(b.len());
            let mut rest = b;
            let mut pos = 0usize;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        // The prefix was just validated; from_utf8 cannot fail on it.
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                        let bad = e.error_len().unwrap_or(rest.len() - good).max(1);
                        let at = pos + good;
                        match errors {
                            "ignore" => {}
                            "replace" => out.push('\u{fffd}'),
                            "backslashreplace" => {
                                for &x in &rest[good..good + bad] {
                                    out.push_str(&format!("\\x{x:02x}"));
                                }
                            }
                            _ => {
                                let byte = rest[good];
                                let reason = if e.error_len().is_none() {
                                    "unexpected end of data"
                                } else if (0x80..0xc2).contains(&byte) || byte >= 0xf5 {
                                    "invalid start byte"
                                } else {
                                    "invalid continuation byte"
                                };
                                return Err(unicode_error(
                                    vm,
                                    ExcKind::UnicodeDecodeError,
                                    format!(
                                        "'utf-8' codec can't decode byte 0x{byte:02x} in position {at}: {reason}"
                                    ),
                                    "utf-8",
                                    new_bytes(b.to_vec()),
                                    at,
                                    at + bad,
                                    reason,
                                ));
                            }
                        }
                        rest = &rest[good + bad..];
                        pos = at + bad;
                    }
                }
            }
        }
        "ascii" | "us-ascii" => {
            let mut out = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                if x < 128 {
                    out.push(x as char);
                    continue;
                }
                match errors {
                    "ignore" => {}
                    "replace" => out.push('\u{fffd}'),
                    _ => {
                        return Err(unicode_error(
                            vm,
                            ExcKind::UnicodeDecodeError,
                            format!("'ascii' codec can't decode byte 0x{x:02x} in position {i}: ordinal not in range(128)"),
                            "ascii",
                            new_bytes(b.to_vec()),
                            i,
                            i + 1,
                            "ordinal not in range(128)",
                        ))
                    }
                }
            }
            Ok(out)
        }
        "latin-1" | "latin1" | "iso-8859-1" | "l1" => Ok(b.iter().map(|&x| x as char).collect()),
        _ => Err(PyErr::new(
            ExcKind::LookupError,
            format!("unknown encoding: {encoding}"),
        )),
    }
}

fn decode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = bind(&args, "decode", &["self", "encoding", "errors"], 1)?;
    let (b, _) = this(&args)?;
    let enc = a[1].and_then(as_str).unwrap_or("utf-8");
    let errors = a[2].and_then(as_str).unwrap_or("strict");
    decode_bytes(vm, &b, enc, errors).map(new_string)
}

// ---------------------------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------------------------

/// Resolves optional start/end arguments against `len` (negative from the end, clamped).
fn range_args(len: usize, start: Option<&Value>, end: Option<&Value>) -> PyResult<(usize, usize)> {
    let n = len as i64;
    let get = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            Some(v) if !is_none(v) => {
                let i = expect_i64(
                    v,
                    "slice indices must be integers or None or have an __index__ method: ",
                )?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
            _ => Ok(default),
        }
    };
    let a = get(start, 0)?;
    let b = get(end, n)?;
    Ok((a as usize, b.max(a) as usize))
}

/// The needle of find/count/index: bytes-like or an int byte.
fn needle(v: &Value) -> PyResult<Vec<u8>> {
    if as_int(v).is_some() {
        return Ok(vec![byte_value(v)?]);
    }
    bytes_like(v).map(Cow::into_owned).ok_or_else(|| {
        type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            v.type_data().name()
        ))
    })
}

fn find_impl(args: &Args<'_>, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    check_positional(args, name, 2, 4)?;
    let (b, _) = this(args)?;
    let sub = needle(&args.all[1])?;
    let (lo, hi) = range_args(b.len(), args.all.get(2), args.all.get(3))?;
    if lo > b.len() || hi - lo < sub.len() {
        return Ok(None);
    }
    let hay = &b[lo..hi];
    let r = if reverse {
        rfind_sub(hay, &sub)
    } else {
        find_sub(hay, &sub)
    };
    Ok(r.map(|i| i + lo))
}

fn find(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = find_impl(&args, "find", false)?;
    Ok(int_from_i64(r.map_or(-1, |i| i as i64)))
}
fn rfind(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = find_impl(&args, "rfind", true)?;
    Ok(int_from_i64(r.map_or(-1, |i| i as i64)))
}
fn index(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    find_impl(&args, "index", false)?
        .map(|i| int_from_i64(i as i64))
        .ok_or_else(|| PyErr::new(ExcKind::ValueError, "subsection not found"))
}
fn rindex(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    find_impl(&args, "rindex", true)?
        .map(|i| int_from_i64(i as i64))
        .ok_or_else(|| PyErr::new(ExcKind::ValueError, "subsection not found"))
}

fn count(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "count", 2, 4)?;
    let (b, _) = this(&args)?;
    let sub = needle(&args.all[1])?;
    let (lo, hi) = range_args(b.len(), args.all.get(2), args.all.get(3))?;
    let hay = b.get(lo..hi).unwrap_or(&[]);
    let n = if sub.is_empty() {
        hay.len() + 1
    } else {
        let mut n = 0;
        let mut i = 0;
        while i + sub.len() <= hay.len() {
            if hay[i..i + sub.len()] == sub[..] {
                n += 1;
                i += sub.len();
            } else {
                i += 1;
            }
        }
        n
    };
    Ok(int_from_i64(n as i64))
}

fn affix_impl(args: &Args<'_>, name: &str, suffix: bool) -> PyResult<Value> {
    check_positional(args, name, 2, 4)?;
    let (b, _) = this(args)?;
    let (lo, hi) = range_args(b.len(), args.all.get(2), args.all.get(3))?;
    let hay = b.get(lo..hi).unwrap_or(&[]);
    let candidates: Vec<Value> = match as_tuple(&args.all[1]) {
        Some(t) => t.items().to_vec(),
        None => vec![args.all[1].clone()],
    };
    for c in &candidates {
        let p = bytes_like(c).ok_or_else(|| {
            type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                c.type_data().name()
            ))
        })?;
        let hit = if suffix {
            hay.ends_with(&p)
        } else {
            hay.starts_with(&p)
        };
        if hit {
            return Ok(bool_value(true));
        }
    }
    Ok(bool_value(false))
}

fn startswith(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix_impl(&args, "startswith", false)
}
fn endswith(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix_impl(&args, "endswith", true)
}

// ---------------------------------------------------------------------------------------------
// Splitting, joining, stripping, replacing
// ---------------------------------------------------------------------------------------------

fn split_args(args: &Args<'_>, name: &str) -> PyResult<(Option<Vec<u8>>, i64)> {
    let a = bind(args, name, &["self", "sep", "maxsplit"], 1)?;
    let sep = match a[1] {
        Some(s) if !is_none(s) => {
            let s = arg_bytes(s)?.into_owned();
            if s.is_empty() {
                return Err(PyErr::new(ExcKind::ValueError, "empty separator"));
            }
            Some(s)
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
    let (b, ba) = this(&args)?;
    let (sep, maxsplit) = split_args(&args, "split")?;
    let mut parts = Vec::new();
    match sep {
        Some(sep) => {
            let mut rest: &[u8] = &b;
            let mut n = 0;
            while maxsplit < 0 || n < maxsplit {
                match find_sub(rest, &sep) {
                    Some(i) => {
                        parts.push(make(ba, rest[..i].to_vec()));
                        rest = &rest[i + sep.len()..];
                        n += 1;
                    }
                    None => break,
                }
            }
            parts.push(make(ba, rest.to_vec()));
        }
        None => {
            let mut i = 0;
            let mut n = 0;
            loop {
                while i < b.len() && is_space(b[i]) {
                    i += 1;
                }
                if i >= b.len() {
                    break;
                }
                if maxsplit >= 0 && n >= maxsplit {
                    let mut end = b.len();
                    while end > i && is_space(b[end - 1]) {
                        end -= 1;
                    }
                    parts.push(make(ba, b[i..end].to_vec()));
                    break;
                }
                let start = i;
                while i < b.len() && !is_space(b[i]) {
                    i += 1;
                }
                parts.push(make(ba, b[start..i].to_vec()));
                n += 1;
            }
        }
    }
    Ok(new_list(parts))
}

fn rsplit(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (b, ba) = this(&args)?;
    let (sep, maxsplit) = split_args(&args, "rsplit")?;
    let mut parts = Vec::new();
    match sep {
        Some(sep) => {
            let mut rest: &[u8] = &b;
            let mut n = 0;
            while maxsplit < 0 || n < maxsplit {
                match rfind_sub(rest, &sep) {
                    Some(i) if rest.len() >= sep.len() => {
                        parts.push(make(ba, rest[i + sep.len()..].to_vec()));
                        rest = &rest[..i];
                        n += 1;
                    }
                    _ => break,
                }
            }
            parts.push(make(ba, rest.to_vec()));
        }
        None => {
            let mut end = b.len();
            let mut n = 0;
            loop {
                while end > 0 && is_space(b[end - 1]) {
                    end -= 1;
                }
                if end == 0 {
                    break;
                }
                if maxsplit >= 0 && n >= maxsplit {
                    let mut start = 0;
                    while start < end && is_space(b[start]) {
                        start += 1;
                    }
                    parts.push(make(ba, b[start..end].to_vec()));
                    break;
                }
                let stop = end;
                while end > 0 && !is_space(b[end - 1]) {
                    end -= 1;
                }
                parts.push(make(ba, b[end..stop].to_vec()));
                n += 1;
            }
        }
    }
    parts.reverse();
    Ok(new_list(parts))
}

fn join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "join", 2, 2)?;
    let (sep, ba) = this(&args)?;
    let sep = sep.into_owned();
    let items = ops::collect(vm, &args.all[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_like(it) {
            Some(b) => out.extend_from_slice(&b),
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    it.type_data().name()
                )))
            }
        }
    }
    Ok(make(ba, out))
}

fn strip_impl(args: &Args<'_>, name: &str, left: bool, right: bool) -> PyResult<Value> {
    check_positional(args, name, 1, 2)?;
    let (b, ba) = this(args)?;
    let chars: Option<Vec<u8>> = match args.all.get(1) {
        Some(c) if !is_none(c) => Some(arg_bytes(c)?.into_owned()),
        _ => None,
    };
    let strip = |x: u8| match &chars {
        Some(set) => set.contains(&x),
        None => is_space(x),
    };
    let mut lo = 0;
    let mut hi = b.len();
    if left {
        while lo < hi && strip(b[lo]) {
            lo += 1;
        }
    }
    if right {
        while hi > lo && strip(b[hi - 1]) {
            hi -= 1;
        }
    }
    Ok(make(ba, b[lo..hi].to_vec()))
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
    let (b, ba) = this(&args)?;
    let old = arg_bytes(&args.all[1])?;
    let new = arg_bytes(&args.all[2])?;
    let mut count = match args.all.get(3) {
        Some(c) => expect_i64(c, "")?,
        None => -1,
    };
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        for &x in b.iter() {
            if count != 0 {
                out.extend_from_slice(&new);
                count -= 1;
            }
            out.push(x);
        }
        if count != 0 {
            out.extend_from_slice(&new);
        }
        return Ok(make(ba, out));
    }
    let mut i = 0;
    while i < b.len() {
        if count != 0 && b[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
            count -= 1;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Ok(make(ba, out))
}

fn partition_impl(args: &Args<'_>, name: &str, reverse: bool) -> PyResult<Value> {
    check_positional(args, name, 2, 2)?;
    let (b, ba) = this(args)?;
    let sep = arg_bytes(&args.all[1])?;
    if sep.is_empty() {
        return Err(PyErr::new(ExcKind::ValueError, "empty separator"));
    }
    let pos = if reverse {
        rfind_sub(&b, &sep)
    } else {
        find_sub(&b, &sep)
    };
    let (x, y, z) = match pos {
        Some(i) => (b[..i].to_vec(), sep.to_vec(), b[i + sep.len()..].to_vec()),
        None if reverse => (Vec::new(), Vec::new(), b.to_vec()),
        None => (b.to_vec(), Vec::new(), Vec::new()),
    };
    Ok(new_tuple(vec![make(ba, x), make(ba, y), make(ba, z)]))
}

fn partition(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(&args, "partition", false)
}
fn rpartition(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(&args, "rpartition", true)
}

fn splitlines(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = bind(&args, "splitlines", &["self", "keepends"], 1)?;
    let (b, ba) = this(&args)?;
    let keep = a[1].is_some_and(|k| as_int(k).is_some_and(|i| !i.is_zero()));
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let eol = match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => 0,
        };
        if eol == 0 {
            i += 1;
            continue;
        }
        let end = if keep { i + eol } else { i };
        parts.push(make(ba, b[start..end].to_vec()));
        i += eol;
        start = i;
    }
    if start < b.len() {
        parts.push(make(ba, b[start..].to_vec()));
    }
    Ok(new_list(parts))
}

// ---------------------------------------------------------------------------------------------
// Case, padding, predicates
// ---------------------------------------------------------------------------------------------

fn map_bytes(args: &Args<'_>, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    check_positional(args, name, 1, 1)?;
    let (b, ba) = this(args)?;
    Ok(make(ba, f(&b)))
}

fn title_bytes(b: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .map(|&x| {
            let r = if prev_cased {
                x.to_ascii_lowercase()
            } else {
                x.to_ascii_uppercase()
            };
            prev_cased = x.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn capitalize_bytes(b: &[u8]) -> Vec<u8> {
    b.iter()
        .enumerate()
        .map(|(i, &x)| {
            if i == 0 {
                x.to_ascii_uppercase()
            } else {
                x.to_ascii_lowercase()
            }
        })
        .collect()
}

fn swapcase_bytes(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|&x| {
            if x.is_ascii_uppercase() {
                x.to_ascii_lowercase()
            } else {
                x.to_ascii_uppercase()
            }
        })
        .collect()
}

fn upper(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_bytes(&args, "upper", <[u8]>::to_ascii_uppercase)
}
fn lower(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_bytes(&args, "lower", <[u8]>::to_ascii_lowercase)
}
fn title(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_bytes(&args, "title", title_bytes)
}
fn capitalize(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_bytes(&args, "capitalize", capitalize_bytes)
}
fn swapcase(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_bytes(&args, "swapcase", swapcase_bytes)
}

fn pad_impl(args: &Args<'_>, name: &str, align: char) -> PyResult<Value> {
    check_positional(args, name, 2, 3)?;
    let (b, ba) = this(args)?;
    let width = expect_i64(&args.all[1], "")?;
    let fill = match args.all.get(2) {
        Some(f) => match bytes_like(f) {
            Some(c) if c.len() == 1 => c[0],
            _ => {
                return Err(type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    f.type_data().name()
                )))
            }
        },
        None => b' ',
    };
    let n = b.len() as i64;
    if width <= n {
        return Ok(make(ba, b.to_vec()));
    }
    let total = (width - n) as usize;
    let left = match align {
        '<' => 0,
        '>' => total,
        _ => total / 2 + (total & width as usize & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&b);
    out.resize(width as usize, fill);
    Ok(make(ba, out))
}

fn center(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pad_impl(&args, "center", '^')
}
fn ljust(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pad_impl(&args, "ljust", '<')
}
fn rjust(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pad_impl(&args, "rjust", '>')
}

fn zfill(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "zfill", 2, 2)?;
    let (b, ba) = this(&args)?;
    let width = expect_i64(&args.all[1], "")?;
    if width <= b.len() as i64 {
        return Ok(make(ba, b.to_vec()));
    }
    let fill = width as usize - b.len();
    let (sign, digits) = match b.first() {
        Some(&s) if s == b'+' || s == b'-' => (vec![s], &b[1..]),
        _ => (Vec::new(), &b[..]),
    };
    let mut out = sign;
    out.extend(std::iter::repeat_n(b'0', fill));
    out.extend_from_slice(digits);
    Ok(make(ba, out))
}

fn predicate(args: &Args<'_>, name: &str, f: fn(u8) -> bool) -> PyResult<Value> {
    check_positional(args, name, 1, 1)?;
    let (b, _) = this(args)?;
    Ok(bool_value(!b.is_empty() && b.iter().all(|&x| f(x))))
}

fn isalpha(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(&args, "isalpha", |x| x.is_ascii_alphabetic())
}
fn isdigit(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(&args, "isdigit", |x| x.is_ascii_digit())
}
fn isalnum(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(&args, "isalnum", |x| x.is_ascii_alphanumeric())
}
fn isspace(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(&args, "isspace", is_space)
}
fn isascii(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "isascii", 1, 1)?;
    let (b, _) = this(&args)?;
    Ok(bool_value(b.is_ascii()))
}

fn case_predicate(args: &Args<'_>, name: &str, upper: bool) -> PyResult<Value> {
    check_positional(args, name, 1, 1)?;
    let (b, _) = this(args)?;
    let mut cased = false;
    for &x in b.iter() {
        if x.is_ascii_uppercase() {
            if !upper {
                return Ok(bool_value(false));
            }
            cased = true;
        } else if x.is_ascii_lowercase() {
            if upper {
                return Ok(bool_value(false));
            }
            cased = true;
        }
    }
    Ok(bool_value(cased))
}

fn isupper(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    case_predicate(&args, "isupper", true)
}
fn islower(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    case_predicate(&args, "islower", false)
}

// ---------------------------------------------------------------------------------------------
// Hex
// ---------------------------------------------------------------------------------------------

fn hex(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = bind(&args, "hex", &["self", "sep", "bytes_per_sep"], 1)?;
    let (b, _) = this(&args)?;
    let sep = match a[1] {
        Some(s) => {
            let text: String = match (as_str(s), bytes_like(s)) {
                (Some(t), _) => t.to_string(),
                (None, Some(x)) => x.iter().map(|&c| c as char).collect(),
                _ => return Err(type_error("sep must be str or bytes.".into())),
            };
            if text.chars().count() != 1 {
                return Err(PyErr::new(ExcKind::ValueError, "sep must be length 1."));
            }
            Some(text)
        }
        None => None,
    };
    let per = match a[2] {
        Some(n) => expect_i64(n, "")?,
        None => 1,
    };
    let digits: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
    let out = match sep {
        None => digits.concat(),
        Some(sep) => {
            let group = per.unsigned_abs().max(1) as usize;
            let mut groups: Vec<String> = Vec::new();
            if per >= 0 {
                // Groups counted from the right.
                let first = digits.len() % group;
                if first > 0 {
                    groups.push(digits[..first].concat());
                }
                for chunk in digits[first..].chunks(group) {
                    groups.push(chunk.concat());
                }
            } else {
                for chunk in digits.chunks(group) {
                    groups.push(chunk.concat());
                }
            }
            groups.join(&sep)
        }
    };
    Ok(new_string(out))
}

fn fromhex_impl(args: &Args<'_>, ba: bool) -> PyResult<Value> {
    check_positional(args, "fromhex", 2, 2)?;
    let text = as_str(&args.all[1]).ok_or_else(|| {
        type_error(format!(
            "fromhex() argument must be str, not {}",
            args.all[1].type_data().name()
        ))
    })?;
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (Some(_), None) => {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    format!(
                        "non-hexadecimal number found in fromhex() arg at position {}",
                        i + 1
                    ),
                ))
            }
            _ => {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    format!("non-hexadecimal number found in fromhex() arg at position {i}"),
                ))
            }
        }
        i += 2;
    }
    Ok(make(ba, out))
}

fn bytes_fromhex(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let ba = args
        .all
        .first()
        .is_some_and(|c| c.is(&builtin_types().bytearray.value()));
    fromhex_impl(&args, ba)
}

// ---------------------------------------------------------------------------------------------
// Protocol methods
// ---------------------------------------------------------------------------------------------

fn dunder_len(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (b, _) = this(&args)?;
    Ok(int_from_i64(b.len() as i64))
}

fn dunder_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__getitem__", 2, 2)?;
    let (b, ba) = this(&args)?;
    let base = make(ba, b.into_owned());
    ops::getitem(vm, &base, &args.all[1])
}

fn dunder_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__contains__", 2, 2)?;
    let (b, ba) = this(&args)?;
    let base = make(ba, b.into_owned());
    Ok(bool_value(ops::contains(vm, &base, &args.all[1])?))
}

fn dunder_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (b, ba) = this(&args)?;
    let base = make(ba, b.into_owned());
    ops::get_iter(vm, &base)
}

fn dunder_hash(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (b, _) = this(&args)?;
    Ok(int_from_i64(crate::object::str::hash_str(
        &String::from_utf8_lossy(&b),
    )))
}

fn dunder_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__repr__", 1, 1)?;
    crate::interp::repr::native_repr(vm, &args.all[0]).map(new_string)
}

fn dunder_mod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__mod__", 2, 2)?;
    bytes_percent(vm, &args.all[0], &args.all[1])
}

fn compare_impl(vm: &mut Vm, args: Args<'_>, op: crate::bytecode::CompareOp) -> PyResult<Value> {
    check_positional(&args, "comparison", 2, 2)?;
    let a = bytes_like(&args.all[0]).map(Cow::into_owned);
    let b = bytes_like(&args.all[1]).map(Cow::into_owned);
    match (a, b) {
        (Some(x), Some(y)) => ops::native_compare_value(vm, &new_bytes(x), &new_bytes(y), op),
        _ => Ok(crate::object::not_implemented()),
    }
}

fn dunder_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare_impl(vm, args, crate::bytecode::CompareOp::Eq)
}
fn dunder_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare_impl(vm, args, crate::bytecode::CompareOp::Ne)
}
fn dunder_lt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare_impl(vm, args, crate::bytecode::CompareOp::Lt)
}
fn dunder_le(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare_impl(vm, args, crate::bytecode::CompareOp::Le)
}
fn dunder_gt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare_impl(vm, args, crate::bytecode::CompareOp::Gt)
}
fn dunder_ge(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare_impl(vm, args, crate::bytecode::CompareOp::Ge)
}

// ---------------------------------------------------------------------------------------------
// bytes % args
// ---------------------------------------------------------------------------------------------

/// `fmt % args` for bytes and bytearray (the result has the type of `fmt`).
pub fn bytes_percent(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let is_ba = fmt.layout() == Layout::ByteArray;
    let text: String = bytes_like(fmt)
        .unwrap_or_default()
        .iter()
        .map(|&c| c as char)
        .collect();
    let parsed = percent::parse_percent_format(&text);
    let is_mapping = args.layout() == Layout::Dict;
    let tuple_items: Vec<Value> = match as_tuple(args) {
        Some(t) => t.items().to_vec(),
        None => vec![args.clone()],
    };
    let mut next = 0usize;
    let mut out: Vec<u8> = Vec::new();
    let take = |vm: &mut Vm, key: &Option<String>, next: &mut usize| -> PyResult<Value> {
        if let Some(k) = key {
            if !is_mapping {
                return Err(type_error("format requires a mapping".into()));
            }
            let kb: Vec<u8> = k.chars().map(|c| c as u32 as u8).collect();
            return ops::getitem(vm, args, &new_bytes(kb));
        }
        let v = tuple_items
            .get(*next)
            .cloned()
            .ok_or_else(|| type_error("not enough arguments for format string".into()))?;
        *next += 1;
        Ok(v)
    };
    let latin1 = |s: &str| -> Vec<u8> { s.chars().map(|c| c as u32 as u8).collect() };
    for piece in parsed.pieces {
        match piece {
            PercentPiece::Literal(s) => out.extend(latin1(&s)),
            PercentPiece::Spec(mut spec) => {
                if spec.width_star {
                    let w = take(vm, &None, &mut next)?;
                    spec.set_star_width(expect_i64(&w, "* wants int")?);
                }
                if spec.precision_star {
                    let p = take(vm, &None, &mut next)?;
                    spec.set_star_precision(expect_i64(&p, "* wants int")?);
                }
                let arg = take(vm, &spec.key.clone(), &mut next)?;
                let piece: Vec<u8> = match spec.conv {
                    's' | 'b' => {
                        let b = bytes_like(&arg).ok_or_else(|| {
                            type_error(format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                arg.type_data().name()
                            ))
                        })?;
                        let s: String = b.iter().map(|&c| c as char).collect();
                        latin1(&percent::pad_percent_str(&s, &spec))
                    }
                    'r' | 'a' => {
                        let r = ops::ascii(vm, &arg)?;
                        latin1(&percent::pad_percent_str(as_str(&r).unwrap_or(""), &spec))
                    }
                    'c' => {
                        let c = match (bytes_like(&arg), as_int(&arg)) {
                            (Some(b), _) if b.len() == 1 => b[0],
                            (_, Some(_)) => byte_value(&arg).map_err(|_| {
                                PyErr::new(ExcKind::OverflowError, "%c arg not in range(256)")
                            })?,
                            _ => {
                                return Err(type_error(
                                    "%c requires an integer in range(256) or a single byte".into(),
                                ))
                            }
                        };
                        latin1(&percent::pad_percent_str(&(c as char).to_string(), &spec))
                    }
                    _ => {
                        if !spec.is_supported() {
                            return Err(PyErr::new(
                                ExcKind::ValueError,
                                spec.unsupported_message(),
                            ));
                        }
                        let tmp = new_tuple(vec![arg]);
                        let one = crate::interp::repr::percent_format(
                            vm,
                            &new_string(spec_text(&spec)),
                            &tmp,
                        )?;
                        latin1(as_str(&one).unwrap_or(""))
                    }
                };
                out.extend(piece);
            }
        }
    }
    if let Some(err) = parsed.error {
        return Err(PyErr::new(ExcKind::ValueError, err.message));
    }
    if !is_mapping && next < tuple_items.len() {
        return Err(type_error(
            "not all arguments converted during bytes formatting".into(),
        ));
    }
    Ok(make(is_ba, out))
}

/// Re-renders a numeric conversion spec (without mapping key / stars) for the str formatter.
fn spec_text(spec: &percent::PercentSpec) -> String {
    let mut s = String::from("%");
    for (on, c) in [
        (spec.left, '-'),
        (spec.plus, '+'),
        (spec.blank, ' '),
        (spec.alt, '#'),
        (spec.zero, '0'),
    ] {
        if on {
            s.push(c);
        }
    }
    if let Some(w) = spec.width {
        s.push_str(&w.to_string());
    }
    if let Some(p) = spec.precision {
        s.push('.');
        s.push_str(&p.to_string());
    }
    s.push(spec.conv);
    s
}

// ---------------------------------------------------------------------------------------------
// Registration
// ---------------------------------------------------------------------------------------------

/// Registers bytes, bytearray and memoryview methods.
pub fn register() {
    let t = builtin_types();
    let shared: &[(&'static str, NativeFn)] = &[
        ("decode", decode),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("split", split),
        ("rsplit", rsplit),
        ("join", join),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("replace", replace),
        ("partition", partition),
        ("rpartition", rpartition),
        ("splitlines", splitlines),
        ("upper", upper),
        ("lower", lower),
        ("title", title),
        ("capitalize", capitalize),
        ("swapcase", swapcase),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("isalpha", isalpha),
        ("isdigit", isdigit),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isascii", isascii),
        ("isupper", isupper),
        ("islower", islower),
        ("hex", hex),
        ("__len__", dunder_len),
        ("__getitem__", dunder_getitem),
        ("__contains__", dunder_contains),
        ("__iter__", dunder_iter),
        ("__repr__", dunder_repr),
        ("__add__", super::str_methods::immutable_seq_add),
        ("__mul__", super::str_methods::immutable_seq_mul),
        ("__rmul__", super::str_methods::immutable_seq_mul),
        ("__mod__", dunder_mod),
        ("__eq__", dunder_eq),
        ("__ne__", dunder_ne),
        ("__lt__", dunder_lt),
        ("__le__", dunder_le),
        ("__gt__", dunder_gt),
        ("__ge__", dunder_ge),
    ];
    for ty in [t.bytes, t.bytearray] {
        for &(name, f) in shared {
            add_method(ty, name, f);
        }
        let fromhex = alloc(
            &t.classmethod.value(),
            ClassMethodData(new_builtin("fromhex", bytes_fromhex)),
        );
        add_type_attr(ty, "fromhex", fromhex);
    }
    add_method(t.bytes, "__new__", bytes_new);
    add_method(t.bytes, "__hash__", dunder_hash);
    add_method(t.bytearray, "__new__", bytearray_new);
    add_method(t.bytearray, "__init__", bytearray_init);
    add_type_attr(t.bytearray, "__hash__", none());
    super::bytearray_methods::register();
    add_method(t.memoryview, "__new__", memoryview_new);
    add_method(t.memoryview, "tobytes", memoryview_tobytes);
    add_method(t.memoryview, "tolist", memoryview_tolist);
    add_method(t.memoryview, "__len__", dunder_len);
}
