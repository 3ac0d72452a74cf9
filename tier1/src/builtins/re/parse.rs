//! Parser for Python's regular-expression syntax: turns a pattern (as code points) into a `Node`
//! tree with the scoped flags already applied to each node, the group count and names, and
//! `ReError`s carrying CPython's messages and positions (in code points).

use std::collections::HashMap;

pub const FLAG_TEMPLATE: u32 = 1;
pub const FLAG_IGNORECASE: u32 = 2;
pub const FLAG_LOCALE: u32 = 4;
pub const FLAG_MULTILINE: u32 = 8;
pub const FLAG_DOTALL: u32 = 16;
pub const FLAG_UNICODE: u32 = 32;
pub const FLAG_VERBOSE: u32 = 64;
pub const FLAG_DEBUG: u32 = 128;
pub const FLAG_ASCII: u32 = 256;

const MAXREPEAT: u64 = 4_294_967_295;
const MAXGROUPS: usize = 1_073_741_823;
/// Deepest group nesting accepted (CPython's recursive parser hits its recursion limit too).
const MAX_DEPTH: usize = 480;

/// A compile error: CPython's message and the position it refers to.
#[derive(Debug, Clone, PartialEq)]
pub struct ReError {
    pub msg: String,
    pub pos: Option<usize>,
    /// True when the pattern nests too deeply (reported as RecursionError).
    pub recursion: bool,
    /// True for repeat counts beyond the engine's limit (reported as OverflowError).
    pub overflow: bool,
}

impl ReError {
    fn new(msg: impl Into<String>, pos: usize) -> ReError {
        ReError {
            msg: msg.into(),
            pos: Some(pos),
            recursion: false,
            overflow: false,
        }
    }
}

/// Character-class predicates (\d \w \s), with ASCII-only or Unicode meaning.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Category {
    Digit,
    Word,
    Space,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ClassItem {
    Char(char),
    Range(char, char),
    Cat(Category, bool),
}

/// A character class: items, negation, and the flags that affect it.
#[derive(Debug, Clone, PartialEq)]
pub struct Class {
    pub items: Vec<ClassItem>,
    pub negate: bool,
    pub icase: bool,
    pub ascii: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Assert {
    /// `^` without MULTILINE, or `\A`.
    Start,
    /// `^` with MULTILINE.
    LineStart,
    /// `$` without MULTILINE: end, or before a final newline.
    End,
    /// `$` with MULTILINE.
    LineEnd,
    /// `\Z`.
    StrEnd,
    /// `\b` (`true`: ASCII word definition).
    WordBoundary(bool),
    /// `\B`.
    NotWordBoundary(bool),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Empty,
    Char {
        c: char,
        icase: bool,
        ascii: bool,
    },
    Any {
        dotall: bool,
    },
    Class(Box<Class>),
    Assert(Assert),
    Group(usize, Box<Node>),
    Backref {
        group: usize,
        icase: bool,
        ascii: bool,
    },
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: u64,
        max: Option<u64>,
        greedy: bool,
    },
    Look {
        node: Box<Node>,
        behind: bool,
        negate: bool,
    },
    Atomic(Box<Node>),
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

/// A parsed pattern.
#[derive(Debug)]
pub struct Parsed {
    pub node: Node,
    /// Number of capturing groups.
    pub groups: usize,
    /// Group names in definition order.
    pub names: Vec<(String, usize)>,
    /// Global flags after inline flags were applied.
    pub flags: u32,
}

struct Parser<'a> {
    s: &'a [char],
    i: usize,
    flags: u32,
    is_bytes: bool,
    groups: usize,
    names: HashMap<String, usize>,
    name_order: Vec<(String, usize)>,
    open: Vec<usize>,
    depth: usize,
    /// Global flags found in the pattern (to restart in VERBOSE mode, like CPython).
    found_verbose: bool,
    /// Lookbehind nesting (group references inside need a fixed width).
    lookbehind: usize,
}

fn is_word_char_ascii(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Parses `pattern` with the initial `flags`; `is_bytes` selects bytes-pattern rules.
pub fn parse(pattern: &[char], flags: u32, is_bytes: bool) -> Result<Parsed, ReError> {
    let mut flags = flags;
    if is_bytes {
        if flags & FLAG_UNICODE != 0 {
            return Err(ReError {
                msg: "cannot use UNICODE flag with a bytes pattern".into(),
                pos: None,
                recursion: false,
                overflow: false,
            });
        }
    } else {
        if flags & FLAG_LOCALE != 0 {
            return Err(ReError {
                msg: "cannot use LOCALE flag with a str pattern".into(),
                pos: None,
                recursion: false,
                overflow: false,
            });
        }
        if flags & FLAG_ASCII != 0 && flags & FLAG_UNICODE != 0 {
            return Err(ReError {
                msg: "ASCII and UNICODE flags are incompatible".into(),
                pos: None,
                recursion: false,
                overflow: false,
            });
        }
    }
    loop {
        let mut p = Parser {
            s: pattern,
            i: 0,
            flags,
            is_bytes,
            groups: 0,
            names: HashMap::new(),
            name_order: Vec::new(),
            open: Vec::new(),
            depth: 0,
            found_verbose: false,
            lookbehind: 0,
        };
        let node = match p.parse_alt(true) {
            Ok(n) => n,
            Err(e) => {
                // CPython's tokenizer looks one token ahead: a lone trailing backslash is
                // reported as soon as the parser gets next to it.
                let trailing = pattern.iter().rev().take_while(|c| **c == '\\').count();
                if !e.recursion && trailing % 2 == 1 && p.i + 2 >= pattern.len() {
                    return Err(ReError::new(
                        "bad escape (end of pattern)",
                        pattern.len() - 1,
                    ));
                }
                return Err(e);
            }
        };
        if p.found_verbose && flags & FLAG_VERBOSE == 0 {
            flags = p.flags | FLAG_VERBOSE;
            continue;
        }
        if p.i < p.s.len() {
            // Only a stray ')' stops the top level.
            return Err(ReError::new("unbalanced parenthesis", p.i));
        }
        let mut flags = p.flags;
        if !is_bytes && flags & FLAG_ASCII == 0 {
            flags |= FLAG_UNICODE;
        }
        return Ok(Parsed {
            node,
            groups: p.groups,
            names: p.name_order,
            flags,
        });
    }
}

impl<'a> Parser<'a> {
    /// The source token at `i` as CPython's tokenizer sees it (a backslash and the next char).
    fn token_at(&self, i: usize) -> String {
        match self.s.get(i) {
            Some('\\') => self.s[i..(i + 2).min(self.s.len())].iter().collect(),
            Some(c) => c.to_string(),
            None => String::new(),
        }
    }

    fn peek(&self) -> Option<char> {
        self.s.get(self.i).copied()
    }

    fn peek_at(&self, k: usize) -> Option<char> {
        self.s.get(self.i + k).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn icase(&self) -> bool {
        self.flags & FLAG_IGNORECASE != 0
    }

    fn ascii(&self) -> bool {
        self.is_bytes || self.flags & FLAG_ASCII != 0
    }

    fn verbose(&self) -> bool {
        self.flags & FLAG_VERBOSE != 0
    }

    fn skip_verbose(&mut self) {
        if !self.verbose() {
            return;
        }
        while let Some(c) = self.peek() {
            if c == '#' {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == '\n' {
                        break;
                    }
                }
            } else if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                self.i += 1;
            } else {
                break;
            }
        }
    }

    fn lit(&self, c: char) -> Node {
        Node::Char {
            c,
            icase: self.icase(),
            ascii: self.ascii(),
        }
    }

    /// Alternatives up to ')' or the end.
    fn parse_alt(&mut self, top: bool) -> Result<Node, ReError> {
        let mut alts = vec![self.parse_seq(top)?];
        while self.eat('|') {
            alts.push(self.parse_seq(false)?);
        }
        Ok(if alts.len() == 1 {
            alts.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(alts)
        })
    }

    fn parse_seq(&mut self, mut at_start: bool) -> Result<Node, ReError> {
        let mut items: Vec<Node> = Vec::new();
        loop {
            self.skip_verbose();
            let Some(c) = self.peek() else { break };
            if c == '|' || c == ')' {
                break;
            }
            let start = self.i;
            let mut grouped = false;
            let atom = match c {
                '(' => {
                    grouped = true;
                    let flags_before = self.flags;
                    let r = self.parse_group(at_start && items.is_empty())?;
                    match r {
                        Some(n) => n,
                        None => {
                            // Global flags group or comment: nothing to add.
                            let _ = flags_before;
                            continue;
                        }
                    }
                }
                '*' | '+' | '?' => {
                    return Err(ReError::new("nothing to repeat", start));
                }
                '{' if self.repeat_ahead() => {
                    return Err(ReError::new("nothing to repeat", start));
                }
                _ => self.parse_atom()?,
            };
            at_start = false;
            let node = self.parse_quantifiers(atom, grouped)?;
            items.push(node);
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }

    /// True when the text at `self.i` ('{') is a valid `{m,n}` repeat.
    fn repeat_ahead(&self) -> bool {
        self.scan_brace().is_some()
    }

    /// Parses `{m}`, `{m,}`, `{,n}`, `{m,n}` at `self.i` without consuming; returns
    /// (min text, max text, has comma, length).
    fn scan_brace(&self) -> Option<(String, String, bool, usize)> {
        if self.peek() != Some('{') {
            return None;
        }
        let mut j = self.i + 1;
        let mut lo = String::new();
        while let Some(&c) = self.s.get(j) {
            if c.is_ascii_digit() {
                lo.push(c);
                j += 1;
            } else {
                break;
            }
        }
        let mut hi = String::new();
        let comma = self.s.get(j) == Some(&',');
        if comma {
            j += 1;
            while let Some(&c) = self.s.get(j) {
                if c.is_ascii_digit() {
                    hi.push(c);
                    j += 1;
                } else {
                    break;
                }
            }
        } else {
            hi = lo.clone();
        }
        if self.s.get(j) != Some(&'}') {
            return None;
        }
        if !comma && lo.is_empty() {
            return None;
        }
        Some((lo, hi, comma, j + 1 - self.i))
    }

    /// Applies any quantifiers after `atom` (`grouped`: it came from a parenthesized group,
    /// which may be repeated even when empty or an assertion).
    fn parse_quantifiers(&mut self, mut atom: Node, grouped: bool) -> Result<Node, ReError> {
        let mut repeated = false;
        loop {
            self.skip_verbose();
            let start = self.i;
            let (min, max) = match self.peek() {
                Some('*') => {
                    self.i += 1;
                    (0, None)
                }
                Some('+') => {
                    self.i += 1;
                    (1, None)
                }
                Some('?') => {
                    self.i += 1;
                    (0, Some(1))
                }
                Some('{') => match self.scan_brace() {
                    Some((lo, hi, _comma, len)) => {
                        let min: u64 = if lo.is_empty() {
                            0
                        } else {
                            lo.parse().unwrap_or(u64::MAX)
                        };
                        let max: Option<u64> = if hi.is_empty() {
                            None
                        } else {
                            Some(hi.parse().unwrap_or(u64::MAX))
                        };
                        if min >= MAXREPEAT || max.is_some_and(|m| m >= MAXREPEAT) {
                            return Err(ReError {
                                msg: "the repetition number is too large".into(),
                                pos: None,
                                recursion: false,
                                overflow: true,
                            });
                        }
                        if let Some(m) = max {
                            if m < min {
                                return Err(ReError::new(
                                    "min repeat greater than max repeat",
                                    self.i + 1,
                                ));
                            }
                        }
                        self.i += len;
                        (min, max)
                    }
                    None => return Ok(atom),
                },
                _ => return Ok(atom),
            };
            if repeated {
                return Err(ReError::new("multiple repeat", start));
            }
            if !grouped && matches!(atom, Node::Empty | Node::Assert(_)) {
                return Err(ReError::new("nothing to repeat", start));
            }
            let mut greedy = true;
            let mut possessive = false;
            if self.eat('?') {
                greedy = false;
            } else if self.eat('+') {
                possessive = true;
            }
            atom = Node::Repeat {
                node: Box::new(atom),
                min,
                max,
                greedy,
            };
            if possessive {
                atom = Node::Atomic(Box::new(atom));
            }
            repeated = true;
        }
    }

    fn parse_atom(&mut self) -> Result<Node, ReError> {
        let start = self.i;
        let c = self.peek().unwrap_or('\0');
        self.i += 1;
        Ok(match c {
            '.' => Node::Any {
                dotall: self.flags & FLAG_DOTALL != 0,
            },
            '^' => Node::Assert(if self.flags & FLAG_MULTILINE != 0 {
                Assert::LineStart
            } else {
                Assert::Start
            }),
            '$' => Node::Assert(if self.flags & FLAG_MULTILINE != 0 {
                Assert::LineEnd
            } else {
                Assert::End
            }),
            '[' => self.parse_class(start)?,
            '\\' => self.parse_escape(start)?,
            _ => self.lit(c),
        })
    }

    fn class_node(&self, items: Vec<ClassItem>, negate: bool) -> Node {
        Node::Class(Box::new(Class {
            items,
            negate,
            icase: self.icase(),
            ascii: self.ascii(),
        }))
    }

    fn parse_escape(&mut self, start: usize) -> Result<Node, ReError> {
        let Some(c) = self.peek() else {
            return Err(ReError::new("bad escape (end of pattern)", start));
        };
        self.i += 1;
        let ascii = self.ascii();
        Ok(match c {
            'd' => self.class_node(vec![ClassItem::Cat(Category::Digit, false)], false),
            'D' => self.class_node(vec![ClassItem::Cat(Category::Digit, true)], false),
            'w' => self.class_node(vec![ClassItem::Cat(Category::Word, false)], false),
            'W' => self.class_node(vec![ClassItem::Cat(Category::Word, true)], false),
            's' => self.class_node(vec![ClassItem::Cat(Category::Space, false)], false),
            'S' => self.class_node(vec![ClassItem::Cat(Category::Space, true)], false),
            'A' => Node::Assert(Assert::Start),
            'Z' => Node::Assert(Assert::StrEnd),
            'b' => Node::Assert(Assert::WordBoundary(ascii)),
            'B' => Node::Assert(Assert::NotWordBoundary(ascii)),
            '1'..='9' => {
                // Octal escape of three digits, else a group reference.
                let d1 = self.peek();
                let d2 = self.peek_at(1);
                let oct = |x: Option<char>| x.is_some_and(|c| ('0'..='7').contains(&c));
                if ('0'..='7').contains(&c) && oct(d1) && oct(d2) {
                    self.i += 2;
                    let v = c.to_digit(8).unwrap_or(0) * 64
                        + d1.and_then(|c| c.to_digit(8)).unwrap_or(0) * 8
                        + d2.and_then(|c| c.to_digit(8)).unwrap_or(0);
                    if v > 0o377 {
                        let text: String = self.s[start..self.i].iter().collect();
                        return Err(ReError::new(
                            format!("octal escape value {text} outside of range 0-0o377"),
                            start,
                        ));
                    }
                    return Ok(self.lit(char::from_u32(v).unwrap_or('\0')));
                }
                let mut num = c.to_digit(10).unwrap_or(0) as usize;
                if let Some(d) = d1.and_then(|c| c.to_digit(10)) {
                    self.i += 1;
                    num = num * 10 + d as usize;
                }
                self.group_ref(num, start)?
            }
            '0' => {
                let mut v = 0u32;
                for _ in 0..2 {
                    match self.peek().and_then(|c| c.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            self.i += 1;
                        }
                        None => break,
                    }
                }
                self.lit(char::from_u32(v).unwrap_or('\0'))
            }
            _ => {
                let ch = self.simple_escape(c, start)?;
                self.lit(ch)
            }
        })
    }

    fn group_ref(&mut self, num: usize, start: usize) -> Result<Node, ReError> {
        if num >= MAXGROUPS || num > self.groups {
            return Err(ReError::new(
                format!("invalid group reference {num}"),
                start + 1,
            ));
        }
        if self.open.contains(&num) {
            return Err(ReError::new("cannot refer to an open group", start));
        }
        if self.lookbehind > 0 {
            return Err(ReError::new(
                "cannot refer to group defined in the same lookbehind subpattern",
                start,
            ));
        }
        Ok(Node::Backref {
            group: num,
            icase: self.icase(),
            ascii: self.ascii(),
        })
    }

    /// Escapes that stand for one character (shared by classes and the top level).
    fn simple_escape(&mut self, c: char, start: usize) -> Result<char, ReError> {
        let hex = |p: &mut Parser<'_>, n: usize| -> Result<char, ReError> {
            let mut v: u32 = 0;
            for k in 0..n {
                match p.peek().and_then(|c| c.to_digit(16)) {
                    Some(d) => {
                        v = v * 16 + d;
                        p.i += 1;
                    }
                    None => {
                        let text: String = p.s[start..p.i].iter().collect();
                        let _ = k;
                        return Err(ReError::new(format!("incomplete escape {text}"), start));
                    }
                }
            }
            char::from_u32(v).ok_or_else(|| {
                let text: String = p.s[start..p.i].iter().collect();
                ReError::new(format!("bad escape {text}"), start)
            })
        };
        Ok(match c {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            'f' => '\x0c',
            'v' => '\x0b',
            'a' => '\x07',
            'x' => hex(self, 2)?,
            'u' if !self.is_bytes => hex(self, 4)?,
            'U' if !self.is_bytes => {
                let ch = hex(self, 8)?;
                if ch as u32 > 0x10FFFF {
                    return Err(ReError::new("bad escape", start));
                }
                ch
            }
            c if c.is_ascii_alphanumeric() => {
                return Err(ReError::new(format!("bad escape \\{c}"), start));
            }
            c => c,
        })
    }

    fn parse_class(&mut self, start: usize) -> Result<Node, ReError> {
        let negate = self.eat('^');
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                return Err(ReError::new("unterminated character set", start));
            };
            if c == ']' && !first {
                self.i += 1;
                break;
            }
            first = false;
            let item_start = self.i;
            let lo = self.class_atom()?;
            if self.peek() == Some('-') && self.peek_at(1).is_some_and(|c| c != ']') {
                self.i += 1;
                let hi_start = self.i;
                let hi = self.class_atom()?;
                let (ClassItem::Char(a), ClassItem::Char(b)) = (&lo, &hi) else {
                    let text: String = self.s[item_start..self.i].iter().collect();
                    let _ = hi_start;
                    return Err(ReError::new(
                        format!("bad character range {text}"),
                        item_start,
                    ));
                };
                if b < a {
                    let text: String = self.s[item_start..self.i].iter().collect();
                    return Err(ReError::new(
                        format!("bad character range {text}"),
                        item_start,
                    ));
                }
                items.push(ClassItem::Range(*a, *b));
            } else {
                items.push(lo);
            }
        }
        Ok(self.class_node(items, negate))
    }

    fn class_atom(&mut self) -> Result<ClassItem, ReError> {
        let start = self.i;
        let c = self.peek().unwrap_or('\0');
        self.i += 1;
        if c != '\\' {
            return Ok(ClassItem::Char(c));
        }
        let Some(e) = self.peek() else {
            return Err(ReError::new("bad escape (end of pattern)", start));
        };
        self.i += 1;
        Ok(match e {
            'd' => ClassItem::Cat(Category::Digit, false),
            'D' => ClassItem::Cat(Category::Digit, true),
            'w' => ClassItem::Cat(Category::Word, false),
            'W' => ClassItem::Cat(Category::Word, true),
            's' => ClassItem::Cat(Category::Space, false),
            'S' => ClassItem::Cat(Category::Space, true),
            'b' => ClassItem::Char('\x08'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match self.peek().and_then(|c| c.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            self.i += 1;
                        }
                        None => break,
                    }
                }
                if v > 0o377 {
                    let text: String = self.s[start..self.i].iter().collect();
                    return Err(ReError::new(
                        format!("octal escape value {text} outside of range 0-0o377"),
                        start,
                    ));
                }
                ClassItem::Char(char::from_u32(v).unwrap_or('\0'))
            }
            '8' | '9' => {
                return Err(ReError::new(format!("bad escape \\{e}"), start));
            }
            _ => ClassItem::Char(self.simple_escape(e, start)?),
        })
    }

    fn group_name(&mut self, term: char) -> Result<String, ReError> {
        let start = self.i;
        let mut name = String::new();
        loop {
            match self.peek() {
                None => {
                    let msg = if name.is_empty() {
                        "missing group name".to_string()
                    } else {
                        format!("missing {term}, unterminated name")
                    };
                    return Err(ReError::new(msg, start));
                }
                Some(c) if c == term => {
                    self.i += 1;
                    break;
                }
                Some(c) => {
                    name.push(c);
                    self.i += 1;
                }
            }
        }
        if name.is_empty() {
            return Err(ReError::new("missing group name", start));
        }
        let valid = {
            let mut cs = name.chars();
            let first = cs.next().unwrap_or('0');
            (first == '_' || first.is_alphabetic())
                && cs.all(|c| c == '_' || c.is_alphanumeric())
                && (!self.is_bytes || name.is_ascii())
        };
        if !valid {
            return Err(ReError::new(
                format!("bad character in group name {}", py_repr(&name)),
                start,
            ));
        }
        Ok(name)
    }

    /// Parses a group starting at '('; None for groups that add nothing (comments, global
    /// flags).
    fn parse_group(&mut self, at_start: bool) -> Result<Option<Node>, ReError> {
        let start = self.i;
        self.i += 1;
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(ReError {
                msg: "maximum recursion depth exceeded".into(),
                pos: None,
                recursion: true,
                overflow: false,
            });
        }
        let r = self.parse_group_inner(start, at_start);
        self.depth -= 1;
        r
    }

    fn close(&mut self, start: usize) -> Result<(), ReError> {
        if !self.eat(')') {
            return Err(ReError::new("missing ), unterminated subpattern", start));
        }
        Ok(())
    }

    fn capture(&mut self, start: usize, name: Option<String>) -> Result<Node, ReError> {
        self.groups += 1;
        let idx = self.groups;
        if let Some(name) = name {
            if let Some(old) = self.names.get(&name) {
                return Err(ReError::new(
                    format!("redefinition of group name '{name}' as group {idx}; was group {old}"),
                    start + 4,
                ));
            }
            self.names.insert(name.clone(), idx);
            self.name_order.push((name, idx));
        }
        self.open.push(idx);
        let body = self.parse_alt(false)?;
        self.close(start)?;
        self.open.retain(|g| *g != idx);
        Ok(Node::Group(idx, Box::new(body)))
    }

    fn parse_group_inner(&mut self, start: usize, at_start: bool) -> Result<Option<Node>, ReError> {
        if !self.eat('?') {
            return self.capture(start, None).map(Some);
        }
        let Some(c) = self.peek() else {
            return Err(ReError::new("unexpected end of pattern", self.i));
        };
        match c {
            ':' => {
                self.i += 1;
                let body = self.parse_alt(false)?;
                self.close(start)?;
                Ok(Some(body))
            }
            '>' => {
                self.i += 1;
                let body = self.parse_alt(false)?;
                self.close(start)?;
                Ok(Some(Node::Atomic(Box::new(body))))
            }
            'P' => {
                self.i += 1;
                match self.peek() {
                    Some('<') => {
                        self.i += 1;
                        let name = self.group_name('>')?;
                        self.capture(start, Some(name)).map(Some)
                    }
                    Some('=') => {
                        self.i += 1;
                        let name_pos = self.i;
                        let name = self.group_name(')')?;
                        let Some(&g) = self.names.get(&name) else {
                            return Err(ReError::new(
                                format!("unknown group name '{name}'"),
                                name_pos,
                            ));
                        };
                        if self.open.contains(&g) {
                            return Err(ReError::new("cannot refer to an open group", name_pos));
                        }
                        if self.lookbehind > 0 {
                            return Err(ReError::new(
                                "cannot refer to group defined in the same lookbehind subpattern",
                                name_pos,
                            ));
                        }
                        Ok(Some(Node::Backref {
                            group: g,
                            icase: self.icase(),
                            ascii: self.ascii(),
                        }))
                    }
                    Some(_) => Err(ReError::new(
                        format!("unknown extension ?P{}", self.token_at(self.i)),
                        start + 1,
                    )),
                    None => Err(ReError::new("unexpected end of pattern", self.i)),
                }
            }
            '#' => {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == ')' {
                        return Ok(None);
                    }
                }
                Err(ReError::new("missing ), unterminated comment", start))
            }
            '=' | '!' => {
                self.i += 1;
                let body = self.parse_alt(false)?;
                self.close(start)?;
                Ok(Some(Node::Look {
                    node: Box::new(body),
                    behind: false,
                    negate: c == '!',
                }))
            }
            '<' => {
                self.i += 1;
                let neg = match self.peek() {
                    Some('=') => false,
                    Some('!') => true,
                    Some(_) => {
                        return Err(ReError::new(
                            format!("unknown extension ?<{}", self.token_at(self.i)),
                            start + 1,
                        ))
                    }
                    None => return Err(ReError::new("unexpected end of pattern", self.i)),
                };
                self.i += 1;
                self.lookbehind += 1;
                let body = self.parse_alt(false);
                self.lookbehind -= 1;
                let body = body?;
                self.close(start)?;
                if fixed_width(&body).is_none() {
                    return Err(ReError {
                        msg: "look-behind requires fixed-width pattern".into(),
                        pos: None,
                        recursion: false,
                        overflow: false,
                    });
                }
                Ok(Some(Node::Look {
                    node: Box::new(body),
                    behind: true,
                    negate: neg,
                }))
            }
            '(' => {
                self.i += 1;
                let name_pos = self.i;
                let name = {
                    let mut n = String::new();
                    loop {
                        match self.peek() {
                            None if n.is_empty() => {
                                return Err(ReError::new("missing group name", name_pos))
                            }
                            None => {
                                return Err(ReError::new("missing ), unterminated name", name_pos))
                            }
                            Some(')') => {
                                self.i += 1;
                                break;
                            }
                            Some(c) => {
                                n.push(c);
                                self.i += 1;
                            }
                        }
                    }
                    n
                };
                let group = if !name.is_empty() && name.chars().all(|c| c.is_ascii_digit()) {
                    let g: usize = name.parse().unwrap_or(usize::MAX);
                    if g == 0 || g >= MAXGROUPS {
                        return Err(ReError::new("bad group number", name_pos));
                    }
                    g
                } else if let Some(&g) = self.names.get(&name) {
                    g
                } else if name.is_empty() {
                    return Err(ReError::new("missing group name", name_pos));
                } else {
                    let valid = name
                        .chars()
                        .next()
                        .is_some_and(|c| c == '_' || c.is_alphabetic())
                        && name.chars().all(|c| c == '_' || c.is_alphanumeric());
                    if valid {
                        return Err(ReError::new(
                            format!("unknown group name '{name}'"),
                            name_pos,
                        ));
                    }
                    return Err(ReError::new(
                        format!("bad character in group name {}", py_repr(&name)),
                        name_pos,
                    ));
                };
                let yes = self.parse_seq(false)?;
                let no = if self.eat('|') {
                    let n = self.parse_seq(false)?;
                    if self.peek() == Some('|') {
                        return Err(ReError::new(
                            "conditional backref with more than two branches",
                            self.i,
                        ));
                    }
                    n
                } else {
                    Node::Empty
                };
                self.close(start)?;
                if group > self.groups {
                    return Err(ReError::new(
                        format!("invalid group reference {group}"),
                        name_pos,
                    ));
                }
                Ok(Some(Node::Cond {
                    group,
                    yes: Box::new(yes),
                    no: Box::new(no),
                }))
            }
            _ if c == '-' || "aiLmsux".contains(c) => self.parse_flags(start, at_start),
            _ => Err(ReError::new(
                format!("unknown extension ?{}", self.token_at(self.i)),
                start + 1,
            )),
        }
    }

    fn flag_bit(c: char) -> u32 {
        match c {
            'a' => FLAG_ASCII,
            'i' => FLAG_IGNORECASE,
            'L' => FLAG_LOCALE,
            'm' => FLAG_MULTILINE,
            's' => FLAG_DOTALL,
            'u' => FLAG_UNICODE,
            'x' => FLAG_VERBOSE,
            _ => 0,
        }
    }

    fn parse_flags(&mut self, start: usize, at_start: bool) -> Result<Option<Node>, ReError> {
        let mut on = 0u32;
        let mut off = 0u32;
        while let Some(c) = self.peek() {
            let bit = Self::flag_bit(c);
            if bit == 0 {
                break;
            }
            if self.is_bytes && c == 'u' {
                return Err(ReError::new(
                    "bad inline flags: cannot use 'u' flag with a bytes pattern",
                    self.i + 1,
                ));
            }
            if !self.is_bytes && c == 'L' {
                return Err(ReError::new(
                    "bad inline flags: cannot use 'L' flag with a str pattern",
                    self.i + 1,
                ));
            }
            on |= bit;
            self.i += 1;
            let kinds = on & (FLAG_ASCII | FLAG_UNICODE | FLAG_LOCALE);
            if kinds.count_ones() > 1 {
                return Err(ReError::new(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    self.i,
                ));
            }
        }
        if self.eat('-') {
            loop {
                match self.peek() {
                    Some(c) if "imsx".contains(c) => {
                        off |= Self::flag_bit(c);
                        self.i += 1;
                    }
                    Some(c) if "aLu".contains(c) => {
                        return Err(ReError::new(
                            "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                            self.i + 1,
                        ));
                    }
                    Some(c) if c.is_alphabetic() => {
                        return Err(ReError::new("unknown flag", self.i));
                    }
                    Some(_) => break,
                    None => return Err(ReError::new("missing flag", self.i)),
                }
            }
            if off == 0 {
                return Err(ReError::new("missing flag", self.i));
            }
        }
        match self.peek() {
            Some(')') => {
                self.i += 1;
                if off != 0 {
                    return Err(ReError::new("missing :", self.i - 1));
                }
                if !at_start {
                    return Err(ReError::new(
                        "global flags not at the start of the expression",
                        start,
                    ));
                }
                if on & FLAG_VERBOSE != 0 && self.flags & FLAG_VERBOSE == 0 {
                    self.found_verbose = true;
                }
                self.flags |= on;
                Ok(None)
            }
            Some(':') => {
                self.i += 1;
                let saved = self.flags;
                self.flags = (self.flags | on) & !off;
                if on & (FLAG_ASCII | FLAG_UNICODE) != 0 {
                    self.flags &= !((FLAG_ASCII | FLAG_UNICODE) & !on);
                }
                let body = self.parse_alt(false);
                self.flags = saved;
                let body = body?;
                self.close(start)?;
                Ok(Some(body))
            }
            Some(c) if c.is_alphabetic() => Err(ReError::new("unknown flag", self.i)),
            Some(_) => Err(ReError::new("missing -, : or )", self.i)),
            None => Err(ReError::new("missing -, : or )", self.i)),
        }
    }
}

/// The width of a node if every match has the same length.
pub fn fixed_width(node: &Node) -> Option<u64> {
    Some(match node {
        Node::Empty | Node::Assert(_) | Node::Look { .. } => 0,
        Node::Char { .. } | Node::Any { .. } | Node::Class(_) => 1,
        Node::Group(_, n) | Node::Atomic(n) => fixed_width(n)?,
        Node::Backref { .. } => return None,
        Node::Concat(v) => {
            let mut t = 0u64;
            for n in v {
                t = t.checked_add(fixed_width(n)?)?;
            }
            t
        }
        Node::Alt(v) => {
            let w = fixed_width(v.first()?)?;
            for n in &v[1..] {
                if fixed_width(n)? != w {
                    return None;
                }
            }
            w
        }
        Node::Repeat { node, min, max, .. } => {
            if Some(*min) != *max {
                return None;
            }
            fixed_width(node)?.checked_mul(*min)?
        }
        Node::Cond { yes, no, .. } => {
            let w = fixed_width(yes)?;
            if fixed_width(no)? != w {
                return None;
            }
            w
        }
    })
}

/// Python's repr of a string (for error messages quoting group names).
fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// True when `c` is a word character under the given definition.
pub fn is_word(c: char, ascii: bool) -> bool {
    if ascii || c.is_ascii() {
        is_word_char_ascii(c)
    } else {
        c.is_alphanumeric()
    }
}
