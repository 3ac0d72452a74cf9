//! Operator semantics: arithmetic and bitwise operators (native fast paths, then the dunder
//! protocol with reflected operands), rich comparisons, truthiness, hashing and equality, and
//! the subscript / containment / iteration / unpacking protocols.
//! Text conversion (repr/str/format) is in `repr.rs`; attribute access in `attr.rs`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::bytecode::{BinaryOp, CompareOp};
use crate::object::bytearray::{as_bytearray, as_memoryview, bytes_like, new_bytearray};
use crate::object::dict::{as_dict, DictData, DictViewData};
use crate::object::exception::{exc_data, new_exception};
use crate::object::func::MethodData;
use crate::object::int::{as_float, as_int, int_from_bigint, int_from_i64, new_float, IntRef};
use crate::object::iter::{new_iter, IterData, IterKind, IterState};
use crate::object::numfmt;
use crate::object::seq::{
    as_bytes, as_list, as_tuple, new_bytes, new_list, new_tuple, ListData, RangeData, SliceData,
    TupleData,
};
use crate::object::set::{as_set_table, new_set};
use crate::object::str::{as_str, new_string, str_data, StrData};
use crate::object::typeobj::{type_data_of, TypeData};
use crate::object::{
    bool_value, builtin_types, none, not_implemented, singletons, ExcKind, Layout, PyErr, PyResult,
    TypeRef, Value,
};

use super::call::call;
use super::vm::Vm;

pub use super::repr::{ascii, format, repr, repr_string, str_, str_string};

// ---------------------------------------------------------------------------------------------
// Arithmetic
// ---------------------------------------------------------------------------------------------

/// Small-int fast path for BINARY_OP; None when the result needs the general path.
#[inline(always)]
pub fn small_int_binary(op: BinaryOp, x: i64, y: i64) -> Option<Value> {
    use BinaryOp::*;
    let r = match op.split_inplace().0 {
        Add => x.checked_add(y)?,
        Subtract => x.checked_sub(y)?,
        Multiply => x.checked_mul(y)?,
        FloorDivide => {
            if y == 0 {
                return None;
            }
            Integer::div_floor(&x, &y)
        }
        Remainder => {
            if y == 0 {
                return None;
            }
            x.mod_floor(&y)
        }
        And => x & y,
        Or => x | y,
        Xor => x ^ y,
        Lshift => {
            if !(0..62).contains(&y) {
                return None;
            }
            let r = x.checked_shl(y as u32)?;
            if r >> y != x {
                return None;
            }
            r
        }
        Rshift => {
            if y < 0 {
                return None;
            }
            x >> y.min(63)
        }
        _ => return None,
    };
    if Value::fits_small(r) {
        Some(Value::small(r))
    } else {
        None
    }
}

/// Float fast path for BINARY_OP: exact floats (or a float and a small int) under + - * and
/// non-zero /. None when the general path must decide.
#[inline(always)]
pub fn float_fast_binary(op: BinaryOp, a: &Value, b: &Value) -> Option<Value> {
    let t = builtin_types();
    let x = if t.float.is_type_of(a) {
        as_float(a)?
    } else {
        let i = a.as_small()?;
        if !t.float.is_type_of(b) || i.unsigned_abs() > (1 << 53) {
            return None;
        }
        i as f64
    };
    let y = if t.float.is_type_of(b) {
        as_float(b)?
    } else {
        let i = b.as_small()?;
        if i.unsigned_abs() > (1 << 53) {
            return None;
        }
        i as f64
    };
    let r = match op.split_inplace().0 {
        BinaryOp::Add => x + y,
        BinaryOp::Subtract => x - y,
        BinaryOp::Multiply => x * y,
        BinaryOp::TrueDivide if y != 0.0 => x / y,
        _ => return None,
    };
    Some(new_float(r))
}

fn zero_div(msg: &str) -> PyErr {
    PyErr::new(ExcKind::ZeroDivisionError, msg)
}

/// Integer arithmetic on two ints (bools included). None = not applicable (NotImplemented).
pub fn int_binary(op: BinaryOp, a: IntRef, b: IntRef) -> PyResult<Value> {
    use BinaryOp::*;
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if let Some(v) = small_int_binary(op, x, y) {
            return Ok(v);
        }
    }
    let op = op.split_inplace().0;
    match op {
        TrueDivide => {
            if b.is_zero() {
                return Err(zero_div("division by zero"));
            }
            if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
                if x.abs() < (1 << 53) && y.abs() < (1 << 53) {
                    return Ok(new_float(x as f64 / y as f64));
                }
            }
            numfmt::int_true_divide(&a.to_bigint(), &b.to_bigint())
                .map(new_float)
                .map_err(|e| match e {
                    numfmt::DivError::ZeroDivision => zero_div("division by zero"),
                    numfmt::DivError::Overflow => PyErr::new(
                        ExcKind::OverflowError,
                        "integer division result too large for a float",
                    ),
                })
        }
        Power => int_pow(a, b),
        _ => {
            let x = a.to_bigint();
            let y = b.to_bigint();
            let r = match op {
                Add => x + y,
                Subtract => x - y,
                Multiply => x * y,
                FloorDivide => {
                    if y.is_zero() {
                        return Err(zero_div("integer division or modulo by zero"));
                    }
                    x.div_floor(&y)
                }
                Remainder => {
                    if y.is_zero() {
                        return Err(zero_div("integer modulo by zero"));
                    }
                    x.mod_floor(&y)
                }
                And => x & y,
                Or => x | y,
                Xor => x ^ y,
                Lshift => {
                    if y.is_negative() {
                        return Err(PyErr::new(ExcKind::ValueError, "negative shift count"));
                    }
                    let n = y.to_usize().filter(|&n| n < (1 << 32)).ok_or_else(|| {
                        PyErr::new(ExcKind::OverflowError, "too many digits in integer")
                    })?;
                    if x.is_zero() {
                        return Ok(Value::small(0));
                    }
                    x << n
                }
                Rshift => {
                    if y.is_negative() {
                        return Err(PyErr::new(ExcKind::ValueError, "negative shift count"));
                    }
                    match y.to_usize() {
                        Some(n) => x >> n,
                        None => {
                            if x.is_negative() {
                                BigInt::from(-1)
                            } else {
                                BigInt::zero()
                            }
                        }
                    }
                }
                MatrixMultiply => {
                    return Err(unsupported(op, "int", "int"));
                }
                _ => unreachable_op(op)?,
            };
            Ok(int_from_bigint(r))
        }
    }
}

fn unreachable_op(op: BinaryOp) -> PyResult<BigInt> {
    Err(PyErr::new(
        ExcKind::SystemError,
        format!("unexpected operator {}", op.symbol()),
    ))
}

fn int_pow(a: IntRef, b: IntRef) -> PyResult<Value> {
    if b.is_negative() {
        let base = int_to_float(a)?;
        let exp = int_to_float(b)?;
        if base == 0.0 {
            return Err(zero_div("0.0 cannot be raised to a negative power"));
        }
        return float_pow(base, exp);
    }
    let exp = match b.to_i64() {
        Some(e) => e,
        None => {
            // Only 0, 1 and -1 survive astronomically large exponents.
            return match a.to_i64() {
                Some(0) => Ok(Value::small(0)),
                Some(1) => Ok(Value::small(1)),
                Some(-1) => Ok(Value::small(if b.to_bigint().is_even() { 1 } else { -1 })),
                _ => Err(PyErr::new(ExcKind::MemoryError, "")),
            };
        }
    };
    if let IntRef::Small(x) = a {
        if let Ok(e32) = u32::try_from(exp) {
            if let Some(r) = x.checked_pow(e32) {
                return Ok(int_from_i64(r));
            }
        }
        if x == 0 || x == 1 {
            return Ok(Value::small(x));
        }
        if x == -1 {
            return Ok(Value::small(if exp % 2 == 0 { 1 } else { -1 }));
        }
    }
    let base = a.to_bigint();
    let bits = base.bits() as f64 * exp as f64;
    if bits > 8.0 * 1024.0 * 1024.0 * 1024.0 {
        return Err(PyErr::new(ExcKind::MemoryError, ""));
    }
    Ok(int_from_bigint(num_traits::pow::Pow::pow(base, exp as u64)))
}

pub fn int_to_float(i: IntRef) -> PyResult<f64> {
    match i {
        IntRef::Small(x) => Ok(x as f64),
        IntRef::Big(b) => numfmt::int_to_f64(b)
            .map_err(|_| PyErr::new(ExcKind::OverflowError, "int too large to convert to float")),
    }
}

/// A float, an int, or an object whose `__float__` returns a float, as f64 (how math and
/// struct accept a real number). None when `v` is none of these, so callers raise their
/// own TypeError.
pub fn real_to_f64(vm: &mut Vm, v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = as_float(v) {
        return Ok(Some(f));
    }
    if let Some(i) = as_int(v) {
        return int_to_float(i).map(Some);
    }
    if let Some(f) = v.type_data().lookup("__float__") {
        let r = call(vm, &f, std::slice::from_ref(v), &[])?;
        return Ok(as_float(&r));
    }
    Ok(None)
}

fn float_pow(x: f64, y: f64) -> PyResult<Value> {
    match numfmt::float_pow(x, y) {
        Ok(r) => Ok(new_float(r)),
        Err(numfmt::PowError::ZeroDivision) => {
            Err(zero_div("0.0 cannot be raised to a negative power"))
        }
        Err(numfmt::PowError::Overflow) => Err(PyErr::new(
            ExcKind::OverflowError,
            "(34, 'Numerical result out of range')",
        )),
        Err(numfmt::PowError::Complex) => Err(PyErr::new(
            ExcKind::ValueError,
            "complex numbers are not supported yet: negative number raised to a fractional power",
        )),
    }
}

/// Float arithmetic (either operand may be an int). Err(None) = not applicable.
pub fn float_binary(op: BinaryOp, x: f64, y: f64) -> PyResult<Value> {
    use BinaryOp::*;
    let r = match op.split_inplace().0 {
        Add => x + y,
        Subtract => x - y,
        Multiply => x * y,
        TrueDivide => {
            if y == 0.0 {
                return Err(zero_div("float division by zero"));
            }
            x / y
        }
        FloorDivide => {
            numfmt::float_floordiv(x, y).ok_or_else(|| zero_div("float floor division by zero"))?
        }
        Remainder => numfmt::float_mod(x, y).ok_or_else(|| zero_div("float modulo"))?,
        Power => return float_pow(x, y),
        other => {
            return Err(unsupported(other, "float", "float"));
        }
    };
    Ok(new_float(r))
}

/// A number as f64 for mixed arithmetic.
fn num_as_f64(v: &Value) -> Option<PyResult<f64>> {
    if let Some(f) = as_float(v) {
        return Some(Ok(f));
    }
    as_int(v).map(int_to_float)
}

/// Native numeric operators for int/bool/float operands; None when an operand is not a number
/// or the operator does not apply (NotImplemented).
pub fn number_binary(op: BinaryOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        use BinaryOp::*;
        if op.split_inplace().0 == MatrixMultiply {
            return None;
        }
        // bool & bool etc. stay bool.
        if a.layout() == Layout::Bool && b.layout() == Layout::Bool {
            if let (And | Or | Xor, IntRef::Small(p), IntRef::Small(q)) =
                (op.split_inplace().0, x, y)
            {
                let r = match op.split_inplace().0 {
                    And => p & q,
                    Or => p | q,
                    _ => p ^ q,
                };
                return Some(Ok(bool_value(r != 0)));
            }
        }
        return Some(int_binary(op, x, y));
    }
    if a.layout() != Layout::Float && b.layout() != Layout::Float {
        return None;
    }
    use BinaryOp::*;
    if matches!(
        op.split_inplace().0,
        And | Or | Xor | Lshift | Rshift | MatrixMultiply
    ) {
        return None;
    }
    let x = match num_as_f64(a)? {
        Ok(x) => x,
        Err(e) => return Some(Err(e)),
    };
    let y = match num_as_f64(b)? {
        Ok(y) => y,
        Err(e) => return Some(Err(e)),
    };
    Some(float_binary(op, x, y))
}

fn repeat_count(n: &Value) -> Option<PyResult<usize>> {
    let i = as_int(n)?;
    Some(match i.to_i64() {
        Some(k) if k <= 0 => Ok(0),
        Some(k) => usize::try_from(k).map_err(|_| PyErr::new(ExcKind::MemoryError, "")),
        None if i.is_negative() => Ok(0),
        None => Err(PyErr::new(
            ExcKind::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        )),
    })
}

fn checked_repeat_len(unit: usize, n: usize) -> PyResult<usize> {
    unit.checked_mul(n)
        .filter(|&t| t < (1 << 34))
        .ok_or_else(|| PyErr::new(ExcKind::MemoryError, ""))
}

/// Native sequence operators: concatenation and repetition of str, bytes, bytearray, list,
/// tuple, and `str % args` / `bytes % args`. None = not applicable.
pub fn sequence_binary(vm: &mut Vm, op: BinaryOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    use BinaryOp::*;
    let (op, inplace) = op.split_inplace();
    match (op, a.layout(), b.layout()) {
        (Add, Layout::Str, Layout::Str) => {
            let (x, y) = (as_str(a)?, as_str(b)?);
            let mut s = String::with_capacity(x.len() + y.len());
            s.push_str(x);
            s.push_str(y);
            Some(Ok(new_string(s)))
        }
        // `list += iterable` extends in place (binary_op's fallback).
        (Add, Layout::List, Layout::List) if !inplace => {
            let mut items = as_list(a)?.snapshot();
            items.extend(as_list(b)?.snapshot());
            Some(Ok(new_list(items)))
        }
        (Add, Layout::Tuple, Layout::Tuple) => {
            let mut items = as_tuple(a)?.items().to_vec();
            items.extend_from_slice(as_tuple(b)?.items());
            Some(Ok(new_tuple(items)))
        }
        (Add, Layout::Bytes, Layout::Bytes | Layout::ByteArray | Layout::MemoryView) => {
            let mut v = as_bytes(a)?.to_vec();
            v.extend_from_slice(&bytes_like(b)?);
            Some(Ok(new_bytes(v)))
        }
        (Add, Layout::ByteArray, Layout::Bytes | Layout::ByteArray | Layout::MemoryView) => {
            let more = bytes_like(b)?.into_owned();
            let ba = as_bytearray(a)?;
            if inplace {
                ba.with_mut(|v| v.extend_from_slice(&more));
                return Some(Ok(a.clone()));
            }
            let mut v = ba.to_vec();
            v.extend_from_slice(&more);
            Some(Ok(new_bytearray(v)))
        }
        (Multiply, Layout::ByteArray, _) if inplace => {
            let n = match repeat_count(b)? {
                Ok(n) => n,
                Err(e) => return Some(Err(e)),
            };
            let ba = as_bytearray(a)?;
            if let Err(e) = checked_repeat_len(ba.len(), n) {
                return Some(Err(e));
            }
            ba.with_mut(|v| *v = v.repeat(n));
            Some(Ok(a.clone()))
        }
        (
            Multiply,
            Layout::Str | Layout::List | Layout::Tuple | Layout::Bytes | Layout::ByteArray,
            _,
        ) => {
            let n = match repeat_count(b)? {
                Ok(n) => n,
                Err(e) => return Some(Err(e)),
            };
            Some(repeat(a, n))
        }
        (
            Multiply,
            _,
            Layout::Str | Layout::List | Layout::Tuple | Layout::Bytes | Layout::ByteArray,
        ) => {
            let n = match repeat_count(a)? {
                Ok(n) => n,
                Err(e) => return Some(Err(e)),
            };
            Some(repeat(b, n))
        }
        (Remainder, Layout::Str, _) => Some(super::repr::percent_format(vm, a, b)),
        (Remainder, Layout::Bytes | Layout::ByteArray, _) => {
            Some(crate::builtins::bytes_methods::bytes_percent(vm, a, b))
        }
        _ => None,
    }
}

fn is_sequence_layout(l: Layout) -> bool {
    matches!(
        l,
        Layout::Str | Layout::List | Layout::Tuple | Layout::Bytes | Layout::ByteArray
    )
}

/// The TypeError for an operator no operand supports, with CPython's sequence messages
/// (`can only concatenate str (not "int") to str`, `can't multiply sequence by non-int ...`).
fn binary_type_error(op: BinaryOp, a: &Value, b: &Value) -> PyErr {
    let (ta, tb) = (a.type_data().name(), b.type_data().name());
    match (op.split_inplace().0, a.layout()) {
        (BinaryOp::Add, Layout::Str | Layout::List | Layout::Tuple) => {
            let kind = match a.layout() {
                Layout::Str => "str",
                Layout::List => "list",
                _ => "tuple",
            };
            PyErr::new(
                ExcKind::TypeError,
                format!("can only concatenate {kind} (not \"{tb}\") to {kind}"),
            )
        }
        (BinaryOp::Add, Layout::Bytes | Layout::ByteArray) => {
            PyErr::new(ExcKind::TypeError, format!("can't concat {tb} to {ta}"))
        }
        (BinaryOp::Multiply, la)
            if (is_sequence_layout(la) && as_int(b).is_none())
                || (is_sequence_layout(b.layout()) && as_int(a).is_none()) =>
        {
            let other = if is_sequence_layout(la) { tb } else { ta };
            PyErr::new(
                ExcKind::TypeError,
                format!("can't multiply sequence by non-int of type '{other}'"),
            )
        }
        _ => unsupported(op, ta, tb),
    }
}

fn repeat(seq: &Value, n: usize) -> PyResult<Value> {
    match seq.layout() {
        Layout::Str => {
            let s = as_str(seq).unwrap_or("");
            if s.len()
                .checked_mul(n)
                .is_none_or(|t| t > isize::MAX as usize)
            {
                return Err(PyErr::new(
                    ExcKind::OverflowError,
                    "repeated string is too long",
                ));
            }
            checked_repeat_len(s.len(), n)?;
            Ok(new_string(s.repeat(n)))
        }
        Layout::Bytes => {
            let b = as_bytes(seq).unwrap_or(&[]);
            if b.len()
                .checked_mul(n)
                .is_none_or(|t| t > isize::MAX as usize)
            {
                return Err(PyErr::new(
                    ExcKind::OverflowError,
                    "repeated bytes are too long",
                ));
            }
            checked_repeat_len(b.len(), n)?;
            Ok(new_bytes(b.repeat(n)))
        }
        Layout::ByteArray => {
            let b = as_bytearray(seq).map(|b| b.to_vec()).unwrap_or_default();
            checked_repeat_len(b.len(), n)?;
            Ok(new_bytearray(b.repeat(n)))
        }
        Layout::List => {
            let items = as_list(seq).map(ListData::snapshot).unwrap_or_default();
            let total = checked_repeat_len(items.len(), n)?;
            let mut out = Vec::with_capacity(total);
            for _ in 0..n {
                out.extend(items.iter().cloned());
            }
            Ok(new_list(out))
        }
        _ => {
            let items = as_tuple(seq)
                .map(|t| t.items().to_vec())
                .unwrap_or_default();
            let total = checked_repeat_len(items.len(), n)?;
            let mut out = Vec::with_capacity(total);
            for _ in 0..n {
                out.extend(items.iter().cloned());
            }
            Ok(new_tuple(out))
        }
    }
}

/// A sequence operator dunder (`__add__`, `__mul__`, ...) of a builtin sequence type. Like
/// CPython's sequence slots it raises TypeError when the operands do not apply (the binary
/// operator tries the other operand's reflected method before these: `binary_op`).
pub fn sequence_dunder(vm: &mut Vm, op: BinaryOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(r) = sequence_binary(vm, op, a, b) {
        return r;
    }
    if op.split_inplace().0 == BinaryOp::Multiply {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "'{}' object cannot be interpreted as an integer",
                b.type_data().name()
            ),
        ));
    }
    Err(binary_type_error(op, a, b))
}

/// True when `f`, the forward dunder found on `ty`, is a builtin sequence type's own
/// concatenation or repetition: CPython reaches those (sequence slots) only after the right
/// operand's reflected method, and they raise rather than return NotImplemented.
fn is_sequence_slot(ty: &TypeData, op: BinaryOp, f: &Value) -> bool {
    matches!(op.split_inplace().0, BinaryOp::Add | BinaryOp::Multiply)
        && f.layout() == Layout::Builtin
        && matches!(
            ty.layout,
            Layout::Str | Layout::List | Layout::Tuple | Layout::Bytes | Layout::ByteArray
        )
}

/// Dunder names of each operator: (forward, reflected, in-place).
fn dunder_names(op: BinaryOp) -> (&'static str, &'static str, &'static str) {
    use BinaryOp::*;
    match op.split_inplace().0 {
        Add => ("__add__", "__radd__", "__iadd__"),
        And => ("__and__", "__rand__", "__iand__"),
        FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        Lshift => ("__lshift__", "__rlshift__", "__ilshift__"),
        MatrixMultiply => ("__matmul__", "__rmatmul__", "__imatmul__"),
        Multiply => ("__mul__", "__rmul__", "__imul__"),
        Remainder => ("__mod__", "__rmod__", "__imod__"),
        Or => ("__or__", "__ror__", "__ior__"),
        Power => ("__pow__", "__rpow__", "__ipow__"),
        Rshift => ("__rshift__", "__rrshift__", "__irshift__"),
        Subtract => ("__sub__", "__rsub__", "__isub__"),
        TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
        Xor => ("__xor__", "__rxor__", "__ixor__"),
        _ => ("", "", ""),
    }
}

fn unsupported(op: BinaryOp, a: &str, b: &str) -> PyErr {
    let (base, inplace) = op.split_inplace();
    let sym = if inplace {
        format!("{}=", base.symbol())
    } else {
        base.symbol().to_string()
    };
    if base == BinaryOp::Power && !inplace {
        return PyErr::new(
            ExcKind::TypeError,
            format!("unsupported operand type(s) for ** or pow(): '{a}' and '{b}'"),
        );
    }
    PyErr::new(
        ExcKind::TypeError,
        format!("unsupported operand type(s) for {sym}: '{a}' and '{b}'"),
    )
}

/// True when `v` is the NotImplemented singleton.
pub fn is_not_implemented(v: &Value) -> bool {
    v.is(&singletons().not_implemented)
}

/// `a op b` with Python's full protocol.
pub fn binary_op(vm: &mut Vm, a: &Value, b: &Value, op: BinaryOp) -> PyResult<Value> {
    let ta = a.type_data();
    let tb = b.type_data();
    let (_, inplace) = op.split_inplace();
    if !ta.is_heap() && !tb.is_heap() {
        if let Some(r) = number_binary(op, a, b) {
            return r;
        }
        if inplace && a.layout() == Layout::List {
            if let Some(r) = list_inplace(vm, op, a, b) {
                return r;
            }
        }
        if let Some(r) = sequence_binary(vm, op, a, b) {
            return r;
        }
        if let Some(r) = set_binary(vm, op, a, b) {
            return r;
        }
        if let Some(r) = dict_binary(vm, op, a, b) {
            return r;
        }
        return Err(binary_type_error(op, a, b));
    }
    let (fwd, rev, ipl) = dunder_names(op);
    if inplace {
        if let Some(f) = ta.lookup(ipl) {
            let r = call(vm, &f, &[a.clone(), b.clone()], &[])?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    // Builtin sequences' own concatenation and repetition are CPython's sequence slots: tried
    // after both operands' number methods, and never as a reflected method.
    let mut seq_slots = false;
    let mut not_seq_slot = |ty: &TypeData, f: Value| {
        if is_sequence_slot(ty, op, &f) {
            seq_slots = true;
            None
        } else {
            Some(f)
        }
    };
    let fa = ta.lookup(fwd).and_then(|f| not_seq_slot(ta, f));
    let same_type = std::ptr::eq(ta, tb);
    let mut fb = if same_type {
        None
    } else {
        tb.lookup(rev).and_then(|f| not_seq_slot(tb, f))
    };
    if let Some(g) = &fb {
        if tb.is_subtype(ta) && !fa.as_ref().is_some_and(|f| f.is(g)) {
            let r = call(vm, g, &[b.clone(), a.clone()], &[])?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
            fb = None;
        }
    }
    if let Some(f) = fa {
        let r = call(vm, &f, &[a.clone(), b.clone()], &[])?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(g) = fb {
        let r = call(vm, &g, &[b.clone(), a.clone()], &[])?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if seq_slots {
        if let Some(r) = sequence_binary(vm, op, a, b) {
            return r;
        }
    }
    Err(binary_type_error(op, a, b))
}

/// `list += iterable` (extends in place) and `list *= n` (repeats in place).
fn list_inplace(vm: &mut Vm, op: BinaryOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let l = as_list(a)?;
    match op.split_inplace().0 {
        BinaryOp::Add => Some(collect(vm, b).map(|items| {
            l.extend(items);
            a.clone()
        })),
        BinaryOp::Multiply => {
            let n = match repeat_count(b)? {
                Ok(n) => n,
                Err(e) => return Some(Err(e)),
            };
            let items = l.snapshot();
            if let Err(e) = checked_repeat_len(items.len(), n) {
                return Some(Err(e));
            }
            if n == 0 {
                drop(l.replace_all(Vec::new()));
            } else {
                for _ in 1..n {
                    l.extend(items.clone());
                }
            }
            Some(Ok(a.clone()))
        }
        _ => None,
    }
}

fn set_binary(vm: &mut Vm, op: BinaryOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let is_setlike = |v: &Value| matches!(v.layout(), Layout::Set | Layout::FrozenSet);
    let (base, _) = op.split_inplace();
    use BinaryOp::*;
    if !matches!(base, And | Or | Xor | Subtract) {
        return None;
    }
    if !is_setlike(a) || !is_setlike(b) {
        // dict_keys / dict_items operators: set(left) op set(right), any iterable operand.
        let set_view = |v: &Value| {
            v.downcast::<DictViewData>()
                .is_some_and(|d| d.kind != crate::object::dict::ViewKind::Values)
        };
        if !set_view(a) && !set_view(b) {
            return None;
        }
        return Some((|| {
            let items = collect(vm, a)?;
            let left = crate::object::set::new_set_value(vm, items)?;
            let items = collect(vm, b)?;
            let right = crate::object::set::new_set_value(vm, items)?;
            crate::builtins::set_methods::set_operator(vm, base, &left, &right, false)
        })());
    }
    Some(crate::builtins::set_methods::set_operator(
        vm,
        base,
        a,
        b,
        op.split_inplace().1,
    ))
}

fn dict_binary(vm: &mut Vm, op: BinaryOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let (op, inplace) = op.split_inplace();
    if op != BinaryOp::Or || a.layout() != Layout::Dict {
        return None;
    }
    if inplace {
        return Some(crate::builtins::dict_methods::inplace_or(vm, a, b));
    }
    if b.layout() != Layout::Dict {
        return None;
    }
    Some(dict_union(vm, a, b))
}

/// `a | b` of two dicts: a new dict with `a`'s items updated by `b`'s; NotImplemented when
/// either is not a dict.
pub fn dict_union(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if as_dict(a).is_none() || as_dict(b).is_none() {
        return Ok(not_implemented());
    }
    let d = crate::object::dict::new_dict();
    dict_merge(vm, &d, a, false)?;
    dict_merge(vm, &d, b, false)?;
    Ok(d)
}

fn unary_dunder(vm: &mut Vm, v: &Value, name: &str, sym: &str) -> PyResult<Value> {
    match v.type_data().lookup(name) {
        Some(f) => call(vm, &f, std::slice::from_ref(v), &[]),
        None => Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "bad operand type for unary {sym}: '{}'",
                v.type_data().name()
            ),
        )),
    }
}

pub fn negative(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if !v.type_data().is_heap() {
        if let Some(i) = as_int(v) {
            return Ok(match i {
                IntRef::Small(x) => int_from_bigint(-BigInt::from(x)),
                IntRef::Big(b) => int_from_bigint(-b.clone()),
            });
        }
        if let Some(f) = as_float(v) {
            return Ok(new_float(-f));
        }
    }
    unary_dunder(vm, v, "__neg__", "-")
}

pub fn positive(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if !v.type_data().is_heap() {
        if let Some(i) = as_int(v) {
            return Ok(int_from_bigint(i.to_bigint()));
        }
        if let Some(f) = as_float(v) {
            return Ok(new_float(f));
        }
    }
    unary_dunder(vm, v, "__pos__", "+")
}

pub fn invert(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if !v.type_data().is_heap() {
        if let Some(i) = as_int(v) {
            return Ok(int_from_bigint(-i.to_bigint() - 1));
        }
    }
    unary_dunder(vm, v, "__invert__", "~")
}

// ---------------------------------------------------------------------------------------------
// Truth, hashing, equality, comparison
// ---------------------------------------------------------------------------------------------

/// `bool(v)`.
pub fn truthy(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if let Some(i) = v.as_small() {
        return Ok(i != 0);
    }
    let ty = v.type_data();
    if !ty.is_heap() {
        match v.layout() {
            Layout::Bool => return Ok(crate::object::int::is_true(v)),
            Layout::None => return Ok(false),
            Layout::Int => return Ok(!as_int(v).is_some_and(|i| i.is_zero())),
            Layout::Float => return Ok(as_float(v) != Some(0.0)),
            Layout::Str => return Ok(str_data(v).is_some_and(|s| s.char_len() > 0)),
            Layout::List => return Ok(as_list(v).is_some_and(|l| !l.is_empty())),
            Layout::Tuple => return Ok(as_tuple(v).is_some_and(|t| !t.is_empty())),
            Layout::Dict => return Ok(as_dict(v).is_some_and(|d| !d.is_empty())),
            Layout::Set | Layout::FrozenSet => {
                return Ok(as_set_table(v).is_some_and(|s| !s.is_empty()))
            }
            Layout::Bytes => return Ok(as_bytes(v).is_some_and(|b| !b.is_empty())),
            Layout::ByteArray => return Ok(as_bytearray(v).is_some_and(|b| !b.is_empty())),
            Layout::Range => return Ok(v.downcast::<RangeData>().is_some_and(|r| !r.is_empty())),
            _ => {}
        }
    }
    if let Some(f) = ty.lookup("__bool__") {
        if f.is(&singletons().none) {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("'{}' object is not callable", "NoneType"),
            ));
        }
        let r = call(vm, &f, std::slice::from_ref(v), &[])?;
        return match r.layout() {
            Layout::Bool => Ok(crate::object::int::is_true(&r)),
            _ => Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "__bool__ should return bool, returned {}",
                    r.type_data().name()
                ),
            )),
        };
    }
    if let Some(f) = ty.lookup("__len__") {
        let r = call(vm, &f, std::slice::from_ref(v), &[])?;
        let n = len_result(&r)?;
        return Ok(n > 0);
    }
    Ok(true)
}

fn len_result(r: &Value) -> PyResult<usize> {
    match as_int(r) {
        Some(i) if i.is_negative() => Err(PyErr::new(
            ExcKind::ValueError,
            "__len__() should return >= 0",
        )),
        Some(i) => i.to_i64().map(|n| n as usize).ok_or_else(|| {
            PyErr::new(
                ExcKind::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            )
        }),
        None => Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "'{}' object cannot be interpreted as an integer",
                r.type_data().name()
            ),
        )),
    }
}

/// `len(v)`.
pub fn len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    if !v.type_data().is_heap() {
        match v.layout() {
            Layout::Str => return Ok(str_data(v).map_or(0, StrData::char_len)),
            Layout::List => return Ok(as_list(v).map_or(0, ListData::len)),
            Layout::Tuple => return Ok(as_tuple(v).map_or(0, TupleData::len)),
            Layout::Dict => return Ok(as_dict(v).map_or(0, DictData::len)),
            Layout::Set | Layout::FrozenSet => return Ok(as_set_table(v).map_or(0, |s| s.len())),
            Layout::Bytes => return Ok(as_bytes(v).map_or(0, <[u8]>::len)),
            Layout::ByteArray => return Ok(as_bytearray(v).map_or(0, |b| b.len())),
            Layout::MemoryView => return Ok(as_memoryview(v).map_or(0, |m| m.data.len())),
            Layout::Range => {
                return match v.downcast::<RangeData>() {
                    Some(r) if r.is_big() => {
                        r.len_big().to_i64().map(|n| n as usize).ok_or_else(|| {
                            PyErr::new(
                                ExcKind::OverflowError,
                                "Python int too large to convert to C ssize_t",
                            )
                        })
                    }
                    Some(r) => Ok(r.len() as usize),
                    None => Ok(0),
                }
            }
            Layout::DictView => {
                if let Some(view) = v.downcast::<DictViewData>() {
                    return Ok(as_dict(&view.dict).map_or(0, DictData::len));
                }
            }
            _ => {}
        }
    }
    match v.type_data().lookup("__len__") {
        Some(f) => {
            let r = call(vm, &f, std::slice::from_ref(v), &[])?;
            len_result(&r)
        }
        None => Err(PyErr::new(
            ExcKind::TypeError,
            format!("object of type '{}' has no len()", v.type_data().name()),
        )),
    }
}

/// Bound methods are equal when bound to the same object (identity) with equal functions.
fn method_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let (Some(ma), Some(mb)) = (a.downcast::<MethodData>(), b.downcast::<MethodData>()) else {
        return Ok(a.is(b));
    };
    Ok(ma.self_.is(&mb.self_) && eq(vm, &ma.func, &mb.func)?)
}

/// `hash(v)`.
pub fn hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_small() {
        return Ok(numfmt::hash_i64(i));
    }
    let ty = v.type_data();
    if ty.is_heap() {
        // A Python class's own __hash__ (or `__hash__ = None`) wins; otherwise subclasses of
        // builtin types hash like their base.
        match ty.lookup("__hash__") {
            Some(f) if f.is(&singletons().none) => return Err(unhashable(v)),
            Some(f) if f.layout() != Layout::Builtin => {
                let r = call(vm, &f, std::slice::from_ref(v), &[])?;
                return hash_result(&r);
            }
            _ => {}
        }
    }
    {
        match v.layout() {
            Layout::Str => return Ok(str_data(v).map_or(0, StrData::hash)),
            Layout::Int => {
                return Ok(match as_int(v) {
                    Some(IntRef::Small(i)) => numfmt::hash_i64(i),
                    Some(IntRef::Big(b)) => numfmt::hash_bigint(b),
                    None => 0,
                })
            }
            Layout::Bool => return Ok(i64::from(crate::object::int::is_true(v))),
            Layout::Float => return Ok(numfmt::hash_f64(as_float(v).unwrap_or(0.0), v.raw())),
            Layout::Tuple => {
                let items = as_tuple(v).map(|t| t.items().to_vec()).unwrap_or_default();
                let mut hashes = Vec::with_capacity(items.len());
                vm.enter_recursion(" while hashing a tuple")?;
                for it in &items {
                    match hash(vm, it) {
                        Ok(h) => hashes.push(h),
                        Err(e) => {
                            vm.leave_recursion();
                            return Err(e);
                        }
                    }
                }
                vm.leave_recursion();
                return Ok(numfmt::tuple_hash(hashes.into_iter(), items.len()));
            }
            Layout::FrozenSet => return Ok(crate::builtins::set_methods::frozenset_hash(v)),
            Layout::WeakRef => {
                if let Some(w) = v.downcast::<crate::object::weakref::WeakRefData>() {
                    return crate::builtins::gc_mod::weakref_hash(vm, w);
                }
            }
            Layout::Method => {
                if let Some(m) = v.downcast::<MethodData>() {
                    let self_hash = identity_hash(&m.self_);
                    return Ok(self_hash ^ hash(vm, &m.func)?);
                }
            }
            Layout::Range => {
                // CPython hashes (len, start, step) with None for what does not matter.
                let Some(r) = v.downcast::<RangeData>() else {
                    return Ok(identity_hash(v));
                };
                let (start, _, step) = r.bounds();
                let n = r.len_big();
                let none_hash = hash(vm, &none())?;
                let h = |b: &BigInt| match b.to_i64() {
                    Some(i) => numfmt::hash_i64(i),
                    None => numfmt::hash_bigint(b),
                };
                let parts = if n.is_zero() {
                    [h(&n), none_hash, none_hash]
                } else if n == BigInt::from(1) {
                    [h(&n), h(&start), none_hash]
                } else {
                    [h(&n), h(&start), h(&step)]
                };
                return Ok(numfmt::tuple_hash(parts.into_iter(), 3));
            }
            Layout::Bytes => {
                return Ok(crate::object::str::hash_str(&String::from_utf8_lossy(
                    as_bytes(v).unwrap_or(&[]),
                )))
            }
            Layout::List | Layout::Dict | Layout::Set | Layout::ByteArray | Layout::Slice => {
                return Err(unhashable(v));
            }
            _ => {}
        }
    }
    match ty.lookup("__hash__") {
        Some(f) if f.is(&singletons().none) => Err(unhashable(v)),
        Some(f) if f.layout() == Layout::Builtin => {
            // object.__hash__ and friends: identity or the builtin's own hash.
            let r = call(vm, &f, std::slice::from_ref(v), &[])?;
            hash_result(&r)
        }
        Some(f) => {
            let r = call(vm, &f, std::slice::from_ref(v), &[])?;
            hash_result(&r)
        }
        None => Ok(identity_hash(v)),
    }
}

fn hash_result(r: &Value) -> PyResult<i64> {
    // Like CPython's slot_tp_hash: a result that fits a machine word is used as is (-1 is
    // reserved for errors and becomes -2); larger ints are hashed.
    match as_int(r) {
        Some(IntRef::Small(i)) => Ok(if i == -1 { -2 } else { i }),
        Some(IntRef::Big(b)) => Ok(match b.to_i64() {
            Some(-1) => -2,
            Some(i) => i,
            None => numfmt::hash_bigint(b),
        }),
        None => Err(PyErr::new(
            ExcKind::TypeError,
            "__hash__ method should return an integer",
        )),
    }
}

/// Hash by identity (object.__hash__).
pub fn identity_hash(v: &Value) -> i64 {
    let h = (v.raw() >> 4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn unhashable(v: &Value) -> PyErr {
    PyErr::new(
        ExcKind::TypeError,
        format!("unhashable type: '{}'", v.type_data().name()),
    )
}

/// `a == b` as a bool (identity implies equality, as in containers).
pub fn eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return Ok(x == y);
    }
    if a.layout() == Layout::Str && b.layout() == Layout::Str && !a.type_data().is_heap() {
        return Ok(as_str(a) == as_str(b));
    }
    let r = compare(vm, a, b, CompareOp::Eq)?;
    if r.layout() == Layout::Bool {
        return Ok(crate::object::int::is_true(&r));
    }
    truthy(vm, &r)
}

#[inline(always)]
pub fn compare_i64(x: i64, y: i64, op: CompareOp) -> bool {
    match op {
        CompareOp::Lt => x < y,
        CompareOp::Le => x <= y,
        CompareOp::Eq => x == y,
        CompareOp::Ne => x != y,
        CompareOp::Gt => x > y,
        CompareOp::Ge => x >= y,
    }
}

fn ordering_matches(ord: std::cmp::Ordering, op: CompareOp) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CompareOp::Lt => ord == Less,
        CompareOp::Le => ord != Greater,
        CompareOp::Eq => ord == Equal,
        CompareOp::Ne => ord != Equal,
        CompareOp::Gt => ord == Greater,
        CompareOp::Ge => ord != Less,
    }
}

/// Exact comparison of an int with a float (no rounding of big ints).
fn compare_int_float(i: IntRef, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Greater
        });
    }
    if let IntRef::Small(x) = i {
        if x.abs() < (1 << 53) {
            return (x as f64).partial_cmp(&f);
        }
    }
    let fi = f.trunc();
    let big_f = numfmt::float_round_to_int(fi)?;
    let bi = i.to_bigint();
    match bi.cmp(&big_f) {
        std::cmp::Ordering::Equal => 0.0f64.partial_cmp(&(f - fi)),
        o => Some(o),
    }
}

/// Native comparison of numbers, strings, bytes, tuples, lists, sets and identity-equal
/// singletons. None = not applicable (NotImplemented).
fn native_compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> Option<PyResult<bool>> {
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        let ord = match (x, y) {
            (IntRef::Small(p), IntRef::Small(q)) => p.cmp(&q),
            _ => x.to_bigint().cmp(&y.to_bigint()),
        };
        return Some(Ok(ordering_matches(ord, op)));
    }
    let (fa, fb) = (as_float(a), as_float(b));
    if fa.is_some() || fb.is_some() {
        let ord = match (fa, fb, as_int(a), as_int(b)) {
            (Some(x), Some(y), _, _) => x.partial_cmp(&y),
            (Some(x), None, _, Some(j)) => compare_int_float(j, x).map(|o| o.reverse()),
            (None, Some(y), Some(i), _) => compare_int_float(i, y),
            _ => return None,
        };
        return Some(Ok(match ord {
            Some(o) => ordering_matches(o, op),
            None => op == CompareOp::Ne,
        }));
    }
    match (a.layout(), b.layout()) {
        (Layout::Str, Layout::Str) => {
            let ord = as_str(a)?.cmp(as_str(b)?);
            Some(Ok(ordering_matches(ord, op)))
        }
        (Layout::WeakRef, Layout::WeakRef) | (Layout::Method, Layout::Method)
            if matches!(op, CompareOp::Eq | CompareOp::Ne) =>
        {
            let eq = if a.layout() == Layout::WeakRef {
                crate::builtins::gc_mod::weakref_eq(vm, a, b).map(|r| r.unwrap_or(false))
            } else {
                method_eq(vm, a, b)
            };
            Some(eq.map(|eq| eq == (op == CompareOp::Eq)))
        }
        (Layout::Bytes | Layout::ByteArray, Layout::Bytes | Layout::ByteArray) => {
            let ord = bytes_like(a)?.cmp(&bytes_like(b)?);
            Some(Ok(ordering_matches(ord, op)))
        }
        (Layout::Tuple, Layout::Tuple) => {
            let x = as_tuple(a)?.items().to_vec();
            let y = as_tuple(b)?.items().to_vec();
            Some(sequence_compare(vm, &x, &y, op))
        }
        (Layout::List, Layout::List) => {
            let x = as_list(a)?.snapshot();
            let y = as_list(b)?.snapshot();
            Some(sequence_compare(vm, &x, &y, op))
        }
        (Layout::Set | Layout::FrozenSet, Layout::Set | Layout::FrozenSet) => {
            Some(crate::builtins::set_methods::set_compare(vm, a, b, op))
        }
        (Layout::DictView, Layout::Set | Layout::FrozenSet | Layout::DictView)
        | (Layout::Set | Layout::FrozenSet, Layout::DictView) => {
            let set_view = |v: &Value| match v.downcast::<DictViewData>() {
                Some(d) => d.kind != crate::object::dict::ViewKind::Values,
                None => true,
            };
            if !set_view(a) || !set_view(b) {
                return None;
            }
            let as_set = |vm: &mut Vm, v: &Value| -> PyResult<Value> {
                if v.layout() == Layout::DictView {
                    let items = collect(vm, v)?;
                    crate::object::set::new_set_value(vm, items)
                } else {
                    Ok(v.clone())
                }
            };
            Some((|| {
                let (x, y) = (as_set(vm, a)?, as_set(vm, b)?);
                crate::builtins::set_methods::set_compare(vm, &x, &y, op)
            })())
        }
        (Layout::Slice, Layout::Slice) => {
            let (x, y) = (a.downcast::<SliceData>()?, b.downcast::<SliceData>()?);
            let x = [x.start.clone(), x.stop.clone(), x.step.clone()];
            let y = [y.start.clone(), y.stop.clone(), y.step.clone()];
            Some(sequence_compare(vm, &x, &y, op))
        }
        (Layout::Dict, Layout::Dict) if matches!(op, CompareOp::Eq | CompareOp::Ne) => {
            Some(dict_eq(vm, a, b).map(|e| e == (op == CompareOp::Eq)))
        }
        (Layout::Range, Layout::Range) if matches!(op, CompareOp::Eq | CompareOp::Ne) => {
            let (x, y) = (a.downcast::<RangeData>()?, b.downcast::<RangeData>()?);
            let (xs, _, xstep) = x.bounds();
            let (ys, _, ystep) = y.bounds();
            let n = x.len_big();
            let same = n == y.len_big()
                && (n.is_zero() || (xs == ys && (n == BigInt::from(1) || xstep == ystep)));
            Some(Ok(same == (op == CompareOp::Eq)))
        }
        _ => None,
    }
}

fn dict_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let (Some(x), Some(y)) = (as_dict(a), as_dict(b)) else {
        return Ok(false);
    };
    if x.len() != y.len() {
        return Ok(false);
    }
    for (k, v) in x.items() {
        match y.get_item(vm, &k)? {
            Some(w) => {
                if !eq(vm, &v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

/// Lexicographic comparison of two sequences.
pub fn sequence_compare(vm: &mut Vm, x: &[Value], y: &[Value], op: CompareOp) -> PyResult<bool> {
    vm.enter_recursion(" in comparison")?;
    let r = (|| {
        for (p, q) in x.iter().zip(y.iter()) {
            if !eq(vm, p, q)? {
                return match op {
                    CompareOp::Eq => Ok(false),
                    CompareOp::Ne => Ok(true),
                    _ => {
                        let r = compare(vm, p, q, op)?;
                        truthy(vm, &r)
                    }
                };
            }
        }
        Ok(ordering_matches(x.len().cmp(&y.len()), op))
    })();
    vm.leave_recursion();
    r
}

fn compare_dunder(op: CompareOp) -> &'static str {
    match op {
        CompareOp::Lt => "__lt__",
        CompareOp::Le => "__le__",
        CompareOp::Eq => "__eq__",
        CompareOp::Ne => "__ne__",
        CompareOp::Gt => "__gt__",
        CompareOp::Ge => "__ge__",
    }
}

/// `a op b` (rich comparison with reflection; `==`/`!=` fall back to identity).
pub fn compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let ta = a.type_data();
    let tb = b.type_data();
    if !ta.is_heap() && !tb.is_heap() {
        if let Some(r) = native_compare(vm, a, b, op) {
            return r.map(bool_value);
        }
        return match op {
            CompareOp::Eq => Ok(bool_value(a.is(b))),
            CompareOp::Ne => Ok(bool_value(!a.is(b))),
            _ => Err(compare_error(a, b, op)),
        };
    }
    let name = compare_dunder(op);
    let rname = compare_dunder(op.swapped());
    let fa = ta.lookup(name);
    let same_type = std::ptr::eq(ta, tb);
    let mut tried_reflected = false;
    if !same_type && tb.is_subtype(ta) {
        if let Some(g) = tb.lookup(rname) {
            tried_reflected = true;
            let r = call(vm, &g, &[b.clone(), a.clone()], &[])?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    if let Some(f) = fa {
        let r = call(vm, &f, &[a.clone(), b.clone()], &[])?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if !tried_reflected {
        if let Some(g) = tb.lookup(rname) {
            let r = call(vm, &g, &[b.clone(), a.clone()], &[])?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    match op {
        CompareOp::Eq => Ok(bool_value(a.is(b))),
        CompareOp::Ne => Ok(bool_value(!a.is(b))),
        _ => Err(compare_error(a, b, op)),
    }
}

fn compare_error(a: &Value, b: &Value, op: CompareOp) -> PyErr {
    PyErr::new(
        ExcKind::TypeError,
        format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            a.type_data().name(),
            b.type_data().name()
        ),
    )
}

/// Native fallback used by the builtin `__eq__`/`__lt__`/... method descriptors.
pub fn native_compare_value(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    match native_compare(vm, a, b, op) {
        Some(r) => r.map(bool_value),
        None => Ok(not_implemented()),
    }
}

/// `a < b` as a bool (sorting, min/max).
pub fn less_than(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return Ok(x < y);
    }
    let r = compare(vm, a, b, CompareOp::Lt)?;
    if r.layout() == Layout::Bool {
        return Ok(crate::object::int::is_true(&r));
    }
    truthy(vm, &r)
}

// ---------------------------------------------------------------------------------------------
// Subscripts
// ---------------------------------------------------------------------------------------------

/// An index operand as i64 (ints, bools, objects with `__index__`).
pub fn index_value(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    if let Some(i) = as_int(v) {
        return match i.to_i64() {
            Some(x) => Ok(Some(x)),
            None => Err(PyErr::new(
                ExcKind::IndexError,
                format!(
                    "cannot fit '{}' into an index-sized integer",
                    v.type_data().name()
                ),
            )),
        };
    }
    if v.type_data().is_heap() {
        if let Some(f) = v.type_data().lookup("__index__") {
            let r = call(vm, &f, std::slice::from_ref(v), &[])?;
            return Ok(as_int(&r).and_then(|i| i.to_i64()));
        }
    }
    Ok(None)
}

/// Normalizes a (possibly negative) index against `len`; None when out of range.
pub fn normalize_index(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let j = if i < 0 { i + len } else { i };
    if (0..len).contains(&j) {
        Some(j as usize)
    } else {
        None
    }
}

/// Resolves a slice against a length: (start, stop, step, count) as Python's `slice.indices`.
pub fn slice_indices(vm: &mut Vm, s: &SliceData, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let len = len as i64;
    let get = |vm: &mut Vm, v: &Value| -> PyResult<Option<i64>> {
        if v.is(&singletons().none) {
            return Ok(None);
        }
        match index_value(vm, v) {
            Ok(Some(i)) => Ok(Some(i)),
            Ok(None) => Err(PyErr::new(
                ExcKind::TypeError,
                "slice indices must be integers or None or have an __index__ method",
            )),
            Err(e) if e.matches(ExcKind::IndexError) => {
                // Huge bounds clamp.
                let neg = as_int(v).is_some_and(|i| i.is_negative());
                Ok(Some(if neg { i64::MIN / 4 } else { i64::MAX / 4 }))
            }
            Err(e) => Err(e),
        }
    };
    let step = get(vm, &s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(PyErr::new(ExcKind::ValueError, "slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(i) if i < 0 => (i + len).max(lower),
            Some(i) => i.min(upper),
        }
    };
    let start = clamp(get(vm, &s.start)?, if step < 0 { upper } else { lower });
    let stop = clamp(get(vm, &s.stop)?, if step < 0 { lower } else { upper });
    let count = if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, count))
}

/// An index operand as a big int (ints, bools, objects with `__index__`); None otherwise.
pub fn index_big(vm: &mut Vm, v: &Value) -> PyResult<Option<BigInt>> {
    if let Some(i) = as_int(v) {
        return Ok(Some(i.to_bigint()));
    }
    if v.type_data().is_heap() {
        if let Some(f) = v.type_data().lookup("__index__") {
            let r = call(vm, &f, std::slice::from_ref(v), &[])?;
            return Ok(as_int(&r).map(IntRef::to_bigint));
        }
    }
    Ok(None)
}

/// `slice.indices(length)` with arbitrary-precision bounds: (start, stop, step).
pub fn slice_indices_big(
    vm: &mut Vm,
    s: &SliceData,
    length: &BigInt,
) -> PyResult<(BigInt, BigInt, BigInt)> {
    let get = |vm: &mut Vm, v: &Value| -> PyResult<Option<BigInt>> {
        if v.is(&singletons().none) {
            return Ok(None);
        }
        index_big(vm, v)?.map(Some).ok_or_else(|| {
            PyErr::new(
                ExcKind::TypeError,
                "slice indices must be integers or None or have an __index__ method",
            )
        })
    };
    let step = get(vm, &s.step)?.unwrap_or_else(|| BigInt::from(1));
    if step.is_zero() {
        return Err(PyErr::new(ExcKind::ValueError, "slice step cannot be zero"));
    }
    let neg = step.is_negative();
    let lower = if neg {
        BigInt::from(-1)
    } else {
        BigInt::zero()
    };
    let upper = if neg { length + &lower } else { length.clone() };
    let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
        match v {
            None => default.clone(),
            Some(i) if i.is_negative() => {
                let j = i + length;
                if j < lower {
                    lower.clone()
                } else {
                    j
                }
            }
            Some(i) => {
                if i > upper {
                    upper.clone()
                } else {
                    i
                }
            }
        }
    };
    let start_v = get(vm, &s.start)?;
    let stop_v = get(vm, &s.stop)?;
    let start = clamp(start_v, if neg { &upper } else { &lower });
    let stop = clamp(stop_v, if neg { &lower } else { &upper });
    Ok((start, stop, step))
}

fn slice_positions(start: i64, step: i64, count: usize) -> impl Iterator<Item = usize> {
    (0..count).map(move |k| (start + k as i64 * step) as usize)
}

fn index_error(what: &str) -> PyErr {
    PyErr::new(ExcKind::IndexError, format!("{what} index out of range"))
}

fn type_index_error(container: &str, key: &Value) -> PyErr {
    PyErr::new(
        ExcKind::TypeError,
        format!(
            "{container} indices must be integers or slices, not {}",
            key.type_data().name()
        ),
    )
}

/// `container[key]`.
pub fn getitem(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<Value> {
    let ty = container.type_data();
    if ty.is_heap() {
        if let Some(f) = ty.lookup("__getitem__") {
            if f.layout() != Layout::Builtin {
                return call(vm, &f, &[container.clone(), key.clone()], &[]);
            }
        }
    }
    match container.layout() {
        Layout::List => {
            let list = as_list(container).expect("layout checked");
            if let Some(s) = key.downcast::<SliceData>() {
                let (start, _, step, count) = slice_indices(vm, s, list.len())?;
                let items = list.snapshot();
                let out = slice_positions(start, step, count)
                    .filter_map(|i| items.get(i).cloned())
                    .collect();
                return Ok(new_list(out));
            }
            let i = index_value(vm, key)?.ok_or_else(|| type_index_error("list", key))?;
            normalize_index(i, list.len())
                .and_then(|i| list.get(i))
                .ok_or_else(|| index_error("list"))
        }
        Layout::Tuple => {
            let t = as_tuple(container).expect("layout checked");
            if let Some(s) = key.downcast::<SliceData>() {
                let (start, _, step, count) = slice_indices(vm, s, t.len())?;
                if step == 1
                    && count == t.len()
                    && TypeRef::is_type_of(builtin_types().tuple, container)
                {
                    return Ok(container.clone());
                }
                let out = slice_positions(start, step, count)
                    .filter_map(|i| t.items().get(i).cloned())
                    .collect();
                return Ok(new_tuple(out));
            }
            let i = index_value(vm, key)?.ok_or_else(|| type_index_error("tuple", key))?;
            normalize_index(i, t.len())
                .map(|i| t.items()[i].clone())
                .ok_or_else(|| index_error("tuple"))
        }
        Layout::Str => {
            let s = str_data(container).expect("layout checked");
            if let Some(sl) = key.downcast::<SliceData>() {
                let (start, _, step, count) = slice_indices(vm, sl, s.char_len())?;
                if step == 1 {
                    let st = start.max(0) as usize;
                    return Ok(crate::object::str::new_str(s.substring(st, st + count)));
                }
                let out: String = slice_positions(start, step, count)
                    .filter_map(|i| s.char_at(i))
                    .collect();
                return Ok(new_string(out));
            }
            let i = index_value(vm, key)?.ok_or_else(|| {
                PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "string indices must be integers, not '{}'",
                        key.type_data().name()
                    ),
                )
            })?;
            normalize_index(i, s.char_len())
                .and_then(|i| s.char_at(i))
                .map(|c| new_string(c.to_string()))
                .ok_or_else(|| PyErr::new(ExcKind::IndexError, "string index out of range"))
        }
        Layout::Bytes => {
            let b = as_bytes(container).expect("layout checked");
            if let Some(sl) = key.downcast::<SliceData>() {
                let (start, _, step, count) = slice_indices(vm, sl, b.len())?;
                let out = slice_positions(start, step, count)
                    .filter_map(|i| b.get(i).copied())
                    .collect();
                return Ok(new_bytes(out));
            }
            let i = index_value(vm, key)?.ok_or_else(|| type_index_error("byte", key))?;
            normalize_index(i, b.len())
                .map(|i| Value::small(i64::from(b[i])))
                .ok_or_else(|| PyErr::new(ExcKind::IndexError, "index out of range"))
        }
        Layout::ByteArray | Layout::MemoryView => {
            let is_view = container.layout() == Layout::MemoryView;
            if let (Some(ba), Some(i)) = (as_bytearray(container), key.as_small()) {
                // One byte: read it in place (copying the buffer would make b[i] O(len)).
                let len = ba.len();
                if let Some(byte) = normalize_index(i, len).and_then(|i| ba.get(i)) {
                    return Ok(Value::small(i64::from(byte)));
                }
            }
            let b = bytes_like(container).unwrap_or_default();
            if let Some(sl) = key.downcast::<SliceData>() {
                let (start, _, step, count) = slice_indices(vm, sl, b.len())?;
                let out = slice_positions(start, step, count)
                    .filter_map(|i| b.get(i).copied())
                    .collect();
                return Ok(if is_view {
                    crate::object::bytearray::new_memoryview(out)
                } else {
                    new_bytearray(out)
                });
            }
            let what = if is_view { "memoryview" } else { "bytearray" };
            let i = index_value(vm, key)?.ok_or_else(|| type_index_error(what, key))?;
            normalize_index(i, b.len())
                .map(|i| Value::small(i64::from(b[i])))
                .ok_or_else(|| {
                    PyErr::new(
                        ExcKind::IndexError,
                        if is_view {
                            "index out of bounds on dimension 1"
                        } else {
                            "bytearray index out of range"
                        },
                    )
                })
        }
        Layout::Range => {
            let Some(r) = container.downcast::<RangeData>() else {
                return Err(type_index_error("range", key));
            };
            if let Some(sl) = key.downcast::<SliceData>() {
                let len = r.len_big();
                let (start, stop, step) = slice_indices_big(vm, sl, &len)?;
                let (rs, _, rstep) = r.bounds();
                return Ok(crate::object::seq::new_range_big(
                    &rs + &start * &rstep,
                    &rs + &stop * &rstep,
                    step * &rstep,
                ));
            }
            if !r.is_big() {
                if let Some(i) = as_int(key).and_then(|i| i.to_i64()) {
                    return normalize_index(i, r.len() as usize)
                        .map(|i| int_from_i64(r.item(i as i64)))
                        .ok_or_else(|| {
                            PyErr::new(ExcKind::IndexError, "range object index out of range")
                        });
                }
            }
            let i = index_big(vm, key)?.ok_or_else(|| type_index_error("range", key))?;
            let len = r.len_big();
            let i = if i.is_negative() { i + &len } else { i };
            if i.is_negative() || i >= len {
                return Err(PyErr::new(
                    ExcKind::IndexError,
                    "range object index out of range",
                ));
            }
            let (rs, _, rstep) = r.bounds();
            Ok(int_from_bigint(rs + i * rstep))
        }
        Layout::Dict => {
            let d = as_dict(container).expect("layout checked");
            match d.get_item(vm, key)? {
                Some(v) => Ok(v),
                None => {
                    if ty.is_heap() {
                        if let Some(f) = ty.lookup("__missing__") {
                            return call(vm, &f, &[container.clone(), key.clone()], &[]);
                        }
                    }
                    Err(PyErr::with_args(ExcKind::KeyError, vec![key.clone()]))
                }
            }
        }
        Layout::Type => {
            // Generic aliases (list[int]) evaluate to the class itself for annotations.
            if ty.is_heap() {
                if let Some(f) = ty.lookup("__getitem__") {
                    return call(vm, &f, &[container.clone(), key.clone()], &[]);
                }
            }
            match type_data_of(container).lookup("__class_getitem__") {
                Some(f) => {
                    let f = super::attr::descr_get(vm, &f, None, container)?;
                    call(vm, &f, std::slice::from_ref(key), &[])
                }
                None if is_generic_builtin(container) => {
                    crate::builtins::import::call_module_function(
                        vm,
                        "_strata_types",
                        "GenericAlias",
                        &[container.clone(), key.clone()],
                    )
                }
                None => Err(PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "type '{}' is not subscriptable",
                        type_data_of(container).name()
                    ),
                )),
            }
        }
        _ => match ty.lookup("__getitem__") {
            Some(f) => call(vm, &f, &[container.clone(), key.clone()], &[]),
            None => Err(PyErr::new(
                ExcKind::TypeError,
                format!("'{}' object is not subscriptable", ty.name()),
            )),
        },
    }
}

/// Builtin classes that can be parameterized (`list[int]`), as CPython 3.11.
fn is_generic_builtin(cls: &Value) -> bool {
    let t = builtin_types();
    [t.list, t.dict, t.tuple, t.set, t.frozenset, t.type_]
        .iter()
        .any(|b| b.value().is(cls))
        || t.iters[crate::object::iter::IterKind::Enumerate as usize]
            .value()
            .is(cls)
}

/// `container[key] = value`.
pub fn setitem(vm: &mut Vm, container: &Value, key: &Value, value: Value) -> PyResult<()> {
    let ty = container.type_data();
    if ty.is_heap() {
        if let Some(f) = ty.lookup("__setitem__") {
            if f.layout() != Layout::Builtin {
                call(vm, &f, &[container.clone(), key.clone(), value], &[])?;
                return Ok(());
            }
        }
    }
    match container.layout() {
        Layout::List => {
            let list = as_list(container).expect("layout checked");
            if let Some(s) = key.downcast::<SliceData>() {
                return list_set_slice(vm, list, s, &value);
            }
            let i = index_value(vm, key)?.ok_or_else(|| type_index_error("list", key))?;
            let idx = normalize_index(i, list.len()).ok_or_else(|| {
                PyErr::new(ExcKind::IndexError, "list assignment index out of range")
            })?;
            let old = list.set(idx, value);
            drop(old);
            Ok(())
        }
        Layout::Dict => {
            as_dict(container)
                .expect("layout checked")
                .set_item(vm, key.clone(), value)
        }
        Layout::ByteArray => {
            crate::builtins::bytearray_methods::bytearray_setitem(vm, container, key, &value)
        }
        _ => match ty.lookup("__setitem__") {
            Some(f) => {
                call(vm, &f, &[container.clone(), key.clone(), value], &[])?;
                Ok(())
            }
            None => Err(PyErr::new(
                ExcKind::TypeError,
                format!("'{}' object does not support item assignment", ty.name()),
            )),
        },
    }
}

fn list_set_slice(vm: &mut Vm, list: &ListData, s: &SliceData, value: &Value) -> PyResult<()> {
    let new_items = collect(vm, value).map_err(|e| {
        if e.matches(ExcKind::TypeError) {
            PyErr::new(ExcKind::TypeError, "can only assign an iterable")
        } else {
            e
        }
    })?;
    let (start, stop, step, count) = slice_indices(vm, s, list.len())?;
    if step == 1 {
        let stop = stop.max(start);
        let mut items = list.snapshot();
        let tail = items.split_off(stop as usize);
        let removed = items.split_off(start as usize);
        items.extend(new_items);
        items.extend(tail);
        let old = list.replace_all(items);
        drop(old);
        drop(removed);
        return Ok(());
    }
    if new_items.len() != count {
        return Err(PyErr::new(
            ExcKind::ValueError,
            format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new_items.len(),
                count
            ),
        ));
    }
    let mut olds = Vec::with_capacity(count);
    for (pos, v) in slice_positions(start, step, count).zip(new_items) {
        if let Ok(old) = list.set(pos, v) {
            olds.push(old);
        }
    }
    drop(olds);
    Ok(())
}

/// `del container[key]`.
pub fn delitem(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<()> {
    let ty = container.type_data();
    if ty.is_heap() {
        if let Some(f) = ty.lookup("__delitem__") {
            if f.layout() != Layout::Builtin {
                call(vm, &f, &[container.clone(), key.clone()], &[])?;
                return Ok(());
            }
        }
    }
    match container.layout() {
        Layout::List => {
            let list = as_list(container).expect("layout checked");
            if let Some(s) = key.downcast::<SliceData>() {
                let (start, _, step, count) = slice_indices(vm, s, list.len())?;
                let mut positions: Vec<usize> = slice_positions(start, step, count).collect();
                positions.sort_unstable();
                let removed = list.with_items_mut(|items| {
                    let old = std::mem::take(items);
                    let mut removed = Vec::with_capacity(positions.len());
                    let mut next = positions.iter().peekable();
                    for (i, v) in old.into_iter().enumerate() {
                        if next.peek() == Some(&&i) {
                            next.next();
                            removed.push(v);
                        } else {
                            items.push(v);
                        }
                    }
                    removed
                });
                drop(removed);
                return Ok(());
            }
            let i = index_value(vm, key)?.ok_or_else(|| type_index_error("list", key))?;
            let idx = normalize_index(i, list.len()).ok_or_else(|| {
                PyErr::new(ExcKind::IndexError, "list assignment index out of range")
            })?;
            drop(list.pop(idx));
            Ok(())
        }
        Layout::ByteArray => {
            crate::builtins::bytearray_methods::bytearray_delitem(vm, container, key)
        }
        Layout::Dict => {
            if as_dict(container)
                .expect("layout checked")
                .del_item(vm, key)?
            {
                Ok(())
            } else {
                Err(PyErr::with_args(ExcKind::KeyError, vec![key.clone()]))
            }
        }
        _ => match ty.lookup("__delitem__") {
            Some(f) => {
                call(vm, &f, &[container.clone(), key.clone()], &[])?;
                Ok(())
            }
            None => Err(PyErr::new(
                ExcKind::TypeError,
                format!("'{}' object doesn't support item deletion", ty.name()),
            )),
        },
    }
}

/// `mapping[key]` returning None for a missing key (LOAD_NAME on class namespaces).
pub fn getitem_mapping(vm: &mut Vm, mapping: &Value, key: &Value) -> PyResult<Option<Value>> {
    if let Some(d) = as_dict(mapping) {
        if !mapping.type_data().is_heap() {
            return d.get_item(vm, key);
        }
    }
    match getitem(vm, mapping, key) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(ExcKind::KeyError) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `del mapping[key]` returning false for a missing key.
pub fn delitem_mapping(vm: &mut Vm, mapping: &Value, key: &Value) -> PyResult<bool> {
    if let Some(d) = as_dict(mapping) {
        if !mapping.type_data().is_heap() {
            return d.del_item(vm, key);
        }
    }
    match delitem(vm, mapping, key) {
        Ok(()) => Ok(true),
        Err(e) if e.matches(ExcKind::KeyError) => Ok(false),
        Err(e) => Err(e),
    }
}

// ---------------------------------------------------------------------------------------------
// Containment, iteration, unpacking
// ---------------------------------------------------------------------------------------------

/// `item in container`.
pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    let ty = container.type_data();
    if ty.is_heap() {
        if let Some(f) = ty.lookup("__contains__") {
            if f.layout() != Layout::Builtin {
                let r = call(vm, &f, &[container.clone(), item.clone()], &[])?;
                return truthy(vm, &r);
            }
        }
    }
    match container.layout() {
        Layout::Str => {
            let hay = as_str(container).unwrap_or("");
            match as_str(item) {
                Some(needle) => Ok(hay.contains(needle)),
                None => Err(PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "'in <string>' requires string as left operand, not {}",
                        item.type_data().name()
                    ),
                )),
            }
        }
        Layout::Dict => Ok(as_dict(container)
            .expect("layout checked")
            .get_item(vm, item)?
            .is_some()),
        Layout::Set | Layout::FrozenSet => {
            crate::builtins::set_methods::set_contains(vm, container, item)
        }
        Layout::List | Layout::Tuple => {
            let items = match as_list(container) {
                Some(l) => l.snapshot(),
                None => as_tuple(container)
                    .map(|t| t.items().to_vec())
                    .unwrap_or_default(),
            };
            for x in &items {
                if eq(vm, x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Layout::Range => {
            let Some(r) = container.downcast::<RangeData>() else {
                return Ok(false);
            };
            if item.layout() == Layout::Int || item.is_small() || item.layout() == Layout::Bool {
                return Ok(crate::builtins::list_methods::range_position(r, item).is_some());
            }
            contains_by_iteration(vm, container, item)
        }
        Layout::Bytes | Layout::ByteArray => {
            let hay = bytes_like(container).unwrap_or_default();
            if let Some(i) = as_int(item) {
                return match i.to_i64().filter(|i| (0..256).contains(i)) {
                    Some(i) => Ok(hay.iter().any(|&b| i64::from(b) == i)),
                    None => Err(PyErr::new(
                        ExcKind::ValueError,
                        "byte must be in range(0, 256)",
                    )),
                };
            }
            let needle = bytes_like(item).ok_or_else(|| {
                PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "a bytes-like object is required, not '{}'",
                        item.type_data().name()
                    ),
                )
            })?;
            Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| *w == *needle))
        }
        Layout::DictView => crate::builtins::dict_methods::view_contains(vm, container, item),
        _ => match ty.lookup("__contains__") {
            Some(f) => {
                let r = call(vm, &f, &[container.clone(), item.clone()], &[])?;
                truthy(vm, &r)
            }
            None => contains_by_iteration(vm, container, item),
        },
    }
}

fn contains_by_iteration(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    let it = get_iter(vm, container).map_err(|_| {
        PyErr::new(
            ExcKind::TypeError,
            format!(
                "argument of type '{}' is not iterable",
                container.type_data().name()
            ),
        )
    })?;
    while let Some(x) = iter_next(vm, &it)? {
        if eq(vm, &x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `iter(v)`.
pub fn get_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let ty = v.type_data();
    if !ty.is_heap() {
        let seq = |kind| {
            Ok(new_iter(
                kind,
                IterState::Seq {
                    seq: v.clone(),
                    index: 0,
                },
            ))
        };
        match v.layout() {
            Layout::List => return seq(IterKind::List),
            Layout::Tuple => return seq(IterKind::Tuple),
            Layout::Str => return seq(IterKind::Str),
            Layout::Bytes => return seq(IterKind::Bytes),
            Layout::ByteArray | Layout::MemoryView => return seq(IterKind::Seq),
            Layout::Range => {
                if let Some(r) = v.downcast::<RangeData>() {
                    if r.is_big() {
                        let (start, _, step) = r.bounds();
                        return Ok(new_iter(
                            IterKind::Range,
                            IterState::BigRange {
                                next: start,
                                step,
                                remaining: r.len_big(),
                            },
                        ));
                    }
                    return Ok(new_iter(
                        IterKind::Range,
                        IterState::Range {
                            next: r.start,
                            step: r.step,
                            remaining: r.len(),
                        },
                    ));
                }
            }
            Layout::Dict => {
                return Ok(crate::builtins::dict_methods::dict_iter(
                    v,
                    IterKind::DictKeys,
                ))
            }
            Layout::DictView => return Ok(crate::builtins::dict_methods::view_iter(v)),
            Layout::Set | Layout::FrozenSet => {
                let len = as_set_table(v).map_or(0, |s| s.len());
                return Ok(new_iter(
                    IterKind::Set,
                    IterState::Table {
                        source: v.clone(),
                        pos: 0,
                        len_at_start: len,
                    },
                ));
            }
            Layout::Iter | Layout::Generator => return Ok(v.clone()),
            Layout::File => return Ok(v.clone()),
            _ => {}
        }
    }
    match ty.lookup("__iter__") {
        Some(f) if !f.is(&singletons().none) => {
            let it = call(vm, &f, std::slice::from_ref(v), &[])?;
            if it.type_data().lookup("__next__").is_none()
                && !matches!(it.layout(), Layout::Iter | Layout::Generator | Layout::File)
            {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "iter() returned non-iterator of type '{}'",
                        it.type_data().name()
                    ),
                ));
            }
            Ok(it)
        }
        _ => {
            if ty.lookup("__getitem__").is_some() && v.layout() != Layout::Dict {
                return Ok(new_iter(
                    IterKind::Seq,
                    IterState::Seq {
                        seq: v.clone(),
                        index: 0,
                    },
                ));
            }
            Err(PyErr::new(
                ExcKind::TypeError,
                format!("'{}' object is not iterable", ty.name()),
            ))
        }
    }
}

/// `next(it)`: Some(item), or None when exhausted (StopIteration is absorbed).
pub fn iter_next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    match it.layout() {
        Layout::Iter => super::iterate::native_next(vm, it),
        Layout::Generator => super::generator::gen_next(vm, it),
        _ => {
            let ty = it.type_data();
            let Some(f) = ty.lookup("__next__") else {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("'{}' object is not an iterator", ty.name()),
                ));
            };
            match call(vm, &f, std::slice::from_ref(it), &[]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.matches(ExcKind::StopIteration) => Ok(None),
                Err(e) => Err(e),
            }
        }
    }
}

/// `next(it)` that keeps a StopIteration's value: Ok(item), or Err(return value).
pub fn iter_next_keep_value(vm: &mut Vm, it: &Value) -> PyResult<Result<Value, Value>> {
    match it.layout() {
        Layout::Iter => Ok(super::iterate::native_next(vm, it)?.ok_or_else(none)),
        Layout::Generator => Ok(match super::generator::resume(vm, it, none(), None)? {
            super::generator::SendResult::Yielded(v) => Ok(v),
            super::generator::SendResult::Returned(v) => Err(v),
        }),
        _ => {
            let ty = it.type_data();
            let Some(f) = ty.lookup("__next__") else {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("'{}' object is not an iterator", ty.name()),
                ));
            };
            match call(vm, &f, std::slice::from_ref(it), &[]) {
                Ok(v) => Ok(Ok(v)),
                Err(e) if e.matches(ExcKind::StopIteration) => {
                    Ok(Err(super::generator::stop_iteration_value(&e.0)))
                }
                Err(e) => Err(e),
            }
        }
    }
}

/// All items of an iterable.
pub fn collect(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if !v.type_data().is_heap() {
        match v.layout() {
            Layout::List => return Ok(as_list(v).map(ListData::snapshot).unwrap_or_default()),
            Layout::Tuple => {
                return Ok(as_tuple(v).map(|t| t.items().to_vec()).unwrap_or_default())
            }
            _ => {}
        }
    }
    let it = get_iter(vm, v)?;
    let mut out = Vec::new();
    while let Some(x) = iter_next(vm, &it)? {
        out.push(x);
    }
    Ok(out)
}

/// Unpacks exactly `n` items (UNPACK_SEQUENCE), with CPython's messages.
pub fn unpack(vm: &mut Vm, v: &Value, n: usize) -> PyResult<Vec<Value>> {
    let it = get_iter(vm, v).map_err(|e| {
        if e.matches(ExcKind::TypeError) {
            PyErr::new(
                ExcKind::TypeError,
                format!("cannot unpack non-iterable {} object", v.type_data().name()),
            )
        } else {
            e
        }
    })?;
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        match iter_next(vm, &it)? {
            Some(x) => out.push(x),
            None => {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    format!(
                        "not enough values to unpack (expected {}, got {})",
                        n,
                        out.len()
                    ),
                ))
            }
        }
    }
    if iter_next(vm, &it)?.is_some() {
        let msg = format!("too many values to unpack (expected {n})");
        return Err(PyErr::new(ExcKind::ValueError, msg));
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Sets and dicts used by the evaluation loop
// ---------------------------------------------------------------------------------------------

/// A new set from items (BUILD_SET).
pub fn new_set_from(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let s = new_set();
    for it in items {
        set_add(vm, &s, it)?;
    }
    Ok(s)
}

/// set.add
pub fn set_add(vm: &mut Vm, set: &Value, item: Value) -> PyResult<()> {
    crate::builtins::set_methods::set_add_value(vm, set, item)
}

/// `target.update(other)` for dicts; with `merge`, duplicate keys and non-mappings raise the
/// `**kwargs` errors.
pub fn dict_merge(vm: &mut Vm, target: &Value, other: &Value, merge: bool) -> PyResult<()> {
    let Some(t) = as_dict(target) else {
        return Err(PyErr::new(
            ExcKind::SystemError,
            "dict_merge target is not a dict",
        ));
    };
    let items: Vec<(Value, Value)> = if let Some(o) = as_dict(other) {
        o.items()
    } else if other.type_data().lookup("keys").is_some() {
        let keys_fn = super::attr::getattr(vm, other, &crate::object::str::intern("keys"))?;
        let keys = call(vm, &keys_fn, &[], &[])?;
        let keys = collect(vm, &keys)?;
        let mut items = Vec::with_capacity(keys.len());
        for k in keys {
            let v = getitem(vm, other, &k)?;
            items.push((k, v));
        }
        items
    } else {
        if merge {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "argument after ** must be a mapping, not {}",
                    other.type_data().name()
                ),
            ));
        }
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("'{}' object is not a mapping", other.type_data().name()),
        ));
    };
    for (k, v) in items {
        if merge && t.get_item(vm, &k)?.is_some() {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "got multiple values for keyword argument '{}'",
                    as_str(&k).unwrap_or("?")
                ),
            ));
        }
        t.set_item(vm, k, v)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Exceptions
// ---------------------------------------------------------------------------------------------

/// True when `ty` is an exception class (a subclass of BaseException).
pub fn is_exception_class(ty: &Value) -> bool {
    ty.downcast::<TypeData>()
        .is_some_and(|t| t.is_subtype(ExcKind::BaseException.type_ref().type_data_static()))
}

/// `raise exc [from cause]`: instantiates classes and sets the cause.
pub fn make_raise(vm: &mut Vm, exc: Value, cause: Option<Value>) -> PyResult<PyErr> {
    let exc = if is_exception_class(&exc) {
        let inst = call(vm, &exc, &[], &[])?;
        if exc_data(&inst).is_none() {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    type_data_of(&exc).name(),
                    inst.type_data().name()
                ),
            ));
        }
        inst
    } else if exc_data(&exc).is_some() {
        exc
    } else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "exceptions must derive from BaseException",
        ));
    };
    if let Some(cause) = cause {
        let cause = if cause.is(&singletons().none) {
            None
        } else if is_exception_class(&cause) {
            Some(call(vm, &cause, &[], &[])?)
        } else if exc_data(&cause).is_some() {
            Some(cause)
        } else {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "exception causes must derive from BaseException",
            ));
        };
        if let Some(d) = exc_data(&exc) {
            drop(d.set_cause(cause));
        }
    }
    Ok(PyErr(exc))
}

/// `except ty:` matching, ty a class or a tuple of classes. (`vm` is kept for
/// `__subclasscheck__` hooks on metaclasses.)
#[allow(clippy::only_used_in_recursion)]
pub fn exception_matches(vm: &mut Vm, exc: &Value, ty: &Value) -> PyResult<bool> {
    if let Some(t) = as_tuple(ty) {
        for item in t.items() {
            if exception_matches(vm, exc, item)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !is_exception_class(ty) {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "catching classes that do not inherit from BaseException is not allowed",
        ));
    }
    Ok(exc.type_data().is_subtype(type_data_of(ty)))
}

/// A new exception instance of class `ty` with `args` (used by native code raising user types).
pub fn new_exception_of(ty: &Value, args: Vec<Value>) -> Value {
    new_exception(ty.clone(), new_tuple(args))
}

/// True for the objects `callable()` accepts.
pub fn is_callable(v: &Value) -> bool {
    match v.layout() {
        Layout::Function | Layout::Builtin | Layout::Method | Layout::Type => true,
        _ => v.type_data().lookup("__call__").is_some(),
    }
}

/// Advances a native iterator of a known kind; used by FOR_ITER fast paths in other modules.
pub fn iter_state_kind(it: &Value) -> Option<IterKind> {
    it.downcast::<IterData>().map(|d| d.kind)
}

/// A `None` constant (for brevity in native code).
pub fn none_value() -> Value {
    none()
}
