//! Methods of BaseException and its builtin subclasses: construction (args), str/repr, and
//! `with_traceback`.

use crate::interp::{repr, Vm};
use crate::object::exception::{exc_data, new_exception};
use crate::object::func::Args;
use crate::object::seq::new_tuple;
use crate::object::str::new_string;
use crate::object::{none, ExcKind, PyErr, PyResult, Value};

use super::add_method;

fn exc_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut cls = args.all[0].clone();
    let pos = &args.all[1..args.all.len() - args.kwnames.len()];
    if cls.is(&ExcKind::OSError.type_ref().value()) && pos.len() >= 2 {
        if let Some(sub) = crate::object::int::as_i64(&pos[0]).and_then(oserror_subclass) {
            cls = sub.type_ref().value();
        }
    }
    Ok(new_exception(cls, new_tuple(pos.to_vec())))
}

/// `OSError(errno, ...)` builds the subclass CPython picks for that errno.
fn oserror_subclass(errno: i64) -> Option<ExcKind> {
    Some(match errno {
        1 | 13 => ExcKind::PermissionError,
        2 => ExcKind::FileNotFoundError,
        17 => ExcKind::FileExistsError,
        20 => ExcKind::NotADirectoryError,
        21 => ExcKind::IsADirectoryError,
        110 => ExcKind::TimeoutError,
        _ => return None,
    })
}

fn exc_init(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = &args.all[0];
    let d = exc_data(this)
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "descriptor requires an exception"))?;
    if !args.kwnames.is_empty() {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("{}() takes no keyword arguments", this.type_data().name()),
        ));
    }
    drop(d.set_args(new_tuple(args.all[1..].to_vec())));
    Ok(none())
}

fn exc_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    repr::exception_str(vm, &args.all[0]).map(new_string)
}

fn exc_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    repr::native_repr(vm, &args.all[0]).map(new_string)
}

fn with_traceback(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(args.all[0].clone())
}

/// `exc.add_note(note)`: appends to the exception's `__notes__` list (creating it).
fn add_note(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::args::check_positional(&args, "add_note", 2, 2)?;
    let (exc, note) = (&args.all[0], &args.all[1]);
    if crate::object::str::as_str(note).is_none() {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("note must be a str, not '{}'", note.type_data().name()),
        ));
    }
    let key = crate::object::str::intern("__notes__");
    let notes = match crate::interp::attr::getattr(vm, exc, &key) {
        Ok(n) => n,
        Err(e) if e.matches(ExcKind::AttributeError) => {
            let n = crate::object::seq::new_list(Vec::new());
            crate::interp::attr::setattr(vm, exc, &key, n.clone())?;
            n
        }
        Err(e) => return Err(e),
    };
    match crate::object::seq::as_list(&notes) {
        Some(l) => {
            l.push(note.clone());
            Ok(none())
        }
        None => Err(PyErr::new(
            ExcKind::TypeError,
            "Cannot add note: __notes__ is not a list",
        )),
    }
}

/// Registers the BaseException methods (inherited by every exception class).
pub fn register() {
    let base = ExcKind::BaseException.type_ref();
    add_method(base, "__new__", exc_new);
    add_method(base, "__init__", exc_init);
    add_method(base, "__str__", exc_str);
    add_method(base, "__repr__", exc_repr);
    add_method(base, "with_traceback", with_traceback);
    add_method(base, "add_note", add_note);
}
