//! The compiled form of one function, class body or module: the instructions, their inline caches,
//! constants, names, the exception table and the location table. This is what the compiler
//! produces and the interpreter runs; it holds no runtime objects (constants are `Constant`s and
//! become `Value`s when the runtime loads the code).

use num_bigint::BigInt;
use std::sync::Arc;

use super::opcodes::Opcode;

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    Code(Arc<CodeObject>),
}

/// Code flags, as CPython's `CO_*`.
pub mod flags {
    /// The function takes `*args`.
    pub const VARARGS: u32 = 0x04;
    /// The function takes `**kwargs`.
    pub const VARKEYWORDS: u32 = 0x08;
    /// The code is nested inside a function.
    pub const NESTED: u32 = 0x10;
    /// Calling the function creates a generator.
    pub const GENERATOR: u32 = 0x20;
    /// The code runs with a locals mapping (module and class bodies, `exec`): LOAD_NAME and
    /// STORE_NAME address it.
    pub const HAS_LOCALS_MAPPING: u32 = 0x1000_0000;
}

/// One exception-table entry: an exception raised by an instruction whose code-unit index lies
/// in `start..end` pops the value stack down to `depth` items, pushes the index of the raising
/// instruction as an int when `push_lasti`, pushes the exception, and jumps to `handler`.
/// Entries do not overlap; the compiler emits the innermost handler for each range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

/// Source location of an instruction: 1-based lines, 0-based columns in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Location {
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

/// A compiled code object.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// The function's name (`<module>`, `<lambda>`, `<listcomp>`, ...).
    pub name: String,
    /// The dotted qualified name (`Outer.method.<locals>.inner`).
    pub qualname: String,
    pub filename: String,
    pub first_line: u32,
    /// Positional parameters, positional-only ones included.
    pub arg_count: u32,
    pub posonly_arg_count: u32,
    pub kwonly_arg_count: u32,
    /// `flags::*` bits.
    pub flags: u32,
    /// Local variable names; parameters first (positional, keyword-only, `*args`, `**kwargs`).
    pub varnames: Vec<String>,
    /// Names of cells this code creates (variables captured by inner functions).
    pub cellvars: Vec<String>,
    /// Names of the cells this code receives from its closure.
    pub freevars: Vec<String>,
    /// For each cellvar, the parameter (index into varnames) it is initialized from, if any.
    pub cell_from_arg: Vec<Option<u32>>,
    /// Names used by LOAD_NAME, LOAD_GLOBAL, LOAD_ATTR, IMPORT_NAME, ...
    pub names: Vec<String>,
    pub consts: Vec<Constant>,
    /// Instructions and inline caches: `opcode | arg << 8` per code unit.
    pub code: Vec<u16>,
    /// One location per code unit (cache units repeat their instruction's location).
    pub locations: Vec<Location>,
    pub exception_table: Vec<ExceptionEntry>,
    /// Upper bound of the value stack depth.
    pub max_stack: u32,
    /// The docstring, when the body starts with a string literal.
    pub docstring: Option<String>,
}

impl CodeObject {
    /// The innermost exception-table entry covering the instruction at `index`.
    pub fn handler_for(&self, index: u32) -> Option<&ExceptionEntry> {
        self.exception_table
            .iter()
            .find(|e| e.start <= index && index < e.end)
    }

    /// Iterates over instructions as `(index, opcode, full argument)`, folding EXTENDED_ARG
    /// prefixes into the argument and skipping cache entries. `index` is that of the opcode unit.
    pub fn instructions(&self) -> Instructions<'_> {
        Instructions {
            code: &self.code,
            pos: 0,
        }
    }

    /// A readable listing of the instructions (the golden format of the compiler tests).
    pub fn disassemble(&self) -> String {
        let mut out = String::new();
        let mut last_line = 0;
        for (index, op, arg) in self.instructions() {
            let line = self.locations.get(index).map_or(0, |l| l.line);
            let line_col = if line != last_line {
                last_line = line;
                format!("{line:>4}")
            } else {
                "    ".to_string()
            };
            let detail = self.describe_arg(op, arg);
            out.push_str(&format!(
                "{line_col} {index:>5} {:<22} {arg:>4}{detail}\n",
                op.name()
            ));
        }
        for e in &self.exception_table {
            out.push_str(&format!(
                "  ExceptionTable: {} to {} -> {} [{}]{}\n",
                e.start,
                e.end,
                e.handler,
                e.depth,
                if e.push_lasti { " lasti" } else { "" }
            ));
        }
        for c in &self.consts {
            if let Constant::Code(inner) = c {
                out.push_str(&format!("\nDisassembly of <code {}>:\n", inner.qualname));
                out.push_str(&inner.disassemble());
            }
        }
        out
    }

    fn describe_arg(&self, op: Opcode, arg: u32) -> String {
        use Opcode::*;
        let name = |i: u32| self.names.get(i as usize).cloned().unwrap_or_default();
        match op {
            LOAD_CONST => match self.consts.get(arg as usize) {
                Some(Constant::Code(c)) => format!(" (<code {}>)", c.name),
                Some(c) => format!(" ({c:?})"),
                None => String::new(),
            },
            LOAD_FAST | STORE_FAST | DELETE_FAST => format!(
                " ({})",
                self.varnames.get(arg as usize).cloned().unwrap_or_default()
            ),
            LOAD_NAME | STORE_NAME | DELETE_NAME | STORE_GLOBAL | DELETE_GLOBAL | STORE_ATTR
            | DELETE_ATTR | IMPORT_NAME | IMPORT_FROM => format!(" ({})", name(arg)),
            LOAD_GLOBAL | LOAD_ATTR => format!(" ({})", name(arg >> 1)),
            LOAD_DEREF | STORE_DEREF | DELETE_DEREF | LOAD_CLOSURE | LOAD_CLASSDEREF => {
                let cells = self.cellvars.iter().chain(self.freevars.iter());
                format!(
                    " ({})",
                    cells.clone().nth(arg as usize).cloned().unwrap_or_default()
                )
            }
            _ if super::opcodes::has_jump(op) => format!(" (to {arg})"),
            _ => String::new(),
        }
    }
}

/// Iterator over decoded instructions; see `CodeObject::instructions`.
pub struct Instructions<'a> {
    code: &'a [u16],
    pos: usize,
}

impl Iterator for Instructions<'_> {
    type Item = (usize, Opcode, u32);

    fn next(&mut self) -> Option<Self::Item> {
        let start = self.pos;
        let mut arg: u32 = 0;
        loop {
            let unit = *self.code.get(self.pos)?;
            self.pos += 1;
            let op = Opcode::from_u8((unit & 0xff) as u8)?;
            arg = (arg << 8) | u32::from(unit >> 8);
            if op == Opcode::EXTENDED_ARG {
                continue;
            }
            self.pos += op.cache_entries();
            return Some((start, op, arg));
        }
    }
}
