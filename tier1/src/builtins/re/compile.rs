//! Compiles a parsed `Node` tree into a flat instruction list for the backtracking matcher:
//! single-character tests, captures, splits, counted loops with registers, and sub-programs for
//! lookaround and atomic groups. Also the character predicates shared with the matcher.

use super::parse::{fixed_width, is_word, Assert, Category, Class, ClassItem, Node};

/// A test that consumes exactly one character.
#[derive(Debug, Clone)]
pub enum CharTest {
    Char(char),
    /// Case-insensitive: `c` is folded; `ascii` limits folding to ASCII.
    CharI(char, bool),
    /// `.` without DOTALL.
    AnyNoNl,
    Any,
    Class(Box<Class>),
}

#[derive(Debug, Clone)]
pub enum Inst {
    Test(CharTest),
    Assert(Assert),
    /// Stores the position in capture slot n.
    Save(usize),
    /// Try `.0` first, then `.1`.
    Split(usize, usize),
    Jmp(usize),
    /// A single-character test repeated: greedy or lazy, then continue at pc+1.
    RepeatTest {
        test: CharTest,
        min: u64,
        max: Option<u64>,
        greedy: bool,
    },
    /// Resets loop register r (count 0) before a counted loop.
    LoopInit(usize),
    /// The head of a counted loop: decides whether to run `body` (pc+1) or leave to `exit`.
    LoopHead {
        reg: usize,
        min: u64,
        max: Option<u64>,
        greedy: bool,
        exit: usize,
    },
    /// End of a loop body: count += 1, back to `head`.
    LoopTail {
        reg: usize,
        head: usize,
    },
    Backref {
        group: usize,
        icase: bool,
        ascii: bool,
    },
    /// Runs the sub-program at pc+1 (ending in `SubMatch`); continues at `next`.
    Look {
        behind: Option<usize>,
        negate: bool,
        next: usize,
    },
    Atomic {
        next: usize,
    },
    /// Continue at pc+1 if group matched, else at `no`.
    Cond {
        group: usize,
        no: usize,
    },
    SubMatch,
    Match,
}

#[derive(Debug)]
pub struct Program {
    pub insts: Vec<Inst>,
    /// Number of capture groups (not counting group 0).
    pub groups: usize,
    pub loop_regs: usize,
    /// The pattern can only match at position 0 (starts with `\A` or non-MULTILINE `^`).
    pub anchored_start: bool,
    /// A literal first character every match must start with (case-sensitive only).
    pub first_char: Option<char>,
}

struct Compiler {
    insts: Vec<Inst>,
    loop_regs: usize,
}

/// Compiles a parsed pattern with `groups` capturing groups.
pub fn compile(node: &Node, groups: usize) -> Program {
    let mut c = Compiler {
        insts: Vec::new(),
        loop_regs: 0,
    };
    c.insts.push(Inst::Save(0));
    c.emit(node);
    c.insts.push(Inst::Save(1));
    c.insts.push(Inst::Match);
    Program {
        insts: c.insts,
        groups,
        loop_regs: c.loop_regs,
        anchored_start: starts_anchored(node),
        first_char: first_char(node),
    }
}

fn starts_anchored(node: &Node) -> bool {
    match node {
        Node::Assert(Assert::Start) => true,
        Node::Concat(v) => v.first().is_some_and(starts_anchored),
        Node::Group(_, n) | Node::Atomic(n) => starts_anchored(n),
        Node::Alt(v) => !v.is_empty() && v.iter().all(starts_anchored),
        _ => false,
    }
}

fn first_char(node: &Node) -> Option<char> {
    match node {
        Node::Char {
            c, icase: false, ..
        } => Some(*c),
        Node::Concat(v) => first_char(v.first()?),
        Node::Group(_, n) | Node::Atomic(n) => first_char(n),
        Node::Repeat { node, min, .. } if *min > 0 => first_char(node),
        _ => None,
    }
}

fn single_test(node: &Node) -> Option<CharTest> {
    Some(match node {
        Node::Char { c, icase, ascii } => {
            if *icase && has_case(*c, *ascii) {
                CharTest::CharI(fold(*c, *ascii), *ascii)
            } else {
                CharTest::Char(*c)
            }
        }
        Node::Any { dotall } => {
            if *dotall {
                CharTest::Any
            } else {
                CharTest::AnyNoNl
            }
        }
        Node::Class(cls) => CharTest::Class(cls.clone()),
        _ => return None,
    })
}

impl Compiler {
    fn pc(&self) -> usize {
        self.insts.len()
    }

    fn emit(&mut self, node: &Node) {
        match node {
            Node::Empty => {}
            Node::Char { .. } | Node::Any { .. } | Node::Class(_) => {
                if let Some(t) = single_test(node) {
                    self.insts.push(Inst::Test(t));
                }
            }
            Node::Assert(a) => self.insts.push(Inst::Assert(*a)),
            Node::Group(g, body) => {
                self.insts.push(Inst::Save(2 * g));
                self.emit(body);
                self.insts.push(Inst::Save(2 * g + 1));
            }
            Node::Backref {
                group,
                icase,
                ascii,
            } => self.insts.push(Inst::Backref {
                group: *group,
                icase: *icase,
                ascii: *ascii,
            }),
            Node::Concat(v) => {
                for n in v {
                    self.emit(n);
                }
            }
            Node::Alt(v) => {
                let mut jumps = Vec::new();
                for (k, n) in v.iter().enumerate() {
                    if k + 1 < v.len() {
                        let split = self.pc();
                        self.insts.push(Inst::Split(split + 1, 0));
                        self.emit(n);
                        jumps.push(self.pc());
                        self.insts.push(Inst::Jmp(0));
                        let next = self.pc();
                        self.insts[split] = Inst::Split(split + 1, next);
                    } else {
                        self.emit(n);
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Repeat {
                node,
                min,
                max,
                greedy,
            } => {
                if let Some(t) = single_test(node) {
                    self.insts.push(Inst::RepeatTest {
                        test: t,
                        min: *min,
                        max: *max,
                        greedy: *greedy,
                    });
                    return;
                }
                if *max == Some(0) {
                    return;
                }
                if *min == 0 && *max == Some(1) {
                    // x? : a plain split.
                    let split = self.pc();
                    self.insts.push(Inst::Split(0, 0));
                    self.emit(node);
                    let end = self.pc();
                    self.insts[split] = if *greedy {
                        Inst::Split(split + 1, end)
                    } else {
                        Inst::Split(end, split + 1)
                    };
                    return;
                }
                let reg = self.loop_regs;
                self.loop_regs += 1;
                self.insts.push(Inst::LoopInit(reg));
                let head = self.pc();
                self.insts.push(Inst::Jmp(0));
                self.emit(node);
                self.insts.push(Inst::LoopTail { reg, head });
                let exit = self.pc();
                self.insts[head] = Inst::LoopHead {
                    reg,
                    min: *min,
                    max: *max,
                    greedy: *greedy,
                    exit,
                };
            }
            Node::Look {
                node,
                behind,
                negate,
            } => {
                let at = self.pc();
                self.insts.push(Inst::Jmp(0));
                self.emit(node);
                self.insts.push(Inst::SubMatch);
                let next = self.pc();
                let behind = if *behind {
                    Some(fixed_width(node).unwrap_or(0) as usize)
                } else {
                    None
                };
                self.insts[at] = Inst::Look {
                    behind,
                    negate: *negate,
                    next,
                };
            }
            Node::Atomic(node) => {
                let at = self.pc();
                self.insts.push(Inst::Jmp(0));
                self.emit(node);
                self.insts.push(Inst::SubMatch);
                let next = self.pc();
                self.insts[at] = Inst::Atomic { next };
            }
            Node::Cond { group, yes, no } => {
                let at = self.pc();
                self.insts.push(Inst::Jmp(0));
                self.emit(yes);
                let jmp = self.pc();
                self.insts.push(Inst::Jmp(0));
                let no_pc = self.pc();
                self.emit(no);
                let end = self.pc();
                self.insts[at] = Inst::Cond {
                    group: *group,
                    no: no_pc,
                };
                self.insts[jmp] = Inst::Jmp(end);
            }
        }
    }
}

/// Simple case folding (lowercase when it is a single character).
pub fn fold(c: char, ascii: bool) -> char {
    if ascii || c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut l = c.to_lowercase();
    match (l.next(), l.next()) {
        (Some(x), None) => x,
        _ => c,
    }
}

fn upper(c: char, ascii: bool) -> char {
    if ascii || c.is_ascii() {
        return c.to_ascii_uppercase();
    }
    let mut u = c.to_uppercase();
    match (u.next(), u.next()) {
        (Some(x), None) => x,
        _ => c,
    }
}

fn has_case(c: char, ascii: bool) -> bool {
    fold(c, ascii) != c || upper(c, ascii) != c
}

pub fn is_digit(c: char, ascii: bool) -> bool {
    if c.is_ascii() || ascii {
        c.is_ascii_digit()
    } else {
        crate::object::numfmt::unicode_decimal_value(c).is_some()
    }
}

pub fn is_space(c: char, ascii: bool) -> bool {
    if c.is_ascii() || ascii {
        matches!(
            c,
            ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f'
        ) && (!ascii || !matches!(c, '\x1c'..='\x1f'))
    } else {
        c.is_whitespace() || c == '\u{85}'
    }
}

fn category(cat: Category, c: char, ascii: bool) -> bool {
    match cat {
        Category::Digit => is_digit(c, ascii),
        Category::Word => is_word(c, ascii),
        Category::Space => is_space(c, ascii),
    }
}

fn class_items(cls: &Class, c: char) -> bool {
    cls.items.iter().any(|item| match item {
        ClassItem::Char(x) => *x == c,
        ClassItem::Range(a, b) => *a <= c && c <= *b,
        ClassItem::Cat(cat, neg) => category(*cat, c, cls.ascii) != *neg,
    })
}

pub fn class_matches(cls: &Class, c: char) -> bool {
    let mut hit = class_items(cls, c);
    if !hit && cls.icase {
        let l = fold(c, cls.ascii);
        let u = upper(c, cls.ascii);
        hit = (l != c && class_items(cls, l)) || (u != c && class_items(cls, u));
        if !hit && !c.is_ascii() {
            let lu = fold(u, cls.ascii);
            hit = lu != c && lu != l && class_items(cls, lu);
        }
    }
    hit != cls.negate
}

impl CharTest {
    #[inline]
    pub fn matches(&self, c: char) -> bool {
        match self {
            CharTest::Char(x) => *x == c,
            CharTest::CharI(x, ascii) => {
                fold(c, *ascii) == *x || (!c.is_ascii() && fold(upper(c, *ascii), *ascii) == *x)
            }
            CharTest::AnyNoNl => c != '\n',
            CharTest::Any => true,
            CharTest::Class(cls) => class_matches(cls, c),
        }
    }
}

/// Case-insensitive character equality for back-references.
pub fn chars_eq_icase(a: char, b: char, ascii: bool) -> bool {
    a == b || fold(a, ascii) == fold(b, ascii)
}
