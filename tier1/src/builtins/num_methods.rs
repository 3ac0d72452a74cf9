//! Methods of int, bool and float: constructors (`int(x, base)`, `float(x)`, `bool(x)`), the
//! arithmetic and comparison dunders (so that subclasses and explicit `x.__add__(y)` calls
//! work; the eval loop itself uses `interp::ops` directly), and the numeric methods
//! (bit_length, to_bytes, as_integer_ratio, is_integer, hex, ...).

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use crate::bytecode::{BinaryOp, CompareOp};
use crate::interp::{call, ops, Vm};
use crate::object::func::Args;
use crate::object::int::{
    as_float, as_int, int_from_bigint, int_from_i64, new_float, FloatData, IntData, IntRef,
};
use crate::object::numfmt;
use crate::object::seq::{as_bytes, new_bytes, new_tuple};
use crate::object::str::{as_str, new_string};
use crate::object::typeobj::{alloc, alloc_sub};
use crate::object::{
    bool_value, builtin_types, not_implemented, ExcKind, Layout, PyErr, PyResult, TypeRef, Value,
};

use super::add_method;
use super::args::{bind, check_positional, expect_i64};

/// Wraps an int value as an instance of `cls` (int or a subclass).
fn make_int(cls: &Value, v: BigInt) -> Value {
    if cls.is(&builtin_types().int.value()) {
        int_from_bigint(v)
    } else {
        alloc_sub(cls, IntData(v))
    }
}

fn make_float(cls: &Value, v: f64) -> Value {
    if cls.is(&builtin_types().float.value()) {
        new_float(v)
    } else {
        alloc_sub(cls, FloatData(v))
    }
}

fn int_parse_error(text: &str, base: u32) -> PyErr {
    let shown = crate::interp::repr::str_repr(text);
    PyErr::new(
        ExcKind::ValueError,
        format!("invalid literal for int() with base {base}: {shown}"),
    )
}

/// `int(x)` / `int(text, base)` as a BigInt.
pub fn int_from_value(vm: &mut Vm, x: &Value, base: Option<u32>) -> PyResult<BigInt> {
    if let Some(b) = base {
        let text = match (as_str(x), as_bytes(x)) {
            (Some(s), _) => s.to_string(),
            (None, Some(b)) => String::from_utf8_lossy(b).into_owned(),
            _ => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    "int() can't convert non-string with explicit base",
                ))
            }
        };
        return parse_int_text(&text, b);
    }
    if let Some(i) = as_int(x) {
        return Ok(i.to_bigint());
    }
    if let Some(f) = as_float(x) {
        return numfmt::float_trunc_to_int(f).ok_or_else(|| {
            if f.is_nan() {
                PyErr::new(ExcKind::ValueError, "cannot convert float NaN to integer")
            } else {
                PyErr::new(
                    ExcKind::OverflowError,
                    "cannot convert float infinity to integer",
                )
            }
        });
    }
    if let Some(s) = as_str(x) {
        return parse_int_text(s, 10);
    }
    if let Some(b) = as_bytes(x) {
        return parse_int_text(&String::from_utf8_lossy(b), 10);
    }
    for hook in ["__int__", "__index__", "__trunc__"] {
        if let Some(f) = x.type_data().lookup(hook) {
            let r = call::call(vm, &f, std::slice::from_ref(x), &[])?;
            return match as_int(&r) {
                Some(i) => Ok(i.to_bigint()),
                None => Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("{hook} returned non-int (type {})", r.type_data().name()),
                )),
            };
        }
    }
    Err(PyErr::new(
        ExcKind::TypeError,
        format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            x.type_data().name()
        ),
    ))
}

fn parse_int_text(text: &str, base: u32) -> PyResult<BigInt> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "int() base must be >= 2 and <= 36, or 0",
        ));
    }
    match numfmt::parse_int_limited(text, base, numfmt::INT_MAX_STR_DIGITS) {
        Ok(v) => Ok(v),
        Err(numfmt::IntParseError::TooManyDigits(n)) => Err(PyErr::new(
            ExcKind::ValueError,
            numfmt::str_to_int_limit_message(n),
        )),
        Err(_) => Err(int_parse_error(text, base)),
    }
}

fn int_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = args.all[0].clone();
    let rest = Args {
        all: &args.all[1..],
        kwnames: args.kwnames,
    };
    let a = bind(&rest, "int", &["x", "base"], 0)?;
    let v = match (a[0], a[1]) {
        (None, None) => BigInt::zero(),
        (None, Some(_)) => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "int() missing string argument",
            ))
        }
        (Some(x), None) => int_from_value(vm, x, None)?,
        (Some(x), Some(b)) => {
            let b = expect_i64(b, "")?;
            int_from_value(vm, x, Some(u32::try_from(b).unwrap_or(1)))?
        }
    };
    Ok(make_int(&cls, v))
}

/// `float(x)` as f64.
pub fn float_from_value(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    if let Some(f) = as_float(x) {
        return Ok(f);
    }
    if let Some(i) = as_int(x) {
        return ops::int_to_float(i);
    }
    if let Some(s) = as_str(x) {
        return numfmt::parse_float(s).ok_or_else(|| {
            PyErr::new(
                ExcKind::ValueError,
                format!(
                    "could not convert string to float: {}",
                    crate::interp::repr::str_repr(s)
                ),
            )
        });
    }
    for hook in ["__float__", "__index__"] {
        if let Some(f) = x.type_data().lookup(hook) {
            let r = call::call(vm, &f, std::slice::from_ref(x), &[])?;
            if let Some(v) = as_float(&r) {
                return Ok(v);
            }
            if let Some(i) = as_int(&r) {
                return ops::int_to_float(i);
            }
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("{hook} returned non-float (type {})", r.type_data().name()),
            ));
        }
    }
    Err(PyErr::new(
        ExcKind::TypeError,
        format!(
            "float() argument must be a string or a real number, not '{}'",
            x.type_data().name()
        ),
    ))
}

fn float_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = args.all[0].clone();
    check_positional(&Args::positional_only(&args.all[1..]), "float", 0, 1)?;
    let v = match args.all.get(1) {
        None => 0.0,
        Some(x) => float_from_value(vm, x)?,
    };
    Ok(make_float(&cls, v))
}

fn bool_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&Args::positional_only(&args.all[1..]), "bool", 0, 1)?;
    match args.all.get(1) {
        None => Ok(bool_value(false)),
        Some(x) => Ok(bool_value(ops::truthy(vm, x)?)),
    }
}

/// A binary dunder: `self op other` (or reflected), NotImplemented for foreign operands.
fn num_dunder(_vm: &mut Vm, args: Args<'_>, op: BinaryOp, reflected: bool) -> PyResult<Value> {
    check_positional(&args, "operator", 2, 2)?;
    let (a, b) = if reflected {
        (&args.all[1], &args.all[0])
    } else {
        (&args.all[0], &args.all[1])
    };
    if int_method_on_float(&args) {
        return Ok(not_implemented());
    }
    match ops::number_binary(op, a, b) {
        Some(r) => r,
        None => Ok(not_implemented()),
    }
}

macro_rules! num_dunders {
    ($( $fwd:ident, $rev:ident => $op:expr; )*) => {
        $(
            fn $fwd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                num_dunder(vm, args, $op, false)
            }
            fn $rev(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                num_dunder(vm, args, $op, true)
            }
        )*
    };
}

num_dunders! {
    d_add, d_radd => BinaryOp::Add;
    d_sub, d_rsub => BinaryOp::Subtract;
    d_mul, d_rmul => BinaryOp::Multiply;
    d_truediv, d_rtruediv => BinaryOp::TrueDivide;
    d_floordiv, d_rfloordiv => BinaryOp::FloorDivide;
    d_mod, d_rmod => BinaryOp::Remainder;
    d_pow, d_rpow => BinaryOp::Power;
    d_and, d_rand => BinaryOp::And;
    d_or, d_ror => BinaryOp::Or;
    d_xor, d_rxor => BinaryOp::Xor;
    d_lshift, d_rlshift => BinaryOp::Lshift;
    d_rshift, d_rrshift => BinaryOp::Rshift;
}

/// int and float share these dunders, but int's (self not a float) do not
/// handle a float operand: CPython's `(3).__add__(1.5)` is NotImplemented.
fn int_method_on_float(args: &Args<'_>) -> bool {
    as_float(&args.all[0]).is_none() && as_float(&args.all[1]).is_some()
}

fn compare_dunder(vm: &mut Vm, args: Args<'_>, op: CompareOp) -> PyResult<Value> {
    check_positional(&args, "comparison", 2, 2)?;
    if int_method_on_float(&args) {
        return Ok(not_implemented());
    }
    ops::native_compare_value(vm, &args.all[0], &args.all[1], op)
}

fn d_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare_dunder(vm, args, CompareOp::Eq)
}
fn d_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare_dunder(vm, args, CompareOp::Ne)
}
fn d_lt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare_dunder(vm, args, CompareOp::Lt)
}
fn d_le(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare_dunder(vm, args, CompareOp::Le)
}
fn d_gt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare_dunder(vm, args, CompareOp::Gt)
}
fn d_ge(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare_dunder(vm, args, CompareOp::Ge)
}

fn base_value(v: &Value) -> Value {
    match (as_int(v), as_float(v)) {
        (Some(i), _) if v.layout() != Layout::Bool => int_from_bigint(i.to_bigint()),
        (_, Some(f)) => new_float(f),
        _ => v.clone(),
    }
}

fn d_neg(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__neg__", 1, 1)?;
    ops::negative(vm, &base_value(&args.all[0]))
}
fn d_pos(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__pos__", 1, 1)?;
    ops::positive(vm, &base_value(&args.all[0]))
}
fn d_invert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__invert__", 1, 1)?;
    ops::invert(vm, &base_value(&args.all[0]))
}
fn d_abs(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__abs__", 1, 1)?;
    let v = base_value(&args.all[0]);
    if let Some(f) = as_float(&v) {
        return Ok(new_float(f.abs()));
    }
    let i = as_int(&v).map(IntRef::to_bigint).unwrap_or_default();
    Ok(int_from_bigint(i.abs()))
}
fn d_bool(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__bool__", 1, 1)?;
    Ok(bool_value(ops::truthy(vm, &base_value(&args.all[0]))?))
}
fn d_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__hash__", 1, 1)?;
    Ok(int_from_i64(ops::hash(vm, &base_value(&args.all[0]))?))
}
fn d_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__repr__", 1, 1)?;
    let v = &args.all[0];
    if v.layout() == Layout::Bool {
        return crate::interp::repr::native_repr(vm, v).map(new_string);
    }
    crate::interp::repr::native_repr(vm, &base_value(v)).map(new_string)
}
fn d_int(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__int__", 1, 1)?;
    let v = &args.all[0];
    if let Some(i) = as_int(v) {
        return Ok(int_from_bigint(i.to_bigint()));
    }
    let f = as_float(v).unwrap_or(0.0);
    numfmt::float_trunc_to_int(f)
        .map(int_from_bigint)
        .ok_or_else(|| {
            PyErr::new(
                ExcKind::OverflowError,
                "cannot convert float infinity to integer",
            )
        })
}
fn d_float(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__float__", 1, 1)?;
    let v = &args.all[0];
    match as_float(v) {
        Some(f) => Ok(new_float(f)),
        None => ops::int_to_float(as_int(v).unwrap_or(IntRef::Small(0))).map(new_float),
    }
}
fn d_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__format__", 2, 2)?;
    let spec = as_str(&args.all[1]).unwrap_or("");
    crate::interp::repr::native_format(vm, &args.all[0], spec).map(new_string)
}
fn d_round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = crate::object::dict::as_dict(&vm.builtins)
        .and_then(|b| b.get_str("round"))
        .ok_or_else(|| PyErr::new(ExcKind::SystemError, "round missing"))?;
    let mut a = vec![base_value(&args.all[0])];
    a.extend(args.all[1..].iter().cloned());
    call::call(vm, &f, &a, &[])
}
fn d_trunc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    d_int(vm, args)
}
fn d_floor(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = &args.all[0];
    match as_float(v) {
        Some(f) => numfmt::float_trunc_to_int(f.floor())
            .map(int_from_bigint)
            .ok_or_else(|| {
                PyErr::new(
                    ExcKind::OverflowError,
                    "cannot convert float infinity to integer",
                )
            }),
        None => Ok(int_from_bigint(
            as_int(v).map(IntRef::to_bigint).unwrap_or_default(),
        )),
    }
}
fn d_ceil(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = &args.all[0];
    match as_float(v) {
        Some(f) => numfmt::float_trunc_to_int(f.ceil())
            .map(int_from_bigint)
            .ok_or_else(|| {
                PyErr::new(
                    ExcKind::OverflowError,
                    "cannot convert float infinity to integer",
                )
            }),
        None => Ok(int_from_bigint(
            as_int(v).map(IntRef::to_bigint).unwrap_or_default(),
        )),
    }
}
fn d_getnewargs(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(new_tuple(vec![base_value(&args.all[0])]))
}

fn int_bit_length(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "bit_length", 1, 1)?;
    let i = as_int(&args.all[0])
        .map(IntRef::to_bigint)
        .unwrap_or_default();
    Ok(int_from_i64(i.bits() as i64))
}

fn int_bit_count(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "bit_count", 1, 1)?;
    let i = as_int(&args.all[0])
        .map(IntRef::to_bigint)
        .unwrap_or_default();
    let ones: u64 = i
        .magnitude()
        .to_u64_digits()
        .iter()
        .map(|d| u64::from(d.count_ones()))
        .sum();
    Ok(int_from_i64(ones as i64))
}

/// The exact int of an int or bool (`True` -> 1), as the int methods that return the number
/// itself give it.
fn exact_int(v: &Value) -> Value {
    as_int(v).map_or_else(|| v.clone(), |i| int_from_bigint(i.to_bigint()))
}

fn int_conjugate(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(exact_int(&args.all[0]))
}

fn int_as_integer_ratio(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(new_tuple(vec![exact_int(&args.all[0]), Value::small(1)]))
}

fn int_to_bytes(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = bind(
        &args,
        "to_bytes",
        &["self", "length", "byteorder", "signed"],
        1,
    )?;
    let i = as_int(a[0].expect("required"))
        .map(IntRef::to_bigint)
        .unwrap_or_default();
    let length = match a[1] {
        Some(l) => expect_i64(l, "")?,
        None => 1,
    };
    let order = a[2].and_then(as_str).unwrap_or("big");
    let signed = a[3].is_some_and(crate::object::int::is_true);
    if i.is_negative() && !signed {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "can't convert negative int to unsigned",
        ));
    }
    let mut bytes = if signed {
        i.to_signed_bytes_be()
    } else {
        i.to_bytes_be().1
    };
    if i.is_zero() {
        bytes = vec![];
    }
    let length = usize::try_from(length)
        .map_err(|_| PyErr::new(ExcKind::ValueError, "length argument must be non-negative"))?;
    if bytes.len() > length {
        return Err(PyErr::new(ExcKind::OverflowError, "int too big to convert"));
    }
    let fill = if i.is_negative() { 0xff } else { 0 };
    let mut out = vec![fill; length - bytes.len()];
    out.extend(bytes);
    if order == "little" {
        out.reverse();
    } else if order != "big" {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "byteorder must be either 'little' or 'big'",
        ));
    }
    Ok(new_bytes(out))
}

fn int_from_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = bind(
        &args,
        "from_bytes",
        &["cls", "bytes", "byteorder", "signed"],
        2,
    )?;
    let data: Vec<u8> = match as_bytes(a[1].expect("required")) {
        Some(b) => b.to_vec(),
        None => {
            let items = ops::collect(vm, a[1].expect("required"))?;
            items
                .iter()
                .map(|v| as_int(v).and_then(|i| i.to_i64()).unwrap_or(0) as u8)
                .collect()
        }
    };
    let order = a[2].and_then(as_str).unwrap_or("big");
    let signed = a[3].is_some_and(crate::object::int::is_true);
    let mut be = data;
    if order == "little" {
        be.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_be(&be)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &be)
    };
    Ok(make_int(a[0].expect("required"), v))
}

fn int_index(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(exact_int(&args.all[0]))
}

fn float_is_integer(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "is_integer", 1, 1)?;
    Ok(bool_value(numfmt::float_is_integer(
        as_float(&args.all[0]).unwrap_or(0.0),
    )))
}

fn float_as_integer_ratio(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "as_integer_ratio", 1, 1)?;
    let f = as_float(&args.all[0]).unwrap_or(0.0);
    let (n, d) = numfmt::float_as_integer_ratio(f).map_err(|m| {
        if f.is_nan() {
            PyErr::new(ExcKind::ValueError, m)
        } else {
            PyErr::new(ExcKind::OverflowError, m)
        }
    })?;
    Ok(new_tuple(vec![int_from_bigint(n), int_from_bigint(d)]))
}

fn float_hex(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "hex", 1, 1)?;
    Ok(new_string(numfmt::float_hex(
        as_float(&args.all[0]).unwrap_or(0.0),
    )))
}

/// `x * 2**k` for a finite `x` whose result is exactly representable (power-of-two steps).
fn ldexp(mut x: f64, mut k: i64) -> f64 {
    let step = |e: i32| f64::from_bits(((1023 + e) as u64) << 52);
    while k > 1000 {
        x *= step(1000);
        k -= 1000;
    }
    while k < -1000 {
        x *= step(-1000);
        k += 1000;
    }
    x * step(k as i32)
}

/// Parses `float.fromhex` text: `[sign] ['0x'] digits ['.' digits] ['p' [sign] digits]`, or
/// inf/infinity/nan. Rounds half-to-even like CPython. Err(true) = overflow, Err(false) = bad.
fn parse_hex_float(text: &str) -> Result<f64, bool> {
    let t = text.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = |x: f64| if neg { -x } else { x };
    let lower = body.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Ok(sign(f64::INFINITY)),
        "nan" => return Ok(f64::NAN),
        _ => {}
    }
    let rest = lower.strip_prefix("0x").unwrap_or(&lower);
    let (coef, exp_text) = match rest.split_once('p') {
        Some((c, e)) => (c, Some(e)),
        None => (rest, None),
    };
    let (int_part, frac_part) = match coef.split_once('.') {
        Some((i, f)) => (i, f),
        None => (coef, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(false);
    }
    let mut mantissa = BigInt::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or(false)?;
        mantissa = (mantissa << 4u32) + BigInt::from(d);
    }
    let mut exp: i64 = match exp_text {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(false);
            }
            // Saturate: anything this large over/underflows anyway.
            let v: i64 = digits.parse().unwrap_or(i64::MAX / 4).min(i64::MAX / 4);
            if e.starts_with('-') {
                -v
            } else {
                v
            }
        }
    };
    exp -= 4 * frac_part.len() as i64;
    if mantissa.is_zero() {
        return Ok(sign(0.0));
    }
    let bits = mantissa.bits() as i64;
    let top = exp + bits - 1;
    if top > 1023 {
        return Err(true);
    }
    let prec = if top < -1022 { top + 1075 } else { 53 };
    if prec < 0 {
        return Ok(sign(0.0));
    }
    let shift = bits - prec;
    let q = if shift > 0 {
        let sh = shift as usize;
        let q = &mantissa >> sh;
        let rem = &mantissa - (&q << sh);
        let half = BigInt::from(1) << (sh - 1);
        if rem > half || (rem == half && q.bit(0)) {
            q + 1
        } else {
            q
        }
    } else {
        mantissa
    };
    let scale = exp + shift.max(0);
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    if q.bits() as i64 + scale - 1 > 1023 {
        return Err(true);
    }
    Ok(sign(ldexp(qf, scale)))
}

fn float_fromhex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "fromhex", 2, 2)?;
    let text = as_str(&args.all[1]).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!(
                "fromhex() argument must be str, not {}",
                args.all[1].type_data().name()
            ),
        )
    })?;
    let x = parse_hex_float(text).map_err(|overflow| {
        if overflow {
            PyErr::new(
                ExcKind::OverflowError,
                "hexadecimal value too large to represent as a float",
            )
        } else {
            PyErr::new(
                ExcKind::ValueError,
                "invalid hexadecimal floating-point string",
            )
        }
    })?;
    let cls = &args.all[0];
    if cls.is(&builtin_types().float.value()) {
        Ok(new_float(x))
    } else {
        call::call(vm, cls, &[new_float(x)], &[])
    }
}

fn register_common(t: TypeRef) {
    for (name, f) in [
        ("__add__", d_add as crate::object::func::NativeFn),
        ("__radd__", d_radd),
        ("__sub__", d_sub),
        ("__rsub__", d_rsub),
        ("__mul__", d_mul),
        ("__rmul__", d_rmul),
        ("__truediv__", d_truediv),
        ("__rtruediv__", d_rtruediv),
        ("__floordiv__", d_floordiv),
        ("__rfloordiv__", d_rfloordiv),
        ("__mod__", d_mod),
        ("__rmod__", d_rmod),
        ("__pow__", d_pow),
        ("__rpow__", d_rpow),
        ("__eq__", d_eq),
        ("__ne__", d_ne),
        ("__lt__", d_lt),
        ("__le__", d_le),
        ("__gt__", d_gt),
        ("__ge__", d_ge),
        ("__neg__", d_neg),
        ("__pos__", d_pos),
        ("__abs__", d_abs),
        ("__bool__", d_bool),
        ("__hash__", d_hash),
        ("__repr__", d_repr),
        ("__int__", d_int),
        ("__float__", d_float),
        ("__format__", d_format),
        ("__round__", d_round),
        ("__trunc__", d_trunc),
        ("__floor__", d_floor),
        ("__ceil__", d_ceil),
        ("__getnewargs__", d_getnewargs),
        ("conjugate", int_conjugate),
    ] {
        add_method(t, name, f);
    }
}

/// Registers the methods of int, bool and float.
pub fn register() {
    let t = builtin_types();
    register_common(t.int);
    register_common(t.float);
    let int = t.int;
    add_method(int, "__new__", int_new);
    for (name, f) in [
        ("__and__", d_and as crate::object::func::NativeFn),
        ("__rand__", d_rand),
        ("__or__", d_or),
        ("__ror__", d_ror),
        ("__xor__", d_xor),
        ("__rxor__", d_rxor),
        ("__lshift__", d_lshift),
        ("__rlshift__", d_rlshift),
        ("__rshift__", d_rshift),
        ("__rrshift__", d_rrshift),
        ("__invert__", d_invert),
        ("__index__", int_index),
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("as_integer_ratio", int_as_integer_ratio),
        ("to_bytes", int_to_bytes),
    ] {
        add_method(int, name, f);
    }
    let from_bytes = alloc(
        &t.classmethod.value(),
        crate::object::func::ClassMethodData(crate::object::func::new_builtin(
            "from_bytes",
            int_from_bytes,
        )),
    );
    super::add_type_attr(int, "from_bytes", from_bytes);
    add_method(t.bool_, "__new__", bool_new);
    add_method(t.bool_, "__repr__", d_repr);
    let float = t.float;
    add_method(float, "__new__", float_new);
    add_method(float, "is_integer", float_is_integer);
    add_method(float, "as_integer_ratio", float_as_integer_ratio);
    add_method(float, "hex", float_hex);
    let fromhex = alloc(
        &t.classmethod.value(),
        crate::object::func::ClassMethodData(crate::object::func::new_builtin(
            "fromhex",
            float_fromhex,
        )),
    );
    super::add_type_attr(float, "fromhex", fromhex);
}
