//! Code generation: statements and expressions -> instruction lists with symbolic labels, one
//! `Unit` per code object being built (module, class body, function, lambda, comprehension).
//! Owns the instruction shapes the interpreter relies on (calls, try/except/finally, with,
//! `yield from`, comprehensions) and the unwinding of `return`/`break`/`continue` through
//! finally blocks, `with` blocks, active handlers and `for` iterators.

use std::sync::Arc;

use num_bigint::BigInt;
use rustpython_ruff_python_ast::{self as ast, Expr, Stmt};
use rustpython_ruff_text_size::{Ranged, TextRange};

use super::assemble::{assemble, Handler, Ins, Label};
use super::symtable::{
    mangle, Resolved, ScopeKind, SymbolTable, KEY_CLASS, KEY_COMP, KEY_FUNCTION, KEY_LAMBDA,
    MAX_NESTING,
};
use super::{CResult, CompileMode, RawError, SourceMap};
use crate::bytecode::code::flags;
use crate::bytecode::{BinaryOp, CodeObject, CompareOp, Constant, Intrinsic1, Location, Opcode};

use Opcode::*;

mod patterns;

pub(crate) fn compile_module(
    body: &[Stmt],
    table: &SymbolTable,
    map: &SourceMap,
    filename: &str,
    _mode: CompileMode,
) -> CResult<Arc<CodeObject>> {
    let mut c = Compiler::new(table, map, filename);
    c.future_annotations = has_future_annotations(body);
    c.enter_unit(0, ScopeKind::Module, "<module>", "<module>", 1);
    c.u().flags |= flags::HAS_LOCALS_MAPPING;
    let mut body = body;
    if let Some((doc, range)) = docstring(body) {
        c.set_loc(range);
        let k = c.add_const(Constant::Str(doc));
        c.emit(LOAD_CONST, k);
        let n = c.add_name("__doc__");
        c.emit(STORE_NAME, n);
        body = &body[1..];
    }
    if has_annotations(body) {
        c.emit(SETUP_ANNOTATIONS, 0);
    }
    c.stmts(body)?;
    if let Some(last) = body.last() {
        c.set_loc(last.range());
    }
    c.return_none();
    c.leave_unit()
}

pub(crate) fn compile_expression(
    expr: &Expr,
    table: &SymbolTable,
    map: &SourceMap,
    filename: &str,
) -> CResult<Arc<CodeObject>> {
    let mut c = Compiler::new(table, map, filename);
    let line = map.line_col(expr.range().start()).0;
    c.enter_unit(0, ScopeKind::Module, "<module>", "<module>", line);
    c.u().flags |= flags::HAS_LOCALS_MAPPING;
    c.expr(expr)?;
    c.emit(RETURN_VALUE, 0);
    c.leave_unit()
}

/// What unwinding must undo for each enclosing block.
#[derive(Clone)]
enum FBlockKind<'a> {
    WhileLoop,
    /// The iterator is on the stack.
    ForLoop,
    TryExcept,
    /// Inside the body of try/finally: unwinding runs the finally body.
    FinallyTry(&'a [Stmt]),
    /// Inside the exceptional copy of a finally body: `[prev, exc]` on the stack.
    FinallyEnd,
    /// Inside a with body: the bound `__exit__` is on the stack.
    With,
    /// Inside an except body: `prev` on the stack; the `as` name to clear.
    HandlerCleanup(Option<String>),
    /// A value saved under the running finally body (return value).
    PopValue,
}

/// The fblock and handler stacks saved across an unwinding.
struct Saved<'a> {
    fblocks: Vec<FBlock<'a>>,
    handlers: Vec<u32>,
}

#[derive(Clone)]
struct FBlock<'a> {
    kind: FBlockKind<'a>,
    /// `continue` target (loops).
    start: Label,
    /// `break` target (loops).
    exit: Label,
    /// Length of the handler stack outside this block.
    handler_len: usize,
}

struct Unit<'a> {
    scope: usize,
    kind: ScopeKind,
    name: String,
    qualname: String,
    first_line: u32,
    instrs: Vec<Ins>,
    labels: Vec<Option<usize>>,
    handlers: Vec<Handler>,
    handler_stack: Vec<u32>,
    consts: Vec<Constant>,
    names: Vec<String>,
    varnames: Vec<String>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    fblocks: Vec<FBlock<'a>>,
    loc: Location,
    arg_count: u32,
    posonly_arg_count: u32,
    kwonly_arg_count: u32,
    flags: u32,
    docstring: Option<String>,
    private: Option<String>,
}

struct Compiler<'a> {
    table: &'a SymbolTable,
    map: &'a SourceMap<'a>,
    filename: String,
    units: Vec<Unit<'a>>,
    future_annotations: bool,
    depth: u32,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Load,
    Store,
    Del,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    List,
    Tuple,
    Set,
}

fn err(msg: impl Into<String>, range: TextRange) -> RawError {
    RawError::syntax(msg, range)
}

/// The docstring of a body, if it starts with a plain string literal.
fn docstring(body: &[Stmt]) -> Option<(String, TextRange)> {
    if let Some(Stmt::Expr(e)) = body.first() {
        if let Expr::StringLiteral(s) = &*e.value {
            return Some((s.value.to_str().to_string(), e.range));
        }
    }
    None
}

fn has_future_annotations(body: &[Stmt]) -> bool {
    let mut body = body;
    if docstring(body).is_some() {
        body = &body[1..];
    }
    for s in body {
        match s {
            Stmt::ImportFrom(i)
                if i.level == 0 && i.module.as_ref().map(|m| m.as_str()) == Some("__future__") =>
            {
                if i.names.iter().any(|a| a.name.as_str() == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

/// Whether a module or class body contains annotated assignments (outside nested scopes).
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}

fn parse_int(text: &str) -> Option<BigInt> {
    let t: String = text.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d, 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d, 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d, 2)
    } else {
        (lower.as_str(), 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

fn const_eq(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::Float(x), Constant::Float(y)) => x.to_bits() == y.to_bits(),
        (Constant::Tuple(x), Constant::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| const_eq(p, q))
        }
        (Constant::Code(_), _) | (_, Constant::Code(_)) => false,
        _ => a == b,
    }
}

/// Limits on folded constants (CPython's `MAX_INT_SIZE`, `MAX_STR_SIZE`,
/// `MAX_COLLECTION_SIZE`): bigger results are computed at run time.
const FOLD_MAX_INT_BITS: u64 = 128;
const FOLD_MAX_STR: usize = 4096;
const FOLD_MAX_ITEMS: usize = 256;

/// An integer that converts to f64 exactly.
fn exact_float(i: &BigInt) -> Option<f64> {
    use num_traits::ToPrimitive;
    let v = i.to_i64()?;
    (v.unsigned_abs() <= 1 << 53).then_some(v as f64)
}

fn as_float(c: &Constant) -> Option<f64> {
    match c {
        Constant::Float(f) => Some(*f),
        Constant::Int(i) => exact_float(i),
        _ => None,
    }
}

/// Folds `l op r` when the result is small and computing it cannot raise. Booleans are left
/// alone (their arithmetic has its own result types).
fn fold_binop(op: ast::Operator, l: &Constant, r: &Constant) -> Option<Constant> {
    use ast::Operator as O;
    use num_integer::Integer;
    use num_traits::{Signed, ToPrimitive, Zero};
    let small = |i: BigInt| (i.bits() <= FOLD_MAX_INT_BITS).then_some(Constant::Int(i));
    let repeat_count = |n: &BigInt, unit: usize, max: usize| -> Option<usize> {
        let n = n.to_i64()?.max(0) as usize;
        (unit.checked_mul(n)? <= max).then_some(n)
    };
    match (l, r) {
        (Constant::Int(a), Constant::Int(b)) => match op {
            O::Add => small(a + b),
            O::Sub => small(a - b),
            O::Mult => {
                if a.bits() + b.bits() > FOLD_MAX_INT_BITS + 1 {
                    return None;
                }
                small(a * b)
            }
            O::FloorDiv if !b.is_zero() => small(a.div_floor(b)),
            O::Mod if !b.is_zero() => small(a.mod_floor(b)),
            O::Div if !b.is_zero() => {
                let (x, y) = (exact_float(a)?, exact_float(b)?);
                Some(Constant::Float(x / y))
            }
            O::Pow => {
                let e = b.to_u32()?;
                if a.bits().saturating_mul(u64::from(e)) > FOLD_MAX_INT_BITS {
                    return None;
                }
                small(num_traits::pow(a.clone(), e as usize))
            }
            O::LShift => {
                let s = b.to_u64()?;
                if a.bits() + s > FOLD_MAX_INT_BITS {
                    return None;
                }
                small(a << s as usize)
            }
            O::RShift => {
                if b.is_negative() {
                    return None;
                }
                let s = b.to_u64().unwrap_or(u64::MAX).min(FOLD_MAX_INT_BITS + 1);
                small(a >> s as usize)
            }
            O::BitAnd => small(a & b),
            O::BitOr => small(a | b),
            O::BitXor => small(a ^ b),
            _ => None,
        },
        (Constant::Float(_), Constant::Float(_) | Constant::Int(_))
        | (Constant::Int(_), Constant::Float(_)) => {
            let (x, y) = (as_float(l)?, as_float(r)?);
            let v = match op {
                O::Add => x + y,
                O::Sub => x - y,
                O::Mult => x * y,
                O::Div if y != 0.0 => x / y,
                _ => return None,
            };
            Some(Constant::Float(v))
        }
        (Constant::Str(a), Constant::Str(b)) if op == O::Add => {
            let len = a.chars().count() + b.chars().count();
            (len <= FOLD_MAX_STR).then(|| Constant::Str(format!("{a}{b}")))
        }
        (Constant::Str(a), Constant::Int(n)) | (Constant::Int(n), Constant::Str(a))
            if op == O::Mult =>
        {
            let n = repeat_count(n, a.chars().count(), FOLD_MAX_STR)?;
            Some(Constant::Str(a.repeat(n)))
        }
        (Constant::Bytes(a), Constant::Bytes(b)) if op == O::Add => {
            (a.len() + b.len() <= FOLD_MAX_STR).then(|| Constant::Bytes([&a[..], b].concat()))
        }
        (Constant::Bytes(a), Constant::Int(n)) | (Constant::Int(n), Constant::Bytes(a))
            if op == O::Mult =>
        {
            let n = repeat_count(n, a.len(), FOLD_MAX_STR)?;
            Some(Constant::Bytes(a.repeat(n)))
        }
        (Constant::Tuple(a), Constant::Tuple(b)) if op == O::Add => (a.len() + b.len()
            <= FOLD_MAX_ITEMS)
            .then(|| Constant::Tuple(a.iter().chain(b).cloned().collect())),
        (Constant::Tuple(a), Constant::Int(n)) | (Constant::Int(n), Constant::Tuple(a))
            if op == O::Mult =>
        {
            let n = repeat_count(n, a.len(), FOLD_MAX_ITEMS)?;
            let mut items = Vec::with_capacity(a.len() * n);
            for _ in 0..n {
                items.extend(a.iter().cloned());
            }
            Some(Constant::Tuple(items))
        }
        _ => None,
    }
}

/// Folds a unary operator applied to a constant (booleans only under `not`).
fn fold_unaryop(op: ast::UnaryOp, c: &Constant) -> Option<Constant> {
    use ast::UnaryOp as U;
    match (op, c) {
        (U::Not, c) => const_truthy(c).map(|t| Constant::Bool(!t)),
        (U::USub, Constant::Int(i)) => Some(Constant::Int(-i)),
        (U::USub, Constant::Float(f)) => Some(Constant::Float(-f)),
        (U::UAdd, Constant::Int(_) | Constant::Float(_)) => Some(c.clone()),
        (U::Invert, Constant::Int(i)) => Some(Constant::Int(-i - 1)),
        _ => None,
    }
}

fn binary_op(op: ast::Operator, inplace: bool) -> u32 {
    use ast::Operator as O;
    let b = match op {
        O::Add => BinaryOp::Add,
        O::Sub => BinaryOp::Subtract,
        O::Mult => BinaryOp::Multiply,
        O::MatMult => BinaryOp::MatrixMultiply,
        O::Div => BinaryOp::TrueDivide,
        O::Mod => BinaryOp::Remainder,
        O::Pow => BinaryOp::Power,
        O::LShift => BinaryOp::Lshift,
        O::RShift => BinaryOp::Rshift,
        O::BitOr => BinaryOp::Or,
        O::BitXor => BinaryOp::Xor,
        O::BitAnd => BinaryOp::And,
        O::FloorDiv => BinaryOp::FloorDivide,
    };
    b as u32 + if inplace { 13 } else { 0 }
}

impl<'a> Compiler<'a> {
    fn new(table: &'a SymbolTable, map: &'a SourceMap<'a>, filename: &str) -> Compiler<'a> {
        Compiler {
            table,
            map,
            filename: filename.to_string(),
            units: Vec::new(),
            future_annotations: false,
            depth: 0,
        }
    }

    // ----- units -----

    fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is always open")
    }

    fn ur(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is always open")
    }

    fn enter_unit(&mut self, scope: usize, kind: ScopeKind, name: &str, qualname: &str, line: u32) {
        let s = &self.table.scopes[scope];
        let mut varnames = s.params.clone();
        if kind != ScopeKind::Module && kind != ScopeKind::Class {
            for l in s.other_locals() {
                if !varnames.contains(&l) {
                    varnames.push(l);
                }
            }
        }
        let loc = self.units.last().map_or(
            Location {
                line,
                col: 0,
                end_line: line,
                end_col: 0,
            },
            |u| u.loc,
        );
        let private = if kind == ScopeKind::Class {
            Some(name.to_string())
        } else {
            s.private.clone()
        };
        self.units.push(Unit {
            scope,
            kind,
            name: name.to_string(),
            qualname: qualname.to_string(),
            first_line: line,
            instrs: Vec::new(),
            labels: Vec::new(),
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames,
            cellvars: s.cellvars.clone(),
            freevars: s.freevars.clone(),
            fblocks: Vec::new(),
            loc,
            arg_count: 0,
            posonly_arg_count: 0,
            kwonly_arg_count: 0,
            flags: 0,
            docstring: None,
            private,
        });
    }

    fn leave_unit(&mut self) -> CResult<Arc<CodeObject>> {
        let u = self.units.pop().expect("a unit is always open");
        let assembled = assemble(u.instrs, &u.labels, &u.handlers).map_err(|e| {
            err(
                format!("internal compiler error in {}: {}", u.qualname, e.0),
                TextRange::default(),
            )
        })?;
        let cell_from_arg = u
            .cellvars
            .iter()
            .map(|c| {
                let nparams = self.table.scopes[u.scope].params.len();
                u.varnames[..nparams.min(u.varnames.len())]
                    .iter()
                    .position(|v| v == c)
                    .map(|i| i as u32)
            })
            .collect();
        Ok(Arc::new(CodeObject {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            first_line: u.first_line,
            arg_count: u.arg_count,
            posonly_arg_count: u.posonly_arg_count,
            kwonly_arg_count: u.kwonly_arg_count,
            flags: u.flags,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell_from_arg,
            names: u.names,
            consts: u.consts,
            code: assembled.code,
            locations: assembled.locations,
            exception_table: assembled.exception_table,
            max_stack: assembled.max_stack,
            docstring: u.docstring,
        }))
    }

    // ----- emission -----

    fn emit(&mut self, op: Opcode, arg: u32) {
        let u = self.u();
        let handler = u.handler_stack.last().copied();
        let loc = u.loc;
        u.instrs.push(Ins {
            op,
            arg,
            target: None,
            loc,
            handler,
        });
    }

    fn emit_jump(&mut self, op: Opcode, target: Label) {
        let u = self.u();
        let handler = u.handler_stack.last().copied();
        let loc = u.loc;
        u.instrs.push(Ins {
            op,
            arg: 0,
            target: Some(target),
            loc,
            handler,
        });
    }

    fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(None);
        Label(u.labels.len() as u32 - 1)
    }

    fn bind(&mut self, l: Label) {
        let u = self.u();
        let here = u.instrs.len();
        if let Some(slot) = u.labels.get_mut(l.0 as usize) {
            *slot = Some(here);
        }
    }

    /// Activates an exception handler for the instructions emitted from now on. Its depth is the
    /// stack depth on entry to the next emitted instruction plus `adjust`.
    fn push_handler(&mut self, label: Label, push_lasti: bool, adjust: i32) {
        let u = self.u();
        let setup_at = u.instrs.len();
        u.handlers.push(Handler {
            label,
            push_lasti,
            setup_at,
            depth_adjust: adjust,
        });
        let id = u.handlers.len() as u32 - 1;
        u.handler_stack.push(id);
    }

    fn pop_handler(&mut self) {
        self.u().handler_stack.pop();
    }

    fn push_fblock(&mut self, kind: FBlockKind<'a>, start: Label, exit: Label, handler_len: usize) {
        self.u().fblocks.push(FBlock {
            kind,
            start,
            exit,
            handler_len,
        });
    }

    fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    /// CPython 3.11's `update_start_location_to_match_attr`: an attribute access spanning
    /// lines is located at its attribute name (the line a traceback shows), keeping the end
    /// of `outer`. Returns the previous location.
    fn set_attr_loc(&mut self, a: &ast::ExprAttribute, outer: TextRange) -> Location {
        let mut loc = self.map.location(outer);
        let (start_line, _) = self.map.line_col(a.range.start());
        let (end_line, _) = self.map.line_col(a.range.end());
        if start_line != end_line {
            let (line, col) = self.map.line_col(a.attr.range.start());
            loc.line = line;
            loc.col = col;
        }
        std::mem::replace(&mut self.u().loc, loc)
    }

    fn set_loc(&mut self, range: TextRange) -> Location {
        let loc = self.map.location(range);
        std::mem::replace(&mut self.u().loc, loc)
    }

    /// Constant folding on emitted code: when the last `n` instructions are `LOAD_CONST`s (no
    /// jump lands between them) and `fold` computes a value from their constants, they are
    /// replaced by one `LOAD_CONST` of it. Working on emitted code keeps folding linear in the
    /// size of the expression however deeply it nests.
    fn fold_last(&mut self, n: usize, fold: impl FnOnce(&[Constant]) -> Option<Constant>) -> bool {
        let u = self.ur();
        let len = u.instrs.len();
        if len < n {
            return false;
        }
        let first = len - n;
        let mut values = Vec::with_capacity(n);
        for ins in &u.instrs[first..] {
            if ins.op != LOAD_CONST || ins.target.is_some() {
                return false;
            }
            match u.consts.get(ins.arg as usize) {
                Some(c) if !matches!(c, Constant::Code(_)) => values.push(c.clone()),
                _ => return false,
            }
        }
        // A label bound inside the run (not at its first instruction) is a jump landing there.
        if u.labels
            .iter()
            .any(|l| matches!(l, Some(i) if *i > first && *i <= len))
        {
            return false;
        }
        let Some(value) = fold(&values) else {
            return false;
        };
        let loc = u.instrs[first].loc;
        let u = self.u();
        u.instrs.truncate(first + 1);
        let k = self.add_const(value);
        let u = self.u();
        u.instrs[first].arg = k;
        u.instrs[first].loc = loc;
        true
    }

    fn add_const(&mut self, c: Constant) -> u32 {
        let u = self.u();
        if !matches!(c, Constant::Code(_)) {
            if let Some(i) = u.consts.iter().position(|x| const_eq(x, &c)) {
                return i as u32;
            }
        }
        u.consts.push(c);
        u.consts.len() as u32 - 1
    }

    fn load_const(&mut self, c: Constant) {
        let k = self.add_const(c);
        self.emit(LOAD_CONST, k);
    }

    fn add_name(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.names.iter().position(|n| n == name) {
            return i as u32;
        }
        u.names.push(name.to_string());
        u.names.len() as u32 - 1
    }

    fn mangle(&self, name: &str) -> String {
        mangle(self.ur().private.as_deref(), name)
    }

    fn return_none(&mut self) {
        self.load_const(Constant::None);
        self.emit(RETURN_VALUE, 0);
    }

    fn nest(&mut self, range: TextRange) -> CResult<()> {
        self.depth += 1;
        if self.depth > MAX_NESTING + 10 {
            return Err(err("too many nested expressions or statements", range));
        }
        Ok(())
    }

    // ----- names -----

    fn deref_index(&self, name: &str) -> Option<u32> {
        let u = self.ur();
        if let Some(i) = u.cellvars.iter().position(|c| c == name) {
            return Some(i as u32);
        }
        u.freevars
            .iter()
            .position(|c| c == name)
            .map(|i| (u.cellvars.len() + i) as u32)
    }

    fn varname_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.varnames.iter().position(|v| v == name) {
            return i as u32;
        }
        u.varnames.push(name.to_string());
        u.varnames.len() as u32 - 1
    }

    fn name_op(&mut self, name: &str, ctx: Ctx) {
        let mangled = self.mangle(name);
        let scope = &self.table.scopes[self.ur().scope];
        let resolved = scope.resolve(&mangled);
        let kind = self.ur().kind;
        let function_like = matches!(
            kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        );
        match resolved {
            Resolved::Free | Resolved::Cell if kind != ScopeKind::Module => {
                if let Some(i) = self.deref_index(&mangled) {
                    let op = match ctx {
                        Ctx::Load if kind == ScopeKind::Class => LOAD_CLASSDEREF,
                        Ctx::Load => LOAD_DEREF,
                        Ctx::Store => STORE_DEREF,
                        Ctx::Del => DELETE_DEREF,
                    };
                    if kind == ScopeKind::Class && op == LOAD_CLASSDEREF {
                        // LOAD_CLASSDEREF needs the name too (mapping first).
                        self.add_name(&mangled);
                    }
                    self.emit(op, i);
                    return;
                }
                self.name_mapping_op(&mangled, ctx);
            }
            Resolved::Local if function_like => {
                let i = self.varname_index(&mangled);
                let op = match ctx {
                    Ctx::Load => LOAD_FAST,
                    Ctx::Store => STORE_FAST,
                    Ctx::Del => DELETE_FAST,
                };
                self.emit(op, i);
            }
            Resolved::GlobalExplicit => self.global_op(&mangled, ctx),
            Resolved::GlobalImplicit if function_like => self.global_op(&mangled, ctx),
            _ => {
                if function_like {
                    self.global_op(&mangled, ctx)
                } else {
                    self.name_mapping_op(&mangled, ctx)
                }
            }
        }
    }

    fn global_op(&mut self, name: &str, ctx: Ctx) {
        let i = self.add_name(name);
        match ctx {
            Ctx::Load => self.emit(LOAD_GLOBAL, i << 1),
            Ctx::Store => self.emit(STORE_GLOBAL, i),
            Ctx::Del => self.emit(DELETE_GLOBAL, i),
        }
    }

    fn name_mapping_op(&mut self, name: &str, ctx: Ctx) {
        let i = self.add_name(name);
        let op = match ctx {
            Ctx::Load => LOAD_NAME,
            Ctx::Store => STORE_NAME,
            Ctx::Del => DELETE_NAME,
        };
        self.emit(op, i);
    }

    /// Whether a load of `name` would be a LOAD_GLOBAL (so a call can use its NULL-pushing form).
    fn is_global_load(&self, name: &str) -> bool {
        let mangled = self.mangle(name);
        let scope = &self.table.scopes[self.ur().scope];
        let function_like = matches!(
            self.ur().kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        );
        match scope.resolve(&mangled) {
            Resolved::GlobalExplicit => true,
            Resolved::GlobalImplicit => function_like,
            _ => false,
        }
    }

    fn qualname_for(&self, name: &str) -> String {
        let u = self.ur();
        match u.kind {
            ScopeKind::Module => name.to_string(),
            kind => {
                let mangled = self.mangle(name);
                if self.table.scopes[u.scope].resolve(&mangled) == Resolved::GlobalExplicit {
                    return name.to_string();
                }
                if kind == ScopeKind::Class {
                    format!("{}.{}", u.qualname, name)
                } else {
                    format!("{}.<locals>.{}", u.qualname, name)
                }
            }
        }
    }

    // ----- statements -----

    fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.nest(s.range())?;
        let old = self.set_loc(s.range());
        let r = self.stmt_inner(s);
        self.u().loc = old;
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> CResult<()> {
        match s {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => {
                if !matches!(self.ur().kind, ScopeKind::Function | ScopeKind::Lambda) {
                    return Err(err("'return' outside function", r.range));
                }
                let saved = match &r.value {
                    Some(v) => {
                        self.expr(v)?;
                        self.unwind(None, true)?
                    }
                    None => {
                        let saved = self.unwind(None, false)?;
                        self.load_const(Constant::None);
                        saved
                    }
                };
                self.emit(RETURN_VALUE, 0);
                self.restore(saved);
                Ok(())
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(COPY, 1);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::For(f) => self.for_stmt(f),
            Stmt::While(w) => self.while_stmt(w),
            Stmt::If(i) => self.if_stmt(i),
            Stmt::With(w) => {
                if w.is_async {
                    return Err(err("'async with' is not supported yet", w.range));
                }
                self.with_stmt(&w.items, &w.body, 0)
            }
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::TypeAlias(t) => Err(err("'type' statements are not supported yet", t.range)),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(RAISE_VARARGS, n);
                Ok(())
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return Err(err("'except*' is not supported yet", t.range));
                }
                if t.finalbody.is_empty() {
                    self.try_except(t)
                } else {
                    self.try_finally(t)
                }
            }
            Stmt::Assert(a) => {
                let ok = self.new_label();
                self.jump_if(&a.test, true, ok)?;
                self.emit(LOAD_ASSERTION_ERROR, 0);
                if let Some(m) = &a.msg {
                    self.emit(PUSH_NULL, 0);
                    self.expr(m)?;
                    self.emit(CALL, 1);
                }
                self.emit(RAISE_VARARGS, 1);
                self.bind(ok);
                Ok(())
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let full = alias.name.as_str();
                    self.load_const(Constant::Int(BigInt::from(0)));
                    self.load_const(Constant::None);
                    let n = self.add_name(full);
                    self.emit(IMPORT_NAME, n);
                    match &alias.asname {
                        Some(asname) => {
                            let parts: Vec<&str> = full.split('.').collect();
                            if parts.len() > 1 {
                                for (k, part) in parts[1..].iter().enumerate() {
                                    let n = self.add_name(part);
                                    self.emit(IMPORT_FROM, n);
                                    if k + 2 < parts.len() {
                                        self.emit(SWAP, 2);
                                        self.emit(POP_TOP, 0);
                                    }
                                }
                                self.name_op(asname.as_str(), Ctx::Store);
                                self.emit(POP_TOP, 0);
                            } else {
                                self.name_op(asname.as_str(), Ctx::Store);
                            }
                        }
                        None => {
                            let top = full.split('.').next().unwrap_or(full);
                            self.name_op(top, Ctx::Store);
                        }
                    }
                }
                Ok(())
            }
            Stmt::ImportFrom(i) => {
                self.load_const(Constant::Int(BigInt::from(i.level)));
                let star = i.names.iter().any(|a| a.name.as_str() == "*");
                let fromlist: Vec<Constant> = i
                    .names
                    .iter()
                    .map(|a| Constant::Str(a.name.as_str().to_string()))
                    .collect();
                self.load_const(Constant::Tuple(fromlist));
                let module = i.module.as_ref().map_or("", |m| m.as_str());
                let n = self.add_name(module);
                self.emit(IMPORT_NAME, n);
                if star {
                    self.emit(CALL_INTRINSIC_1, Intrinsic1::ImportStar as u32);
                    self.emit(POP_TOP, 0);
                    return Ok(());
                }
                for alias in &i.names {
                    let n = self.add_name(alias.name.as_str());
                    self.emit(IMPORT_FROM, n);
                    let store = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.name_op(store.as_str(), Ctx::Store);
                }
                self.emit(POP_TOP, 0);
                Ok(())
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => Ok(()),
            Stmt::Expr(e) => {
                if self.constant(&e.value)?.is_some() {
                    // A constant statement (a stray string, `...`) does nothing.
                    self.emit(NOP, 0);
                    return Ok(());
                }
                self.expr(&e.value)?;
                self.emit(POP_TOP, 0);
                Ok(())
            }
            Stmt::Pass(_) => {
                self.emit(NOP, 0);
                Ok(())
            }
            Stmt::Break(b) => {
                let Some(i) = self.innermost_loop() else {
                    return Err(err("'break' outside loop", b.range));
                };
                let saved = self.unwind(Some(i), false)?;
                let fb = self.ur().fblocks[i].clone();
                let len = fb.handler_len.min(self.ur().handler_stack.len());
                self.u().handler_stack.truncate(len);
                if matches!(fb.kind, FBlockKind::ForLoop) {
                    self.emit(END_FOR, 0);
                }
                self.emit_jump(JUMP_FORWARD, fb.exit);
                self.restore(saved);
                Ok(())
            }
            Stmt::Continue(c) => {
                let Some(i) = self.innermost_loop() else {
                    return Err(err("'continue' not properly in loop", c.range));
                };
                let saved = self.unwind(Some(i), false)?;
                let fb = self.ur().fblocks[i].clone();
                let len = fb.handler_len.min(self.ur().handler_stack.len());
                self.u().handler_stack.truncate(len);
                self.emit_jump(JUMP_BACKWARD, fb.start);
                self.restore(saved);
                Ok(())
            }
            Stmt::IpyEscapeCommand(c) => Err(err("invalid syntax", c.range)),
        }
    }

    fn innermost_loop(&self) -> Option<usize> {
        self.ur()
            .fblocks
            .iter()
            .rposition(|f| matches!(f.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop))
    }

    /// Emits the unwinding of every fblock above index `stop` (all of them when None). With
    /// `preserve_tos` the value on top of the stack survives. Leaves the fblock and handler
    /// stacks unwound so the caller's final jump or return is emitted under the right handler;
    /// the caller restores them with `restore`.
    fn unwind(&mut self, stop: Option<usize>, preserve_tos: bool) -> CResult<Saved<'a>> {
        let saved = Saved {
            fblocks: self.ur().fblocks.clone(),
            handlers: self.ur().handler_stack.clone(),
        };
        let bottom = stop.map_or(0, |i| i + 1);
        while self.ur().fblocks.len() > bottom {
            let Some(fb) = self.u().fblocks.pop() else {
                break;
            };
            let handler_len = fb.handler_len.min(self.ur().handler_stack.len());
            self.u().handler_stack.truncate(handler_len);
            if let Err(e) = self.unwind_one(&fb, preserve_tos) {
                self.restore(saved);
                return Err(e);
            }
        }
        Ok(saved)
    }

    fn restore(&mut self, saved: Saved<'a>) {
        self.u().fblocks = saved.fblocks;
        self.u().handler_stack = saved.handlers;
    }

    fn unwind_one(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> CResult<()> {
        match &fb.kind {
            FBlockKind::WhileLoop | FBlockKind::TryExcept => {}
            FBlockKind::ForLoop => {
                if preserve_tos {
                    self.emit(SWAP, 2);
                }
                self.emit(END_FOR, 0);
            }
            FBlockKind::FinallyTry(body) => {
                if preserve_tos {
                    let l = self.new_label();
                    let hl = self.ur().handler_stack.len();
                    self.push_fblock(FBlockKind::PopValue, l, l, hl);
                }
                self.stmts(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(SWAP, 2);
                }
                self.emit(POP_TOP, 0);
                if preserve_tos {
                    self.emit(SWAP, 2);
                }
                self.emit(POP_EXCEPT, 0);
            }
            FBlockKind::With => {
                if preserve_tos {
                    self.emit(SWAP, 2);
                }
                self.call_exit_with_nones();
            }
            FBlockKind::HandlerCleanup(name) => {
                if preserve_tos {
                    self.emit(SWAP, 2);
                }
                self.emit(POP_EXCEPT, 0);
                if let Some(name) = name {
                    self.load_const(Constant::None);
                    self.name_op(name, Ctx::Store);
                    self.name_op(name, Ctx::Del);
                }
            }
            FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(SWAP, 2);
                    self.emit(POP_TOP, 0);
                }
            }
        }
        Ok(())
    }

    /// `[exit] -- []`: calls `exit(None, None, None)` and drops the result.
    fn call_exit_with_nones(&mut self) {
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(CALL, 2);
        self.emit(POP_TOP, 0);
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult<()> {
        let end = self.new_label();
        let mut next = self.new_label();
        self.jump_if(&i.test, false, next)?;
        self.stmts(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.emit_jump(JUMP_FORWARD, end);
            self.bind(next);
            next = self.new_label();
            let old = self.set_loc(clause.range);
            if let Some(t) = &clause.test {
                self.jump_if(t, false, next)?;
            }
            self.u().loc = old;
            self.stmts(&clause.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    /// `while test: body` with the test duplicated at the bottom, so an iteration costs one
    /// conditional backward jump instead of a conditional jump plus `JUMP_BACKWARD`:
    /// ```text
    ///       <test>; POP_JUMP_IF_FALSE orelse
    /// body: <body>
    /// cont: <test>; POP_JUMP_IF_TRUE body      (`continue` jumps to cont)
    /// orelse: <orelse>
    /// end:                                     (`break` jumps to end)
    /// ```
    /// `while True:` has no test: `NOP; body: <body>; JUMP_BACKWARD body`.
    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult<()> {
        let body = self.new_label();
        let cont = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        let truth = self.constant(&w.test)?.and_then(|c| const_truthy(&c));
        match truth {
            Some(true) => self.emit(NOP, 0),
            Some(false) => {
                // The body never runs (but is still compiled, for its errors).
                self.emit_jump(JUMP_FORWARD, orelse);
            }
            None => self.jump_if(&w.test, false, orelse)?,
        }
        self.bind(body);
        let hl = self.ur().handler_stack.len();
        let continue_target = if truth == Some(true) { body } else { cont };
        self.push_fblock(FBlockKind::WhileLoop, continue_target, end, hl);
        self.stmts(&w.body)?;
        self.pop_fblock();
        self.bind(cont);
        if truth == Some(true) {
            self.emit_jump(JUMP_BACKWARD, body);
        } else {
            let old = self.set_loc(w.test.range());
            self.jump_if(&w.test, true, body)?;
            self.u().loc = old;
        }
        self.bind(orelse);
        self.stmts(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        if f.is_async {
            return Err(err("'async for' is not supported yet", f.range));
        }
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.emit(GET_ITER, 0);
        self.bind(start);
        self.emit_jump(FOR_ITER, cleanup);
        let hl = self.ur().handler_stack.len();
        self.push_fblock(FBlockKind::ForLoop, start, end, hl);
        self.store_target(&f.target)?;
        self.stmts(&f.body)?;
        self.pop_fblock();
        self.emit_jump(JUMP_BACKWARD, start);
        self.bind(cleanup);
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// try/except[/else]:
    /// ```text
    ///     NOP                      (handler H covers the body, depth d)
    ///     <body>
    ///     <orelse>
    ///     JUMP end
    /// H:  PUSH_EXC_INFO            [prev exc]          (handler C from here)
    ///     <type>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next
    ///     STORE name | POP_TOP     [prev]              (named: handler N over the body)
    ///     <handler body>
    ///     POP_EXCEPT               []
    ///     (name = None; del name); JUMP end
    /// N:  name = None; del name; RERAISE 0             (named handlers only)
    /// next: ...
    ///     RERAISE 0                (no clause matched)
    /// C:  COPY 2; POP_EXCEPT; RERAISE 0                [prev exc2]
    /// end:
    /// ```
    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let outer_len = self.ur().handler_stack.len();
        self.push_handler(handler, false, 0);
        self.emit(NOP, 0);
        let l = self.new_label();
        self.push_fblock(FBlockKind::TryExcept, l, l, outer_len);
        self.stmts(&t.body)?;
        self.pop_fblock();
        self.pop_handler();
        self.stmts(&t.orelse)?;
        self.emit_jump(JUMP_FORWARD, end);

        self.bind(handler);
        self.push_handler(cleanup, false, 0);
        self.emit(PUSH_EXC_INFO, 0);
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let old = self.set_loc(h.range);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit(CHECK_EXC_MATCH, 0);
                    self.emit_jump(POP_JUMP_IF_FALSE, next);
                }
                None => {
                    if i + 1 < n {
                        return Err(err("default 'except:' must be last", h.range));
                    }
                }
            }
            match &h.name {
                Some(name) => {
                    let name = name.as_str().to_string();
                    self.name_op(&name, Ctx::Store);
                    let named_cleanup = self.new_label();
                    let len_before = self.ur().handler_stack.len();
                    self.push_handler(named_cleanup, false, 0);
                    self.emit(NOP, 0);
                    let l = self.new_label();
                    self.push_fblock(
                        FBlockKind::HandlerCleanup(Some(name.clone())),
                        l,
                        l,
                        len_before,
                    );
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.pop_handler();
                    self.emit(POP_EXCEPT, 0);
                    self.load_const(Constant::None);
                    self.name_op(&name, Ctx::Store);
                    self.name_op(&name, Ctx::Del);
                    self.emit_jump(JUMP_FORWARD, end);
                    self.bind(named_cleanup);
                    self.load_const(Constant::None);
                    self.name_op(&name, Ctx::Store);
                    self.name_op(&name, Ctx::Del);
                    self.emit(RERAISE, 0);
                }
                None => {
                    self.emit(POP_TOP, 0);
                    let l = self.new_label();
                    let len = self.ur().handler_stack.len();
                    self.push_fblock(FBlockKind::HandlerCleanup(None), l, l, len);
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.emit(POP_EXCEPT, 0);
                    self.emit_jump(JUMP_FORWARD, end);
                }
            }
            self.bind(next);
            self.u().loc = old;
        }
        self.emit(RERAISE, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.emit(COPY, 2);
        self.emit(POP_EXCEPT, 0);
        self.emit(RERAISE, 0);
        self.bind(end);
        Ok(())
    }

    /// try/finally (a try/except with a finally is this around the try/except):
    /// ```text
    ///     NOP                      (handler F covers the body, depth d)
    ///     <body>
    ///     <finally body>           (normal path)
    ///     JUMP end
    /// F:  PUSH_EXC_INFO            [prev exc]          (handler C from here)
    ///     <finally body>
    ///     RERAISE 0
    /// C:  COPY 2; POP_EXCEPT; RERAISE 0                [prev exc2]
    /// end:
    /// ```
    fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let fin = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let outer_len = self.ur().handler_stack.len();
        self.push_handler(fin, false, 0);
        self.emit(NOP, 0);
        let l = self.new_label();
        self.push_fblock(FBlockKind::FinallyTry(&t.finalbody), l, l, outer_len);
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else {
            self.try_except(t)?;
        }
        self.pop_fblock();
        self.pop_handler();
        self.stmts(&t.finalbody)?;
        self.emit_jump(JUMP_FORWARD, end);

        self.bind(fin);
        let outer_len = self.ur().handler_stack.len();
        self.push_handler(cleanup, false, 0);
        self.emit(PUSH_EXC_INFO, 0);
        let l = self.new_label();
        self.push_fblock(FBlockKind::FinallyEnd, l, l, outer_len);
        self.stmts(&t.finalbody)?;
        self.pop_fblock();
        self.emit(RERAISE, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.emit(COPY, 2);
        self.emit(POP_EXCEPT, 0);
        self.emit(RERAISE, 0);
        self.bind(end);
        Ok(())
    }

    /// with (one item; several items nest):
    /// ```text
    ///     <mgr>; BEFORE_WITH       [exit res]
    ///     STORE target | POP_TOP   [exit]              (handler W, lasti, depth d+1)
    ///     <body>
    ///     LOAD_CONST None x3; CALL 2; POP_TOP          exit(None, None, None)
    ///     JUMP end
    /// W:  PUSH_EXC_INFO            [exit lasti prev exc]   (handler C from here)
    ///     WITH_EXCEPT_START        [exit lasti prev exc res]
    ///     TO_BOOL; POP_JUMP_IF_TRUE suppress
    ///     RERAISE 0
    /// C:  COPY 2; POP_EXCEPT; RERAISE 0                [exit lasti prev exc2]
    /// suppress:
    ///     POP_TOP; POP_EXCEPT; POP_TOP; POP_TOP        []
    /// end:
    /// ```
    fn with_stmt(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
        idx: usize,
    ) -> CResult<()> {
        let Some(item) = items.get(idx) else {
            return self.stmts(body);
        };
        let w = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.expr(&item.context_expr)?;
        self.emit(BEFORE_WITH, 0);
        let outer_len = self.ur().handler_stack.len();
        self.push_handler(w, true, -1);
        match &item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => self.emit(POP_TOP, 0),
        }
        let l = self.new_label();
        self.push_fblock(FBlockKind::With, l, l, outer_len);
        self.with_stmt(items, body, idx + 1)?;
        self.pop_fblock();
        self.pop_handler();
        self.call_exit_with_nones();
        self.emit_jump(JUMP_FORWARD, end);

        self.bind(w);
        self.push_handler(cleanup, false, 0);
        self.emit(PUSH_EXC_INFO, 0);
        self.emit(WITH_EXCEPT_START, 0);
        self.emit(TO_BOOL, 0);
        self.emit_jump(POP_JUMP_IF_TRUE, suppress);
        self.emit(RERAISE, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.emit(COPY, 2);
        self.emit(POP_EXCEPT, 0);
        self.emit(RERAISE, 0);
        self.bind(suppress);
        self.emit(POP_TOP, 0);
        self.emit(POP_EXCEPT, 0);
        self.emit(POP_TOP, 0);
        self.emit(POP_TOP, 0);
        self.bind(end);
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult<()> {
        let op = binary_op(a.op, true);
        match &*a.target {
            Expr::Name(n) => {
                self.name_op(n.id.as_str(), Ctx::Load);
                self.expr(&a.value)?;
                self.emit(BINARY_OP, op);
                self.name_op(n.id.as_str(), Ctx::Store);
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(COPY, 1);
                let name = self.mangle(at.attr.as_str());
                let i = self.add_name(&name);
                self.emit(LOAD_ATTR, i << 1);
                self.expr(&a.value)?;
                self.emit(BINARY_OP, op);
                self.emit(SWAP, 2);
                self.emit(STORE_ATTR, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(COPY, 2);
                self.emit(COPY, 2);
                self.emit(BINARY_SUBSCR, 0);
                self.expr(&a.value)?;
                self.emit(BINARY_OP, op);
                self.emit(SWAP, 3);
                self.emit(SWAP, 2);
                self.emit(STORE_SUBSCR, 0);
            }
            other => {
                return Err(err(
                    "'expression' is an illegal expression for augmented assignment",
                    other.range(),
                ))
            }
        }
        Ok(())
    }

    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult<()> {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        let kind = self.ur().kind;
        if !matches!(kind, ScopeKind::Module | ScopeKind::Class) {
            return Ok(());
        }
        match &*a.target {
            Expr::Name(n) if a.simple => {
                self.annotation(&a.annotation)?;
                let i = self.add_name("__annotations__");
                self.emit(LOAD_NAME, i);
                let key = self.mangle(n.id.as_str());
                self.load_const(Constant::Str(key));
                self.emit(STORE_SUBSCR, 0);
            }
            _ => {
                if !self.future_annotations {
                    self.expr(&a.annotation)?;
                    self.emit(POP_TOP, 0);
                }
            }
        }
        Ok(())
    }

    /// Pushes an annotation's value (its source text under `from __future__ import annotations`).
    fn annotation(&mut self, e: &'a Expr) -> CResult<()> {
        if self.future_annotations {
            let text = self.map.slice(e.range()).to_string();
            self.load_const(Constant::Str(text));
            Ok(())
        } else {
            self.expr(e)
        }
    }

    // ----- functions and classes -----

    /// Pushes defaults / kwdefaults / annotations for MAKE_FUNCTION; returns its flags.
    fn function_prologue(
        &mut self,
        params: Option<&'a ast::Parameters>,
        returns: Option<&'a Expr>,
        with_annotations: bool,
    ) -> CResult<u32> {
        let mut fl = 0;
        let Some(params) = params else {
            return Ok(0);
        };
        let defaults: Vec<&Expr> = params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .filter_map(|p| p.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            let consts: Option<Vec<Constant>> = defaults
                .iter()
                .map(|d| self.constant(d).ok().flatten())
                .collect();
            match consts {
                Some(cs) => self.load_const(Constant::Tuple(cs)),
                None => {
                    for d in &defaults {
                        self.expr(d)?;
                    }
                    self.emit(BUILD_TUPLE, defaults.len() as u32);
                }
            }
            fl |= 1;
        }
        let mut nkw = 0;
        for p in &params.kwonlyargs {
            if let Some(d) = &p.default {
                let name = self.mangle(p.parameter.name.as_str());
                self.load_const(Constant::Str(name));
                self.expr(d)?;
                nkw += 1;
            }
        }
        if nkw > 0 {
            self.emit(BUILD_MAP, nkw);
            fl |= 2;
        }
        if with_annotations {
            let mut n = 0;
            let all = params
                .posonlyargs
                .iter()
                .chain(&params.args)
                .map(|p| &p.parameter)
                .chain(params.vararg.as_deref())
                .chain(params.kwonlyargs.iter().map(|p| &p.parameter))
                .chain(params.kwarg.as_deref());
            for p in all {
                if let Some(a) = &p.annotation {
                    let name = self.mangle(p.name.as_str());
                    self.load_const(Constant::Str(name));
                    self.annotation(a)?;
                    n += 1;
                }
            }
            if let Some(r) = returns {
                self.load_const(Constant::Str("return".into()));
                self.annotation(r)?;
                n += 1;
            }
            if n > 0 {
                self.emit(BUILD_MAP, n);
                fl |= 4;
            }
        }
        Ok(fl)
    }

    /// Builds the closure tuple (when needed) and emits MAKE_FUNCTION.
    fn make_function(
        &mut self,
        code: Arc<CodeObject>,
        mut fl: u32,
        range: TextRange,
    ) -> CResult<()> {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let Some(i) = self.deref_index(name) else {
                    return Err(err(
                        format!("internal compiler error: no cell for free variable '{name}'"),
                        range,
                    ));
                };
                self.emit(LOAD_CLOSURE, i);
            }
            self.emit(BUILD_TUPLE, code.freevars.len() as u32);
            fl |= 8;
        }
        self.load_const(Constant::Code(code));
        self.emit(MAKE_FUNCTION, fl);
        Ok(())
    }

    fn set_params(&mut self, params: Option<&ast::Parameters>) {
        let Some(p) = params else { return };
        let u = self.u();
        u.posonly_arg_count = p.posonlyargs.len() as u32;
        u.arg_count = (p.posonlyargs.len() + p.args.len()) as u32;
        u.kwonly_arg_count = p.kwonlyargs.len() as u32;
        if p.vararg.is_some() {
            u.flags |= flags::VARARGS;
        }
        if p.kwarg.is_some() {
            u.flags |= flags::VARKEYWORDS;
        }
    }

    fn function_flags(&self, scope: usize) -> u32 {
        let mut fl = 0;
        if self.table.scopes[scope].is_generator {
            fl |= flags::GENERATOR;
        }
        if matches!(
            self.ur().kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        ) {
            fl |= flags::NESTED;
        }
        fl
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult<()> {
        if f.is_async {
            return Err(err("'async def' is not supported yet", f.range));
        }
        if f.type_params.is_some() {
            return Err(err("type parameters are not supported yet", f.range));
        }
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
            self.emit(PUSH_NULL, 0);
        }
        let fl = self.function_prologue(Some(&f.parameters), f.returns.as_deref(), true)?;
        let Some(scope) = self.table.scope_for(f.range, KEY_FUNCTION) else {
            return Err(err("internal compiler error: missing scope", f.range));
        };
        let name = f.name.as_str();
        let qualname = self.qualname_for(name);
        let code_flags = self.function_flags(scope);
        let line = self.map.line_col(f.range.start()).0;
        self.enter_unit(scope, ScopeKind::Function, name, &qualname, line);
        self.u().flags |= code_flags;
        self.set_params(Some(&f.parameters));
        let mut body: &[Stmt] = &f.body;
        if let Some((doc, _)) = docstring(body) {
            self.u().docstring = Some(doc);
            body = &body[1..];
        }
        let r = self.stmts(body);
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        self.return_none();
        let code = self.leave_unit()?;
        self.make_function(code, fl, f.range)?;
        for _ in &f.decorator_list {
            self.emit(CALL, 1);
        }
        self.name_op(name, Ctx::Store);
        Ok(())
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult<()> {
        if c.type_params.is_some() {
            return Err(err("type parameters are not supported yet", c.range));
        }
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
            self.emit(PUSH_NULL, 0);
        }
        let Some(scope) = self.table.scope_for(c.range, KEY_CLASS) else {
            return Err(err("internal compiler error: missing scope", c.range));
        };
        let name = c.name.as_str();
        let qualname = self.qualname_for(name);
        let nested = matches!(
            self.ur().kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        );
        let line = self.map.line_col(c.range.start()).0;
        self.emit(LOAD_BUILD_CLASS, 0);
        self.emit(PUSH_NULL, 0);
        self.enter_unit(scope, ScopeKind::Class, name, &qualname, line);
        self.u().flags |= flags::HAS_LOCALS_MAPPING | if nested { flags::NESTED } else { 0 };
        let r = self.class_body(c, &qualname);
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        let code = self.leave_unit()?;
        self.make_function(code, 0, c.range)?;
        self.load_const(Constant::Str(name.to_string()));
        match &c.arguments {
            Some(args) => self.call_helper(2, &args.args, &args.keywords)?,
            None => self.emit(CALL, 2),
        }
        for _ in &c.decorator_list {
            self.emit(CALL, 1);
        }
        self.name_op(name, Ctx::Store);
        Ok(())
    }

    fn class_body(&mut self, c: &'a ast::StmtClassDef, qualname: &str) -> CResult<()> {
        let i = self.add_name("__name__");
        self.emit(LOAD_NAME, i);
        let i = self.add_name("__module__");
        self.emit(STORE_NAME, i);
        self.load_const(Constant::Str(qualname.to_string()));
        let i = self.add_name("__qualname__");
        self.emit(STORE_NAME, i);
        let mut body: &[Stmt] = &c.body;
        if let Some((doc, _)) = docstring(body) {
            self.u().docstring = Some(doc.clone());
            self.load_const(Constant::Str(doc));
            let i = self.add_name("__doc__");
            self.emit(STORE_NAME, i);
            body = &body[1..];
        }
        if has_annotations(body) {
            self.emit(SETUP_ANNOTATIONS, 0);
        }
        self.stmts(body)?;
        if self.table.scopes[self.ur().scope].needs_class_cell {
            let Some(i) = self.deref_index("__class__") else {
                return Err(err("internal compiler error: no __class__ cell", c.range));
            };
            self.emit(LOAD_CLOSURE, i);
            let n = self.add_name("__classcell__");
            self.emit(STORE_NAME, n);
        }
        self.return_none();
        Ok(())
    }

    fn lambda(&mut self, l: &'a ast::ExprLambda) -> CResult<()> {
        let fl = self.function_prologue(l.parameters.as_deref(), None, false)?;
        let Some(scope) = self.table.scope_for(l.range, KEY_LAMBDA) else {
            return Err(err("internal compiler error: missing scope", l.range));
        };
        let qualname = self.qualname_for("<lambda>");
        let code_flags = self.function_flags(scope);
        let line = self.map.line_col(l.range.start()).0;
        self.enter_unit(scope, ScopeKind::Lambda, "<lambda>", &qualname, line);
        self.u().flags |= code_flags;
        self.set_params(l.parameters.as_deref());
        let r = self.expr(&l.body);
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        if code_flags & flags::GENERATOR != 0 {
            self.emit(POP_TOP, 0);
            self.return_none();
        } else {
            self.emit(RETURN_VALUE, 0);
        }
        let code = self.leave_unit()?;
        self.make_function(code, fl, l.range)
    }

    fn comprehension(
        &mut self,
        range: TextRange,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        let Some(first) = generators.first() else {
            return Err(err("invalid syntax", range));
        };
        let Some(scope) = self.table.scope_for(range, KEY_COMP) else {
            return Err(err("internal compiler error: missing scope", range));
        };
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        let qualname = self.qualname_for(name);
        let code_flags = self.function_flags(scope);
        let line = self.map.line_col(range.start()).0;
        self.enter_unit(scope, ScopeKind::Comprehension, name, &qualname, line);
        self.u().flags |= code_flags;
        self.u().arg_count = 1;
        let r = self.comprehension_body(kind, generators, elt, value);
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        let code = self.leave_unit()?;
        self.make_function(code, 0, range)?;
        self.emit(PUSH_NULL, 0);
        self.expr(&first.iter)?;
        self.emit(GET_ITER, 0);
        self.emit(CALL, 1);
        Ok(())
    }

    fn comprehension_body(
        &mut self,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        match kind {
            CompKind::List => self.emit(BUILD_LIST, 0),
            CompKind::Set => self.emit(BUILD_SET, 0),
            CompKind::Dict => self.emit(BUILD_MAP, 0),
            CompKind::Gen => {}
        }
        self.comp_generator(kind, generators, 0, elt, value)?;
        if kind == CompKind::Gen {
            self.return_none();
        } else {
            self.emit(RETURN_VALUE, 0);
        }
        Ok(())
    }

    fn comp_generator(
        &mut self,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        i: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        let Some(g) = generators.get(i) else {
            return Ok(());
        };
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        if i == 0 {
            let idx = self.varname_index(".0");
            self.emit(LOAD_FAST, idx);
        } else {
            self.expr(&g.iter)?;
            self.emit(GET_ITER, 0);
        }
        self.bind(start);
        self.emit_jump(FOR_ITER, anchor);
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, if_cleanup)?;
        }
        if i + 1 < generators.len() {
            self.comp_generator(kind, generators, i + 1, elt, value)?;
        } else {
            let depth = generators.len() as u32 + 1;
            match kind {
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(LIST_APPEND, depth);
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(SET_ADD, depth);
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(MAP_ADD, depth);
                }
                CompKind::Gen => {
                    self.expr(elt)?;
                    self.emit(YIELD_VALUE, 0);
                    self.emit(POP_TOP, 0);
                }
            }
        }
        self.bind(if_cleanup);
        self.emit_jump(JUMP_BACKWARD, start);
        self.bind(anchor);
        Ok(())
    }

    // ----- targets -----

    fn store_target(&mut self, t: &'a Expr) -> CResult<()> {
        let old = self.set_loc(t.range());
        let r = self.store_target_inner(t);
        self.u().loc = old;
        r
    }

    fn store_target_inner(&mut self, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => {
                self.name_op(n.id.as_str(), Ctx::Store);
                Ok(())
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let old = self.set_attr_loc(a, a.range);
                let name = self.mangle(a.attr.as_str());
                let i = self.add_name(&name);
                self.emit(STORE_ATTR, i);
                self.u().loc = old;
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(STORE_SUBSCR, 0);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack(elts, t.range())
            }
            Expr::Starred(s) => Err(err(
                "starred assignment target must be in a list or tuple",
                s.range,
            )),
            other => Err(err(
                format!("cannot assign to {}", expr_description(other)),
                other.range(),
            )),
        }
    }

    fn unpack(&mut self, elts: &'a [Expr], range: TextRange) -> CResult<()> {
        let mut star = None;
        for (i, e) in elts.iter().enumerate() {
            if let Expr::Starred(_) = e {
                if star.is_some() {
                    return Err(err("multiple starred expressions in assignment", range));
                }
                star = Some(i);
            }
        }
        match star {
            Some(i) => {
                let after = elts.len() - i - 1;
                if i > 255 || after > 255 {
                    return Err(err(
                        "too many expressions in star-unpacking assignment",
                        range,
                    ));
                }
                self.emit(UNPACK_EX, i as u32 | (after as u32) << 8);
            }
            None => self.emit(UNPACK_SEQUENCE, elts.len() as u32),
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                _ => self.store_target(e)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult<()> {
        let old = self.set_loc(t.range());
        let r = match t {
            Expr::Name(n) => {
                self.name_op(n.id.as_str(), Ctx::Del);
                Ok(())
            }
            Expr::Attribute(a) => self.expr(&a.value).map(|_| {
                self.set_attr_loc(a, a.range);
                let name = self.mangle(a.attr.as_str());
                let i = self.add_name(&name);
                self.emit(DELETE_ATTR, i);
            }),
            Expr::Subscript(s) => (|| {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(DELETE_SUBSCR, 0);
                Ok(())
            })(),
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                (|| {
                    for e in elts {
                        self.delete_target(e)?;
                    }
                    Ok(())
                })()
            }
            other => Err(err(
                format!("cannot delete {}", expr_description(other)),
                other.range(),
            )),
        };
        self.u().loc = old;
        r
    }

    // ----- expressions -----

    /// The value of a constant expression (literals, constant tuples, negated numbers).
    fn constant(&self, e: &Expr) -> CResult<Option<Constant>> {
        Ok(match e {
            Expr::NoneLiteral(_) => Some(Constant::None),
            Expr::BooleanLiteral(b) => Some(Constant::Bool(b.value)),
            Expr::EllipsisLiteral(_) => Some(Constant::Ellipsis),
            Expr::StringLiteral(s) => Some(Constant::Str(s.value.to_str().to_string())),
            Expr::BytesLiteral(b) => Some(Constant::Bytes(b.value.bytes().collect())),
            Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => match parse_int(&i.to_string()) {
                    Some(v) => Some(Constant::Int(v)),
                    None => return Err(err("invalid integer literal", n.range)),
                },
                ast::Number::Float(f) => Some(Constant::Float(*f)),
                ast::Number::Complex { .. } => {
                    return Err(err("complex literals are not supported yet", n.range))
                }
            },
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match self.constant(&u.operand)? {
                Some(Constant::Int(i)) => Some(Constant::Int(-i)),
                Some(Constant::Float(f)) => Some(Constant::Float(-f)),
                _ => None,
            },
            Expr::Tuple(t) => {
                let mut items = Vec::with_capacity(t.elts.len());
                for x in &t.elts {
                    match self.constant(x)? {
                        Some(c) => items.push(c),
                        None => return Ok(None),
                    }
                }
                Some(Constant::Tuple(items))
            }
            _ => None,
        })
    }

    fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        self.nest(e.range())?;
        let old = self.set_loc(e.range());
        let r = self.expr_inner(e);
        self.u().loc = old;
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        match e {
            Expr::NoneLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_) => {
                if let Some(c) = self.constant(e)? {
                    self.load_const(c);
                }
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let jump = match b.op {
                    ast::BoolOp::And => POP_JUMP_IF_FALSE,
                    ast::BoolOp::Or => POP_JUMP_IF_TRUE,
                };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.emit(COPY, 1);
                        self.emit(TO_BOOL, 0);
                        self.emit_jump(jump, end);
                        self.emit(POP_TOP, 0);
                    }
                }
                self.bind(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(COPY, 1);
                self.store_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                if !self.fold_last(2, |c| fold_binop(b.op, &c[0], &c[1])) {
                    self.emit(BINARY_OP, binary_op(b.op, false));
                }
            }
            Expr::UnaryOp(u) => {
                if let Some(c) = self.constant(e)? {
                    self.load_const(c);
                    return Ok(());
                }
                self.expr(&u.operand)?;
                if self.fold_last(1, |c| fold_unaryop(u.op, &c[0])) {
                    return Ok(());
                }
                match u.op {
                    ast::UnaryOp::Invert => self.emit(UNARY_INVERT, 0),
                    ast::UnaryOp::Not => {
                        if needs_to_bool(&u.operand) {
                            self.emit(TO_BOOL, 0);
                        }
                        self.emit(UNARY_NOT, 0);
                    }
                    ast::UnaryOp::UAdd => self.emit(UNARY_POSITIVE, 0),
                    ast::UnaryOp::USub => self.emit(UNARY_NEGATIVE, 0),
                }
            }
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.emit_jump(JUMP_FORWARD, end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => self.dict(d)?,
            Expr::Set(s) => self.sequence(&s.elts, SeqKind::Set)?,
            Expr::ListComp(c) => {
                self.comprehension(c.range, CompKind::List, &c.generators, &c.elt, None)?
            }
            Expr::SetComp(c) => {
                self.comprehension(c.range, CompKind::Set, &c.generators, &c.elt, None)?
            }
            Expr::DictComp(c) => self.comprehension(
                c.range,
                CompKind::Dict,
                &c.generators,
                &c.key,
                Some(&c.value),
            )?,
            Expr::Generator(c) => {
                self.comprehension(c.range, CompKind::Gen, &c.generators, &c.elt, None)?
            }
            Expr::Await(a) => return Err(err("'await' is not supported yet", a.range)),
            Expr::Yield(y) => {
                self.check_yield(y.range)?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit(YIELD_VALUE, 0);
            }
            Expr::YieldFrom(y) => {
                self.check_yield(y.range)?;
                self.expr(&y.value)?;
                self.emit(GET_YIELD_FROM_ITER, 0);
                self.load_const(Constant::None);
                self.yield_from_loop();
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::Call(c) => self.call(c)?,
            Expr::FString(f) => self.fstring(f)?,
            Expr::TString(t) => return Err(err("t-strings are not supported yet", t.range)),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let old = self.set_attr_loc(a, a.range);
                let name = self.mangle(a.attr.as_str());
                let i = self.add_name(&name);
                self.emit(LOAD_ATTR, i << 1);
                self.u().loc = old;
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(BINARY_SUBSCR, 0);
            }
            Expr::Starred(s) => {
                return Err(err("can't use starred expression here", s.range));
            }
            Expr::Name(n) => self.name_op(n.id.as_str(), Ctx::Load),
            Expr::List(l) => self.sequence(&l.elts, SeqKind::List)?,
            Expr::Tuple(t) => {
                if let Some(c) = self.constant(e)? {
                    self.load_const(c);
                } else {
                    self.sequence(&t.elts, SeqKind::Tuple)?;
                }
            }
            Expr::Slice(s) => {
                let mut n = 2;
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.load_const(Constant::None),
                    }
                }
                if let Some(step) = &s.step {
                    self.expr(step)?;
                    n = 3;
                }
                self.emit(BUILD_SLICE, n);
            }
            Expr::IpyEscapeCommand(c) => return Err(err("invalid syntax", c.range)),
        }
        Ok(())
    }

    fn check_yield(&self, range: TextRange) -> CResult<()> {
        match self.ur().kind {
            ScopeKind::Function | ScopeKind::Lambda => Ok(()),
            ScopeKind::Comprehension if self.ur().name == "<genexpr>" => Ok(()),
            _ => Err(err("'yield' outside function", range)),
        }
    }

    /// `[iter None] -- [result]`:
    /// ```text
    /// L:  SEND exit            [iter value] -> [iter result]; on return -> [retval], jump exit
    ///     YIELD_VALUE 1        [iter result] -> [iter sent]
    ///     JUMP_BACKWARD L
    /// exit:
    /// ```
    fn yield_from_loop(&mut self) {
        let send = self.new_label();
        let exit = self.new_label();
        self.bind(send);
        self.emit_jump(SEND, exit);
        self.emit(YIELD_VALUE, 1);
        self.emit_jump(JUMP_BACKWARD, send);
        self.bind(exit);
    }

    fn compare_op(&mut self, op: ast::CmpOp) {
        use ast::CmpOp as C;
        match op {
            C::Eq => self.emit(COMPARE_OP, CompareOp::Eq as u32),
            C::NotEq => self.emit(COMPARE_OP, CompareOp::Ne as u32),
            C::Lt => self.emit(COMPARE_OP, CompareOp::Lt as u32),
            C::LtE => self.emit(COMPARE_OP, CompareOp::Le as u32),
            C::Gt => self.emit(COMPARE_OP, CompareOp::Gt as u32),
            C::GtE => self.emit(COMPARE_OP, CompareOp::Ge as u32),
            C::Is => self.emit(IS_OP, 0),
            C::IsNot => self.emit(IS_OP, 1),
            C::In => self.emit(CONTAINS_OP, 0),
            C::NotIn => self.emit(CONTAINS_OP, 1),
        }
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult<()> {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 0 || c.comparators.len() != n {
            return Err(err("invalid syntax", c.range));
        }
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.compare_op(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.expr(&c.comparators[i])?;
            self.emit(SWAP, 2);
            self.emit(COPY, 2);
            self.compare_op(c.ops[i]);
            self.emit(COPY, 1);
            if !matches!(
                c.ops[i],
                ast::CmpOp::Is | ast::CmpOp::IsNot | ast::CmpOp::In | ast::CmpOp::NotIn
            ) {
                self.emit(TO_BOOL, 0);
            }
            self.emit_jump(POP_JUMP_IF_FALSE, cleanup);
            self.emit(POP_TOP, 0);
        }
        self.expr(&c.comparators[n - 1])?;
        self.compare_op(c.ops[n - 1]);
        self.emit_jump(JUMP_FORWARD, end);
        self.bind(cleanup);
        self.emit(SWAP, 2);
        self.emit(POP_TOP, 0);
        self.bind(end);
        Ok(())
    }

    /// Evaluates `e` as a condition and jumps to `target` when its truth equals `cond`.
    fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> CResult<()> {
        self.nest(e.range())?;
        let r = self.jump_if_inner(e, cond, target);
        self.depth -= 1;
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, cond: bool, target: Label) -> CResult<()> {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                return self.jump_if(&u.operand, !cond, target)
            }
            Expr::BoolOp(b) => {
                let is_or = b.op == ast::BoolOp::Or;
                let next = if cond != is_or {
                    self.new_label()
                } else {
                    target
                };
                let n = b.values.len();
                for v in &b.values[..n.saturating_sub(1)] {
                    self.jump_if(v, is_or, next)?;
                }
                if let Some(last) = b.values.last() {
                    self.jump_if(last, cond, target)?;
                }
                if next != target {
                    self.bind(next);
                }
                return Ok(());
            }
            Expr::Compare(c)
                if c.ops.len() == 1
                    && matches!(c.ops[0], ast::CmpOp::Is | ast::CmpOp::IsNot)
                    && matches!(c.comparators.first(), Some(Expr::NoneLiteral(_))) =>
            {
                let old = self.set_loc(e.range());
                self.expr(&c.left)?;
                let is = c.ops[0] == ast::CmpOp::Is;
                let op = if is == cond {
                    POP_JUMP_IF_NONE
                } else {
                    POP_JUMP_IF_NOT_NONE
                };
                self.emit_jump(op, target);
                self.u().loc = old;
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        let old = self.set_loc(e.range());
        if needs_to_bool(e) {
            self.emit(TO_BOOL, 0);
        }
        self.emit_jump(
            if cond {
                POP_JUMP_IF_TRUE
            } else {
                POP_JUMP_IF_FALSE
            },
            target,
        );
        self.u().loc = old;
        Ok(())
    }

    fn sequence(&mut self, elts: &'a [Expr], kind: SeqKind) -> CResult<()> {
        let starred = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        let Some(first_star) = starred else {
            for e in elts {
                self.expr(e)?;
            }
            let n = elts.len() as u32;
            match kind {
                SeqKind::List => self.emit(BUILD_LIST, n),
                SeqKind::Tuple => self.emit(BUILD_TUPLE, n),
                SeqKind::Set => self.emit(BUILD_SET, n),
            }
            return Ok(());
        };
        for e in &elts[..first_star] {
            self.expr(e)?;
        }
        let (build, extend, add) = match kind {
            SeqKind::Set => (BUILD_SET, SET_UPDATE, SET_ADD),
            _ => (BUILD_LIST, LIST_EXTEND, LIST_APPEND),
        };
        self.emit(build, first_star as u32);
        for e in &elts[first_star..] {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(extend, 1);
                }
                _ => {
                    self.expr(e)?;
                    self.emit(add, 1);
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(CALL_INTRINSIC_1, Intrinsic1::ListToTuple as u32);
        }
        Ok(())
    }

    fn dict(&mut self, d: &'a ast::ExprDict) -> CResult<()> {
        const CHUNK: u32 = 16;
        let mut have_dict = false;
        let mut pending = 0;
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&item.value)?;
                    pending += 1;
                    if pending == CHUNK && d.items.len() > CHUNK as usize {
                        self.emit(BUILD_MAP, pending);
                        if have_dict {
                            self.emit(DICT_UPDATE, 1);
                        }
                        have_dict = true;
                        pending = 0;
                    }
                }
                None => {
                    if pending > 0 {
                        self.emit(BUILD_MAP, pending);
                        if have_dict {
                            self.emit(DICT_UPDATE, 1);
                        }
                        have_dict = true;
                        pending = 0;
                    }
                    if !have_dict {
                        self.emit(BUILD_MAP, 0);
                        have_dict = true;
                    }
                    self.expr(&item.value)?;
                    self.emit(DICT_UPDATE, 1);
                }
            }
        }
        if pending > 0 || !have_dict {
            self.emit(BUILD_MAP, pending);
            if have_dict {
                self.emit(DICT_UPDATE, 1);
            }
        }
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult<()> {
        let args = &c.arguments.args;
        let keywords = &c.arguments.keywords;
        let simple = !args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && !keywords.iter().any(|k| k.arg.is_none());
        match &*c.func {
            Expr::Attribute(a) if simple => {
                self.expr(&a.value)?;
                let old = self.set_attr_loc(a, a.range);
                let name = self.mangle(a.attr.as_str());
                let i = self.add_name(&name);
                self.emit(LOAD_ATTR, i << 1 | 1);
                // The call itself is located like the method load, as in CPython 3.11.
                self.set_attr_loc(a, c.range);
                let r = self.call_helper(0, args, keywords);
                self.u().loc = old;
                return r;
            }
            Expr::Name(n) if self.is_global_load(n.id.as_str()) => {
                let old = self.set_loc(n.range);
                let name = self.mangle(n.id.as_str());
                let i = self.add_name(&name);
                self.emit(LOAD_GLOBAL, i << 1 | 1);
                self.u().loc = old;
            }
            f => {
                self.expr(f)?;
                self.emit(PUSH_NULL, 0);
            }
        }
        self.call_helper(0, args, keywords)
    }

    /// With `callable self_or_null` and `pushed` positional arguments on the stack, pushes the
    /// remaining arguments and emits the call.
    fn call_helper(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
    ) -> CResult<()> {
        let simple = !args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && !keywords.iter().any(|k| k.arg.is_none());
        if simple {
            for a in args {
                self.expr(a)?;
            }
            let argc = pushed + args.len() as u32 + keywords.len() as u32;
            if keywords.is_empty() {
                self.emit(CALL, argc);
            } else {
                let mut names = Vec::new();
                for k in keywords {
                    self.expr(&k.value)?;
                    if let Some(a) = &k.arg {
                        names.push(Constant::Str(a.as_str().to_string()));
                    }
                }
                self.load_const(Constant::Tuple(names));
                self.emit(CALL_KW, argc);
            }
            return Ok(());
        }
        // Positional arguments as a tuple.
        let plain_prefix = args
            .iter()
            .position(|a| matches!(a, Expr::Starred(_)))
            .unwrap_or(args.len());
        let all_plain = plain_prefix == args.len();
        for a in &args[..plain_prefix] {
            self.expr(a)?;
        }
        if all_plain {
            self.emit(BUILD_TUPLE, pushed + args.len() as u32);
        } else {
            self.emit(BUILD_LIST, pushed + plain_prefix as u32);
            for a in &args[plain_prefix..] {
                match a {
                    Expr::Starred(s) => {
                        self.expr(&s.value)?;
                        self.emit(LIST_EXTEND, 1);
                    }
                    _ => {
                        self.expr(a)?;
                        self.emit(LIST_APPEND, 1);
                    }
                }
            }
            self.emit(CALL_INTRINSIC_1, Intrinsic1::ListToTuple as u32);
        }
        if keywords.is_empty() {
            self.emit(CALL_FUNCTION_EX, 0);
            return Ok(());
        }
        self.emit(BUILD_MAP, 0);
        let mut pending = 0;
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.load_const(Constant::Str(name.as_str().to_string()));
                    self.expr(&k.value)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 {
                        self.emit(BUILD_MAP, pending);
                        self.emit(DICT_MERGE, 1);
                        pending = 0;
                    }
                    self.expr(&k.value)?;
                    self.emit(DICT_MERGE, 1);
                }
            }
        }
        if pending > 0 {
            self.emit(BUILD_MAP, pending);
            self.emit(DICT_MERGE, 1);
        }
        self.emit(CALL_FUNCTION_EX, 1);
        Ok(())
    }

    fn fstring(&mut self, f: &'a ast::ExprFString) -> CResult<()> {
        let mut count = 0u32;
        let mut literal = String::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => literal.push_str(&s.value),
                ast::FStringPart::FString(fs) => {
                    self.fstring_elements(&fs.elements, &mut literal, &mut count)?
                }
            }
        }
        if !literal.is_empty() || count == 0 {
            self.load_const(Constant::Str(std::mem::take(&mut literal)));
            count += 1;
        }
        if count > 1 {
            self.emit(BUILD_STRING, count);
        }
        Ok(())
    }

    /// Pushes the pieces of an f-string; adjacent literal text accumulates in `literal`.
    fn fstring_elements(
        &mut self,
        elements: &'a ast::InterpolatedStringElements,
        literal: &mut String,
        count: &mut u32,
    ) -> CResult<()> {
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => literal.push_str(&l.value),
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conversion = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(debug) = &i.debug_text {
                        literal.push_str(&debug.leading);
                        literal.push_str(self.map.slice(i.expression.range()));
                        literal.push_str(&debug.trailing);
                        if conversion == 0 && i.format_spec.is_none() {
                            conversion = 2;
                        }
                    }
                    if !literal.is_empty() {
                        self.load_const(Constant::Str(std::mem::take(literal)));
                        *count += 1;
                    }
                    self.expr(&i.expression)?;
                    if let Some(spec) = &i.format_spec {
                        let mut spec_lit = String::new();
                        let mut spec_count = 0;
                        self.fstring_elements(&spec.elements, &mut spec_lit, &mut spec_count)?;
                        if !spec_lit.is_empty() || spec_count == 0 {
                            self.load_const(Constant::Str(spec_lit));
                            spec_count += 1;
                        }
                        if spec_count > 1 {
                            self.emit(BUILD_STRING, spec_count);
                        }
                        conversion |= 4;
                    }
                    self.emit(FORMAT_VALUE, conversion);
                    *count += 1;
                }
            }
        }
        Ok(())
    }
}

/// Whether the value of `e` may not be a bool (so a jump on it needs TO_BOOL first).
fn needs_to_bool(e: &Expr) -> bool {
    match e {
        Expr::Compare(c) => {
            !(c.ops.len() == 1
                && matches!(
                    c.ops[0],
                    ast::CmpOp::Is | ast::CmpOp::IsNot | ast::CmpOp::In | ast::CmpOp::NotIn
                ))
        }
        Expr::UnaryOp(u) => u.op != ast::UnaryOp::Not,
        Expr::BooleanLiteral(_) => false,
        _ => true,
    }
}

fn const_truthy(c: &Constant) -> Option<bool> {
    Some(match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Ellipsis => true,
        Constant::Int(i) => i.sign() != num_bigint::Sign::NoSign,
        Constant::Float(f) => *f != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) => !t.is_empty(),
        Constant::Code(_) => return None,
    })
}

fn expr_description(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::Compare(_) => "comparison",
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_) => "literal",
        Expr::FString(_) => "f-string expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::Named(_) => "named expression",
        _ => "expression",
    }
}
