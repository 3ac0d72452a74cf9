//! Code generation for `match` statements (PEP 634), following CPython 3.12's
//! `compiler_match` and `compiler_pattern_*`: each case tests a copy of the subject; a pattern
//! consumes its subject and leaves its captured values on the stack (bound only once the whole
//! pattern matched, so a failed pattern binds nothing, while a failed guard keeps them); a
//! failure jumps to one of the `fail_pop` labels, which pop what the pattern left behind.

use num_bigint::BigInt;
use rustpython_ruff_python_ast::{self as ast, Expr, Pattern};
use rustpython_ruff_text_size::{Ranged, TextRange};

use super::{err, CResult, Compiler, Ctx};
use crate::bytecode::Opcode::{self, *};
use crate::bytecode::{BinaryOp, CompareOp, Constant};

/// State threaded through the compilation of one case's pattern (CPython's `pattern_context`).
struct PatternCtx {
    /// Names captured so far; their values are on the stack, the first one on top.
    stores: Vec<String>,
    /// Whether an irrefutable pattern is allowed here (the last case, or a case with a guard).
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops n items and falls through to `fail_pop[0]`, the case's failure exit.
    fail_pop: Vec<super::Label>,
    /// Items on top of the stack (above the captured values) to pop on failure.
    on_top: usize,
}

/// `_`: a wildcard without a name.
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

/// `*_`
fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

/// Mapping-pattern keys the way a set compares them: `1`, `1.0` and `True` are the same key.
fn same_key(a: &Constant, b: &Constant) -> bool {
    use num_traits::FromPrimitive;
    let num = |c: &Constant| -> Option<Result<BigInt, f64>> {
        match c {
            Constant::Bool(b) => Some(Ok(BigInt::from(u8::from(*b)))),
            Constant::Int(i) => Some(Ok(i.clone())),
            Constant::Float(f) => Some(match BigInt::from_f64(*f) {
                Some(i) if f.fract() == 0.0 => Ok(i),
                _ => Err(*f),
            }),
            _ => None,
        }
    };
    match (num(a), num(b)) {
        (Some(x), Some(y)) => match (x, y) {
            (Ok(x), Ok(y)) => x == y,
            (Err(x), Err(y)) => x == y,
            _ => false,
        },
        (None, None) => a == b,
        _ => false,
    }
}

/// A constant as Python's repr shows it (for error messages).
fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => (if *b { "True" } else { "False" }).into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Str(s) => format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'")),
        Constant::Bytes(b) => format!("b'{}'", b.escape_ascii()),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            format!("({})", parts.join(", "))
        }
        Constant::Code(_) => "<code>".into(),
    }
}

impl<'a> Compiler<'a> {
    /// `match subject: case ...`. A trailing `case _:` (with or without a guard) is compiled
    /// without a copy of the subject.
    pub(super) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult<()> {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let cases = m.cases.len();
        let has_default = cases > 1 && m.cases.last().is_some_and(|c| is_wildcard(&c.pattern));
        let n = cases - usize::from(has_default);
        for (i, case) in m.cases[..n].iter().enumerate() {
            let outer = self.set_loc(case.pattern.range());
            let last = i + 1 == n;
            if !last {
                self.emit(COPY, 1);
            }
            let mut pc = PatternCtx {
                stores: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i + 1 == cases,
                fail_pop: Vec::new(),
                on_top: 0,
            };
            self.pattern(&case.pattern, &mut pc)?;
            // A match: bind the captured names (the first one is on top).
            for name in std::mem::take(&mut pc.stores) {
                self.name_op(&name, Ctx::Store);
            }
            if let Some(g) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let fail = pc.fail_pop[0];
                self.jump_if(g, false, fail)?;
            }
            if !last {
                self.emit(POP_TOP, 0);
            }
            self.u().loc = outer;
            self.stmts(&case.body)?;
            self.emit_jump(JUMP_FORWARD, end);
            // The failure cleanup belongs to the pattern's line, not the body's last one.
            let outer = self.set_loc(case.pattern.range());
            self.emit_and_reset_fail_pop(&mut pc);
            self.u().loc = outer;
        }
        if has_default {
            if let Some(case) = m.cases.last() {
                let outer = self.set_loc(case.pattern.range());
                self.emit(NOP, 0);
                if let Some(g) = &case.guard {
                    self.jump_if(g, false, end)?;
                }
                self.u().loc = outer;
                self.stmts(&case.body)?;
            }
        }
        self.bind(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternCtx, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    /// Jumps (with `op`) to the failure label that pops everything the pattern has pushed.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternCtx, op: Opcode) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.emit_jump(op, pc.fail_pop[pops]);
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternCtx) {
        let labels = std::mem::take(&mut pc.fail_pop);
        let Some((first, rest)) = labels.split_first() else {
            return;
        };
        for l in rest.iter().rev() {
            self.bind(*l);
            self.emit(POP_TOP, 0);
        }
        self.bind(*first);
    }

    /// Moves the top of the stack `count - 1` places down.
    fn rotate(&mut self, mut count: usize) {
        while count > 1 {
            self.emit(SWAP, count as u32);
            count -= 1;
        }
    }

    /// Captures the top of the stack as `name` (pops it for a wildcard), keeping it under the
    /// items the rest of the pattern still needs.
    fn store_capture(
        &mut self,
        name: Option<&ast::Identifier>,
        pc: &mut PatternCtx,
        range: TextRange,
    ) -> CResult<()> {
        let Some(name) = name else {
            self.emit(POP_TOP, 0);
            return Ok(());
        };
        let name = name.as_str();
        if name == "__debug__" {
            return Err(err("cannot assign to __debug__", range));
        }
        if pc.stores.iter().any(|s| s == name) {
            return Err(err(
                format!("multiple assignments to name '{name}' in pattern"),
                range,
            ));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult<()> {
        self.nest(p.range())?;
        self.set_loc(p.range());
        let r = self.pattern_inner(p, pc);
        self.depth -= 1;
        r
    }

    /// A pattern nested in another: irrefutable ones are always allowed.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult<()> {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = allow;
        r
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult<()> {
        match p {
            Pattern::MatchValue(v) => {
                if !is_value_expr(&v.value) {
                    return Err(err(
                        "patterns may only match literals and attribute lookups",
                        v.value.range(),
                    ));
                }
                self.expr(&v.value)?;
                self.emit(COMPARE_OP, CompareOp::Eq as u32);
                self.emit(TO_BOOL, 0);
                self.jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
                Ok(())
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    ast::Singleton::None => Constant::None,
                    ast::Singleton::True => Constant::Bool(true),
                    ast::Singleton::False => Constant::Bool(false),
                });
                self.emit(IS_OP, 0);
                self.jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
                Ok(())
            }
            Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match &a.name {
                            Some(n) => {
                                format!("name capture '{}' makes remaining patterns unreachable", n)
                            }
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(err(msg, a.range));
                    }
                    self.store_capture(a.name.as_ref(), pc, a.range)
                }
                Some(inner) => {
                    // Keep a copy to capture once the inner pattern matched.
                    pc.on_top += 1;
                    self.emit(COPY, 1);
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.store_capture(a.name.as_ref(), pc, a.range)
                }
            },
            Pattern::MatchStar(s) => self.store_capture(s.name.as_ref(), pc, s.range),
            Pattern::MatchSequence(s) => self.sequence_pattern(s, pc),
            Pattern::MatchMapping(m) => self.mapping_pattern(m, pc),
            Pattern::MatchClass(c) => self.class_pattern(c, pc),
            Pattern::MatchOr(o) => self.or_pattern(o, pc),
        }
    }

    /// `[p, *rest, q]`: MATCH_SEQUENCE, a length check, then either indexing (when the star is
    /// a wildcard) or unpacking, and the sub-patterns in order.
    fn sequence_pattern(
        &mut self,
        s: &'a ast::PatternMatchSequence,
        pc: &mut PatternCtx,
    ) -> CResult<()> {
        let patterns = &s.patterns;
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, q) in patterns.iter().enumerate() {
            if matches!(q, Pattern::MatchStar(_)) {
                if star.is_some() {
                    return Err(err("multiple starred names in sequence pattern", s.range));
                }
                star_wildcard = is_star_wildcard(q);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(q);
        }
        // The subject stays on top during the type and length checks.
        pc.on_top += 1;
        self.emit(MATCH_SEQUENCE, 0);
        self.jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
        match star {
            None => {
                self.emit(GET_LEN, 0);
                self.load_const(Constant::Int(BigInt::from(size)));
                self.emit(COMPARE_OP, CompareOp::Eq as u32);
                self.jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
            }
            Some(_) if size > 1 => {
                self.emit(GET_LEN, 0);
                self.load_const(Constant::Int(BigInt::from(size - 1)));
                self.emit(COMPARE_OP, CompareOp::Ge as u32);
                self.jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(POP_TOP, 0);
            return Ok(());
        }
        match star {
            Some(star) if star_wildcard => {
                // Index the items: `[first, *_, last]` needs no unpacking.
                pc.on_top += 1;
                for (i, q) in patterns.iter().enumerate() {
                    if is_wildcard(q) || i == star {
                        continue;
                    }
                    self.emit(COPY, 1);
                    if i < star {
                        self.load_const(Constant::Int(BigInt::from(i)));
                    } else {
                        // The subject may not support negative indexes.
                        self.emit(GET_LEN, 0);
                        self.load_const(Constant::Int(BigInt::from(size - i)));
                        self.emit(BINARY_OP, BinaryOp::Subtract as u32);
                    }
                    self.emit(BINARY_SUBSCR, 0);
                    self.subpattern(q, pc)?;
                }
                pc.on_top -= 1;
                self.emit(POP_TOP, 0);
            }
            _ => {
                match star {
                    Some(i) => {
                        if i >= 256 || size - i > 1 << 23 {
                            return Err(err(
                                "too many expressions in star-unpacking sequence pattern",
                                s.range,
                            ));
                        }
                        self.emit(UNPACK_EX, (i | ((size - i - 1) << 8)) as u32);
                    }
                    None => self.emit(UNPACK_SEQUENCE, size as u32),
                }
                pc.on_top += size;
                for q in patterns {
                    pc.on_top -= 1;
                    self.subpattern(q, pc)?;
                }
            }
        }
        Ok(())
    }

    /// `{k: p, **rest}`: MATCH_MAPPING, a length check, MATCH_KEYS for the values, the
    /// sub-patterns, and for `**rest` a copy of the subject without the matched keys.
    fn mapping_pattern(
        &mut self,
        m: &'a ast::PatternMatchMapping,
        pc: &mut PatternCtx,
    ) -> CResult<()> {
        let size = m.keys.len();
        if size != m.patterns.len() || m.rest.as_ref().is_some_and(|r| r.as_str() == "_") {
            return Err(err("invalid syntax", m.range));
        }
        pc.on_top += 1;
        self.emit(MATCH_MAPPING, 0);
        self.jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
        if size == 0 && m.rest.is_none() {
            // `{}` matches any mapping.
            pc.on_top -= 1;
            self.emit(POP_TOP, 0);
            return Ok(());
        }
        if size > 0 {
            self.emit(GET_LEN, 0);
            self.load_const(Constant::Int(BigInt::from(size)));
            self.emit(COMPARE_OP, CompareOp::Ge as u32);
            self.jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
        }
        let mut seen: Vec<Constant> = Vec::new();
        for key in &m.keys {
            if let Some(c) = self.constant(key)? {
                if seen.iter().any(|s| same_key(s, &c)) {
                    return Err(err(
                        format!("mapping pattern checks duplicate key ({})", const_repr(&c)),
                        m.range,
                    ));
                }
                seen.push(c);
            } else if !matches!(key, Expr::Attribute(_)) {
                return Err(err(
                    "mapping pattern keys may only match literals and attribute lookups",
                    key.range(),
                ));
            }
            self.expr(key)?;
        }
        self.emit(BUILD_TUPLE, size as u32);
        self.emit(MATCH_KEYS, 0);
        // The keys tuple and the values tuple (or None) are on top of the subject.
        pc.on_top += 2;
        self.emit(COPY, 1);
        self.jump_to_fail_pop(pc, POP_JUMP_IF_NONE);
        self.emit(UNPACK_SEQUENCE, size as u32);
        pc.on_top -= 1;
        pc.on_top += size;
        for q in &m.patterns {
            pc.on_top -= 1;
            self.subpattern(q, pc)?;
        }
        // A match: what follows consumes the keys tuple and the subject.
        pc.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                // rest = dict(subject); del rest[k] for every key.
                self.emit(BUILD_MAP, 0); // subject keys {}
                self.emit(SWAP, 3); // {} keys subject
                self.emit(DICT_UPDATE, 2); // copy keys
                self.emit(UNPACK_SEQUENCE, size as u32); // copy k...
                let mut left = size;
                while left > 0 {
                    self.emit(COPY, 1 + left as u32); // copy k... copy
                    left -= 1;
                    self.emit(SWAP, 2); // copy k... copy k
                    self.emit(DELETE_SUBSCR, 0); // copy k...
                }
                self.store_capture(Some(rest), pc, m.range)?;
            }
            None => {
                self.emit(POP_TOP, 0); // the keys
                self.emit(POP_TOP, 0); // the subject
            }
        }
        Ok(())
    }

    /// `Cls(p, q, attr=r)`: MATCH_CLASS leaves a tuple of attributes (or None) to match the
    /// sub-patterns against.
    fn class_pattern(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatternCtx) -> CResult<()> {
        let args = &c.arguments;
        let nargs = args.patterns.len();
        let nattrs = args.keywords.len();
        let mut names: Vec<&str> = Vec::with_capacity(nattrs);
        for k in &args.keywords {
            let name = k.attr.as_str();
            if name == "__debug__" {
                return Err(err("cannot assign to __debug__", k.attr.range));
            }
            if names.contains(&name) {
                return Err(err(
                    format!("attribute name repeated in class pattern: {name}"),
                    k.attr.range,
                ));
            }
            names.push(name);
        }
        self.expr(&c.cls)?;
        self.load_const(Constant::Tuple(
            names.iter().map(|n| Constant::Str(n.to_string())).collect(),
        ));
        self.emit(MATCH_CLASS, nargs as u32);
        self.emit(COPY, 1);
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, POP_JUMP_IF_NONE);
        self.emit(UNPACK_SEQUENCE, (nargs + nattrs) as u32);
        pc.on_top -= 1;
        pc.on_top += nargs + nattrs;
        let subs = args
            .patterns
            .iter()
            .chain(args.keywords.iter().map(|k| &k.pattern));
        for q in subs {
            pc.on_top -= 1;
            if is_wildcard(q) {
                self.emit(POP_TOP, 0);
                continue;
            }
            self.subpattern(q, pc)?;
        }
        Ok(())
    }

    /// `p | q | r`: each alternative tests a copy of the subject with its own failure labels;
    /// every alternative must capture the same names, which are reordered on the stack to the
    /// first alternative's order.
    fn or_pattern(&mut self, o: &'a ast::PatternMatchOr, pc: &mut PatternCtx) -> CResult<()> {
        let end = self.new_label();
        let size = o.patterns.len();
        let outer_stores = std::mem::take(&mut pc.stores);
        let outer_fail_pop = std::mem::take(&mut pc.fail_pop);
        let outer_on_top = pc.on_top;
        let outer_allow = pc.allow_irrefutable;
        let mut control: Option<Vec<String>> = None;
        let diff = || err("alternative patterns bind different names", o.range);
        for (i, alt) in o.patterns.iter().enumerate() {
            pc.stores = Vec::new();
            pc.allow_irrefutable = i + 1 == size && outer_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(COPY, 1);
            self.pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) => {
                    if ctl.len() != pc.stores.len() {
                        return Err(diff());
                    }
                    // Reorder this alternative's captures to the first one's order.
                    for icontrol in (0..ctl.len()).rev() {
                        let name = &ctl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                            return Err(diff());
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1);
                            }
                            let at = icontrol - istores;
                            pc.stores.splice(at..at, rotated);
                        }
                    }
                }
            }
            self.emit_jump(JUMP_FORWARD, end);
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = outer_stores;
        pc.fail_pop = outer_fail_pop;
        pc.on_top = outer_on_top;
        pc.allow_irrefutable = outer_allow;
        // No alternative matched: pop the subject and fail.
        self.emit(POP_TOP, 0);
        self.jump_to_fail_pop(pc, JUMP_FORWARD);
        self.bind(end);
        let control = control.unwrap_or_default();
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(err(
                    format!("multiple assignments to name '{name}' in pattern"),
                    o.range,
                ));
            }
            pc.stores.push(name);
        }
        // Pop the subject.
        self.emit(POP_TOP, 0);
        Ok(())
    }
}

/// What a value pattern may compare with: literals (signed numbers, strings, bytes) and dotted
/// names.
fn is_value_expr(e: &Expr) -> bool {
    match e {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::Attribute(_) => true,
        Expr::UnaryOp(u) => {
            u.op == ast::UnaryOp::USub && matches!(&*u.operand, Expr::NumberLiteral(_))
        }
        Expr::BinOp(b) => {
            matches!(b.op, ast::Operator::Add | ast::Operator::Sub)
                && is_value_expr(&b.left)
                && matches!(&*b.right, Expr::NumberLiteral(_))
        }
        _ => false,
    }
}
