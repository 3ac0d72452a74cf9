//! Reporting errors the way CPython does: SyntaxError objects built from compile errors, and
//! printing an uncaught exception with its traceback (and chained causes/contexts) to stderr.

use crate::compile::{CompileError, CompileErrorKind};
use crate::interp::repr::exception_str;
use crate::interp::Vm;
use crate::object::exception::{exc_data, TracebackEntry};
use crate::object::func::CodeData;
use crate::object::int::int_from_i64;
use crate::object::str::{as_str, new_str};
use crate::object::typeobj::instance_data;
use crate::object::{ExcKind, PyErr, Value};

/// A SyntaxError / IndentationError exception for a compile error, with CPython's attributes
/// (msg, filename, lineno, offset, text).
pub fn syntax_error_from(e: &CompileError) -> PyErr {
    let kind = match e.kind {
        CompileErrorKind::SyntaxError => ExcKind::SyntaxError,
        CompileErrorKind::IndentationError => ExcKind::IndentationError,
        CompileErrorKind::TabError => ExcKind::TabError,
    };
    // Line 0 means the error has no location (e.g. undecodable source): CPython leaves
    // lineno, offset and text None then.
    if e.line == 0 {
        let err = PyErr::with_args(kind, vec![new_str(&e.message)]);
        set_attr(&err.0, "msg", new_str(&e.message));
        return err;
    }
    let int = |v: u32| int_from_i64(i64::from(v));
    let details = crate::object::seq::new_tuple(vec![
        new_str(&e.filename),
        int(e.line),
        int(e.col),
        new_str(&e.source_line),
        int(e.end_line),
        int(e.end_col),
    ]);
    let err = PyErr::with_args(kind, vec![new_str(&e.message), details]);
    set_attr(&err.0, "msg", new_str(&e.message));
    set_attr(&err.0, "filename", new_str(&e.filename));
    set_attr(&err.0, "lineno", int(e.line));
    set_attr(&err.0, "offset", int(e.col));
    set_attr(&err.0, "text", new_str(&e.source_line));
    set_attr(&err.0, "end_lineno", int(e.end_line));
    set_attr(&err.0, "end_offset", int(e.end_col));
    err
}

fn set_attr(obj: &Value, name: &str, value: Value) {
    let ty = obj.type_data();
    if let Some(inst) = instance_data(obj) {
        let key = crate::object::str::intern(name);
        if let Some(i) = ty.shared_key_index(&key, true) {
            drop(inst.set_value(i, Some(value)));
        }
    }
}

fn get_attr(obj: &Value, name: &str) -> Option<Value> {
    let ty = obj.type_data();
    let inst = instance_data(obj)?;
    if let Some(d) = inst.dict() {
        return crate::object::dict::as_dict(&d)?.get_str(name);
    }
    let key = crate::object::str::intern(name);
    inst.value(ty.shared_key_index(&key, false)?)
}

/// Reads a source line of a file (for tracebacks), trimmed.
pub fn source_line(filename: &str, line: u32) -> Option<String> {
    raw_source_line(filename, line).map(|l| l.trim().to_string())
}

/// Reads a source line of a file as it is (without its line break).
pub fn raw_source_line(filename: &str, line: u32) -> Option<String> {
    let text = std::fs::read(filename).ok()?;
    let text = String::from_utf8_lossy(&text);
    text.lines()
        .nth(line.checked_sub(1)? as usize)
        .map(str::to_string)
}

fn format_traceback(entries: &[TracebackEntry]) -> String {
    let mut out = String::from("Traceback (most recent call last):\n");
    for e in entries.iter().rev() {
        let Some(code) = e.code.downcast::<CodeData>() else {
            continue;
        };
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            code.code.filename, e.location.line, code.code.name
        ));
        if let Some(raw) = raw_source_line(&code.code.filename, e.location.line) {
            let src = raw.trim();
            if !src.is_empty() {
                out.push_str(&format!("    {src}\n"));
                if let Some(carets) = crate::compile::carets::caret_line(
                    &raw,
                    e.location,
                    crate::compile::carets::CaretStyle::Interpreter,
                ) {
                    out.push_str(&format!("    {carets}\n"));
                }
            }
        }
    }
    out
}

/// `Type: message` (the last line of a traceback).
pub fn exception_summary(vm: &mut Vm, exc: &Value) -> String {
    let ty = exc.type_data();
    let module = ty
        .dict
        .get_str("__module__")
        .and_then(|m| as_str(&m).map(str::to_string));
    let name = match module {
        Some(m) if m != "builtins" && m != "__main__" => format!("{}.{}", m, ty.qualname()),
        _ => ty.qualname(),
    };
    let msg = match crate::interp::ops::str_string(vm, exc) {
        Ok(s) => s,
        Err(_) => exception_str(vm, exc).unwrap_or_default(),
    };
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

fn format_syntax_error(vm: &mut Vm, exc: &Value) -> String {
    let mut out = String::new();
    let filename = get_attr(exc, "filename").and_then(|v| as_str(&v).map(str::to_string));
    let lineno = get_attr(exc, "lineno").and_then(|v| crate::object::int::as_i64(&v));
    if let (Some(f), Some(l)) = (filename, lineno) {
        out.push_str(&format!("  File \"{f}\", line {l}\n"));
    }
    if let Some(text) = get_attr(exc, "text").and_then(|v| as_str(&v).map(str::to_string)) {
        // As CPython's print_error_text: strip leading blanks (moving the caret with them),
        // print the line, then the carets unless they would point into the stripped blanks.
        let int_attr =
            |name: &str| get_attr(exc, name).and_then(|v| crate::object::int::as_i64(&v));
        let text = text.trim_end_matches(['\n', '\r']);
        let line_size = text.chars().count() as i64 + 1;
        let trimmed = text.trim_start_matches([' ', '\t', '\x0c']);
        let removed = (text.chars().count() - trimmed.chars().count()) as i64;
        out.push_str(&format!("    {trimmed}\n"));
        if let Some(offset) = int_attr("offset") {
            let mut end_offset = int_attr("end_offset").unwrap_or(-1);
            if let (Some(l), Some(el)) = (lineno, int_attr("end_lineno")) {
                if el > l {
                    end_offset = line_size;
                }
            }
            end_offset = end_offset.min(line_size + 1);
            // CPython underlines a range for SyntaxError only; an IndentationError (and
            // TabError) gets a single caret.
            let ranged = !exc
                .type_data()
                .is_subtype(ExcKind::IndentationError.type_ref().type_data_static());
            let carets = if ranged && end_offset > 0 && end_offset > offset {
                end_offset - offset
            } else {
                1
            };
            let col = (offset - 1 - removed).min(trimmed.chars().count() as i64);
            if col >= 0 {
                out.push_str(&format!(
                    "    {}{}\n",
                    " ".repeat(col as usize),
                    "^".repeat(carets as usize)
                ));
            }
        }
    }
    let ty = exc.type_data();
    let msg = get_attr(exc, "msg")
        .and_then(|v| as_str(&v).map(str::to_string))
        .unwrap_or_else(|| exception_str(vm, exc).unwrap_or_default());
    out.push_str(&format!("{}: {}\n", ty.name(), msg));
    out
}

pub fn format_one(vm: &mut Vm, exc: &Value) -> String {
    let Some(data) = exc_data(exc) else {
        return format!("{}\n", exception_summary(vm, exc));
    };
    let mut out = String::new();
    let tb = data.traceback();
    if !tb.is_empty() {
        out.push_str(&format_traceback(&tb));
    }
    if exc
        .type_data()
        .is_subtype(ExcKind::SyntaxError.type_ref().type_data_static())
    {
        out.push_str(&format_syntax_error(vm, exc));
    } else {
        out.push_str(&exception_summary(vm, exc));
        out.push('\n');
    }
    // PEP 678 notes, one per line after the summary.
    if let Some(notes) = get_attr(exc, "__notes__") {
        if let Some(l) = crate::object::seq::as_list(&notes) {
            for n in l.snapshot() {
                let text = crate::interp::ops::str_string(vm, &n).unwrap_or_default();
                out.push_str(&text);
                out.push('\n');
            }
        }
    }
    out
}

/// The full report of an uncaught exception, chained exceptions first.
pub fn format_exception(vm: &mut Vm, exc: &Value) -> String {
    let mut chain: Vec<(Value, &'static str)> = Vec::new();
    let mut cur = exc.clone();
    let mut seen = vec![cur.raw()];
    while let Some(d) = exc_data(&cur) {
        let (next, sep) = if let Some(c) = d.cause() {
            (
                c,
                "\nThe above exception was the direct cause of the following exception:\n\n",
            )
        } else if let (Some(c), false) = (d.context(), d.suppress_context()) {
            (
                c,
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            )
        } else {
            break;
        };
        if seen.contains(&next.raw()) || seen.len() > 100 {
            break;
        }
        seen.push(next.raw());
        chain.push((next.clone(), sep));
        cur = next;
    }
    let mut out = String::new();
    for (e, sep) in chain.iter().rev() {
        out.push_str(&format_one(vm, e));
        out.push_str(sep);
    }
    out.push_str(&format_one(vm, exc));
    out
}

/// Prints an uncaught exception to stderr.
pub fn print_exception(vm: &mut Vm, err: &PyErr) {
    let text = format_exception(vm, &err.0);
    vm.write_stderr(&text);
}
