//! Native iterator objects (list/tuple/range/str/dict/set iterators, enumerate, zip, map,
//! filter, reversed, the sequence and callable iterators): one payload, one state enum, one
//! Python type per kind. Advancing them (which may call Python code) is `interp::iterate`'s job.

use std::cell::UnsafeCell;

use crate::thread::critical::ObjLock;

use super::builtin_types;
use super::typeobj::{alloc, Layout};
use super::value::{Payload, Value};

/// The kinds of native iterator, each with its own Python type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(usize)]
pub enum IterKind {
    List = 0,
    Tuple,
    Range,
    Str,
    Bytes,
    DictKeys,
    DictValues,
    DictItems,
    Set,
    Enumerate,
    Zip,
    Map,
    Filter,
    ListReverse,
    Reversed,
    Seq,
    Callable,
}

impl IterKind {
    /// Python type names, indexed by kind.
    pub const TYPE_NAMES: &'static [&'static str] = &[
        "list_iterator",
        "tuple_iterator",
        "range_iterator",
        "str_ascii_iterator",
        "bytes_iterator",
        "dict_keyiterator",
        "dict_valueiterator",
        "dict_itemiterator",
        "set_iterator",
        "enumerate",
        "zip",
        "map",
        "filter",
        "list_reverseiterator",
        "reversed",
        "iterator",
        "callable_iterator",
    ];
}

/// Iteration state.
pub enum IterState {
    /// list, tuple, str, bytes, and `__getitem__` sequences: the next index.
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        step: i64,
        remaining: i64,
    },
    /// A range whose bounds or length do not fit i64.
    BigRange {
        next: num_bigint::BigInt,
        step: num_bigint::BigInt,
        remaining: num_bigint::BigInt,
    },
    /// dict keys/values/items and sets: position in the entry table and the size at creation
    /// (a change of size raises RuntimeError, as CPython).
    Table {
        source: Value,
        pos: usize,
        len_at_start: usize,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    /// Reverse iteration over a sequence: the next index (counting down), or exhausted.
    Reverse {
        seq: Value,
        next: Option<usize>,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    Exhausted,
}

pub struct IterData {
    pub kind: IterKind,
    lock: ObjLock,
    state: UnsafeCell<IterState>,
}

impl Payload for IterData {
    const LAYOUT: Layout = Layout::Iter;
    const GC: bool = true;
}

impl IterData {
    /// Runs `f` on the state. `f` must not run Python code or drop Values (it may move them out
    /// and return them).
    /// The closure may read other containers through their accessors (an iterator's lock is
    /// always taken before its container's, never after, so the order cannot cycle).
    pub fn with_state<R>(&self, f: impl FnOnce(&mut IterState) -> R) -> R {
        let _cs = self.lock.enter();
        // SAFETY: the borrow lives inside the iterator's critical section; the closure contract
        // forbids re-entrance while the state is borrowed.
        f(unsafe { &mut *self.state.get() })
    }

    /// Reports every reference the object holds (for the cycle collector; no Python code runs).
    pub fn visit_refs(&self, visit: &mut dyn FnMut(&Value)) {
        self.with_state(|s| match s {
            IterState::Seq { seq, .. } | IterState::Reverse { seq, .. } => visit(seq),
            IterState::Table { source, .. } => visit(source),
            IterState::Enumerate { inner, count } => {
                visit(inner);
                visit(count);
            }
            IterState::Zip { iters, .. } => iters.iter().for_each(&mut *visit),
            IterState::Map { func, iters } => {
                visit(func);
                iters.iter().for_each(&mut *visit);
            }
            IterState::Filter { func, inner } => {
                visit(func);
                visit(inner);
            }
            IterState::Callable { func, sentinel } => {
                visit(func);
                visit(sentinel);
            }
            IterState::Range { .. } | IterState::BigRange { .. } | IterState::Exhausted => {}
        })
    }

    /// Replaces the state; returns the old one for the caller to drop.
    pub fn replace_state(&self, state: IterState) -> IterState {
        self.with_state(|s| std::mem::replace(s, state))
    }
}

/// A new native iterator of `kind`.
pub fn new_iter(kind: IterKind, state: IterState) -> Value {
    let ty = builtin_types().iters[kind as usize].value();
    alloc(
        &ty,
        IterData {
            kind,
            lock: ObjLock::new(),
            state: UnsafeCell::new(state),
        },
    )
}
