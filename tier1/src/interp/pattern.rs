//! Runtime support of `match` statements (PEP 634): the checks behind GET_LEN, MATCH_SEQUENCE,
//! MATCH_MAPPING, MATCH_KEYS and MATCH_CLASS. The control flow, captures and literal
//! comparisons are compiled into ordinary instructions by `compile::codegen`.

use crate::builtins::functions::is_instance;
use crate::object::dict::{as_dict, new_dict};
use crate::object::int::int_from_i64;
use crate::object::seq::{as_tuple, new_list, new_tuple};
use crate::object::str::{as_str, new_str};
use crate::object::typeobj::TypeData;
use crate::object::{builtin_types, none, ExcKind, Layout, PyErr, PyResult, Value};

use super::vm::Vm;
use super::{attr, call, ops, repr};

/// `len(obj)` as an int (GET_LEN).
pub fn get_len(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    let n = ops::len(vm, obj)?;
    Ok(int_from_i64(n as i64))
}

/// Whether a sequence pattern may match the subject: list, tuple, range and memoryview and
/// their subclasses (CPython's `Py_TPFLAGS_SEQUENCE`; str, bytes and bytearray are excluded).
/// There is no `collections.abc`, so registration of other classes is not supported.
pub fn is_match_sequence(subject: &Value) -> bool {
    matches!(
        subject.layout(),
        Layout::List | Layout::Tuple | Layout::Range | Layout::MemoryView
    )
}

/// Whether a mapping pattern may match the subject: dict and its subclasses (CPython's
/// `Py_TPFLAGS_MAPPING`).
pub fn is_match_mapping(subject: &Value) -> bool {
    subject.layout() == Layout::Dict
}

/// MATCH_KEYS: the tuple of `subject.get(key, sentinel)` for every key, or None when a key is
/// missing. A key repeated in `keys` raises ValueError.
pub fn match_keys(vm: &mut Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let keys: Vec<Value> = as_tuple(keys).map_or_else(Vec::new, |t| t.items().to_vec());
    if keys.is_empty() {
        return Ok(new_tuple(Vec::new()));
    }
    let seen_obj = new_dict();
    let Some(seen) = as_dict(&seen_obj) else {
        return Err(PyErr::new(ExcKind::SystemError, "MATCH_KEYS: no dict"));
    };
    let exact_dict = builtin_types().dict.is_type_of(subject);
    let sentinel = new_list(Vec::new());
    let get = if exact_dict {
        None
    } else {
        Some(attr::getattr(vm, subject, &new_str("get"))?)
    };
    let mut values = Vec::with_capacity(keys.len());
    for key in &keys {
        if seen.get_item(vm, key)?.is_some() {
            let r = repr::repr(vm, key)?;
            let r = as_str(&r).unwrap_or("?").to_string();
            return Err(PyErr::new(
                ExcKind::ValueError,
                format!("mapping pattern checks duplicate key ({r})"),
            ));
        }
        seen.set_item(vm, key.clone(), none())?;
        let value = match (&get, as_dict(subject)) {
            (None, Some(d)) => d.get_item(vm, key)?,
            (Some(get), _) => {
                let v = call::call(vm, get, &[key.clone(), sentinel.clone()], &[])?;
                (!v.is(&sentinel)).then_some(v)
            }
            (None, None) => None,
        };
        match value {
            Some(v) => values.push(v),
            None => return Ok(none()),
        }
    }
    Ok(new_tuple(values))
}

/// Whether `cls` (or a base) is one of the builtin types whose single positional sub-pattern
/// matches the subject itself (CPython's `_Py_TPFLAGS_MATCH_SELF`).
fn matches_self(cls: &TypeData) -> bool {
    let t = builtin_types();
    let own = [
        t.bool_,
        t.bytearray,
        t.bytes,
        t.dict,
        t.float,
        t.frozenset,
        t.int,
        t.list,
        t.set,
        t.str,
        t.tuple,
    ];
    own.iter().any(|b| cls.is_subtype(b.type_data_static()))
}

/// MATCH_CLASS: the attributes for `nargs` positional sub-patterns (named by
/// `cls.__match_args__`) and the keyword names in `kwnames`, or None when the subject is not an
/// instance of `cls` or lacks one of them.
pub fn match_class(
    vm: &mut Vm,
    subject: &Value,
    cls: &Value,
    nargs: usize,
    kwnames: &Value,
) -> PyResult<Value> {
    let Some(td) = cls.downcast::<TypeData>() else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "called match pattern must be a type",
        ));
    };
    if !is_instance(vm, subject, cls)? {
        return Ok(none());
    }
    let type_name = td.name().to_string();
    let mut seen: Vec<String> = Vec::new();
    let mut attrs = Vec::new();
    if nargs > 0 {
        let (match_args, match_self) = match attr::getattr(vm, cls, &new_str("__match_args__")) {
            Ok(m) => {
                if !builtin_types().tuple.is_type_of(&m) {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        format!(
                            "{type_name}.__match_args__ must be a tuple (got {})",
                            m.type_data().name()
                        ),
                    ));
                }
                let items = as_tuple(&m).map_or_else(Vec::new, |t| t.items().to_vec());
                (items, false)
            }
            Err(e) if e.matches(ExcKind::AttributeError) => (Vec::new(), matches_self(td)),
            Err(e) => return Err(e),
        };
        let allowed = if match_self { 1 } else { match_args.len() };
        if allowed < nargs {
            let plural = if allowed == 1 { "" } else { "s" };
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "{type_name}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)"
                ),
            ));
        }
        if match_self {
            attrs.push(subject.clone());
        } else {
            for name in &match_args[..nargs] {
                if !builtin_types().str.is_type_of(name) {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        format!(
                            "__match_args__ elements must be strings (got {})",
                            name.type_data().name()
                        ),
                    ));
                }
                match class_attr(vm, subject, &type_name, name, &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(none()),
                }
            }
        }
    }
    let kwnames: Vec<Value> = as_tuple(kwnames).map_or_else(Vec::new, |t| t.items().to_vec());
    for name in &kwnames {
        match class_attr(vm, subject, &type_name, name, &mut seen)? {
            Some(v) => attrs.push(v),
            None => return Ok(none()),
        }
    }
    Ok(new_tuple(attrs))
}

/// One attribute of a class pattern: None when missing (AttributeError); TypeError when the
/// same attribute is matched twice.
fn class_attr(
    vm: &mut Vm,
    subject: &Value,
    type_name: &str,
    name: &Value,
    seen: &mut Vec<String>,
) -> PyResult<Option<Value>> {
    let text = as_str(name).unwrap_or("").to_string();
    if seen.contains(&text) {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("{type_name}() got multiple sub-patterns for attribute '{text}'"),
        ));
    }
    seen.push(text);
    match attr::getattr(vm, subject, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(ExcKind::AttributeError) => Ok(None),
        Err(e) => Err(e),
    }
}
