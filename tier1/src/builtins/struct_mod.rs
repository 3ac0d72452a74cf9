//! `_struct`: packing and unpacking of C-layout binary records (`struct.pack`, `unpack`,
//! `calcsize`, `iter_unpack`, `unpack_from`, `pack_into`) with CPython's byte-order modes,
//! native alignment and `struct.error` messages. The `Struct` class is in `tier1/lib/struct.py`.

use std::sync::Mutex;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::interp::{call, ops, Vm};
use crate::object::bytearray::{as_bytearray, bytes_like};
use crate::object::dict::new_dict;
use crate::object::exception::new_exception;
use crate::object::func::{new_module, Args};
use crate::object::int::{as_float, as_int, int_from_bigint, int_from_i64, new_float};
use crate::object::seq::{new_bytes, new_list, new_tuple};
use crate::object::str::{as_str, new_str};
use crate::object::{bool_value, builtin_types, none, ExcKind, PyErr, PyResult, Value};

use super::args::check_positional;
use super::{add_function, add_value};

/// The `struct.error` class, shared by every thread (None until the module is imported, and
/// again after finalization releases it).
static ERROR: Mutex<Option<ErrorClass>> = Mutex::new(None);

struct ErrorClass(Value);

// SAFETY: a class object may be referenced from any interpreter thread (biased reference
// counts); the Value is only cloned or dropped under the mutex.
unsafe impl Send for ErrorClass {}

fn error_class() -> Option<Value> {
    ERROR
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .as_ref()
        .map(|c| c.0.clone())
}

/// Releases the `struct.error` class (interpreter finalization).
pub fn release_error_class() {
    let old = ERROR.lock().unwrap_or_else(|e| e.into_inner()).take();
    drop(old);
}

fn error(msg: impl Into<String>) -> PyErr {
    let msg = msg.into();
    match error_class() {
        None => PyErr::new(ExcKind::ValueError, msg),
        Some(cls) => PyErr(new_exception(cls, new_tuple(vec![new_str(&msg)]))),
    }
}

/// Largest struct size accepted (CPython's limit is PY_SSIZE_T_MAX; packing allocates).
const MAX_SIZE: usize = 1 << 31;

#[derive(Clone, Copy, PartialEq)]
enum Order {
    Native,
    Little,
    Big,
}

struct Item {
    code: u8,
    count: usize,
    offset: usize,
    size: usize,
}

struct Layout {
    order: Order,
    native: bool,
    items: Vec<Item>,
    size: usize,
    nargs: usize,
}

fn item_size(code: u8, native: bool) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

fn parse(fmt: &[u8]) -> PyResult<Layout> {
    let (order, native, rest) = match fmt.first() {
        Some(b'@') => (Order::Native, true, &fmt[1..]),
        Some(b'=') => (Order::Little, false, &fmt[1..]),
        Some(b'<') => (Order::Little, false, &fmt[1..]),
        Some(b'>') | Some(b'!') => (Order::Big, false, &fmt[1..]),
        _ => (Order::Native, true, fmt),
    };
    let mut items = Vec::new();
    let mut offset = 0usize;
    let mut nargs = 0usize;
    let mut i = 0;
    while i < rest.len() {
        let c = rest[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count: Option<usize> = None;
        while i < rest.len() && rest[i].is_ascii_digit() {
            let d = (rest[i] - b'0') as usize;
            count = Some(
                count
                    .unwrap_or(0)
                    .checked_mul(10)
                    .and_then(|x| x.checked_add(d))
                    .filter(|x| *x <= MAX_SIZE)
                    .ok_or_else(|| error("total struct size too long"))?,
            );
            i += 1;
        }
        if i >= rest.len() {
            return Err(error("repeat count given without format specifier"));
        }
        let code = rest[i];
        i += 1;
        let size = item_size(code, native).ok_or_else(|| error("bad char in struct format"))?;
        let count = count.unwrap_or(1);
        if native && !matches!(code, b'x' | b'c' | b's' | b'p' | b'b' | b'B' | b'?') {
            offset = offset.div_ceil(size) * size;
        }
        let total = match code {
            b's' | b'p' => count,
            _ => size
                .checked_mul(count)
                .ok_or_else(|| error("total struct size too long"))?,
        };
        match code {
            b'x' => {}
            b's' | b'p' => nargs += 1,
            _ => nargs += count,
        }
        items.push(Item {
            code,
            count,
            offset,
            size,
        });
        offset = offset
            .checked_add(total)
            .filter(|o| *o <= MAX_SIZE)
            .ok_or_else(|| error("total struct size too long"))?;
    }
    Ok(Layout {
        order,
        native,
        items,
        size: offset,
        nargs,
    })
}

fn fmt_arg(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = as_str(v) {
        return Ok(s.as_bytes().to_vec());
    }
    if let Some(b) = bytes_like(v) {
        return Ok(b.to_vec());
    }
    Err(PyErr::new(
        ExcKind::TypeError,
        format!(
            "Struct() argument 1 must be a str or bytes object, not {}",
            v.type_data().name()
        ),
    ))
}

fn put(buf: &mut [u8], order: Order, bytes_le: &[u8]) {
    match order {
        Order::Big => {
            for (d, s) in buf.iter_mut().zip(bytes_le.iter().rev()) {
                *d = *s;
            }
        }
        _ => buf.copy_from_slice(bytes_le),
    }
}

fn get(buf: &[u8], order: Order) -> Vec<u8> {
    match order {
        Order::Big => buf.iter().rev().copied().collect(),
        _ => buf.to_vec(),
    }
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if as_float(v).is_some() {
        return Err(error("required argument is not an integer"));
    }
    ops::index_big(vm, v)?.ok_or_else(|| error("required argument is not an integer"))
}

fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    ops::real_to_f64(vm, v)?.ok_or_else(|| error("required argument is not a float"))
}

fn range_error(code: u8, size: usize, signed: bool, order: Order, big: &BigInt) -> PyErr {
    // CPython's wording depends on the conversion path: 8-byte big-endian packing goes through
    // _PyLong_AsByteArray, everything else first converts to a C long (unsigned long for
    // 'I'/'L') and then range-checks, naming the format.
    if size >= 8 {
        if order == Order::Big {
            return error("int too large to convert");
        }
        return error("argument out of range");
    }
    let unsigned_long = matches!(code, b'I' | b'L') || (code == b'H' && order == Order::Big);
    let fits_c = if unsigned_long {
        big.to_u64().is_some()
    } else {
        big.to_i64().is_some()
    };
    if !fits_c {
        return error("argument out of range");
    }
    let bits = size * 8;
    let (lo, hi) = if signed {
        (
            -(BigInt::from(1) << (bits - 1)),
            (BigInt::from(1) << (bits - 1)) - 1,
        )
    } else {
        (BigInt::from(0), (BigInt::from(1) << bits) - 1)
    };
    let name = match code {
        b'b' => Some("byte"),
        b'B' => Some("ubyte"),
        b'h' if order != Order::Big => Some("short"),
        b'H' if order != Order::Big => Some("ushort"),
        _ => None,
    };
    if let Some(name) = name {
        return error(format!("{name} format requires {lo} <= number <= {hi}"));
    }
    error(format!(
        "'{}' format requires {lo} <= number <= {hi}",
        code as char
    ))
}

/// Converts an f64 to IEEE half precision bits (round half to even); None on overflow.
fn f64_to_f16(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    let e = a.log2().floor() as i32;
    // Correct the estimate so that 2^e <= a < 2^(e+1).
    let e = if 2f64.powi(e) > a {
        e - 1
    } else if 2f64.powi(e + 1) <= a {
        e + 1
    } else {
        e
    };
    let biased = e + 15;
    if biased <= 0 {
        let m = (a * 2f64.powi(24)).round_ties_even() as u32;
        return Some(sign | m as u16);
    }
    let mut biased = biased as u32;
    let mut m = ((a / 2f64.powi(e) - 1.0) * 1024.0).round_ties_even() as u32;
    if m == 1024 {
        m = 0;
        biased += 1;
    }
    if biased >= 31 {
        return None;
    }
    Some(sign | (biased << 10) as u16 | m as u16)
}

fn f16_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 => {
            if m == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

fn pack_into_buf(vm: &mut Vm, lay: &Layout, args: &[Value], buf: &mut [u8]) -> PyResult<()> {
    if args.len() != lay.nargs {
        return Err(error(format!(
            "pack expected {} items for packing (got {})",
            lay.nargs,
            args.len()
        )));
    }
    let mut ai = 0;
    for it in &lay.items {
        let code = it.code;
        match code {
            b'x' => {}
            b's' | b'p' => {
                let v = &args[ai];
                ai += 1;
                let data = match crate::object::seq::as_bytes(v) {
                    Some(b) => b.to_vec(),
                    None => match as_bytearray(v) {
                        Some(b) => b.to_vec(),
                        None => {
                            return Err(error(format!(
                                "argument for '{}' must be a bytes object",
                                code as char
                            )))
                        }
                    },
                };
                let dst = &mut buf[it.offset..it.offset + it.count];
                if code == b's' {
                    let n = data.len().min(it.count);
                    dst[..n].copy_from_slice(&data[..n]);
                } else if it.count > 0 {
                    let n = data.len().min(it.count - 1);
                    dst[0] = n.min(255) as u8;
                    dst[1..1 + n].copy_from_slice(&data[..n]);
                }
            }
            _ => {
                for k in 0..it.count {
                    let v = &args[ai];
                    ai += 1;
                    let off = it.offset + k * it.size;
                    let dst = &mut buf[off..off + it.size];
                    pack_one(vm, lay, code, it.size, v, dst)?;
                }
            }
        }
    }
    Ok(())
}

fn pack_one(
    vm: &mut Vm,
    lay: &Layout,
    code: u8,
    size: usize,
    v: &Value,
    dst: &mut [u8],
) -> PyResult<()> {
    match code {
        b'c' => {
            let b = crate::object::seq::as_bytes(v)
                .map(<[u8]>::to_vec)
                .or_else(|| as_bytearray(v).map(|b| b.to_vec()))
                .filter(|b| b.len() == 1)
                .ok_or_else(|| error("char format requires a bytes object of length 1"))?;
            dst[0] = b[0];
        }
        b'?' => dst[0] = ops::truthy(vm, v)? as u8,
        b'e' => {
            let x = float_arg(vm, v)?;
            let from_int = as_int(v).is_some();
            let h = f64_to_f16(x).ok_or_else(|| {
                if from_int {
                    return error("int too large to convert");
                }
                PyErr::new(
                    ExcKind::OverflowError,
                    "float too large to pack with e format",
                )
            })?;
            put(dst, lay.order, &h.to_le_bytes());
        }
        b'f' => {
            let x = float_arg(vm, v)?;
            let f = x as f32;
            if !lay.native && f.is_infinite() && x.is_finite() {
                return Err(PyErr::new(
                    ExcKind::OverflowError,
                    "float too large to pack with f format",
                ));
            }
            put(dst, lay.order, &f.to_le_bytes());
        }
        b'd' => {
            let x = float_arg(vm, v)?;
            put(dst, lay.order, &x.to_le_bytes());
        }
        _ => {
            let signed = matches!(code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
            let big = int_arg(vm, v)?;
            let bits = size * 8;
            let ok = if signed {
                big.bits() < bits as u64 || big == -(BigInt::from(1) << (bits - 1))
            } else {
                big.sign() != num_bigint::Sign::Minus && big.bits() <= bits as u64
            };
            if !ok {
                return Err(range_error(code, size, signed, lay.order, &big));
            }
            let x: i128 = big.to_i128().unwrap_or(0);
            put(dst, lay.order, &x.to_le_bytes()[..size]);
        }
    }
    Ok(())
}

fn unpack_buf(lay: &Layout, buf: &[u8]) -> Value {
    let mut out = Vec::with_capacity(lay.nargs);
    for it in &lay.items {
        let code = it.code;
        match code {
            b'x' => {}
            b's' => out.push(new_bytes(buf[it.offset..it.offset + it.count].to_vec())),
            b'p' => {
                if it.count == 0 {
                    out.push(new_bytes(Vec::new()));
                } else {
                    let n = (buf[it.offset] as usize).min(it.count - 1);
                    out.push(new_bytes(buf[it.offset + 1..it.offset + 1 + n].to_vec()));
                }
            }
            _ => {
                for k in 0..it.count {
                    let off = it.offset + k * it.size;
                    let raw = get(&buf[off..off + it.size], lay.order);
                    out.push(unpack_one(code, &raw));
                }
            }
        }
    }
    new_tuple(out)
}

fn unpack_one(code: u8, le: &[u8]) -> Value {
    let mut w = [0u8; 8];
    w[..le.len()].copy_from_slice(le);
    let u = u64::from_le_bytes(w);
    match code {
        b'c' => new_bytes(vec![le[0]]),
        b'?' => bool_value(u != 0),
        b'e' => new_float(f16_to_f64(u as u16)),
        b'f' => new_float(f32::from_bits(u as u32) as f64),
        b'd' => new_float(f64::from_bits(u)),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            let shift = 64 - le.len() * 8;
            int_from_i64(((u << shift) as i64) >> shift)
        }
        _ => {
            if u > i64::MAX as u64 {
                int_from_bigint(BigInt::from(u))
            } else {
                int_from_i64(u as i64)
            }
        }
    }
}

fn layout_of(v: &Value) -> PyResult<Layout> {
    parse(&fmt_arg(v)?)
}

fn buffer_arg(v: &Value) -> PyResult<Vec<u8>> {
    bytes_like(v).map(|b| b.to_vec()).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!(
                "a bytes-like object is required, not '{}'",
                v.type_data().name()
            ),
        )
    })
}

fn pack(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "pack() takes no keyword arguments",
        ));
    }
    let Some((fmt, rest)) = args.all.split_first() else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "pack expected at least 1 argument, got 0",
        ));
    };
    let lay = layout_of(fmt)?;
    let mut buf = vec![0u8; lay.size];
    pack_into_buf(vm, &lay, rest, &mut buf)?;
    Ok(new_bytes(buf))
}

fn pack_into(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.all.len() < 3 || !args.kwnames.is_empty() {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "pack_into expected at least 3 arguments, got {}",
                args.all.len()
            ),
        ));
    }
    let lay = layout_of(&args.all[0])?;
    let target = as_bytearray(&args.all[1]).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!(
                "argument must be read-write bytes-like object, not {}",
                args.all[1].type_data().name()
            ),
        )
    })?;
    let len = target.len() as i64;
    let off = as_int(&args.all[2])
        .and_then(|i| i.to_i64())
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "offset must be an integer"))?;
    let off = if off < 0 {
        if off + len < 0 {
            return Err(error(format!(
                "offset {off} out of range for {len}-byte buffer"
            )));
        }
        off + len
    } else {
        off
    };
    if off > len || len - off < lay.size as i64 {
        return Err(error(format!(
            "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
            (lay.size as i64).saturating_add(off),
            lay.size,
            off,
            len
        )));
    }
    let mut buf = vec![0u8; lay.size];
    pack_into_buf(vm, &lay, &args.all[3..], &mut buf)?;
    let off = off as usize;
    target.with_mut(|d| d[off..off + buf.len()].copy_from_slice(&buf));
    Ok(none())
}

fn unpack(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "unpack", 2, 2)?;
    let lay = layout_of(&args.all[0])?;
    let buf = buffer_arg(&args.all[1])?;
    if buf.len() != lay.size {
        return Err(error(format!(
            "unpack requires a buffer of {} bytes",
            lay.size
        )));
    }
    Ok(unpack_buf(&lay, &buf))
}

fn unpack_from(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let bound = super::args::bind(&args, "unpack_from", &["format", "buffer", "offset"], 2)?;
    let (Some(fmt), Some(buffer)) = (bound[0], bound[1]) else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "unpack_from() missing arguments",
        ));
    };
    let lay = layout_of(fmt)?;
    let buf = buffer_arg(buffer)?;
    let len = buf.len() as i64;
    let mut off = match bound[2] {
        Some(v) => as_int(v)
            .and_then(|i| i.to_i64())
            .ok_or_else(|| PyErr::new(ExcKind::TypeError, "offset must be an integer"))?,
        None => 0,
    };
    if off < 0 {
        if off + len < 0 {
            return Err(error(format!(
                "offset {off} out of range for {len}-byte buffer"
            )));
        }
        off += len;
    }
    if off > len || len - off < lay.size as i64 {
        return Err(error(format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
            (lay.size as i64).saturating_add(off),
            lay.size,
            off,
            len
        )));
    }
    let off = off as usize;
    Ok(unpack_buf(&lay, &buf[off..off + lay.size]))
}

fn iter_unpack(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "iter_unpack", 2, 2)?;
    let lay = layout_of(&args.all[0])?;
    let buf = buffer_arg(&args.all[1])?;
    if lay.size == 0 {
        return Err(error("cannot iteratively unpack with a struct of length 0"));
    }
    if buf.len() % lay.size != 0 {
        return Err(error(format!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            lay.size
        )));
    }
    let items: Vec<Value> = buf
        .chunks_exact(lay.size)
        .map(|c| unpack_buf(&lay, c))
        .collect();
    // `struct.iter_unpack` (tier1/lib/struct.py) wraps this list in an iterator.
    Ok(new_list(items))
}

fn calcsize(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "calcsize", 1, 1)?;
    Ok(int_from_i64(layout_of(&args.all[0])?.size as i64))
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let d = new_dict();
    add_value(&d, "__name__", new_str("_struct"));
    let ns = new_dict();
    add_value(&ns, "__module__", new_str("struct"));
    let exc = ExcKind::Exception.type_ref().value();
    let cls = call::call(
        vm,
        &builtin_types().type_.value(),
        &[new_str("error"), new_tuple(vec![exc]), ns],
        &[],
    )?;
    let old = ERROR
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .replace(ErrorClass(cls.clone()));
    drop(old);
    add_value(&d, "error", cls);
    add_function(&d, "pack", pack);
    add_function(&d, "pack_into", pack_into);
    add_function(&d, "unpack", unpack);
    add_function(&d, "unpack_from", unpack_from);
    add_function(&d, "iter_unpack", iter_unpack);
    add_function(&d, "calcsize", calcsize);
    Ok(new_module("_struct", d))
}
