//! Scope analysis: one `Scope` per module, class, function, lambda and comprehension, and for each
//! name used in it whether it is local, global (explicit or implicit), a cell or free. Also owns
//! the scope-level SyntaxErrors (global/nonlocal misuse, `yield` outside a function).

use std::collections::{HashMap, HashSet};

use rustpython_ruff_python_ast::{self as ast, Expr, Stmt};
use rustpython_ruff_text_size::{Ranged, TextRange};

use super::{CResult, RawError, SourceMap};

const DEF_GLOBAL: u32 = 1;
const DEF_LOCAL: u32 = 2;
const DEF_PARAM: u32 = 4;
const DEF_NONLOCAL: u32 = 8;
const USE: u32 = 16;

/// Deepest nesting of expressions/statements accepted.
pub(crate) const MAX_NESTING: u32 = 1500;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

/// Where a name lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Resolved {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Cell,
    Free,
}

#[derive(Debug)]
pub(crate) struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub parent: Option<usize>,
    children: Vec<usize>,
    symbols: Vec<(String, u32)>,
    index: HashMap<String, usize>,
    resolved: HashMap<String, Resolved>,
    /// Parameter names in varnames order.
    pub params: Vec<String>,
    pub is_generator: bool,
    /// Class scopes: a method needs the implicit `__class__` cell.
    pub needs_class_cell: bool,
    /// Names free in a child but local in this class (passed through as freevars).
    class_passthrough: HashSet<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// The class name used to mangle `__private` names.
    pub private: Option<String>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>, private: Option<String>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            parent,
            children: Vec::new(),
            symbols: Vec::new(),
            index: HashMap::new(),
            resolved: HashMap::new(),
            params: Vec::new(),
            is_generator: false,
            needs_class_cell: false,
            class_passthrough: HashSet::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            private,
        }
    }

    pub fn is_function_like(&self) -> bool {
        matches!(
            self.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }

    fn flags(&self, name: &str) -> u32 {
        self.index.get(name).map_or(0, |&i| self.symbols[i].1)
    }

    /// How `name` (already mangled) resolves in this scope.
    pub fn resolve(&self, name: &str) -> Resolved {
        if let Some(r) = self.resolved.get(name) {
            return *r;
        }
        match self.kind {
            ScopeKind::Module | ScopeKind::Class => Resolved::GlobalImplicit,
            _ => Resolved::GlobalImplicit,
        }
    }

    /// Local variables other than parameters, in order of first appearance.
    pub fn other_locals(&self) -> Vec<String> {
        self.symbols
            .iter()
            .filter(|(n, f)| {
                f & DEF_PARAM == 0 && matches!(self.resolved.get(n), Some(Resolved::Local))
            })
            .map(|(n, _)| n.clone())
            .collect()
    }
}

/// All scopes of one compilation, keyed by the AST node that opens them.
#[derive(Debug)]
pub(crate) struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<(u32, u32, u8), usize>,
}

/// Node kinds used in scope keys.
pub(crate) const KEY_FUNCTION: u8 = 0;
pub(crate) const KEY_CLASS: u8 = 1;
pub(crate) const KEY_LAMBDA: u8 = 2;
pub(crate) const KEY_COMP: u8 = 3;

pub(crate) fn node_key(range: TextRange, kind: u8) -> (u32, u32, u8) {
    (u32::from(range.start()), u32::from(range.end()), kind)
}

/// CPython's private-name mangling: `__x` inside class `C` becomes `_C__x`.
pub(crate) fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

impl SymbolTable {
    pub fn build_module(body: &[Stmt], map: &SourceMap) -> CResult<SymbolTable> {
        let mut b = Builder::new(map);
        b.stmts(body)?;
        b.finish()
    }

    pub fn build_expression(expr: &Expr, map: &SourceMap) -> CResult<SymbolTable> {
        let mut b = Builder::new(map);
        b.expr(expr)?;
        b.finish()
    }

    pub fn scope_for(&self, range: TextRange, kind: u8) -> Option<usize> {
        self.by_node.get(&node_key(range, kind)).copied()
    }

    fn analyze(
        &mut self,
        id: usize,
        bound: &HashSet<String>,
        globals: &HashSet<String>,
    ) -> CResult<HashSet<String>> {
        let mut local = HashSet::new();
        let mut explicit_globals = HashSet::new();
        let mut newglobal = globals.clone();
        let kind = self.scopes[id].kind;
        let symbols = self.scopes[id].symbols.clone();
        let mut resolved = HashMap::new();
        for (name, flags) in &symbols {
            let r = if flags & DEF_GLOBAL != 0 {
                newglobal.insert(name.clone());
                explicit_globals.insert(name.clone());
                Resolved::GlobalExplicit
            } else if flags & DEF_NONLOCAL != 0 {
                if !bound.contains(name) {
                    return Err(RawError::syntax(
                        format!("no binding for nonlocal '{name}' found"),
                        TextRange::default(),
                    ));
                }
                Resolved::Free
            } else if flags & (DEF_LOCAL | DEF_PARAM) != 0 {
                local.insert(name.clone());
                newglobal.remove(name);
                Resolved::Local
            } else if kind != ScopeKind::Module && bound.contains(name) {
                Resolved::Free
            } else if globals.contains(name) {
                Resolved::GlobalExplicit
            } else {
                Resolved::GlobalImplicit
            };
            resolved.insert(name.clone(), r);
        }
        let mut newbound: HashSet<String> = match kind {
            ScopeKind::Module => HashSet::new(),
            ScopeKind::Class => {
                let mut b = bound.clone();
                b.insert("__class__".to_string());
                b
            }
            _ => bound.union(&local).cloned().collect(),
        };
        for g in &explicit_globals {
            newbound.remove(g);
        }
        let children = self.scopes[id].children.clone();
        let mut child_free = HashSet::new();
        for child in children {
            child_free.extend(self.analyze(child, &newbound, &newglobal)?);
        }
        let mut passthrough = HashSet::new();
        let mut needs_class_cell = false;
        for name in child_free {
            let current = resolved.get(&name).copied();
            match kind {
                ScopeKind::Module => {}
                ScopeKind::Class => {
                    if name == "__class__" {
                        needs_class_cell = true;
                    } else if current == Some(Resolved::Local)
                        || current == Some(Resolved::GlobalExplicit)
                    {
                        passthrough.insert(name);
                    } else {
                        resolved.insert(name, Resolved::Free);
                    }
                }
                _ => match current {
                    Some(Resolved::Local) => {
                        resolved.insert(name, Resolved::Cell);
                    }
                    Some(Resolved::Cell) | Some(Resolved::Free) => {}
                    Some(Resolved::GlobalExplicit) => {}
                    _ => {
                        resolved.insert(name, Resolved::Free);
                    }
                },
            }
        }
        let mut free: HashSet<String> = resolved
            .iter()
            .filter(|(_, r)| **r == Resolved::Free)
            .map(|(n, _)| n.clone())
            .collect();
        free.extend(passthrough.iter().cloned());
        let mut cellvars: Vec<String> = resolved
            .iter()
            .filter(|(_, r)| **r == Resolved::Cell)
            .map(|(n, _)| n.clone())
            .collect();
        if needs_class_cell {
            cellvars.push("__class__".to_string());
        }
        cellvars.sort();
        let mut freevars: Vec<String> = free.iter().cloned().collect();
        freevars.sort();
        let scope = &mut self.scopes[id];
        scope.resolved = resolved;
        scope.needs_class_cell = needs_class_cell;
        scope.class_passthrough = passthrough;
        scope.cellvars = cellvars;
        scope.freevars = freevars;
        Ok(free)
    }
}

struct Builder<'a> {
    map: &'a SourceMap<'a>,
    scopes: Vec<Scope>,
    by_node: HashMap<(u32, u32, u8), usize>,
    stack: Vec<usize>,
    depth: u32,
    /// Name of the comprehension kind for each open comprehension scope ("list comprehension").
    comp_kinds: HashMap<usize, &'static str>,
    /// Names bound by the `for` targets of each comprehension scope (`:=` may not rebind them).
    comp_iter_vars: HashMap<usize, Vec<String>>,
    /// First error found by analysis that needs a location (nonlocal without binding).
    nonlocal_sites: Vec<(usize, String, TextRange)>,
}

impl<'a> Builder<'a> {
    fn new(map: &'a SourceMap<'a>) -> Builder<'a> {
        Builder {
            map,
            scopes: vec![Scope::new(ScopeKind::Module, "<module>", None, None)],
            by_node: HashMap::new(),
            stack: vec![0],
            depth: 0,
            comp_kinds: HashMap::new(),
            comp_iter_vars: HashMap::new(),
            nonlocal_sites: Vec::new(),
        }
    }

    fn finish(self) -> CResult<SymbolTable> {
        let mut table = SymbolTable {
            scopes: self.scopes,
            by_node: self.by_node,
        };
        if let Err(mut e) = table.analyze(0, &HashSet::new(), &HashSet::new()) {
            // Find where the offending nonlocal was declared.
            for (_, name, range) in &self.nonlocal_sites {
                if e.message == format!("no binding for nonlocal '{name}' found") {
                    e.range = *range;
                    break;
                }
            }
            return Err(e);
        }
        let _ = self.map;
        Ok(table)
    }

    fn cur(&self) -> usize {
        *self.stack.last().unwrap_or(&0)
    }

    fn cur_scope(&mut self) -> &mut Scope {
        let id = self.cur();
        &mut self.scopes[id]
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.scopes[self.cur()].private.as_deref(), name)
    }

    fn add(&mut self, name: &str, flag: u32) {
        let name = self.mangled(name);
        self.add_raw(self.cur(), name, flag);
    }

    fn add_raw(&mut self, scope: usize, name: String, flag: u32) {
        let s = &mut self.scopes[scope];
        if let Some(&i) = s.index.get(&name) {
            s.symbols[i].1 |= flag;
        } else {
            s.index.insert(name.clone(), s.symbols.len());
            s.symbols.push((name, flag));
        }
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, key: (u32, u32, u8)) -> usize {
        let parent = self.cur();
        let private = match self.scopes[parent].kind {
            ScopeKind::Class => Some(self.scopes[parent].name.clone()),
            _ => self.scopes[parent].private.clone(),
        };
        let id = self.scopes.len();
        self.scopes
            .push(Scope::new(kind, name, Some(parent), private));
        self.scopes[parent].children.push(id);
        self.by_node.insert(key, id);
        self.stack.push(id);
        id
    }

    fn leave(&mut self) {
        self.stack.pop();
    }

    fn nest(&mut self, range: TextRange) -> CResult<()> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(RawError::syntax(
                "too many nested expressions or statements",
                range,
            ));
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    /// A `case` pattern: capture names are local bindings; values, classes and keys are
    /// expressions of the enclosing scope.
    fn pattern(&mut self, p: &ast::Pattern) -> CResult<()> {
        use ast::Pattern as P;
        self.nest(p.range())?;
        match p {
            P::MatchValue(v) => self.expr(&v.value)?,
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => {
                for q in &s.patterns {
                    self.pattern(q)?;
                }
            }
            P::MatchMapping(m) => {
                for k in &m.keys {
                    self.expr(k)?;
                }
                for q in &m.patterns {
                    self.pattern(q)?;
                }
                if let Some(r) = &m.rest {
                    self.add(r.as_str(), DEF_LOCAL);
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls)?;
                for q in &c.arguments.patterns {
                    self.pattern(q)?;
                }
                for k in &c.arguments.keywords {
                    self.pattern(&k.pattern)?;
                }
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.add(n.as_str(), DEF_LOCAL);
                }
            }
            P::MatchAs(a) => {
                if let Some(q) = &a.pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = &a.name {
                    self.add(n.as_str(), DEF_LOCAL);
                }
            }
            P::MatchOr(o) => {
                for q in &o.patterns {
                    self.pattern(q)?;
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }

    fn params(&mut self, params: &ast::Parameters) -> CResult<()> {
        // Defaults and annotations are evaluated in the enclosing scope.
        for p in params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .chain(&params.kwonlyargs)
        {
            if let Some(d) = &p.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn annotations(&mut self, params: &ast::Parameters, returns: Option<&Expr>) -> CResult<()> {
        for p in params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .map(|p| &p.parameter)
            .chain(params.vararg.as_deref())
            .chain(params.kwonlyargs.iter().map(|p| &p.parameter))
            .chain(params.kwarg.as_deref())
        {
            if let Some(a) = &p.annotation {
                self.expr(a)?;
            }
        }
        if let Some(r) = returns {
            self.expr(r)?;
        }
        Ok(())
    }

    fn declare_params(&mut self, params: &ast::Parameters) -> CResult<()> {
        let mut seen = HashSet::new();
        let names: Vec<&ast::Parameter> = params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .map(|p| &p.parameter)
            .chain(params.kwonlyargs.iter().map(|p| &p.parameter))
            .chain(params.vararg.as_deref())
            .chain(params.kwarg.as_deref())
            .collect();
        for p in names {
            let name = self.mangled(p.name.as_str());
            if !seen.insert(name.clone()) {
                return Err(RawError::syntax(
                    format!(
                        "duplicate argument '{}' in function definition",
                        p.name.as_str()
                    ),
                    p.range,
                ));
            }
            self.add_raw(self.cur(), name.clone(), DEF_PARAM);
            self.cur_scope().params.push(name);
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> CResult<()> {
        self.nest(s.range())?;
        let r = self.stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &Stmt) -> CResult<()> {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression)?;
                }
                self.params(&f.parameters)?;
                self.annotations(&f.parameters, f.returns.as_deref())?;
                self.add(f.name.as_str(), DEF_LOCAL);
                self.enter(
                    ScopeKind::Function,
                    f.name.as_str(),
                    node_key(f.range, KEY_FUNCTION),
                );
                self.declare_params(&f.parameters)?;
                self.stmts(&f.body)?;
                self.leave();
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression)?;
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.expr(a)?;
                    }
                    for k in args.keywords.iter() {
                        self.expr(&k.value)?;
                    }
                }
                self.add(c.name.as_str(), DEF_LOCAL);
                self.enter(
                    ScopeKind::Class,
                    c.name.as_str(),
                    node_key(c.range, KEY_CLASS),
                );
                self.stmts(&c.body)?;
                self.leave();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.expr(t)?;
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.expr(t)?;
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value)?;
                if let Expr::Name(n) = &*a.target {
                    self.add(n.id.as_str(), DEF_LOCAL | USE);
                } else {
                    self.expr(&a.target)?;
                }
            }
            Stmt::AnnAssign(a) => {
                let kind = self.scopes[self.cur()].kind;
                if let Expr::Name(n) = &*a.target {
                    let name = self.mangled(n.id.as_str());
                    let flags = self.scopes[self.cur()].flags(&name);
                    if flags & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && a.simple {
                        let what = if flags & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(RawError::syntax(
                            format!("annotated name '{}' can't be {what}", n.id.as_str()),
                            n.range,
                        ));
                    }
                }
                if kind != ScopeKind::Function && kind != ScopeKind::Lambda {
                    self.expr(&a.annotation)?;
                }
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
                self.expr(&a.target)?;
            }
            Stmt::For(f) => {
                if f.is_async {
                    return Err(unsupported("'async for' is", f.range));
                }
                self.expr(&f.iter)?;
                self.expr(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            Stmt::With(w) => {
                if w.is_async {
                    return Err(unsupported("'async with' is", w.range));
                }
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                for case in &m.cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
            }
            Stmt::TypeAlias(t) => {
                return Err(RawError::syntax(
                    "'type' statements are not supported yet",
                    t.range,
                ))
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return Err(RawError::syntax("'except*' is not supported yet", t.range));
                }
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add(n.as_str(), DEF_LOCAL);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let name = match &alias.asname {
                        Some(a) => a.as_str().to_string(),
                        None => alias
                            .name
                            .as_str()
                            .split('.')
                            .next()
                            .unwrap_or("")
                            .to_string(),
                    };
                    self.add(&name, DEF_LOCAL);
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        if self.scopes[self.cur()].kind != ScopeKind::Module {
                            return Err(RawError::syntax(
                                "import * only allowed at module level",
                                i.range,
                            ));
                        }
                        continue;
                    }
                    let name = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.add(name.as_str(), DEF_LOCAL);
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let name = self.mangled(n.as_str());
                    let flags = self.scopes[self.cur()].flags(&name);
                    let msg = if flags & DEF_PARAM != 0 {
                        Some(format!("name '{}' is parameter and global", n.as_str()))
                    } else if flags & DEF_NONLOCAL != 0 {
                        Some(format!("name '{}' is nonlocal and global", n.as_str()))
                    } else if flags & DEF_LOCAL != 0 {
                        Some(format!(
                            "name '{}' is assigned to before global declaration",
                            n.as_str()
                        ))
                    } else if flags & USE != 0 {
                        Some(format!(
                            "name '{}' is used prior to global declaration",
                            n.as_str()
                        ))
                    } else {
                        None
                    };
                    if let Some(msg) = msg {
                        return Err(RawError::syntax(msg, g.range));
                    }
                    self.add_raw(self.cur(), name, DEF_GLOBAL);
                }
            }
            Stmt::Nonlocal(g) => {
                let at_module = self.scopes[self.cur()].kind == ScopeKind::Module;
                for n in &g.names {
                    let name = self.mangled(n.as_str());
                    let flags = self.scopes[self.cur()].flags(&name);
                    let msg = if flags & DEF_PARAM != 0 {
                        Some(format!("name '{}' is parameter and nonlocal", n.as_str()))
                    } else if flags & DEF_GLOBAL != 0 {
                        Some(format!("name '{}' is nonlocal and global", n.as_str()))
                    } else if flags & DEF_LOCAL != 0 {
                        Some(format!(
                            "name '{}' is assigned to before nonlocal declaration",
                            n.as_str()
                        ))
                    } else if flags & USE != 0 {
                        Some(format!(
                            "name '{}' is used prior to nonlocal declaration",
                            n.as_str()
                        ))
                    } else {
                        None
                    };
                    if let Some(msg) = msg {
                        return Err(RawError::syntax(msg, g.range));
                    }
                    if at_module {
                        return Err(RawError::syntax(
                            "nonlocal declaration not allowed at module level",
                            g.range,
                        ));
                    }
                    self.nonlocal_sites
                        .push((self.cur(), name.clone(), g.range));
                    self.add_raw(self.cur(), name, DEF_NONLOCAL);
                }
            }
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::IpyEscapeCommand(c) => return Err(RawError::syntax("invalid syntax", c.range)),
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> CResult<()> {
        self.nest(e.range())?;
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> CResult<()> {
        match e {
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.expr(v)?;
                }
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.named_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.params(p)?;
                }
                self.enter(ScopeKind::Lambda, "<lambda>", node_key(l.range, KEY_LAMBDA));
                if let Some(p) = &l.parameters {
                    self.declare_params(p)?;
                }
                self.expr(&l.body)?;
                self.leave();
            }
            Expr::If(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.expr(k)?;
                    }
                    self.expr(&item.value)?;
                }
            }
            Expr::Set(s) => {
                for v in &s.elts {
                    self.expr(v)?;
                }
            }
            Expr::ListComp(c) => self.comprehension(
                e.range(),
                "<listcomp>",
                "list comprehension",
                &c.generators,
                &[&c.elt],
            )?,
            Expr::SetComp(c) => self.comprehension(
                e.range(),
                "<setcomp>",
                "set comprehension",
                &c.generators,
                &[&c.elt],
            )?,
            Expr::DictComp(c) => self.comprehension(
                e.range(),
                "<dictcomp>",
                "dict comprehension",
                &c.generators,
                &[&c.key, &c.value],
            )?,
            Expr::Generator(c) => self.comprehension(
                e.range(),
                "<genexpr>",
                "generator expression",
                &c.generators,
                &[&c.elt],
            )?,
            Expr::Await(a) => {
                // `async def` is rejected before its body is visited, so any `await` seen
                // here is outside an async function.
                let msg = match self.scopes[self.cur()].kind {
                    ScopeKind::Module | ScopeKind::Class => "'await' outside function",
                    ScopeKind::Comprehension => {
                        "asynchronous comprehension outside of an asynchronous function"
                    }
                    _ => "'await' outside async function",
                };
                return Err(RawError::syntax(msg, a.range));
            }
            Expr::Yield(y) => {
                self.yield_here(y.range)?;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.yield_here(y.range)?;
                self.expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                for v in c.comparators.iter() {
                    self.expr(v)?;
                }
            }
            Expr::Call(c) => {
                self.expr(&c.func)?;
                for a in c.arguments.args.iter() {
                    self.expr(a)?;
                }
                for k in c.arguments.keywords.iter() {
                    self.expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.fstring_elements(&fs.elements)?;
                    }
                }
            }
            Expr::TString(t) => {
                return Err(RawError::syntax("t-strings are not supported yet", t.range))
            }
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {}
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Expr::Starred(s) => self.expr(&s.value)?,
            Expr::Name(n) => {
                let id = n.id.as_str();
                match n.ctx {
                    ast::ExprContext::Load => {
                        self.add(id, USE);
                        if id == "super" && self.scopes[self.cur()].is_function_like() {
                            self.add_raw(self.cur(), "__class__".to_string(), USE);
                        }
                    }
                    ast::ExprContext::Store => self.add(id, DEF_LOCAL),
                    ast::ExprContext::Del => self.add(id, DEF_LOCAL),
                    ast::ExprContext::Invalid => {
                        return Err(RawError::syntax("invalid syntax", n.range))
                    }
                }
            }
            Expr::List(l) => {
                for v in &l.elts {
                    self.expr(v)?;
                }
            }
            Expr::Tuple(t) => {
                for v in &t.elts {
                    self.expr(v)?;
                }
            }
            Expr::Slice(s) => {
                for v in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(v)?;
                }
            }
            Expr::IpyEscapeCommand(c) => return Err(RawError::syntax("invalid syntax", c.range)),
        }
        Ok(())
    }

    fn fstring_elements(&mut self, elements: &ast::InterpolatedStringElements) -> CResult<()> {
        for el in elements.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.expr(&i.expression)?;
                if let Some(spec) = &i.format_spec {
                    self.fstring_elements(&spec.elements)?;
                }
            }
        }
        Ok(())
    }

    fn yield_here(&mut self, range: TextRange) -> CResult<()> {
        let id = self.cur();
        match self.scopes[id].kind {
            ScopeKind::Function | ScopeKind::Lambda => {
                self.scopes[id].is_generator = true;
                Ok(())
            }
            ScopeKind::Comprehension => {
                let kind = self.comp_kinds.get(&id).copied().unwrap_or("comprehension");
                Err(RawError::syntax(format!("'yield' inside {kind}"), range))
            }
            _ => Err(RawError::syntax("'yield' outside function", range)),
        }
    }

    /// The target of `:=`: inside comprehensions it binds in the nearest enclosing
    /// non-comprehension scope.
    fn named_target(&mut self, target: &Expr) -> CResult<()> {
        let Expr::Name(n) = target else {
            return self.expr(target);
        };
        let cur = self.cur();
        if self.scopes[cur].kind != ScopeKind::Comprehension {
            self.add(n.id.as_str(), DEF_LOCAL);
            return Ok(());
        }
        let name = self.mangled(n.id.as_str());
        // Walk up through comprehension scopes.
        let mut chain = Vec::new();
        let mut s = cur;
        while self.scopes[s].kind == ScopeKind::Comprehension {
            if self
                .comp_iter_vars
                .get(&s)
                .is_some_and(|vars| vars.iter().any(|v| v == n.id.as_str()))
            {
                return Err(RawError::syntax(
                    format!(
                        "assignment expression cannot rebind comprehension iteration variable '{}'",
                        n.id.as_str()
                    ),
                    n.range,
                ));
            }
            chain.push(s);
            match self.scopes[s].parent {
                Some(p) => s = p,
                None => break,
            }
        }
        match self.scopes[s].kind {
            ScopeKind::Class => Err(RawError::syntax(
                "assignment expression within a comprehension cannot be used in a class body",
                n.range,
            )),
            ScopeKind::Module => {
                for c in chain {
                    self.add_raw(c, name.clone(), DEF_GLOBAL);
                }
                self.add_raw(s, name, DEF_LOCAL);
                Ok(())
            }
            _ => {
                for c in chain {
                    self.add_raw(c, name.clone(), DEF_NONLOCAL);
                }
                self.add_raw(s, name, DEF_LOCAL);
                Ok(())
            }
        }
    }

    fn comprehension(
        &mut self,
        range: TextRange,
        name: &str,
        kind_name: &'static str,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
    ) -> CResult<()> {
        let Some(first) = generators.first() else {
            return Err(RawError::syntax("invalid syntax", range));
        };
        if generators.iter().any(|g| g.is_async) {
            return Err(unsupported("asynchronous comprehensions are", range));
        }
        self.expr(&first.iter)?;
        let id = self.enter(ScopeKind::Comprehension, name, node_key(range, KEY_COMP));
        self.comp_kinds.insert(id, kind_name);
        if name == "<genexpr>" {
            self.scopes[id].is_generator = true;
        }
        self.add_raw(id, ".0".to_string(), DEF_PARAM);
        self.scopes[id].params.push(".0".to_string());
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            let mut bound = Vec::new();
            target_names(&g.target, &mut bound);
            self.comp_iter_vars.entry(id).or_default().extend(bound);
            self.expr(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.leave();
        Ok(())
    }
}

/// Names a `for` target binds (through tuples, lists and starred targets).
fn target_names(target: &Expr, out: &mut Vec<String>) {
    match target {
        Expr::Name(n) => out.push(n.id.as_str().to_string()),
        Expr::Tuple(t) => t.elts.iter().for_each(|e| target_names(e, out)),
        Expr::List(l) => l.elts.iter().for_each(|e| target_names(e, out)),
        Expr::Starred(s) => target_names(&s.value, out),
        _ => {}
    }
}

fn unsupported(what: &str, range: TextRange) -> RawError {
    RawError::syntax(format!("{what} not supported yet"), range)
}
