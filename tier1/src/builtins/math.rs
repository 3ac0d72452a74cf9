//! The `math` module: constants, float functions with CPython's domain and range errors
//! ("math domain error", "math range error"), and the exact integer functions (factorial, gcd,
//! lcm, isqrt, comb, perm).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::interp::{call, ops, Vm};
use crate::object::dict::new_dict;
use crate::object::func::{new_module, Args};
use crate::object::int::{as_float, as_int, int_from_bigint, new_float, IntRef};
use crate::object::numfmt;
use crate::object::seq::new_tuple;
use crate::object::str::new_str;
use crate::object::{bool_value, ExcKind, PyErr, PyResult, Value};

use super::args::{bind, check_positional, expect_f64};
use super::{add_function, add_value};

fn domain() -> PyErr {
    PyErr::new(ExcKind::ValueError, "math domain error")
}

fn range_err() -> PyErr {
    PyErr::new(ExcKind::OverflowError, "math range error")
}

fn arg_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match ops::real_to_f64(vm, v)? {
        Some(f) => Ok(f),
        None => expect_f64(v, ""),
    }
}

/// Applies a float function with CPython's error conventions: NaN from a non-NaN input is a
/// domain error, infinity from a finite input a range error.
fn float_fn(vm: &mut Vm, args: &Args<'_>, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    check_positional(args, name, 1, 1)?;
    let x = arg_f64(vm, &args.all[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(range_err());
    }
    Ok(new_float(r))
}

macro_rules! float_fns {
    ($( $name:ident => $f:expr; )*) => {
        $(
            fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                float_fn(vm, &args, stringify!($name), $f)
            }
        )*
    };
}

float_fns! {
    sqrt => f64::sqrt;
    exp => f64::exp;
    expm1 => f64::exp_m1;
    sin => f64::sin;
    cos => f64::cos;
    tan => f64::tan;
    asin => f64::asin;
    acos => f64::acos;
    atan => f64::atan;
    sinh => f64::sinh;
    cosh => f64::cosh;
    tanh => f64::tanh;
    asinh => f64::asinh;
    acosh => f64::acosh;
    atanh => f64::atanh;
    fabs => f64::abs;
    log2 => f64::log2;
    log10 => f64::log10;
    log1p => f64::ln_1p;
    degrees => f64::to_degrees;
    radians => f64::to_radians;
    erf => libm_erf;
    erfc => libm_erfc;
    gamma => gamma_impl;
    lgamma => lgamma_impl;
}

extern "C" {
    /// The C library's error functions (CPython's math.erf/erfc call them too).
    #[link_name = "erf"]
    fn c_erf(x: f64) -> f64;
    #[link_name = "erfc"]
    fn c_erfc(x: f64) -> f64;
}

fn libm_erf(x: f64) -> f64 {
    // SAFETY: `erf` from the C math library is a pure function of a double, defined for every
    // input (NaN and infinities included); it touches no memory of ours.
    unsafe { c_erf(x) }
}

fn libm_erfc(x: f64) -> f64 {
    // SAFETY: as `libm_erf`.
    unsafe { c_erfc(x) }
}

fn lanczos_gamma(x: f64) -> f64 {
    const G: f64 = 7.0;
    const C: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    if x < 0.5 {
        return std::f64::consts::PI / ((std::f64::consts::PI * x).sin() * lanczos_gamma(1.0 - x));
    }
    let x = x - 1.0;
    let mut a = C[0];
    let t = x + G + 0.5;
    for (i, c) in C.iter().enumerate().skip(1) {
        a += c / (x + i as f64);
    }
    (2.0 * std::f64::consts::PI).sqrt() * t.powf(x + 0.5) * (-t).exp() * a
}

fn gamma_impl(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x == x.floor() && x <= 0.0 {
        return f64::NAN;
    }
    if x == x.floor() && x > 0.0 && x < 24.0 {
        let mut r = 1.0;
        let mut k = 2.0;
        while k < x {
            r *= k;
            k += 1.0;
        }
        return r;
    }
    lanczos_gamma(x)
}

fn lgamma_impl(x: f64) -> f64 {
    if x == x.floor() && x <= 0.0 {
        return f64::INFINITY;
    }
    gamma_impl(x).abs().ln()
}

fn log(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "log", 1, 2)?;
    let ln = |vm: &mut Vm, v: &Value| -> PyResult<f64> {
        if let Some(IntRef::Big(b)) = as_int(v) {
            if b.is_positive() {
                // ln of a huge int: scale down by a power of two first.
                let bits = b.bits();
                let shift = bits.saturating_sub(60);
                let top: f64 = (b >> shift).to_f64().unwrap_or(f64::INFINITY);
                return Ok(top.ln() + shift as f64 * std::f64::consts::LN_2);
            }
        }
        let x = arg_f64(vm, v)?;
        if x <= 0.0 {
            return Err(domain());
        }
        Ok(x.ln())
    };
    let num = ln(vm, &args.all[0])?;
    match args.all.get(1) {
        None => Ok(new_float(num)),
        Some(b) => {
            let den = ln(vm, b)?;
            if den == 0.0 {
                return Err(PyErr::new(
                    ExcKind::ZeroDivisionError,
                    "float division by zero",
                ));
            }
            Ok(new_float(num / den))
        }
    }
}

fn pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "pow", 2, 2)?;
    let x = arg_f64(vm, &args.all[0])?;
    let y = arg_f64(vm, &args.all[1])?;
    if x == 0.0 && y < 0.0 {
        return Err(domain());
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(domain());
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_err());
    }
    Ok(new_float(r))
}

fn atan2(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "atan2", 2, 2)?;
    let y = arg_f64(vm, &args.all[0])?;
    let x = arg_f64(vm, &args.all[1])?;
    Ok(new_float(y.atan2(x)))
}

fn copysign(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "copysign", 2, 2)?;
    let x = arg_f64(vm, &args.all[0])?;
    let y = arg_f64(vm, &args.all[1])?;
    Ok(new_float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "fmod", 2, 2)?;
    let x = arg_f64(vm, &args.all[0])?;
    let y = arg_f64(vm, &args.all[1])?;
    if y == 0.0 || x.is_infinite() {
        return Err(domain());
    }
    Ok(new_float(x % y))
}

fn hypot(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let [a, b] = args.positional() {
        let (x, y) = (arg_f64(vm, a)?, arg_f64(vm, b)?);
        return Ok(new_float(x.hypot(y)));
    }
    let mut acc = 0.0f64;
    let mut any_inf = false;
    let mut vals = Vec::new();
    for a in args.positional() {
        let x = arg_f64(vm, a)?;
        any_inf |= x.is_infinite();
        vals.push(x.abs());
    }
    if any_inf {
        return Ok(new_float(f64::INFINITY));
    }
    let max = vals.iter().cloned().fold(0.0, f64::max);
    if max == 0.0 || max.is_nan() {
        return Ok(new_float(max));
    }
    for x in &vals {
        let s = x / max;
        acc += s * s;
    }
    Ok(new_float(max * acc.sqrt()))
}

fn dist(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "dist", 2, 2)?;
    let p = ops::collect(vm, &args.all[0])?;
    let q = ops::collect(vm, &args.all[1])?;
    if p.len() != q.len() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(q.iter()) {
        diffs.push(new_float(arg_f64(vm, a)? - arg_f64(vm, b)?));
    }
    hypot(vm, Args::positional_only(&diffs))
}

fn float_to_int(x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "cannot convert float NaN to integer",
        ));
    }
    numfmt::float_trunc_to_int(x)
        .map(int_from_bigint)
        .ok_or_else(|| {
            PyErr::new(
                ExcKind::OverflowError,
                "cannot convert float infinity to integer",
            )
        })
}

fn rounding(
    vm: &mut Vm,
    args: &Args<'_>,
    name: &str,
    hook: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    check_positional(args, name, 1, 1)?;
    let v = &args.all[0];
    if let Some(i) = as_int(v) {
        return Ok(int_from_bigint(i.to_bigint()));
    }
    if v.type_data().is_heap() {
        if let Some(m) = v.type_data().lookup(hook) {
            return call::call(vm, &m, std::slice::from_ref(v), &[]);
        }
    }
    let x = arg_f64(vm, v)?;
    float_to_int(f(x))
}

fn floor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    rounding(vm, &args, "floor", "__floor__", f64::floor)
}
fn ceil(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    rounding(vm, &args, "ceil", "__ceil__", f64::ceil)
}
fn trunc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    rounding(vm, &args, "trunc", "__trunc__", f64::trunc)
}

fn int_arg(v: &Value, name: &str) -> PyResult<BigInt> {
    match as_int(v) {
        Some(i) => Ok(i.to_bigint()),
        None => Err(PyErr::new(
            ExcKind::TypeError,
            if as_float(v).is_some() {
                "'float' object cannot be interpreted as an integer".to_string()
            } else {
                format!(
                    "{name}() argument must be int, not {}",
                    v.type_data().name()
                )
            },
        )),
    }
}

fn factorial(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "factorial", 1, 1)?;
    let n = int_arg(&args.all[0], "factorial")?;
    if n.is_negative() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "factorial() not defined for negative values",
        ));
    }
    let n = n.to_u64().ok_or_else(|| {
        PyErr::new(
            ExcKind::OverflowError,
            "factorial() argument should not exceed 9223372036854775807",
        )
    })?;
    let mut r = BigInt::one();
    for k in 2..=n {
        r *= k;
    }
    Ok(int_from_bigint(r))
}

fn gcd(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for a in args.positional() {
        g = g.gcd(&int_arg(a, "gcd")?);
    }
    Ok(int_from_bigint(g))
}

fn lcm(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut l = BigInt::one();
    for a in args.positional() {
        let x = int_arg(a, "lcm")?;
        if x.is_zero() {
            return Ok(Value::small(0));
        }
        l = l.lcm(&x);
    }
    Ok(int_from_bigint(l.abs()))
}

fn isqrt(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "isqrt", 1, 1)?;
    let n = int_arg(&args.all[0], "isqrt")?;
    if n.is_negative() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "isqrt() argument must be nonnegative",
        ));
    }
    Ok(int_from_bigint(n.sqrt()))
}

fn comb_perm(args: &Args<'_>, name: &str, comb: bool) -> PyResult<Value> {
    check_positional(args, name, 1, 2)?;
    let n = int_arg(&args.all[0], name)?;
    let k = match args.all.get(1) {
        Some(k) if !k.is(&crate::object::singletons().none) => int_arg(k, name)?,
        _ => n.clone(),
    };
    if n.is_negative() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "n must be a non-negative integer",
        ));
    }
    if k.is_negative() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "k must be a non-negative integer",
        ));
    }
    if k > n {
        return Ok(Value::small(0));
    }
    let kk = k.to_u64().unwrap_or(0);
    let kk = if comb {
        kk.min((n.clone() - &k).to_u64().unwrap_or(kk))
    } else {
        kk
    };
    let mut r = BigInt::one();
    for i in 0..kk {
        r *= &n - i;
        if comb {
            r /= i + 1;
        }
    }
    Ok(int_from_bigint(r))
}

fn comb(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    comb_perm(&args, "comb", true)
}
fn perm(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    comb_perm(&args, "perm", false)
}

fn predicate(vm: &mut Vm, args: &Args<'_>, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    check_positional(args, name, 1, 1)?;
    Ok(bool_value(f(arg_f64(vm, &args.all[0])?)))
}
fn isnan(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, &args, "isnan", f64::is_nan)
}
fn isinf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, &args, "isinf", f64::is_infinite)
}
fn isfinite(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, &args, "isfinite", f64::is_finite)
}

fn isclose(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = bind(&args, "isclose", &["a", "b", "rel_tol", "abs_tol"], 2)?;
    let x = arg_f64(vm, a[0].expect("required"))?;
    let y = arg_f64(vm, a[1].expect("required"))?;
    let rel = match a[2] {
        Some(v) => arg_f64(vm, v)?,
        None => 1e-9,
    };
    let abs = match a[3] {
        Some(v) => arg_f64(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "tolerances must be non-negative",
        ));
    }
    if x == y {
        return Ok(bool_value(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(bool_value(false));
    }
    let diff = (x - y).abs();
    Ok(bool_value(
        diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs,
    ))
}

fn modf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "modf", 1, 1)?;
    let x = arg_f64(vm, &args.all[0])?;
    if x.is_infinite() {
        return Ok(new_tuple(vec![new_float(0.0f64.copysign(x)), new_float(x)]));
    }
    Ok(new_tuple(vec![new_float(x.fract()), new_float(x.trunc())]))
}

fn frexp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "frexp", 1, 1)?;
    let x = arg_f64(vm, &args.all[0])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(new_tuple(vec![new_float(x), Value::small(0)]));
    }
    let mut e = x.abs().log2().floor() as i64 + 1;
    let mut m = x / 2f64.powi(e as i32);
    if m.abs() >= 1.0 {
        m /= 2.0;
        e += 1;
    }
    if m.abs() < 0.5 {
        m *= 2.0;
        e -= 1;
    }
    Ok(new_tuple(vec![new_float(m), Value::small(e)]))
}

fn ldexp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "ldexp", 2, 2)?;
    let x = arg_f64(vm, &args.all[0])?;
    let e = int_arg(&args.all[1], "ldexp")?
        .to_i64()
        .unwrap_or(i64::MAX)
        .clamp(-2200, 2200);
    let r = x * 2f64.powi(e as i32);
    if r.is_infinite() && x.is_finite() {
        return Err(range_err());
    }
    Ok(new_float(r))
}

fn fsum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "fsum", 1, 1)?;
    // Shewchuk's exact partial sums (as CPython's msum).
    let mut partials: Vec<f64> = Vec::new();
    // Infinities and NaNs are summed apart (inf + -inf is an error, not a NaN); a finite input
    // that makes a partial sum infinite is an overflow.
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    for v in ops::collect(vm, &args.all[0])? {
        let mut x = arg_f64(vm, &v)?;
        let input = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x == 0.0 {
            continue;
        }
        if x.is_finite() {
            partials.push(x);
            continue;
        }
        if input.is_finite() {
            return Err(PyErr::new(
                ExcKind::OverflowError,
                "intermediate overflow in fsum",
            ));
        }
        if input.is_infinite() {
            inf_sum += input;
        }
        special_sum += input;
        partials.clear();
    }
    if special_sum != 0.0 || special_sum.is_nan() {
        if inf_sum.is_nan() {
            return Err(PyErr::new(ExcKind::ValueError, "-inf + inf in fsum"));
        }
        return Ok(new_float(special_sum));
    }
    let mut total = 0.0;
    while let Some(p) = partials.pop() {
        let prev = total;
        total += p;
        let lo = p - (total - prev);
        if lo != 0.0 {
            if let Some(&next) = partials.last() {
                if (lo < 0.0) == (next < 0.0) {
                    let y = lo * 2.0;
                    let x = total + y;
                    if y == x - total {
                        total = x;
                    }
                }
            }
            break;
        }
    }
    Ok(new_float(total))
}

fn prod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = bind(&args, "prod", &["iterable", "start"], 1)?;
    let mut acc = a[1].cloned().unwrap_or(Value::small(1));
    for v in ops::collect(vm, a[0].expect("required"))? {
        acc = ops::binary_op(vm, &acc, &v, crate::bytecode::BinaryOp::Multiply)?;
    }
    Ok(acc)
}

/// Creates the `math` module.
pub fn make_module() -> Value {
    let d = new_dict();
    add_value(&d, "__name__", new_str("math"));
    add_value(&d, "pi", new_float(std::f64::consts::PI));
    add_value(&d, "e", new_float(std::f64::consts::E));
    add_value(&d, "tau", new_float(std::f64::consts::TAU));
    add_value(&d, "inf", new_float(f64::INFINITY));
    add_value(&d, "nan", new_float(f64::NAN));
    for (name, f) in [
        ("sqrt", sqrt as crate::object::func::NativeFn),
        ("exp", exp),
        ("expm1", expm1),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("fabs", fabs),
        ("log2", log2),
        ("log10", log10),
        ("log1p", log1p),
        ("degrees", degrees),
        ("radians", radians),
        ("erf", erf),
        ("erfc", erfc),
        ("gamma", gamma),
        ("lgamma", lgamma),
        ("log", log),
        ("pow", pow),
        ("atan2", atan2),
        ("copysign", copysign),
        ("fmod", fmod),
        ("hypot", hypot),
        ("dist", dist),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("factorial", factorial),
        ("gcd", gcd),
        ("lcm", lcm),
        ("isqrt", isqrt),
        ("comb", comb),
        ("perm", perm),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("isclose", isclose),
        ("modf", modf),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("fsum", fsum),
        ("prod", prod),
    ] {
        add_function(&d, name, f);
    }
    new_module("math", d)
}
