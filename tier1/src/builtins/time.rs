//! The `time` module: wall-clock and monotonic clocks, and sleep.

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

fn process_time(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "process_time", 0, 0)?;
    Ok(new_float(monotonic_origin().elapsed().as_secs_f64()))
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

/// Creates the `time` module.
pub fn make_module() -> Value {
    let d = new_dict();
    add_value(&d, "__name__", new_str("time"));
    add_function(&d, "time", time);
    add_function(&d, "time_ns", time_ns);
    add_function(&d, "perf_counter", perf_counter);
    add_function(&d, "perf_counter_ns", perf_counter_ns);
    add_function(&d, "monotonic", perf_counter);
    add_function(&d, "monotonic_ns", perf_counter_ns);
    add_function(&d, "process_time", process_time);
    add_function(&d, "sleep", sleep);
    monotonic_origin();
    new_module("time", d)
}
