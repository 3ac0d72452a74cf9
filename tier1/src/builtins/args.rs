//! Argument checking for native functions: counts, keyword binding by name, and typed
//! extraction with CPython's error messages.

use crate::object::func::Args;
use crate::object::int::{as_float, as_int};
use crate::object::str::as_str;
use crate::object::{ExcKind, PyErr, PyResult, Value};

/// Checks that only positional arguments were passed, between `min` and `max` of them.
pub fn check_positional(args: &Args<'_>, name: &str, min: usize, max: usize) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("{name}() takes no keyword arguments"),
        ));
    }
    let n = args.all.len();
    if n < min || n > max {
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({n} given)"),
                1 => format!("{name}() takes exactly one argument ({n} given)"),
                _ => format!("{name}() takes exactly {min} arguments ({n} given)"),
            }
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(PyErr::new(ExcKind::TypeError, msg));
    }
    Ok(())
}

/// Binds positional and keyword arguments to `names`; the first `required` must be present.
pub fn bind<'a>(
    args: &Args<'a>,
    fname: &str,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<&'a Value>>> {
    let pos = args.positional();
    if pos.len() > names.len() {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "{fname}() takes at most {} argument{} ({} given)",
                names.len(),
                if names.len() == 1 { "" } else { "s" },
                pos.len()
            ),
        ));
    }
    let mut out: Vec<Option<&'a Value>> = vec![None; names.len()];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v);
    }
    for (k, v) in args.keywords() {
        let key = as_str(k).unwrap_or("");
        match names.iter().position(|n| *n == key) {
            Some(i) => {
                if out[i].is_some() {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        format!(
                            "argument for {fname}() given by name ('{key}') and position ({})",
                            i + 1
                        ),
                    ));
                }
                out[i] = Some(v);
            }
            None => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("{fname}() got an unexpected keyword argument '{key}'"),
                ))
            }
        }
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "{fname}() missing required argument '{}' (pos {})",
                    names[i],
                    i + 1
                ),
            ));
        }
    }
    Ok(out)
}

/// The str payload of an argument, or a TypeError naming the function.
pub fn expect_str<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!("{what} must be str, not {}", v.type_data().name()),
        )
    })
}

/// An int argument as i64.
pub fn expect_i64(v: &Value, what: &str) -> PyResult<i64> {
    match as_int(v) {
        Some(i) => i.to_i64().ok_or_else(|| {
            PyErr::new(
                ExcKind::OverflowError,
                "Python int too large to convert to C ssize_t",
            )
        }),
        None => Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "{what}'{}' object cannot be interpreted as an integer",
                v.type_data().name()
            ),
        )),
    }
}

/// A float-compatible argument (float, int, bool) as f64.
pub fn expect_f64(v: &Value, what: &str) -> PyResult<f64> {
    if let Some(f) = as_float(v) {
        return Ok(f);
    }
    if let Some(i) = as_int(v) {
        return crate::interp::ops::int_to_float(i);
    }
    Err(PyErr::new(
        ExcKind::TypeError,
        format!("{what}must be real number, not {}", v.type_data().name()),
    ))
}
