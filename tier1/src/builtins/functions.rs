//! The builtin functions of the `builtins` namespace (print, len, isinstance, sorted, min, max,
//! ...). Types that are also callables (int, list, enumerate, ...) are registered with their
//! methods elsewhere; this file holds the plain functions.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, Zero};

use crate::bytecode::{BinaryOp, CompareOp};
use crate::interp::{attr, call, ops, Vm};
use crate::object::dict::{as_dict, new_dict};
use crate::object::func::{new_code, Args, CallerFrameUse};
use crate::object::int::{as_float, as_int, int_from_bigint, int_from_i64, new_float, IntRef};
use crate::object::iter::{new_iter, IterKind, IterState};
use crate::object::numfmt;
use crate::object::seq::{as_tuple, new_list, new_tuple};
use crate::object::str::{as_str, intern, new_string, str_data};
use crate::object::typeobj::{type_data_of, TypeData};
use crate::object::{bool_value, none, singletons, ExcKind, Layout, PyErr, PyResult, Value};

use super::args::{bind, check_positional, expect_i64};
use super::{add_frame_function, add_function, io};

/// Registers every builtin function.
pub fn install(b: &Value) {
    add_function(b, "print", print);
    add_function(b, "len", len);
    add_function(b, "repr", repr);
    add_function(b, "ascii", ascii);
    add_function(b, "isinstance", isinstance);
    add_function(b, "issubclass", issubclass);
    add_function(b, "iter", iter);
    add_function(b, "next", next);
    add_function(b, "abs", abs);
    add_function(b, "min", min);
    add_function(b, "max", max);
    add_function(b, "sum", sum);
    add_function(b, "sorted", sorted);
    add_function(b, "any", any);
    add_function(b, "all", all);
    add_function(b, "hasattr", hasattr);
    add_function(b, "getattr", getattr);
    add_function(b, "setattr", setattr);
    add_function(b, "delattr", delattr);
    add_function(b, "callable", callable);
    add_function(b, "id", id);
    add_function(b, "hash", hash);
    add_function(b, "ord", ord);
    add_function(b, "chr", chr);
    add_function(b, "hex", hex);
    add_function(b, "oct", oct);
    add_function(b, "bin", bin);
    add_function(b, "divmod", divmod);
    add_function(b, "pow", pow);
    add_function(b, "round", round);
    add_function(b, "format", format);
    add_frame_function(b, "vars", vars, CallerFrameUse::Locals);
    add_function(b, "globals", globals);
    add_frame_function(b, "locals", locals, CallerFrameUse::Locals);
    add_function(b, "dir", dir);
    add_function(b, "exec", exec);
    add_function(b, "eval", eval);
    add_function(b, "compile", compile);
    add_function(b, "input", input);
    add_function(b, "__build_class__", build_class);
    add_function(b, "__import__", import);
}

fn build_class(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    call::build_class(vm, args)
}

fn stdout(vm: &Vm) -> Option<Value> {
    let sys = vm.sys.clone()?;
    as_dict(&Vm::module_dict(&sys)?)?.get_str("stdout")
}

fn print(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file: Option<Value> = None;
    let mut do_flush = false;
    for (k, v) in args.keywords() {
        let is_none = v.is(&singletons().none);
        match as_str(k).unwrap_or("") {
            "sep" => {
                if !is_none {
                    sep = as_str(v)
                        .ok_or_else(|| {
                            PyErr::new(
                                ExcKind::TypeError,
                                format!(
                                    "sep must be None or a string, not {}",
                                    v.type_data().name()
                                ),
                            )
                        })?
                        .to_string();
                }
            }
            "end" => {
                if !is_none {
                    end = as_str(v)
                        .ok_or_else(|| {
                            PyErr::new(
                                ExcKind::TypeError,
                                format!(
                                    "end must be None or a string, not {}",
                                    v.type_data().name()
                                ),
                            )
                        })?
                        .to_string();
                }
            }
            "file" => {
                if !is_none {
                    file = Some(v.clone());
                }
            }
            "flush" => do_flush = ops::truthy(vm, v)?,
            other => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("'{other}' is an invalid keyword argument for print()"),
                ))
            }
        }
    }
    let target = match file {
        Some(f) => Some(f),
        None => stdout(vm),
    };
    if let Some(f) = target
        .as_ref()
        .filter(|f| f.downcast::<io::FileData>().is_none())
    {
        // A Python file-like object sees each piece in its own write() call, as in CPython.
        for (i, a) in args.positional().iter().enumerate() {
            if i > 0 {
                io::write_text(vm, f, &sep)?;
            }
            let piece = ops::str_string(vm, a)?;
            io::write_text(vm, f, &piece)?;
        }
        io::write_text(vm, f, &end)?;
        if do_flush {
            io::flush(vm, f)?;
        }
        return Ok(none());
    }
    let mut text = String::new();
    for (i, a) in args.positional().iter().enumerate() {
        if i > 0 {
            text.push_str(&sep);
        }
        text.push_str(&ops::str_string(vm, a)?);
    }
    text.push_str(&end);
    match target {
        Some(f) => {
            io::write_text(vm, &f, &text)?;
            if do_flush {
                io::flush(vm, &f)?;
            }
        }
        None => vm.write_stdout(&text)?,
    }
    Ok(none())
}

fn len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "len", 1, 1)?;
    Ok(int_from_i64(ops::len(vm, &args.all[0])? as i64))
}

fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "repr", 1, 1)?;
    ops::repr(vm, &args.all[0])
}

fn ascii(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "ascii", 1, 1)?;
    ops::ascii(vm, &args.all[0])
}

/// isinstance(obj, cls) with tuples and `__instancecheck__`-free classes.
pub fn is_instance(vm: &mut Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(t) = as_tuple(cls) {
        for c in t.items() {
            if is_instance(vm, obj, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match cls.downcast::<TypeData>() {
        Some(td) => {
            if let Some(check) = cls.type_data().lookup("__instancecheck__") {
                if cls.type_data().is_heap() {
                    let r = call::call(vm, &check, &[cls.clone(), obj.clone()], &[])?;
                    return ops::truthy(vm, &r);
                }
            }
            Ok(obj.type_data().is_subtype(td))
        }
        None if cls.type_data().is_heap()
            && cls.type_data().lookup("__instancecheck__").is_some() =>
        {
            let check = cls
                .type_data()
                .lookup("__instancecheck__")
                .unwrap_or_else(none);
            let r = call::call(vm, &check, &[cls.clone(), obj.clone()], &[])?;
            ops::truthy(vm, &r)
        }
        None => Err(PyErr::new(
            ExcKind::TypeError,
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        )),
    }
}

fn isinstance(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "isinstance", 2, 2)?;
    Ok(bool_value(is_instance(vm, &args.all[0], &args.all[1])?))
}

/// issubclass(cls, classinfo). (`vm` is threaded through for `__subclasscheck__` hooks.)
pub fn is_subclass(vm: &mut Vm, cls: &Value, info: &Value) -> PyResult<bool> {
    let Some(ct) = cls.downcast::<TypeData>() else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "issubclass() arg 1 must be a class",
        ));
    };
    if let Some(t) = as_tuple(info) {
        for c in t.items() {
            if is_subclass(vm, cls, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match info.downcast::<TypeData>() {
        Some(it) => {
            if info.type_data().is_heap() {
                if let Some(check) = info.type_data().lookup("__subclasscheck__") {
                    if check.layout() != crate::object::Layout::Builtin {
                        let r = call::call(vm, &check, &[info.clone(), cls.clone()], &[])?;
                        return ops::truthy(vm, &r);
                    }
                }
            }
            Ok(ct.is_subtype(it))
        }
        None if info.type_data().is_heap()
            && info.type_data().lookup("__subclasscheck__").is_some() =>
        {
            let check = info
                .type_data()
                .lookup("__subclasscheck__")
                .unwrap_or_else(none);
            let r = call::call(vm, &check, &[info.clone(), cls.clone()], &[])?;
            ops::truthy(vm, &r)
        }
        None => Err(PyErr::new(
            ExcKind::TypeError,
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        )),
    }
}

fn issubclass(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "issubclass", 2, 2)?;
    Ok(bool_value(is_subclass(vm, &args.all[0], &args.all[1])?))
}

fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "iter", 1, 2)?;
    if args.all.len() == 2 {
        if !ops::is_callable(&args.all[0]) {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "iter(v, w): v must be callable",
            ));
        }
        return Ok(new_iter(
            IterKind::Callable,
            IterState::Callable {
                func: args.all[0].clone(),
                sentinel: args.all[1].clone(),
            },
        ));
    }
    ops::get_iter(vm, &args.all[0])
}

fn next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "next", 1, 2)?;
    let it = &args.all[0];
    if !matches!(it.layout(), Layout::Iter | Layout::Generator | Layout::File)
        && it.type_data().lookup("__next__").is_none()
    {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("'{}' object is not an iterator", it.type_data().name()),
        ));
    }
    match ops::iter_next_keep_value(vm, it)? {
        Ok(v) => Ok(v),
        Err(ret) => match args.all.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(crate::interp::generator::stop_iteration(ret)),
        },
    }
}

fn abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "abs", 1, 1)?;
    let v = &args.all[0];
    if !v.type_data().is_heap() {
        if let Some(i) = as_int(v) {
            return Ok(match i {
                IntRef::Small(x) => int_from_bigint(BigInt::from(x).abs()),
                IntRef::Big(b) => int_from_bigint(b.abs()),
            });
        }
        if let Some(f) = as_float(v) {
            return Ok(new_float(f.abs()));
        }
    }
    match v.type_data().lookup("__abs__") {
        Some(f) => call::call(vm, &f, std::slice::from_ref(v), &[]),
        None => Err(PyErr::new(
            ExcKind::TypeError,
            format!("bad operand type for abs(): '{}'", v.type_data().name()),
        )),
    }
}

fn min_max(vm: &mut Vm, args: Args<'_>, name: &str, want_max: bool) -> PyResult<Value> {
    let mut key: Option<Value> = None;
    let mut default: Option<Value> = None;
    for (k, v) in args.keywords() {
        match as_str(k).unwrap_or("") {
            "key" => {
                if !v.is(&singletons().none) {
                    key = Some(v.clone());
                }
            }
            "default" => default = Some(v.clone()),
            other => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("'{other}' is an invalid keyword argument for {name}()"),
                ))
            }
        }
    }
    let pos = args.positional();
    let items = match pos.len() {
        0 => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("{name} expected at least 1 argument, got 0"),
            ))
        }
        1 => ops::collect(vm, &pos[0])?,
        _ => {
            if default.is_some() {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "Cannot specify a default for {name}() with multiple positional arguments"
                    ),
                ));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => call::call(vm, f, std::slice::from_ref(&item), &[])?,
            None => item.clone(),
        };
        let replace = match &best {
            None => true,
            Some((bk, _)) => {
                // CPython compares the new item against the best so far: `item > best` for
                // max, `item < best` for min (this order shows in TypeError messages).
                let op = if want_max {
                    CompareOp::Gt
                } else {
                    CompareOp::Lt
                };
                if let (Some(x), Some(y)) = (k.as_small(), bk.as_small()) {
                    if want_max {
                        x > y
                    } else {
                        x < y
                    }
                } else {
                    let r = ops::compare(vm, &k, bk, op)?;
                    ops::truthy(vm, &r)?
                }
            }
        };
        if replace {
            best = Some((k, item));
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default.ok_or_else(|| {
            PyErr::new(
                ExcKind::ValueError,
                format!("{name}() arg is an empty sequence"),
            )
        }),
    }
}

fn min(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, args, "min", false)
}

fn max(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, args, "max", true)
}

fn sum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = bind(&args, "sum", &["iterable", "start"], 1)?;
    let mut total = a[1].cloned().unwrap_or(Value::small(0));
    if total.layout() == Layout::Str {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let it = ops::get_iter(vm, a[0].expect("required"))?;
    while let Some(x) = ops::iter_next(vm, &it)? {
        if let (Some(p), Some(q)) = (total.as_small(), x.as_small()) {
            if let Some(r) = p.checked_add(q).filter(|r| Value::fits_small(*r)) {
                total = Value::small(r);
                continue;
            }
        }
        total = ops::binary_op(vm, &total, &x, BinaryOp::Add)?;
    }
    Ok(total)
}

/// Sorts values in place, stably, with an optional key function (list.sort and sorted()).
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in items.iter() {
                ks.push(call::call(vm, f, std::slice::from_ref(it), &[])?);
            }
            ks
        }
        None => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    // Stable merge sort that, like CPython's timsort, only asks `later < earlier`.
    merge_sort(&mut idx, &mut |a, b| ops::less_than(vm, &keys[a], &keys[b]))?;
    if reverse {
        idx.reverse();
    }
    let sorted: Vec<Value> = idx.iter().map(|&i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}

/// Sorts `idx` stably with `lt(x, y)` = "x sorts before y", where `x` is always the element
/// that came later in the input (binary insertion for short runs, then bottom-up merges).
fn merge_sort(
    idx: &mut [usize],
    lt: &mut impl FnMut(usize, usize) -> PyResult<bool>,
) -> PyResult<()> {
    const RUN: usize = 16;
    let n = idx.len();
    for chunk in idx.chunks_mut(RUN) {
        for i in 1..chunk.len() {
            let pivot = chunk[i];
            let (mut lo, mut hi) = (0, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if lt(pivot, chunk[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            chunk.copy_within(lo..i, lo + 1);
            chunk[lo] = pivot;
        }
    }
    let mut width = RUN;
    let mut buf: Vec<usize> = Vec::with_capacity(n);
    while width < n {
        let mut start = 0;
        while start + width < n {
            let mid = start + width;
            let end = (start + 2 * width).min(n);
            buf.clear();
            let (mut i, mut j) = (start, mid);
            while i < mid && j < end {
                if lt(idx[j], idx[i])? {
                    buf.push(idx[j]);
                    j += 1;
                } else {
                    buf.push(idx[i]);
                    i += 1;
                }
            }
            buf.extend_from_slice(&idx[i..mid]);
            buf.extend_from_slice(&idx[j..end]);
            idx[start..end].copy_from_slice(&buf);
            start = end;
        }
        width *= 2;
    }
    Ok(())
}

/// Parses `key=` and `reverse=` keyword arguments of sort/sorted.
pub fn sort_options(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<(Option<Value>, bool)> {
    let mut key = None;
    let mut reverse = false;
    for (k, v) in args.keywords() {
        match as_str(k).unwrap_or("") {
            "key" => {
                if !v.is(&singletons().none) {
                    key = Some(v.clone());
                }
            }
            "reverse" => reverse = ops::truthy(vm, v)?,
            other => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("'{other}' is an invalid keyword argument for {name}()"),
                ))
            }
        }
    }
    Ok((key, reverse))
}

fn sorted(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.positional();
    if pos.len() != 1 {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("sorted expected 1 argument, got {}", pos.len()),
        ));
    }
    let (key, reverse) = sort_options(vm, &args, "sort")?;
    let mut items = ops::collect(vm, &pos[0])?;
    sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(new_list(items))
}

fn any(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "any", 1, 1)?;
    let it = ops::get_iter(vm, &args.all[0])?;
    while let Some(x) = ops::iter_next(vm, &it)? {
        if ops::truthy(vm, &x)? {
            return Ok(bool_value(true));
        }
    }
    Ok(bool_value(false))
}

fn all(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "all", 1, 1)?;
    let it = ops::get_iter(vm, &args.all[0])?;
    while let Some(x) = ops::iter_next(vm, &it)? {
        if !ops::truthy(vm, &x)? {
            return Ok(bool_value(false));
        }
    }
    Ok(bool_value(true))
}

fn attr_name_arg<'a>(v: &'a Value, fname: &str) -> PyResult<&'a Value> {
    if as_str(v).is_none() {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "{fname}(): attribute name must be string, not '{}'",
                v.type_data().name()
            ),
        ));
    }
    Ok(v)
}

fn hasattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "hasattr", 2, 2)?;
    let name = attr_name_arg(&args.all[1], "hasattr")?;
    match attr::getattr(vm, &args.all[0], name) {
        Ok(_) => Ok(bool_value(true)),
        Err(e) if e.matches(ExcKind::AttributeError) => Ok(bool_value(false)),
        Err(e) => Err(e),
    }
}

fn getattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "getattr", 2, 3)?;
    let name = attr_name_arg(&args.all[1], "getattr")?;
    match attr::getattr(vm, &args.all[0], name) {
        Ok(v) => Ok(v),
        Err(e) if e.matches(ExcKind::AttributeError) && args.all.len() == 3 => {
            Ok(args.all[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "setattr", 3, 3)?;
    let name = attr_name_arg(&args.all[1], "setattr")?;
    attr::setattr(vm, &args.all[0], name, args.all[2].clone())?;
    Ok(none())
}

fn delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "delattr", 2, 2)?;
    let name = attr_name_arg(&args.all[1], "delattr")?;
    attr::delattr(vm, &args.all[0], name)?;
    Ok(none())
}

fn callable(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "callable", 1, 1)?;
    Ok(bool_value(ops::is_callable(&args.all[0])))
}

fn id(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "id", 1, 1)?;
    Ok(int_from_i64((args.all[0].raw() >> 1) as i64))
}

fn hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "hash", 1, 1)?;
    Ok(int_from_i64(ops::hash(vm, &args.all[0])?))
}

fn ord(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "ord", 1, 1)?;
    let v = &args.all[0];
    if let Some(s) = str_data(v) {
        if s.char_len() != 1 {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                ),
            ));
        }
        return Ok(int_from_i64(
            s.as_str().chars().next().map_or(0, |c| c as i64),
        ));
    }
    if let Some(b) = crate::object::seq::as_bytes(v) {
        if b.len() == 1 {
            return Ok(Value::small(i64::from(b[0])));
        }
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            ),
        ));
    }
    Err(PyErr::new(
        ExcKind::TypeError,
        format!(
            "ord() expected string of length 1, but {} found",
            v.type_data().name()
        ),
    ))
}

fn chr(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "chr", 1, 1)?;
    let i = expect_i64(&args.all[0], "")?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(new_string(c.to_string())),
        None if (0..0x110000).contains(&i) => {
            Ok(new_string(char::REPLACEMENT_CHARACTER.to_string()))
        }
        None => Err(PyErr::new(
            ExcKind::ValueError,
            "chr() arg not in range(0x110000)",
        )),
    }
}

fn radix_text(vm: &mut Vm, v: &Value, radix: u32, prefix: &str) -> PyResult<Value> {
    let i = match as_int(v) {
        Some(i) => i.to_bigint(),
        None => {
            let idx = v.type_data().lookup("__index__").ok_or_else(|| {
                PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "'{}' object cannot be interpreted as an integer",
                        v.type_data().name()
                    ),
                )
            })?;
            let r = call::call(vm, &idx, std::slice::from_ref(v), &[])?;
            as_int(&r).map(IntRef::to_bigint).unwrap_or_default()
        }
    };
    let digits = numfmt::int_to_str_radix(&i.abs(), radix);
    let sign = if i.is_negative() { "-" } else { "" };
    Ok(new_string(format!("{sign}{prefix}{digits}")))
}

fn hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "hex", 1, 1)?;
    radix_text(vm, &args.all[0], 16, "0x")
}

fn oct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "oct", 1, 1)?;
    radix_text(vm, &args.all[0], 8, "0o")
}

fn bin(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "bin", 1, 1)?;
    radix_text(vm, &args.all[0], 2, "0b")
}

fn divmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "divmod", 2, 2)?;
    let (a, b) = (&args.all[0], &args.all[1]);
    if !a.type_data().is_heap() && !b.type_data().is_heap() {
        if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
            if y.is_zero() {
                return Err(PyErr::new(
                    ExcKind::ZeroDivisionError,
                    "integer division or modulo by zero",
                ));
            }
            let (q, r) = x.to_bigint().div_mod_floor(&y.to_bigint());
            return Ok(new_tuple(vec![int_from_bigint(q), int_from_bigint(r)]));
        }
        let fx = as_float(a)
            .map(Ok)
            .or_else(|| as_int(a).map(ops::int_to_float));
        let fy = as_float(b)
            .map(Ok)
            .or_else(|| as_int(b).map(ops::int_to_float));
        if let (Some(x), Some(y)) = (fx, fy) {
            let (q, r) = numfmt::float_divmod(x?, y?)
                .ok_or_else(|| PyErr::new(ExcKind::ZeroDivisionError, "float divmod()"))?;
            return Ok(new_tuple(vec![new_float(q), new_float(r)]));
        }
    }
    if let Some(f) = a.type_data().lookup("__divmod__") {
        let r = call::call(vm, &f, &[a.clone(), b.clone()], &[])?;
        if !ops::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(f) = b.type_data().lookup("__rdivmod__") {
        let r = call::call(vm, &f, &[b.clone(), a.clone()], &[])?;
        if !ops::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    Err(PyErr::new(
        ExcKind::TypeError,
        format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            a.type_data().name(),
            b.type_data().name()
        ),
    ))
}

fn pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = bind(&args, "pow", &["base", "exp", "mod"], 2)?;
    let (base, exp) = (a[0].expect("required"), a[1].expect("required"));
    match a[2] {
        Some(m) if !m.is(&singletons().none) => {
            let (Some(b), Some(e), Some(m)) = (as_int(base), as_int(exp), as_int(m)) else {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            };
            let m = m.to_bigint();
            if m.is_zero() {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    "pow() 3rd argument cannot be 0",
                ));
            }
            let mut b = b.to_bigint();
            let mut e = e.to_bigint();
            if e.is_negative() {
                // Modular inverse.
                let inv = mod_inverse(&b, &m).ok_or_else(|| {
                    PyErr::new(
                        ExcKind::ValueError,
                        "base is not invertible for the given modulus",
                    )
                })?;
                b = inv;
                e = -e;
            }
            let r = b.modpow(&e, &m.abs());
            let r = if m.is_negative() && !r.is_zero() {
                r + &m
            } else {
                r
            };
            Ok(int_from_bigint(r))
        }
        _ => ops::binary_op(vm, base, exp, BinaryOp::Power),
    }
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m_abs = m.abs();
    let g = a.mod_floor(&m_abs).extended_gcd(&m_abs);
    if g.gcd != BigInt::from(1) {
        return None;
    }
    Some(g.x.mod_floor(&m_abs))
}

fn round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = bind(&args, "round", &["number", "ndigits"], 1)?;
    let x = a[0].expect("required");
    let nd = a[1].filter(|v| !v.is(&singletons().none));
    if !x.type_data().is_heap() {
        if let Some(f) = as_float(x) {
            return match nd {
                None => numfmt::float_round_to_int(f)
                    .map(int_from_bigint)
                    .ok_or_else(|| {
                        if f.is_nan() {
                            PyErr::new(ExcKind::ValueError, "cannot convert float NaN to integer")
                        } else {
                            PyErr::new(
                                ExcKind::OverflowError,
                                "cannot convert float infinity to integer",
                            )
                        }
                    }),
                Some(n) => {
                    let n = expect_i64(n, "")?;
                    numfmt::float_round_checked(f, n)
                        .map(new_float)
                        .map_err(|m| PyErr::new(ExcKind::OverflowError, m))
                }
            };
        }
        if let Some(i) = as_int(x) {
            return match nd {
                None => Ok(int_from_bigint(i.to_bigint())),
                Some(n) => {
                    let n = expect_i64(n, "")?;
                    Ok(int_from_bigint(numfmt::int_round(&i.to_bigint(), n)))
                }
            };
        }
    }
    match x.type_data().lookup("__round__") {
        Some(f) => {
            let mut cargs = vec![x.clone()];
            cargs.extend(nd.cloned());
            call::call(vm, &f, &cargs, &[])
        }
        None => Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "type {} doesn't define __round__ method",
                x.type_data().name()
            ),
        )),
    }
}

fn format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "format", 1, 2)?;
    ops::format(vm, &args.all[0], args.all.get(1))
}

fn vars(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "vars", 0, 1)?;
    if args.all.is_empty() {
        // Called directly from a frame, eval answers with the frame's locals; this is the
        // indirect-call fallback.
        return vm
            .current_globals()
            .ok_or_else(|| PyErr::new(ExcKind::SystemError, "vars(): no current frame"));
    }
    match attr::getattr(vm, &args.all[0], &intern("__dict__")) {
        Ok(d) => Ok(d),
        Err(e) if e.matches(ExcKind::AttributeError) => Err(PyErr::new(
            ExcKind::TypeError,
            "vars() argument must have __dict__ attribute",
        )),
        Err(e) => Err(e),
    }
}

fn globals(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    vm.current_globals()
        .ok_or_else(|| PyErr::new(ExcKind::SystemError, "globals(): no current frame"))
}

fn locals(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    vm.current_globals()
        .ok_or_else(|| PyErr::new(ExcKind::SystemError, "locals(): no current frame"))
}

fn dir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "dir", 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    let Some(obj) = args.all.first() else {
        let g = vm.current_globals().unwrap_or_else(new_dict);
        let keys = as_dict(&g).map(|d| d.keys()).unwrap_or_default();
        let mut v: Vec<Value> = keys;
        super::functions::sort_values(vm, &mut v, None, false)?;
        return Ok(new_list(v));
    };
    if let Some(inst) = attr::instance_dict(obj) {
        for k in as_dict(&inst).map(|d| d.keys()).unwrap_or_default() {
            if let Some(s) = as_str(&k) {
                names.push(s.to_string());
            }
        }
    }
    let mro = if obj.layout() == Layout::Type {
        type_data_of(obj).mro()
    } else {
        obj.type_data().mro()
    };
    for t in mro {
        for k in type_data_of(&t).dict.keys() {
            if let Some(s) = as_str(&k) {
                names.push(s.to_string());
            }
        }
    }
    if let Some(d) = Vm::module_dict(obj) {
        for k in as_dict(&d).map(|d| d.keys()).unwrap_or_default() {
            if let Some(s) = as_str(&k) {
                names.push(s.to_string());
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(new_list(names.into_iter().map(new_string).collect()))
}

fn exec_or_eval(
    vm: &mut Vm,
    args: Args<'_>,
    mode: crate::compile::CompileMode,
    name: &str,
) -> PyResult<Value> {
    let a = bind(&args, name, &["source", "globals", "locals"], 1)?;
    let source = a[0].expect("required");
    let precompiled = (source.layout() == Layout::Code).then(|| source.clone());
    let src = match &precompiled {
        Some(_) => "",
        None => as_str(source).ok_or_else(|| {
            PyErr::new(
                ExcKind::TypeError,
                format!("{name}() arg 1 must be a string, bytes or code object"),
            )
        })?,
    };
    let globals = match a[1] {
        Some(g) if !g.is(&singletons().none) => g.clone(),
        _ => vm.current_globals().unwrap_or_else(new_dict),
    };
    if let Some(d) = as_dict(&globals) {
        if d.get_str("__builtins__").is_none() {
            d.set_str_key(intern("__builtins__"), vm.builtins.clone());
        }
    }
    let locals = match a[2] {
        Some(l) if !l.is(&singletons().none) => l.clone(),
        _ => globals.clone(),
    };
    // CPython strips leading spaces and tabs from an eval() source string.
    let src = if mode == crate::compile::CompileMode::Eval {
        src.trim_start_matches([' ', '\t'])
    } else {
        src
    };
    let code = match precompiled {
        Some(c) => c,
        None => new_code(
            crate::compile::compile(src, "<string>", mode)
                .map_err(|e| super::errors::syntax_error_from(&e))?,
        ),
    };
    let builtins = vm.builtins.clone();
    let mut frame = crate::interp::frame::Frame::for_module(code, globals, builtins, locals);
    match crate::interp::eval::run_frame(vm, &mut frame, None)? {
        crate::interp::eval::FrameExit::Return(v) | crate::interp::eval::FrameExit::Yield(v) => {
            Ok(v)
        }
    }
}

/// `compile(source, filename, mode)`: a code object for exec() / eval().
fn compile(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = bind(
        &args,
        "compile",
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
        3,
    )?;
    let source = as_str(a[0].expect("required")).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            "compile() arg 1 must be a string, bytes or AST object",
        )
    })?;
    let filename = as_str(a[1].expect("required")).unwrap_or("<string>");
    let mode = match as_str(a[2].expect("required")) {
        Some("exec") => crate::compile::CompileMode::Exec,
        Some("eval") => crate::compile::CompileMode::Eval,
        Some("single") => crate::compile::CompileMode::Single,
        _ => {
            return Err(PyErr::new(
                ExcKind::ValueError,
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
    };
    let code = crate::compile::compile(source, filename, mode)
        .map_err(|e| super::errors::syntax_error_from(&e))?;
    Ok(new_code(code))
}

fn exec(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exec_or_eval(vm, args, crate::compile::CompileMode::Exec, "exec")?;
    Ok(none())
}

fn eval(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exec_or_eval(vm, args, crate::compile::CompileMode::Eval, "eval")
}

fn input(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "input", 0, 1)?;
    if let Some(p) = args.all.first() {
        let text = ops::str_string(vm, p)?;
        vm.write_stdout(&text)?;
    }
    vm.flush_stdout();
    let mut line = String::new();
    let n = std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| PyErr::new(ExcKind::OSError, e.to_string()))?;
    if n == 0 {
        return Err(PyErr::new(ExcKind::EOFError, "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(new_string(line))
}

fn import(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = bind(
        &args,
        "__import__",
        &["name", "globals", "locals", "fromlist", "level"],
        1,
    )?;
    let name = a[0].expect("required");
    let globals = a[1].cloned().unwrap_or_else(new_dict);
    let fromlist = a[3].cloned().unwrap_or_else(none);
    let level = a[4].cloned().unwrap_or(Value::small(0));
    super::import::import_name(vm, name, &fromlist, &level, &globals)
}
