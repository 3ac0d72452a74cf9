//! The native `_strata_re` module behind the bundled `re.py`: `compile` (pattern → compiled
//! program object or an error description), `exec` (one match/fullmatch/search) and `scan`
//! (successive non-overlapping searches, CPython's empty-match rules). Results are flat tuples.

use std::cell::RefCell;
use std::mem::ManuallyDrop;
use std::rc::Rc;

use crate::interp::Vm;
use crate::object::func::{new_module, Args};
use crate::object::int::{as_i64, int_from_i64};
use crate::object::seq::{as_bytes, new_list, new_tuple};
use crate::object::str::{new_str, str_data};
use crate::object::typeobj::{alloc, Layout};
use crate::object::{builtin_types, none, ExcKind, Payload, PyErr, PyResult, Value};

use super::compile::{compile as compile_prog, Program};
use super::matcher::{execute, MatchResult, Mode, Text};
use super::parse::parse;
use crate::builtins::args::check_positional;
use crate::builtins::{add_function, add_value};
use crate::object::dict::new_dict;

/// Payload of a compiled program object.
pub struct ReProgramData {
    pub prog: Program,
    pub is_bytes: bool,
}

impl Payload for ReProgramData {
    const LAYOUT: Layout = Layout::ReProgram;
}

/// A string (kept alive, never dropped at thread exit) and its code points.
type CachedChars = (ManuallyDrop<Value>, Rc<Vec<char>>);

thread_local! {
    /// The last non-ASCII string converted to code points (tokenizers call `match` at
    /// increasing positions on one long string). The string is held (so its address stays
    /// unique) but never dropped by the thread-local destructor, which may run after the
    /// runtime is gone; replacing the entry releases the previous string.
    static CHARS_CACHE: RefCell<Option<CachedChars>> = const { RefCell::new(None) };
}

/// Releases this thread's cached string (at thread exit, while the runtime is still up).
pub fn release_thread_cache() {
    if let Some((old, _)) = CHARS_CACHE.with(|c| c.borrow_mut().take()) {
        drop(ManuallyDrop::into_inner(old));
    }
}

fn int_arg(v: &Value, what: &str) -> PyResult<i64> {
    as_i64(v).ok_or_else(|| PyErr::new(ExcKind::TypeError, format!("{what} must be an integer")))
}

/// Compiles `(pattern, flags)`: returns `(program, flags, groups, ((name, index), ...))`, or
/// `(None, message, position)` for a syntax error (re.py raises `re.error`).
fn re_compile(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "compile", 2, 2)?;
    let flags = int_arg(&args.all[1], "flags")?;
    let (chars, is_bytes): (Vec<char>, bool) = if let Some(s) = str_data(&args.all[0]) {
        (s.as_str().chars().collect(), false)
    } else if let Some(b) = as_bytes(&args.all[0]) {
        (b.iter().map(|&x| x as char).collect(), true)
    } else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "first argument must be string or compiled pattern",
        ));
    };
    let parsed = match parse(&chars, flags as u32, is_bytes) {
        Ok(p) => p,
        Err(e) if e.recursion => return Err(PyErr::new(ExcKind::RecursionError, e.msg)),
        Err(e) if e.overflow => return Err(PyErr::new(ExcKind::OverflowError, e.msg)),
        Err(e) => {
            return Ok(new_tuple(vec![
                none(),
                new_str(&e.msg),
                e.pos.map_or_else(none, |p| int_from_i64(p as i64)),
            ]))
        }
    };
    let prog = compile_prog(&parsed.node, parsed.groups);
    let names = parsed
        .names
        .iter()
        .map(|(n, i)| new_tuple(vec![new_str(n), int_from_i64(*i as i64)]))
        .collect();
    let obj = alloc(
        &builtin_types().re_program.value(),
        ReProgramData { prog, is_bytes },
    );
    Ok(new_tuple(vec![
        obj,
        int_from_i64(parsed.flags as i64),
        int_from_i64(parsed.groups as i64),
        new_tuple(names),
    ]))
}

fn program(v: &Value) -> PyResult<&ReProgramData> {
    v.downcast::<ReProgramData>()
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "expected a compiled pattern"))
}

fn result_tuple(r: &MatchResult) -> Value {
    let mut items = Vec::with_capacity(r.spans.len() * 2 + 1);
    for s in &r.spans {
        match s {
            Some((a, b)) => {
                items.push(int_from_i64(*a as i64));
                items.push(int_from_i64(*b as i64));
            }
            None => {
                items.push(int_from_i64(-1));
                items.push(int_from_i64(-1));
            }
        }
    }
    items.push(r.lastindex.map_or_else(none, |i| int_from_i64(i as i64)));
    new_tuple(items)
}

/// Runs `f` over the text of `subject` (bytes or code points), checking it against the
/// pattern kind.
fn with_text<R>(
    data: &ReProgramData,
    subject: &Value,
    f: impl FnOnce(&dyn TextRunner) -> R,
) -> PyResult<R> {
    if let Some(s) = str_data(subject) {
        if data.is_bytes {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "cannot use a bytes pattern on a string-like object",
            ));
        }
        if s.is_ascii() {
            return Ok(f(&Runner(s.as_str().as_bytes())));
        }
        let chars = CHARS_CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if let Some((v, chars)) = &*c {
                if v.is(subject) {
                    return chars.clone();
                }
            }
            let chars: Rc<Vec<char>> = Rc::new(s.as_str().chars().collect());
            if let Some((old, _)) = c.replace((ManuallyDrop::new(subject.clone()), chars.clone())) {
                drop(ManuallyDrop::into_inner(old));
            }
            chars
        });
        return Ok(f(&Runner(&chars[..])));
    }
    if let Some(b) = as_bytes(subject) {
        if !data.is_bytes {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "cannot use a string pattern on a bytes-like object",
            ));
        }
        return Ok(f(&Runner(b)));
    }
    Err(PyErr::new(
        ExcKind::TypeError,
        format!(
            "expected string or bytes-like object, got '{}'",
            subject.type_data().name()
        ),
    ))
}

/// Object-safe wrapper so one closure serves both text kinds.
trait TextRunner {
    fn exec(
        &self,
        prog: &Program,
        pos: usize,
        end: usize,
        mode: Mode,
        adv: bool,
    ) -> Option<MatchResult>;
    fn text_len(&self) -> usize;
}

struct Runner<'a, T: Text + ?Sized>(&'a T);

impl<T: Text + ?Sized> TextRunner for Runner<'_, T> {
    fn exec(
        &self,
        prog: &Program,
        pos: usize,
        end: usize,
        mode: Mode,
        adv: bool,
    ) -> Option<MatchResult> {
        execute(prog, self.0, pos, end, mode, adv)
    }
    fn text_len(&self) -> usize {
        self.0.text_len()
    }
}

fn bounds(args: &Args<'_>, len: usize) -> PyResult<(usize, usize)> {
    let pos = int_arg(&args.all[2], "pos")?.max(0) as usize;
    let endpos = int_arg(&args.all[3], "endpos")?.max(0) as usize;
    Ok((pos.min(len), endpos.min(len)))
}

/// `exec(program, string, pos, endpos, mode, must_advance)`: mode 0 match, 1 fullmatch,
/// 2 search. Returns None or `(s0, e0, s1, e1, ..., lastindex)` (-1 for unmatched groups).
fn re_exec(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "exec", 6, 6)?;
    let data = program(&args.all[0])?;
    let mode = match int_arg(&args.all[4], "mode")? {
        0 => Mode::Match,
        1 => Mode::FullMatch,
        _ => Mode::Search,
    };
    let adv = int_arg(&args.all[5], "must_advance")? != 0;
    let r = with_text(data, &args.all[1], |t| -> PyResult<Option<MatchResult>> {
        let (pos, end) = bounds(&args, t.text_len())?;
        if end < pos {
            return Ok(None);
        }
        Ok(t.exec(&data.prog, pos, end, mode, adv))
    })??;
    Ok(r.as_ref().map_or_else(none, result_tuple))
}

/// `scan(program, string, pos, endpos, limit)`: successive searches (at most `limit` when
/// positive), as a list of result tuples.
fn re_scan(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "scan", 5, 5)?;
    let data = program(&args.all[0])?;
    let limit = int_arg(&args.all[4], "limit")?;
    let out = with_text(data, &args.all[1], |t| -> PyResult<Vec<Value>> {
        let (mut pos, end) = bounds(&args, t.text_len())?;
        let mut out = Vec::new();
        let mut adv = false;
        while pos <= end && (limit <= 0 || (out.len() as i64) < limit) {
            let Some(r) = t.exec(&data.prog, pos, end, Mode::Search, adv) else {
                break;
            };
            let (s, e) = r.spans[0].unwrap_or((pos, pos));
            out.push(result_tuple(&r));
            adv = s == e;
            pos = e;
        }
        Ok(out)
    })??;
    Ok(new_list(out))
}

/// Creates the `_strata_re` module.
pub fn make_module() -> Value {
    let d = new_dict();
    add_value(&d, "__name__", new_str("_strata_re"));
    add_function(&d, "compile", re_compile);
    add_function(&d, "exec", re_exec);
    add_function(&d, "scan", re_scan);
    new_module("_strata_re", d)
}
