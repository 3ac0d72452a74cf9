//! `_strata_traceback`: what the bundled `traceback` module needs from the interpreter — the
//! formatted report of an exception and the recorded frames of its traceback.

use crate::interp::Vm;
use crate::object::dict::new_dict;
use crate::object::exception::exc_data;
use crate::object::func::{new_module, Args, CodeData};
use crate::object::int::int_from_i64;
use crate::object::seq::{new_list, new_tuple};
use crate::object::str::{new_str, new_string};
use crate::object::{none, ExcKind, PyErr, PyResult, Value};

use super::args::check_positional;
use super::{add_function, add_value};

/// Creates the `_strata_traceback` module.
pub fn make_module() -> Value {
    let d = new_dict();
    add_value(&d, "__name__", new_str("_strata_traceback"));
    add_function(&d, "format", format);
    add_function(&d, "entries", entries);
    add_function(&d, "carets", carets);
    new_module("_strata_traceback", d)
}

fn exception_arg(args: &Args<'_>, name: &str) -> PyResult<Value> {
    let exc = args.all[0].clone();
    if exc_data(&exc).is_none() {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("{name}() argument must be an exception"),
        ));
    }
    Ok(exc)
}

/// `format(exc, chain)`: the report CPython prints for an uncaught `exc` (with its chained
/// causes and contexts when `chain` is true).
fn format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "format", 2, 2)?;
    let exc = exception_arg(&args, "format")?;
    let chain = crate::interp::ops::truthy(vm, &args.all[1])?;
    let text = if chain {
        super::errors::format_exception(vm, &exc)
    } else {
        super::errors::format_one(vm, &exc)
    };
    Ok(new_string(text))
}

/// `entries(exc)`: the frames of `exc`'s traceback, outermost first, as (filename, lineno,
/// name, source line as in the file or None, end_lineno, colno, end_colno) tuples (columns
/// count characters).
fn entries(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "entries", 1, 1)?;
    let exc = exception_arg(&args, "entries")?;
    let Some(data) = exc_data(&exc) else {
        return Ok(new_list(Vec::new()));
    };
    let mut out = Vec::new();
    for e in data.traceback().iter().rev() {
        let Some(code) = e.code.downcast::<CodeData>() else {
            continue;
        };
        let filename = code.code.filename.to_string();
        let loc = e.location;
        let line = super::errors::raw_source_line(&filename, loc.line)
            .map(new_string)
            .unwrap_or_else(none);
        out.push(new_tuple(vec![
            new_string(filename),
            int_from_i64(i64::from(loc.line)),
            new_string(code.code.name.to_string()),
            line,
            int_from_i64(i64::from(loc.end_line)),
            int_from_i64(i64::from(loc.col)),
            int_from_i64(i64::from(loc.end_col)),
        ]));
    }
    Ok(new_list(out))
}

/// `carets(line, lineno, end_lineno, colno, end_colno)`: the caret line CPython prints under
/// `line` (as in the file) for that source range, without the margin; None when it prints none.
fn carets(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "carets", 5, 5)?;
    let Some(line) = crate::object::str::as_str(&args.all[0]) else {
        return Ok(none());
    };
    let number = |i: usize| {
        crate::object::int::as_i64(&args.all[i])
            .and_then(|n| u32::try_from(n).ok())
            .unwrap_or(0)
    };
    let loc = crate::bytecode::Location {
        line: number(1),
        end_line: number(2),
        col: number(3),
        end_col: number(4),
    };
    Ok(crate::compile::carets::caret_line(
        line,
        loc,
        crate::compile::carets::CaretStyle::TracebackModule,
    )
    .map_or_else(none, new_string))
}
