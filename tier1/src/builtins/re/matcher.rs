//! The backtracking matcher: runs a compiled `Program` over a text of code points (bytes for
//! ASCII/bytes input, `char`s otherwise) with an explicit choice-point stack and an undo log for
//! registers, so input length never turns into Rust recursion depth.

use super::compile::{chars_eq_icase, CharTest, Inst, Program};
use super::parse::{is_word, Assert};

const NONE: usize = usize::MAX;

/// Text indexed by code point.
pub trait Text {
    fn text_len(&self) -> usize;
    fn at(&self, i: usize) -> char;
}

impl Text for [u8] {
    #[inline]
    fn text_len(&self) -> usize {
        <[u8]>::len(self)
    }
    #[inline]
    fn at(&self, i: usize) -> char {
        self[i] as char
    }
}

impl Text for [char] {
    #[inline]
    fn text_len(&self) -> usize {
        <[char]>::len(self)
    }
    #[inline]
    fn at(&self, i: usize) -> char {
        self[i]
    }
}

/// The result of a successful match: capture positions per group (None when unmatched) and
/// the last closed group.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchResult {
    pub spans: Vec<Option<(usize, usize)>>,
    pub lastindex: Option<usize>,
}

enum Frame {
    /// Resume at `pc` with `pos`.
    Alt { pc: usize, pos: usize, undo: usize },
    /// Greedy single-test repeat: try again with one fewer (pc is the instruction after).
    Greedy {
        pc: usize,
        base: usize,
        count: usize,
        min: usize,
        undo: usize,
    },
    /// Lazy single-test repeat: try again with one more.
    Lazy {
        pc: usize,
        base: usize,
        count: usize,
        max: usize,
        undo: usize,
    },
    /// Lazy counted loop: run one more iteration of the body at `pc`.
    LoopBody {
        pc: usize,
        pos: usize,
        reg: usize,
        undo: usize,
    },
}

struct Matcher<'p, 't, T: Text + ?Sized> {
    prog: &'p Program,
    text: &'t T,
    end: usize,
    /// Capture slots, then lastindex, then (count, last position) per loop register.
    regs: Vec<usize>,
    undo: Vec<(usize, usize)>,
    stack: Vec<Frame>,
    start: usize,
    must_advance: bool,
    /// The match must end at `end` (fullmatch).
    full: bool,
}

impl<'p, 't, T: Text + ?Sized> Matcher<'p, 't, T> {
    fn lastindex_slot(&self) -> usize {
        2 * (self.prog.groups + 1)
    }

    fn loop_slot(&self, reg: usize) -> usize {
        self.lastindex_slot() + 1 + 2 * reg
    }

    #[inline]
    fn set(&mut self, slot: usize, v: usize) {
        let old = self.regs[slot];
        if old != v {
            self.undo.push((slot, old));
            self.regs[slot] = v;
        }
    }

    fn rollback(&mut self, to: usize) {
        while self.undo.len() > to {
            if let Some((slot, old)) = self.undo.pop() {
                self.regs[slot] = old;
            }
        }
    }

    fn reset(&mut self) {
        self.regs.iter_mut().for_each(|r| *r = NONE);
        self.undo.clear();
        self.stack.clear();
    }

    fn test_at(&self, t: &CharTest, pos: usize) -> bool {
        pos < self.end && t.matches(self.text.at(pos))
    }

    fn assert(&self, a: Assert, pos: usize) -> bool {
        let end = self.end;
        match a {
            Assert::Start => pos == 0,
            Assert::LineStart => pos == 0 || self.text.at(pos - 1) == '\n',
            Assert::End => pos == end || (pos + 1 == end && self.text.at(pos) == '\n'),
            Assert::LineEnd => pos == end || self.text.at(pos) == '\n',
            Assert::StrEnd => pos == end,
            // CPython: neither matches in an empty string.
            Assert::WordBoundary(_) | Assert::NotWordBoundary(_) if end == 0 => false,
            Assert::WordBoundary(ascii) | Assert::NotWordBoundary(ascii) => {
                let before = pos > 0 && is_word(self.text.at(pos - 1), ascii);
                let after = pos < end && is_word(self.text.at(pos), ascii);
                (before != after) == matches!(a, Assert::WordBoundary(_))
            }
        }
    }

    /// Runs from `pc` at `pos` until `Match`/`SubMatch` (Some(end)) or until every choice
    /// point above the current stack height is exhausted (None).
    fn run(&mut self, mut pc: usize, mut pos: usize) -> Option<usize> {
        let base = self.stack.len();
        let prog = self.prog;
        loop {
            let ok = match &prog.insts[pc] {
                Inst::Test(t) => {
                    if self.test_at(t, pos) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Assert(a) => {
                    pc += 1;
                    self.assert(*a, pos)
                }
                Inst::Save(slot) => {
                    self.set(*slot, pos);
                    if slot % 2 == 1 && *slot > 1 {
                        let li = self.lastindex_slot();
                        self.set(li, slot / 2);
                    }
                    pc += 1;
                    true
                }
                Inst::Split(a, b) => {
                    self.stack.push(Frame::Alt {
                        pc: *b,
                        pos,
                        undo: self.undo.len(),
                    });
                    pc = *a;
                    true
                }
                Inst::Jmp(t) => {
                    pc = *t;
                    true
                }
                Inst::RepeatTest {
                    test,
                    min,
                    max,
                    greedy,
                } => {
                    let min = usize::try_from(*min).unwrap_or(usize::MAX);
                    let max = max.map_or(usize::MAX, |m| usize::try_from(m).unwrap_or(usize::MAX));
                    let avail = self.end.saturating_sub(pos);
                    if *greedy {
                        let limit = max.min(avail);
                        let mut n = 0;
                        while n < limit && test.matches(self.text.at(pos + n)) {
                            n += 1;
                        }
                        if n < min {
                            false
                        } else {
                            if n > min {
                                self.stack.push(Frame::Greedy {
                                    pc: pc + 1,
                                    base: pos,
                                    count: n,
                                    min,
                                    undo: self.undo.len(),
                                });
                            }
                            pos += n;
                            pc += 1;
                            true
                        }
                    } else {
                        if min > avail {
                            false
                        } else {
                            let mut n = 0;
                            while n < min && test.matches(self.text.at(pos + n)) {
                                n += 1;
                            }
                            if n < min {
                                false
                            } else {
                                if n < max {
                                    self.stack.push(Frame::Lazy {
                                        pc: pc + 1,
                                        base: pos,
                                        count: n,
                                        max,
                                        undo: self.undo.len(),
                                    });
                                }
                                pos += n;
                                pc += 1;
                                true
                            }
                        }
                    }
                }
                Inst::LoopInit(reg) => {
                    let s = self.loop_slot(*reg);
                    self.set(s, 0);
                    self.set(s + 1, NONE);
                    pc += 1;
                    true
                }
                Inst::LoopHead {
                    reg,
                    min,
                    max,
                    greedy,
                    exit,
                } => {
                    let s = self.loop_slot(*reg);
                    let count = self.regs[s] as u64;
                    if count < *min {
                        // Mandatory iterations do not arm the empty-iteration check (as
                        // CPython's MAX_UNTIL/MIN_UNTIL).
                        pc += 1;
                    } else if max.is_some_and(|m| count >= m) || self.regs[s + 1] == pos {
                        pc = *exit;
                    } else if *greedy {
                        self.stack.push(Frame::Alt {
                            pc: *exit,
                            pos,
                            undo: self.undo.len(),
                        });
                        self.set(s + 1, pos);
                        pc += 1;
                    } else {
                        self.stack.push(Frame::LoopBody {
                            pc: pc + 1,
                            pos,
                            reg: *reg,
                            undo: self.undo.len(),
                        });
                        pc = *exit;
                    }
                    true
                }
                Inst::LoopTail { reg, head } => {
                    let s = self.loop_slot(*reg);
                    let c = self.regs[s];
                    self.set(s, c + 1);
                    pc = *head;
                    true
                }
                Inst::Backref {
                    group,
                    icase,
                    ascii,
                } => {
                    let (s, e) = (self.regs[2 * group], self.regs[2 * group + 1]);
                    if s == NONE || e == NONE || e < s {
                        false
                    } else {
                        let len = e - s;
                        if pos + len > self.end {
                            false
                        } else {
                            let eq = (0..len).all(|k| {
                                let a = self.text.at(s + k);
                                let b = self.text.at(pos + k);
                                if *icase {
                                    chars_eq_icase(a, b, *ascii)
                                } else {
                                    a == b
                                }
                            });
                            if eq {
                                pos += len;
                                pc += 1;
                            }
                            eq
                        }
                    }
                }
                Inst::Look {
                    behind,
                    negate,
                    next,
                } => {
                    let mark = self.undo.len();
                    let height = self.stack.len();
                    let found = match behind {
                        Some(w) => {
                            if pos < *w {
                                false
                            } else {
                                // Fixed width: every match of the body ends here.
                                self.run(pc + 1, pos - w).is_some()
                            }
                        }
                        None => self.run(pc + 1, pos).is_some(),
                    };
                    self.stack.truncate(height);
                    if found == *negate {
                        self.rollback(mark);
                        false
                    } else {
                        if *negate {
                            self.rollback(mark);
                        }
                        pc = *next;
                        true
                    }
                }
                Inst::Atomic { next } => {
                    let height = self.stack.len();
                    let r = self.run(pc + 1, pos);
                    self.stack.truncate(height);
                    match r {
                        Some(e) => {
                            pos = e;
                            pc = *next;
                            true
                        }
                        None => false,
                    }
                }
                Inst::Cond { group, no } => {
                    if self.regs[2 * group + 1] != NONE && self.regs[2 * group] != NONE {
                        pc += 1;
                    } else {
                        pc = *no;
                    }
                    true
                }
                Inst::SubMatch => return Some(pos),
                Inst::Match => {
                    if (self.must_advance && pos == self.start) || (self.full && pos != self.end) {
                        false
                    } else {
                        return Some(pos);
                    }
                }
            };
            if ok {
                continue;
            }
            // Backtrack.
            loop {
                if self.stack.len() <= base {
                    return None;
                }
                let frame = self.stack.pop()?;
                match frame {
                    Frame::Alt {
                        pc: p,
                        pos: q,
                        undo,
                    } => {
                        self.rollback(undo);
                        pc = p;
                        pos = q;
                        break;
                    }
                    Frame::Greedy {
                        pc: p,
                        base: b,
                        count,
                        min,
                        undo,
                    } => {
                        self.rollback(undo);
                        let mut count = count - 1;
                        // Skip positions where a following literal cannot match.
                        if let Some(Inst::Test(CharTest::Char(c))) = prog.insts.get(p) {
                            while count > min
                                && (b + count >= self.end || self.text.at(b + count) != *c)
                            {
                                count -= 1;
                            }
                        }
                        if count > min {
                            self.stack.push(Frame::Greedy {
                                pc: p,
                                base: b,
                                count,
                                min,
                                undo,
                            });
                        }
                        pc = p;
                        pos = b + count;
                        break;
                    }
                    Frame::Lazy {
                        pc: p,
                        base: b,
                        count,
                        max,
                        undo,
                    } => {
                        self.rollback(undo);
                        let Some(Inst::RepeatTest { test, .. }) = prog.insts.get(p - 1) else {
                            continue;
                        };
                        if count < max && self.test_at(test, b + count) {
                            let count = count + 1;
                            if count < max {
                                self.stack.push(Frame::Lazy {
                                    pc: p,
                                    base: b,
                                    count,
                                    max,
                                    undo,
                                });
                            }
                            pc = p;
                            pos = b + count;
                            break;
                        }
                    }
                    Frame::LoopBody {
                        pc: p,
                        pos: q,
                        reg,
                        undo,
                    } => {
                        self.rollback(undo);
                        let s = self.loop_slot(reg);
                        self.set(s + 1, q);
                        pc = p;
                        pos = q;
                        break;
                    }
                }
            }
        }
    }

    fn result(&self) -> MatchResult {
        let spans = (0..=self.prog.groups)
            .map(|g| {
                let (s, e) = (self.regs[2 * g], self.regs[2 * g + 1]);
                (s != NONE && e != NONE).then_some((s, e))
            })
            .collect();
        let li = self.regs[self.lastindex_slot()];
        MatchResult {
            spans,
            lastindex: (li != NONE).then_some(li),
        }
    }
}

/// How a match is attempted.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Mode {
    Match,
    FullMatch,
    Search,
}

/// Runs `prog` over `text[..endpos]` starting at `pos`. `must_advance` rejects an empty match
/// at `pos` (used when iterating after an empty match).
pub fn execute<T: Text + ?Sized>(
    prog: &Program,
    text: &T,
    pos: usize,
    endpos: usize,
    mode: Mode,
    must_advance: bool,
) -> Option<MatchResult> {
    let end = endpos.min(text.text_len());
    if pos > end {
        return None;
    }
    let nregs = 2 * (prog.groups + 1) + 1 + 2 * prog.loop_regs;
    let mut m = Matcher {
        prog,
        text,
        end,
        regs: vec![NONE; nregs],
        undo: Vec::new(),
        stack: Vec::new(),
        start: pos,
        must_advance,
        full: false,
    };
    match mode {
        Mode::Match | Mode::FullMatch => {
            m.full = mode == Mode::FullMatch;
            m.run(0, pos).map(|_| m.result())
        }
        Mode::Search => {
            let mut start = pos;
            loop {
                if prog.anchored_start && start > 0 {
                    return None;
                }
                if let Some(c) = prog.first_char {
                    while start < end && text.at(start) != c {
                        start += 1;
                    }
                    if start >= end {
                        return None;
                    }
                }
                m.reset();
                m.start = pos;
                if m.run(0, start).is_some() {
                    return Some(m.result());
                }
                if start >= end {
                    return None;
                }
                start += 1;
            }
        }
    }
}
