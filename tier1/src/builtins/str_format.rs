//! `str.format` and `str.format_map`: the replacement-field grammar (auto / manual numbering,
//! keyword fields, `.attr` and `[index]` lookups, `!r/!s/!a` conversions, nested fields inside
//! format specs, `{{`/`}}` escapes), each field rendered through `ops::format`.

use crate::interp::{ops, Vm};
use crate::object::func::Args;
use crate::object::int::int_from_i64;
use crate::object::str::{as_str, new_string, str_data};
use crate::object::{builtin_types, ExcKind, PyErr, PyResult, Value};

use super::add_method;

/// Where field values come from.
struct Source<'a> {
    positional: &'a [Value],
    /// Keyword arguments (`format`) as name/value pairs.
    keywords: Vec<(&'a str, &'a Value)>,
    /// The mapping of `format_map`.
    mapping: Option<&'a Value>,
    /// Next automatic index; None once manual numbering was used.
    auto: AutoState,
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum AutoState {
    Unused,
    Auto(usize),
    Manual,
}

fn value_error(msg: &str) -> PyErr {
    PyErr::new(ExcKind::ValueError, msg)
}

impl Source<'_> {
    fn next_auto(&mut self) -> PyResult<usize> {
        match self.auto {
            AutoState::Manual => Err(value_error(
                "cannot switch from manual field specification to automatic field numbering",
            )),
            AutoState::Unused => {
                self.auto = AutoState::Auto(1);
                Ok(0)
            }
            AutoState::Auto(n) => {
                self.auto = AutoState::Auto(n + 1);
                Ok(n)
            }
        }
    }

    fn manual(&mut self) -> PyResult<()> {
        match self.auto {
            AutoState::Auto(_) => Err(value_error(
                "cannot switch from automatic field numbering to manual field specification",
            )),
            _ => {
                self.auto = AutoState::Manual;
                Ok(())
            }
        }
    }

    fn positional(&self, i: usize) -> PyResult<Value> {
        if self.mapping.is_some() {
            return Err(value_error("Format string contains positional fields"));
        }
        self.positional.get(i).cloned().ok_or_else(|| {
            PyErr::new(
                ExcKind::IndexError,
                format!("Replacement index {i} out of range for positional args tuple"),
            )
        })
    }

    fn keyword(&self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        if let Some(m) = self.mapping {
            return ops::getitem(vm, m, &new_string(name.to_string()));
        }
        self.keywords
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| (*v).clone())
            .ok_or_else(|| PyErr::with_args(ExcKind::KeyError, vec![new_string(name.to_string())]))
    }
}

/// Renders a whole format string (also used for nested specs, with `depth`).
fn render(vm: &mut Vm, fmt: &[char], src: &mut Source<'_>, depth: usize) -> PyResult<String> {
    if depth > 2 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let mut i = 0;
    while i < fmt.len() {
        let c = fmt[i];
        if c == '}' {
            if fmt.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if fmt.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // A replacement field: find its matching '}' as CPython scans it (braces inside
        // `[...]` of the field name are literal, the character after '!' is the conversion,
        // braces nest inside the format spec).
        let start = i + 1;
        let mut level = 1;
        let mut j = start;
        let (mut in_bracket, mut seen_bang, mut seen_colon) = (false, false, false);
        while j < fmt.len() {
            let c = fmt[j];
            if !seen_colon && !seen_bang {
                if in_bracket {
                    in_bracket = c != ']';
                    j += 1;
                    continue;
                }
                if c == '[' {
                    in_bracket = true;
                    j += 1;
                    continue;
                }
            }
            if !seen_colon {
                if c == '!' && !seen_bang {
                    if j + 1 >= fmt.len() {
                        return Err(value_error(
                            "end of string while looking for conversion specifier",
                        ));
                    }
                    seen_bang = true;
                    j += 2;
                    continue;
                }
                if c == ':' {
                    seen_colon = true;
                    j += 1;
                    continue;
                }
            }
            match c {
                '{' => level += 1,
                '}' => {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if level != 0 || j >= fmt.len() {
            return Err(value_error(if start >= fmt.len() {
                "Single '{' encountered in format string"
            } else if seen_bang || seen_colon {
                "unmatched '{' in format spec"
            } else {
                "expected '}' before end of string"
            }));
        }
        out.push_str(&field(vm, &fmt[start..j], src, depth)?);
        i = j + 1;
    }
    Ok(out)
}

/// One replacement field body (between the braces).
fn field(vm: &mut Vm, body: &[char], src: &mut Source<'_>, depth: usize) -> PyResult<String> {
    // Split off the field name: it ends at '!' or ':' outside brackets.
    let mut k = 0;
    let mut in_bracket = false;
    while k < body.len() {
        match body[k] {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            '!' | ':' if !in_bracket => break,
            '{' | '}' if !in_bracket => {
                return Err(value_error("unexpected '{' in field name"));
            }
            _ => {}
        }
        k += 1;
    }
    let name = &body[..k];
    let mut conversion = None;
    let mut spec: &[char] = &[];
    if k < body.len() && body[k] == '!' {
        let conv = body.get(k + 1).copied();
        let after = body.get(k + 2).copied();
        match (conv, after) {
            (Some(c), None) => conversion = Some(c),
            (Some(c), Some(':')) => {
                conversion = Some(c);
                spec = &body[k + 3..];
            }
            (None, _) => {
                return Err(value_error(
                    "end of string while looking for conversion specifier",
                ))
            }
            _ => return Err(value_error("expected ':' after conversion specifier")),
        }
    } else if k < body.len() {
        spec = &body[k + 1..];
    }
    let mut value = lookup(vm, name, src)?;
    if let Some(c) = conversion {
        value = match c {
            'r' => ops::repr(vm, &value)?,
            's' => ops::str_(vm, &value)?,
            'a' => ops::ascii(vm, &value)?,
            other => {
                return Err(value_error(&format!(
                    "Unknown conversion specifier {other}"
                )))
            }
        };
    }
    let spec_text = if spec.contains(&'{') {
        render(vm, spec, src, depth + 1)?
    } else {
        spec.iter().collect()
    };
    let r = ops::format(vm, &value, Some(&new_string(spec_text)))?;
    Ok(as_str(&r).unwrap_or("").to_string())
}

/// Resolves a field name: an index or keyword, then `.attr` / `[key]` accessors.
fn lookup(vm: &mut Vm, name: &[char], src: &mut Source<'_>) -> PyResult<Value> {
    let first_end = name
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(name.len());
    let first: String = name[..first_end].iter().collect();
    let mut value = if first.is_empty() {
        let i = src.next_auto()?;
        src.positional(i)?
    } else if first.chars().all(|c| c.is_ascii_digit()) {
        src.manual()?;
        let i: usize = first
            .parse()
            .map_err(|_| value_error("Too many decimal digits in format string"))?;
        src.positional(i)?
    } else {
        src.keyword(vm, &first)?
    };
    let mut i = first_end;
    while i < name.len() {
        match name[i] {
            '.' => {
                let end = name[i + 1..]
                    .iter()
                    .position(|&c| c == '.' || c == '[')
                    .map_or(name.len(), |p| p + i + 1);
                let attr: String = name[i + 1..end].iter().collect();
                if attr.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                value =
                    crate::interp::attr::getattr(vm, &value, &crate::object::str::intern(&attr))?;
                i = end;
            }
            '[' => {
                let end = name[i + 1..]
                    .iter()
                    .position(|&c| c == ']')
                    .map(|p| p + i + 1)
                    .ok_or_else(|| value_error("Missing ']' in format string"))?;
                let key: String = name[i + 1..end].iter().collect();
                if key.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                let key_value = match key.parse::<i64>() {
                    Ok(n) if key.chars().all(|c| c.is_ascii_digit()) => int_from_i64(n),
                    _ => new_string(key),
                };
                value = ops::getitem(vm, &value, &key_value)?;
                i = end + 1;
                if i < name.len() && name[i] != '.' && name[i] != '[' {
                    return Err(value_error(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ));
                }
            }
            _ => {
                return Err(value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ))
            }
        }
    }
    Ok(value)
}

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<Vec<char>> {
    args.all
        .first()
        .and_then(str_data)
        .map(|s| s.as_str().chars().collect())
        .ok_or_else(|| {
            PyErr::new(
                ExcKind::TypeError,
                format!("descriptor '{name}' requires a 'str' object"),
            )
        })
}

fn format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let fmt = this(&args, "format")?;
    let pos = args.positional();
    let mut src = Source {
        positional: pos.get(1..).unwrap_or(&[]),
        keywords: args
            .keywords()
            .map(|(k, v)| (as_str(k).unwrap_or(""), v))
            .collect(),
        mapping: None,
        auto: AutoState::Unused,
    };
    render(vm, &fmt, &mut src, 0).map(new_string)
}

fn format_map(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::args::check_positional(&args, "format_map", 2, 2)?;
    let fmt = this(&args, "format_map")?;
    let mut src = Source {
        positional: &[],
        keywords: Vec::new(),
        mapping: Some(&args.all[1]),
        auto: AutoState::Unused,
    };
    render(vm, &fmt, &mut src, 0).map(new_string)
}

/// Registers `str.format` and `str.format_map`.
pub fn register() {
    let s = builtin_types().str;
    add_method(s, "format", format);
    add_method(s, "format_map", format_map);
}
