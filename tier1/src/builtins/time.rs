//! The `time` module: wall-clock and monotonic clocks, sleep, and calendar time (gmtime,
//! localtime, mktime, strftime, asctime, ctime) through the C library.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::interp::Vm;
use crate::object::dict::new_dict;
use crate::object::func::{new_module, Args};
use crate::object::int::{int_from_i128, new_float};
use crate::object::str::new_str;
use crate::object::{none, ExcKind, PyErr, PyResult, Value};

use super::args::{check_positional, expect_f64};
use super::{add_function, add_value};

fn epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
}

fn monotonic_origin() -> Instant {
    static ORIGIN: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    *ORIGIN.get_or_init(Instant::now)
}

fn time(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "time", 0, 0)?;
    Ok(new_float(epoch().as_secs_f64()))
}

fn time_ns(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "time_ns", 0, 0)?;
    Ok(int_from_i128(epoch().as_nanos() as i128))
}

fn perf_counter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "perf_counter", 0, 0)?;
    Ok(new_float(monotonic_origin().elapsed().as_secs_f64()))
}

fn perf_counter_ns(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "perf_counter_ns", 0, 0)?;
    Ok(int_from_i128(
        monotonic_origin().elapsed().as_nanos() as i128
    ))
}

/// `struct timespec` of the C library (64-bit Linux).
#[repr(C)]
struct Timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

extern "C" {
    fn clock_gettime(clock: i32, out: *mut Timespec) -> i32;
}

/// Linux's clock ids for the CPU time of the process and of the calling thread.
const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;
const CLOCK_THREAD_CPUTIME_ID: i32 = 3;

/// CPU time of `clock` in nanoseconds.
fn cpu_time_ns(clock: i32) -> PyResult<i128> {
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `clock_gettime` writes only the caller's timespec.
    if unsafe { clock_gettime(clock, &mut ts) } != 0 {
        return Err(PyErr::new(ExcKind::OSError, "clock_gettime failed"));
    }
    Ok(i128::from(ts.tv_sec) * 1_000_000_000 + i128::from(ts.tv_nsec))
}

fn process_time(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "process_time", 0, 0)?;
    Ok(new_float(
        cpu_time_ns(CLOCK_PROCESS_CPUTIME_ID)? as f64 / 1e9,
    ))
}

fn process_time_ns(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "process_time_ns", 0, 0)?;
    Ok(int_from_i128(cpu_time_ns(CLOCK_PROCESS_CPUTIME_ID)?))
}

fn thread_time(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "thread_time", 0, 0)?;
    Ok(new_float(
        cpu_time_ns(CLOCK_THREAD_CPUTIME_ID)? as f64 / 1e9,
    ))
}

fn sleep(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "sleep", 1, 1)?;
    let secs = expect_f64(&args.all[0], "")?;
    if secs < 0.0 {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "sleep length must be non-negative",
        ));
    }
    if !secs.is_finite() {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "sleep length is too large",
        ));
    }
    vm.flush_stdout();
    crate::thread::detach();
    std::thread::sleep(Duration::from_secs_f64(secs));
    crate::thread::attach();
    Ok(none())
}

/// Creates the `time` module (with `struct_time` from the bundled `_strata_types`).
pub fn make_module(vm: &mut Vm) -> Value {
    let d = new_dict();
    add_value(&d, "__name__", new_str("time"));
    add_function(&d, "time", time);
    add_function(&d, "time_ns", time_ns);
    add_function(&d, "perf_counter", perf_counter);
    add_function(&d, "perf_counter_ns", perf_counter_ns);
    add_function(&d, "monotonic", perf_counter);
    add_function(&d, "monotonic_ns", perf_counter_ns);
    add_function(&d, "process_time", process_time);
    add_function(&d, "process_time_ns", process_time_ns);
    add_function(&d, "thread_time", thread_time);
    add_function(&d, "sleep", sleep);
    add_calendar_functions(&d);
    if let Ok(class) = super::import::module_attr(vm, "_strata_types", "struct_time") {
        add_value(&d, "struct_time", class);
    }
    monotonic_origin();
    new_module("time", d)
}

// ---------------------------------------------------------------------------
// Calendar time: gmtime, localtime, mktime, strftime, asctime, ctime. The C library converts
// (it knows the time zone); `_strata_types.struct_time` is the Python-side result type.
// ---------------------------------------------------------------------------

/// The C library's `struct tm` (glibc and musl layout on 64-bit Linux).
#[repr(C)]
#[derive(Clone, Copy)]
struct Tm {
    tm_sec: i32,
    tm_min: i32,
    tm_hour: i32,
    tm_mday: i32,
    tm_mon: i32,
    tm_year: i32,
    tm_wday: i32,
    tm_yday: i32,
    tm_isdst: i32,
    tm_gmtoff: i64,
    tm_zone: *const std::ffi::c_char,
}

extern "C" {
    fn gmtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
    fn localtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
    fn mktime(tm: *mut Tm) -> i64;
    fn strftime(
        s: *mut std::ffi::c_char,
        max: usize,
        format: *const std::ffi::c_char,
        tm: *const Tm,
    ) -> usize;
    fn tzset();
}

fn zero_tm() -> Tm {
    Tm {
        tm_sec: 0,
        tm_min: 0,
        tm_hour: 0,
        tm_mday: 1,
        tm_mon: 0,
        tm_year: 70,
        tm_wday: 0,
        tm_yday: 0,
        tm_isdst: 0,
        tm_gmtoff: 0,
        tm_zone: std::ptr::null(),
    }
}

/// Seconds since the epoch from an optional argument (None or absent: now).
fn seconds_arg(args: &Args<'_>) -> PyResult<i64> {
    match args.all.first() {
        None => Ok(epoch().as_secs() as i64),
        Some(v) if v.is(&crate::object::singletons().none) => Ok(epoch().as_secs() as i64),
        Some(v) => {
            let f = expect_f64(v, "")?;
            if !f.is_finite() || f.abs() > 1e17 {
                return Err(PyErr::new(
                    ExcKind::OverflowError,
                    "timestamp out of range for platform time_t",
                ));
            }
            Ok(f.floor() as i64)
        }
    }
}

/// Converts with `gmtime_r` or `localtime_r`.
fn broken_down(t: i64, local: bool) -> PyResult<Tm> {
    let mut tm = zero_tm();
    // SAFETY: both functions only read `t` and write the caller's `tm` (thread-safe variants);
    // `tzset` first, as CPython's localtime does, so TZ changes are seen.
    let ok = unsafe {
        if local {
            tzset();
            !localtime_r(&t, &mut tm).is_null()
        } else {
            !gmtime_r(&t, &mut tm).is_null()
        }
    };
    if !ok {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "timestamp out of range for platform time_t",
        ));
    }
    Ok(tm)
}

/// The zone name of a converted `Tm`.
fn zone_name(tm: &Tm) -> String {
    if tm.tm_zone.is_null() {
        return String::new();
    }
    // SAFETY: the C library set `tm_zone` to a NUL-terminated string it keeps for the life of
    // the process (its time zone tables).
    unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
        .to_string_lossy()
        .into_owned()
}

/// A `time.struct_time` for `tm` (CPython's field conventions: full year, month 1-12, Monday=0,
/// day of year from 1).
fn struct_time(vm: &mut Vm, tm: &Tm) -> PyResult<Value> {
    use crate::object::int::int_from_i64;
    let fields = vec![
        int_from_i64(i64::from(tm.tm_year) + 1900),
        int_from_i64(i64::from(tm.tm_mon) + 1),
        int_from_i64(i64::from(tm.tm_mday)),
        int_from_i64(i64::from(tm.tm_hour)),
        int_from_i64(i64::from(tm.tm_min)),
        int_from_i64(i64::from(tm.tm_sec)),
        int_from_i64((i64::from(tm.tm_wday) + 6) % 7),
        int_from_i64(i64::from(tm.tm_yday) + 1),
        int_from_i64(i64::from(tm.tm_isdst)),
        crate::object::str::new_string(zone_name(tm)),
        int_from_i64(tm.tm_gmtoff),
    ];
    super::import::call_module_function(
        vm,
        "_strata_types",
        "struct_time",
        &[crate::object::seq::new_tuple(fields)],
    )
}

fn gmtime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "gmtime", 0, 1)?;
    let tm = broken_down(seconds_arg(&args)?, false)?;
    struct_time(vm, &tm)
}

fn localtime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "localtime", 0, 1)?;
    let tm = broken_down(seconds_arg(&args)?, true)?;
    struct_time(vm, &tm)
}

/// A `Tm` from a 9-item time tuple (or struct_time), checked as CPython's `gettmarg`.
fn tm_from_tuple(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Tm> {
    let items = crate::interp::ops::collect(vm, v)?;
    if items.len() < 9 || crate::object::seq::as_tuple(v).is_none() {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("{name}(): illegal time tuple argument"),
        ));
    }
    let mut n = [0i64; 9];
    for (slot, item) in n.iter_mut().zip(&items) {
        *slot = crate::object::int::as_i64(item).ok_or_else(|| {
            PyErr::new(
                ExcKind::TypeError,
                format!(
                    "'{}' object cannot be interpreted as an integer",
                    item.type_data().name()
                ),
            )
        })?;
    }
    let small = |x: i64| {
        i32::try_from(x).map_err(|_| {
            PyErr::new(
                ExcKind::OverflowError,
                "Python int too large to convert to C int",
            )
        })
    };
    let mut tm = zero_tm();
    tm.tm_year = small(n[0] - 1900)?;
    tm.tm_mon = small(n[1] - 1)?;
    tm.tm_mday = small(n[2])?;
    tm.tm_hour = small(n[3])?;
    tm.tm_min = small(n[4])?;
    tm.tm_sec = small(n[5])?;
    tm.tm_wday = small((n[6] + 1).rem_euclid(7))?;
    tm.tm_yday = small(n[7] - 1)?;
    tm.tm_isdst = small(n[8])?;
    Ok(tm)
}

/// The time tuple argument at `index`, or the local time now.
fn tm_arg(vm: &mut Vm, args: &Args<'_>, index: usize, name: &str) -> PyResult<Tm> {
    match args.all.get(index) {
        Some(v) => tm_from_tuple(vm, v, name),
        None => broken_down(epoch().as_secs() as i64, true),
    }
}

fn mktime_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "mktime", 1, 1)?;
    let mut tm = tm_from_tuple(vm, &args.all[0], "mktime")?;
    tm.tm_wday = -1;
    // SAFETY: `mktime` reads and normalizes the caller's `tm`; `tzset` first as in localtime.
    let t = unsafe {
        tzset();
        mktime(&mut tm)
    };
    if t == -1 && tm.tm_wday == -1 {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "mktime argument out of range",
        ));
    }
    Ok(new_float(t as f64))
}

fn strftime_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "strftime", 1, 2)?;
    let Some(format) = crate::object::str::as_str(&args.all[0]) else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "strftime() argument 1 must be str, not {}",
                args.all[0].type_data().name()
            ),
        ));
    };
    let tm = tm_arg(vm, &args, 1, "strftime")?;
    if format.is_empty() {
        return Ok(new_str(""));
    }
    let Ok(cformat) = std::ffi::CString::new(format) else {
        return Err(PyErr::new(ExcKind::ValueError, "embedded null character"));
    };
    let mut size = 256usize.max(format.len() * 8);
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` writable bytes; the format is NUL-terminated; `tm` is a
        // fully initialized struct (its zone pointer null or the library's own string).
        let n = unsafe { strftime(buf.as_mut_ptr().cast(), size, cformat.as_ptr(), &tm) };
        if n > 0 || size > 1 << 20 {
            buf.truncate(n);
            return Ok(crate::object::str::new_string(
                String::from_utf8_lossy(&buf).into_owned(),
            ));
        }
        size *= 4;
    }
}

/// CPython's fixed asctime format: 'Wed Dec  2 10:18:13 2026'.
fn asctime_text(tm: &Tm) -> String {
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        DAYS[tm.tm_wday.rem_euclid(7) as usize],
        MONTHS[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        i64::from(tm.tm_year) + 1900
    )
}

fn asctime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "asctime", 0, 1)?;
    let tm = tm_arg(vm, &args, 0, "asctime")?;
    Ok(crate::object::str::new_string(asctime_text(&tm)))
}

fn ctime(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "ctime", 0, 1)?;
    let tm = broken_down(seconds_arg(&args)?, true)?;
    Ok(crate::object::str::new_string(asctime_text(&tm)))
}

/// Adds the calendar functions to the `time` module's namespace.
fn add_calendar_functions(d: &Value) {
    add_function(d, "gmtime", gmtime);
    add_function(d, "localtime", localtime);
    add_function(d, "mktime", mktime_fn);
    add_function(d, "strftime", strftime_fn);
    add_function(d, "asctime", asctime);
    add_function(d, "ctime", ctime);
}
