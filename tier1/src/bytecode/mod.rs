//! Instruction set and code-object format of tier 1: the single source of truth for opcodes,
//! inline-cache sizes and stack effects, read by the compiler, the interpreter and (later) the
//! specializer and the JIT. Holds no runtime objects.

pub mod code;
pub mod opcodes;

pub use code::{CodeObject, Constant, ExceptionEntry, Location};
pub use opcodes::{BinaryOp, CompareOp, Intrinsic1, Opcode};
