//! More `str` methods: Unicode case transforms (title/capitalize/swapcase/casefold), padding
//! (center/ljust/rjust/zfill/expandtabs), splitlines, partition, removeprefix/suffix,
//! maketrans/translate and the `is*` predicates. Widths are in code points.

use crate::interp::{ops, Vm};
use crate::object::dict::{as_dict, new_dict};
use crate::object::func::{Args, NativeFn};
use crate::object::int::{as_int, int_from_i64};
use crate::object::seq::{new_list, new_tuple};
use crate::object::str::{as_str, new_str, new_string};
use crate::object::{bool_value, singletons, ExcKind, PyErr, PyResult, Value};

use super::args::{bind, check_positional, expect_i64};
use super::str_methods::{is_py_space, str_arg, this};

fn type_error(msg: String) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg)
}

// ---------------------------------------------------------------------------------------------
// Case
// ---------------------------------------------------------------------------------------------

/// A cased character (Unicode Lu, Ll, Lt and the Other_Upper/Lowercase ones).
fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

/// Titlecase letters (category Lt).
fn is_titlecase(c: char) -> bool {
    matches!(
        c as u32,
        0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf
            | 0x1fbc | 0x1fcc | 0x1ffc
    )
}

/// The titlecase mapping of `c` (may be several characters).
fn push_title(out: &mut String, c: char) {
    match c as u32 {
        0x1c4..=0x1c6 => out.push('\u{1c5}'),
        0x1c7..=0x1c9 => out.push('\u{1c8}'),
        0x1ca..=0x1cc => out.push('\u{1cb}'),
        0x1f1..=0x1f3 => out.push('\u{1f2}'),
        _ if is_titlecase(c) => out.push(c),
        _ => {
            let mut up = c.to_uppercase();
            if let Some(first) = up.next() {
                out.push(first);
                // Multi-character uppercase (ß -> SS, ﬁ -> FI): the rest is lowercased.
                for rest in up {
                    out.extend(rest.to_lowercase());
                }
            }
        }
    }
}

/// Lowercase of `chars[i]` with the Final_Sigma rule.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == 'Σ' {
        let before = chars[..i]
            .iter()
            .rev()
            .find(|&&x| !is_case_ignorable(x))
            .is_some_and(|&x| is_cased(x));
        let after = chars[i + 1..]
            .iter()
            .find(|&&x| !is_case_ignorable(x))
            .is_some_and(|&x| is_cased(x));
        out.push(if before && !after { 'ς' } else { 'σ' });
        return;
    }
    out.extend(c.to_lowercase());
}

fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.' | ':' | '^' | '`' | '\u{ad}' | '\u{b7}' | '\u{2019}'
    ) || matches!(c as u32, 0x300..=0x36f)
}

fn title_text(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

fn capitalize_text(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    out
}

fn swapcase_text(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower(&mut out, &chars, i);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn casefold_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ς' => out.push('σ'),
            'ſ' => out.push('s'),
            'µ' => out.push('μ'),
            'ﬀ' => out.push_str("ff"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("st"),
            'İ' => out.push_str("i\u{307}"),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

fn transform(args: &Args<'_>, name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    check_positional(args, name, 1, 1)?;
    Ok(new_string(f(this(args)?.as_str())))
}

fn title(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    transform(&args, "title", title_text)
}
fn capitalize(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    transform(&args, "capitalize", capitalize_text)
}
fn swapcase(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    transform(&args, "swapcase", swapcase_text)
}
fn casefold(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    transform(&args, "casefold", casefold_text)
}

// ---------------------------------------------------------------------------------------------
// Padding
// ---------------------------------------------------------------------------------------------

fn pad_impl(args: &Args<'_>, name: &str, align: char) -> PyResult<Value> {
    check_positional(args, name, 2, 3)?;
    let s = this(args)?;
    let width = expect_i64(&args.all[1], "")?;
    let fill = match args.all.get(2) {
        Some(f) => {
            let text = as_str(f).ok_or_else(|| {
                type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    f.type_data().name()
                ))
            })?;
            let mut it = text.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(type_error(
                        "The fill character must be exactly one character long".into(),
                    ))
                }
            }
        }
        None => ' ',
    };
    let n = s.char_len() as i64;
    if width <= n {
        return Ok(new_str(s.as_str()));
    }
    let total = (width - n) as usize;
    let left = match align {
        '<' => 0,
        '>' => total,
        _ => total / 2 + (total & width as usize & 1),
    };
    let mut out = String::with_capacity(s.as_str().len() + total * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat_n(fill, total - left));
    Ok(new_string(out))
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
    let s = this(&args)?;
    let width = expect_i64(&args.all[1], "")?;
    let n = s.char_len() as i64;
    if width <= n {
        return Ok(new_str(s.as_str()));
    }
    let text = s.as_str();
    let (sign, digits) = match text.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &text[1..]),
        _ => (None, text),
    };
    let mut out = String::with_capacity(width as usize);
    out.extend(sign);
    out.extend(std::iter::repeat_n('0', (width - n) as usize));
    out.push_str(digits);
    Ok(new_string(out))
}

fn expandtabs(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = bind(&args, "expandtabs", &["self", "tabsize"], 1)?;
    let s = this(&args)?.as_str();
    let tab = match a[1] {
        Some(t) => expect_i64(t, "")?,
        None => 8,
    };
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_string(out))
}

// ---------------------------------------------------------------------------------------------
// Splitting and affixes
// ---------------------------------------------------------------------------------------------

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn splitlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = bind(&args, "splitlines", &["self", "keepends"], 1)?;
    let s = this(&args)?.as_str();
    let keep = match a[1] {
        Some(k) => ops::truthy(vm, k)?,
        None => false,
    };
    let mut parts = Vec::new();
    let mut start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = iter.peek() {
                iter.next();
                end += 1;
            }
        }
        parts.push(new_str(&s[start..if keep { end } else { i }]));
        start = end;
    }
    if start < s.len() {
        parts.push(new_str(&s[start..]));
    }
    Ok(new_list(parts))
}

fn partition_impl(args: &Args<'_>, name: &str, reverse: bool) -> PyResult<Value> {
    check_positional(args, name, 2, 2)?;
    let s = this(args)?.as_str();
    let sep = as_str(&args.all[1]).ok_or_else(|| {
        type_error(format!(
            "must be str, not {}",
            args.all[1].type_data().name()
        ))
    })?;
    if sep.is_empty() {
        return Err(PyErr::new(ExcKind::ValueError, "empty separator"));
    }
    let found = if reverse { s.rfind(sep) } else { s.find(sep) };
    let parts = match found {
        Some(i) => vec![new_str(&s[..i]), new_str(sep), new_str(&s[i + sep.len()..])],
        None if reverse => vec![new_str(""), new_str(""), new_str(s)],
        None => vec![new_str(s), new_str(""), new_str("")],
    };
    Ok(new_tuple(parts))
}

fn partition(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(&args, "partition", false)
}
fn rpartition(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(&args, "rpartition", true)
}

fn removeprefix(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "removeprefix", 2, 2)?;
    let s = this(&args)?.as_str();
    let p = str_arg(&args.all[1], "removeprefix")?;
    Ok(new_str(s.strip_prefix(p).unwrap_or(s)))
}

fn removesuffix(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "removesuffix", 2, 2)?;
    let s = this(&args)?.as_str();
    let p = str_arg(&args.all[1], "removesuffix")?;
    if p.is_empty() {
        return Ok(new_str(s));
    }
    Ok(new_str(s.strip_suffix(p).unwrap_or(s)))
}

// ---------------------------------------------------------------------------------------------
// maketrans / translate
// ---------------------------------------------------------------------------------------------

/// `str.maketrans(x[, y[, z]])` (a static method).
pub fn maketrans(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "maketrans", 1, 3)?;
    let out = new_dict();
    let d = as_dict(&out).ok_or_else(|| type_error("dict expected".into()))?;
    if args.all.len() == 1 {
        let src = as_dict(&args.all[0]).ok_or_else(|| {
            type_error("if you give only one argument to maketrans it must be a dict".into())
        })?;
        for (k, v) in src.items() {
            let key = if let Some(text) = as_str(&k) {
                let mut it = text.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => int_from_i64(i64::from(c as u32)),
                    _ => {
                        return Err(PyErr::new(
                            ExcKind::ValueError,
                            "string keys in translate table must be of length 1",
                        ))
                    }
                }
            } else if as_int(&k).is_some() {
                k.clone()
            } else {
                return Err(type_error(
                    "keys in translate table must be strings or integers".into(),
                ));
            };
            d.set_item(vm, key, v)?;
        }
        return Ok(out);
    }
    let x = as_str(&args.all[0]).ok_or_else(|| {
        type_error(format!(
            "maketrans() argument 1 must be str, not {}",
            args.all[0].type_data().name()
        ))
    })?;
    let y = as_str(&args.all[1]).ok_or_else(|| {
        type_error(format!(
            "maketrans() argument 2 must be str, not {}",
            args.all[1].type_data().name()
        ))
    })?;
    if x.chars().count() != y.chars().count() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        d.set_item(
            vm,
            int_from_i64(i64::from(a as u32)),
            int_from_i64(i64::from(b as u32)),
        )?;
    }
    if let Some(z) = args.all.get(2) {
        let z = as_str(z).ok_or_else(|| {
            type_error(format!(
                "maketrans() argument 3 must be str, not {}",
                z.type_data().name()
            ))
        })?;
        for c in z.chars() {
            d.set_item(vm, int_from_i64(i64::from(c as u32)), crate::object::none())?;
        }
    }
    Ok(out)
}

fn translate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "translate", 2, 2)?;
    let s = this(&args)?.as_str().to_string();
    let table = &args.all[1];
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let key = int_from_i64(i64::from(c as u32));
        let mapped = match ops::getitem(vm, table, &key) {
            Ok(v) => v,
            Err(e) if e.matches(ExcKind::LookupError) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if mapped.is(&singletons().none) {
            continue;
        }
        if let Some(t) = as_str(&mapped) {
            out.push_str(t);
        } else if let Some(i) = as_int(&mapped) {
            let ch = i
                .to_i64()
                .and_then(|n| u32::try_from(n).ok())
                .and_then(char::from_u32)
                .ok_or_else(|| {
                    PyErr::new(
                        ExcKind::ValueError,
                        "character mapping must be in range(0x110000)",
                    )
                })?;
            out.push(ch);
        } else {
            return Err(type_error(
                "character mapping must return integer, None or str".into(),
            ));
        }
    }
    Ok(new_string(out))
}

// ---------------------------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------------------------

fn is_decimal(c: char) -> bool {
    crate::object::numfmt::unicode_decimal_value(c).is_some()
}

fn is_digit(c: char) -> bool {
    is_decimal(c)
        || matches!(
            c as u32,
            0xb2 | 0xb3 | 0xb9 | 0x1369..=0x1371 | 0x19da | 0x2070 | 0x2074..=0x2079
                | 0x2080..=0x2089 | 0x2460..=0x2468 | 0x2474..=0x247c | 0x2488..=0x2490
                | 0x24ea | 0x24f5..=0x24fd | 0x24ff | 0x2776..=0x277e | 0x2780..=0x2788
                | 0x278a..=0x2792 | 0x10a40..=0x10a43 | 0x1f100..=0x1f10a
        )
}

fn is_numeric(c: char) -> bool {
    c.is_numeric()
        || matches!(
            c,
            '〇' | '一'
                | '二'
                | '三'
                | '四'
                | '五'
                | '六'
                | '七'
                | '八'
                | '九'
                | '十'
                | '百'
                | '千'
                | '万'
                | '億'
                | '兆'
                | '零'
                | '壱'
                | '弐'
                | '参'
                | '拾'
                | '廿'
                | '卅'
        )
}

fn is_alpha(c: char) -> bool {
    c.is_alphabetic() && !c.is_numeric() && !is_combining_mark(c)
}

fn is_combining_mark(c: char) -> bool {
    matches!(
        c as u32,
        0x300..=0x36f | 0x483..=0x489 | 0x591..=0x5bd | 0x610..=0x61a | 0x64b..=0x65f
            | 0x900..=0x903 | 0x93a..=0x94f | 0x1ab0..=0x1aff | 0x1dc0..=0x1dff
            | 0x20d0..=0x20ff | 0xfe20..=0xfe2f
    )
}

fn all_chars(args: &Args<'_>, name: &str, f: fn(char) -> bool) -> PyResult<Value> {
    check_positional(args, name, 1, 1)?;
    let s = this(args)?.as_str();
    Ok(bool_value(!s.is_empty() && s.chars().all(f)))
}

fn isdigit(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    all_chars(&args, "isdigit", is_digit)
}
fn isdecimal(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    all_chars(&args, "isdecimal", is_decimal)
}
fn isnumeric(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    all_chars(&args, "isnumeric", |c| is_digit(c) || is_numeric(c))
}
fn isalpha(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    all_chars(&args, "isalpha", is_alpha)
}
fn isalnum(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    all_chars(&args, "isalnum", |c| {
        is_alpha(c) || is_digit(c) || is_numeric(c)
    })
}
fn isspace(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    all_chars(&args, "isspace", is_py_space)
}
fn isprintable(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "isprintable", 1, 1)?;
    let s = this(&args)?.as_str();
    Ok(bool_value(
        s.chars().all(|c| !crate::interp::repr::is_unprintable(c)),
    ))
}
fn isascii(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "isascii", 1, 1)?;
    Ok(bool_value(this(&args)?.is_ascii()))
}

fn isupper(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "isupper", 1, 1)?;
    let s = this(&args)?.as_str();
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return Ok(bool_value(false));
        }
        cased |= c.is_uppercase();
    }
    Ok(bool_value(cased))
}

fn islower(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "islower", 1, 1)?;
    let s = this(&args)?.as_str();
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return Ok(bool_value(false));
        }
        cased |= c.is_lowercase();
    }
    Ok(bool_value(cased))
}

fn istitle(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "istitle", 1, 1)?;
    let s = this(&args)?.as_str();
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return Ok(bool_value(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(bool_value(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(bool_value(cased))
}

fn isidentifier(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "isidentifier", 1, 1)?;
    let s = this(&args)?.as_str();
    let mut it = s.chars();
    let ok = match it.next() {
        Some(c) => {
            (c == '_' || (c.is_alphabetic() && !is_combining_mark(c)))
                && it.all(|c| c == '_' || c.is_alphanumeric() || is_combining_mark(c))
        }
        None => false,
    };
    Ok(bool_value(ok))
}

/// The methods this file adds to `str`.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("title", title),
    ("capitalize", capitalize),
    ("swapcase", swapcase),
    ("casefold", casefold),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("zfill", zfill),
    ("expandtabs", expandtabs),
    ("splitlines", splitlines),
    ("partition", partition),
    ("rpartition", rpartition),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("translate", translate),
    ("isdigit", isdigit),
    ("isdecimal", isdecimal),
    ("isnumeric", isnumeric),
    ("isalpha", isalpha),
    ("isalnum", isalnum),
    ("isspace", isspace),
    ("isprintable", isprintable),
    ("isascii", isascii),
    ("isupper", isupper),
    ("islower", islower),
    ("istitle", istitle),
    ("isidentifier", isidentifier),
];
