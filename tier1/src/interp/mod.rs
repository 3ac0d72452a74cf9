//! The tier-1 interpreter: per-thread state (`Vm`), frames, the evaluation loop, calls,
//! attribute semantics, operators, text conversion, iteration and generators. Object storage is
//! `crate::object`'s; Python-visible builtins are `crate::builtins`'.

pub mod attr;
pub mod call;
pub mod eval;
pub mod finalize;
pub mod frame;
pub mod generator;
pub mod iterate;
pub mod ops;
pub mod pattern;
pub mod repr;
pub mod vm;

pub use vm::Vm;
