//! strata-tier1: Strata's free-threaded runtime and tier-1 interpreter.
//!
//! Layout: `object` (header, refcounts, values, builtin payloads), `memory` (freeing),
//! `bytecode` (the instruction set, one source of truth), `compile` (source to bytecode),
//! `interp` (frames, eval loop, semantics), `builtins` (builtin functions, type methods and
//! native modules). See docs/architecture.md.

pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod interp;
pub mod memory;
pub mod object;
pub mod specialize;
pub mod thread;

pub use interp::Vm;
pub use object::{PyErr, PyResult, Value};
