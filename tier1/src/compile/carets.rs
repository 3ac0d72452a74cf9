//! The caret line under a traceback's source line (CPython 3.11's format): `^` under the failing
//! instruction's range, and for a binary operation or a subscript, `~` under the operands with
//! `^` under the operator or the brackets. It parses the range's text to find those anchors; it
//! does not read files or format the rest of a traceback.

use rustpython_ruff_python_ast::{Expr, Mod, Stmt};
use rustpython_ruff_python_parser::{parse_unchecked, Mode, ParseOptions};
use rustpython_ruff_text_size::Ranged;

use crate::bytecode::Location;

/// Who prints the carets: CPython's interpreter (uncaught exceptions) and its `traceback`
/// module find a binary operator slightly differently after a parenthesized left operand.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CaretStyle {
    Interpreter,
    TracebackModule,
}

/// The carets for `line` (a source line as in the file, without its line break) and the
/// failing instruction's `loc`, without the 4-space margin; None when CPython prints none: an
/// unknown range, or one that covers the whole stripped line with no operator or subscript
/// to point at. A range over several lines is marked to the end of its first line.
pub fn caret_line(line: &str, loc: Location, style: CaretStyle) -> Option<String> {
    if loc.line == 0 || loc.end_line < loc.line {
        return None;
    }
    let chars: Vec<char> = line.chars().collect();
    let indent = chars.iter().take_while(|c| c.is_whitespace()).count();
    let stripped_len = line.trim().chars().count();
    let start = loc.col as usize;
    // A range over several lines is marked to the end of its first line, without anchors.
    let multi_line = loc.end_line > loc.line;
    let end = if multi_line {
        indent + stripped_len
    } else {
        loc.end_col as usize
    };
    if end <= start || end > chars.len() || start < indent {
        return None;
    }
    let anchors = if multi_line {
        None
    } else {
        let segment: String = chars[start..end].iter().collect();
        anchors(&segment, style).map(|(l, r)| (l + start, r + start))
    };
    if end - start >= stripped_len && anchors.is_none() {
        return None;
    }
    let mut out = " ".repeat(start - indent);
    for k in start..end {
        let secondary = anchors.is_some_and(|(l, r)| l <= k && k < r);
        // `~` under the operands when there is an operator or subscript to point at.
        out.push(if anchors.is_some() && !secondary {
            '~'
        } else {
            '^'
        });
    }
    Some(out)
}

/// For a segment that parses as one binary operation or subscript: the character range to
/// mark with `^` (the operator; the subscript's brackets and index), relative to the segment.
fn anchors(segment: &str, style: CaretStyle) -> Option<(usize, usize)> {
    let parsed = parse_unchecked(segment, ParseOptions::from(Mode::Module));
    if !parsed.errors().is_empty() {
        return None;
    }
    let Mod::Module(module) = parsed.syntax() else {
        return None;
    };
    let [Stmt::Expr(stmt)] = module.body.as_slice() else {
        return None;
    };
    let bytes = segment.as_bytes();
    let (left, right) = match &*stmt.value {
        Expr::BinOp(op) => {
            let (left_end, right_start) = (
                op.left.range().end().to_usize(),
                op.right.range().start().to_usize(),
            );
            match style {
                CaretStyle::Interpreter => operator_range(bytes, left_end, right_start)?,
                CaretStyle::TracebackModule => {
                    operator_range_as_module(bytes, left_end, right_start)?
                }
            }
        }
        Expr::Subscript(sub) => subscript_range(
            bytes,
            sub.value.range().end().to_usize(),
            sub.slice.range().end().to_usize(),
        ),
        _ => return None,
    };
    let to_chars = |b: usize| {
        segment
            .get(..b.min(segment.len()))
            .map(|s| s.chars().count())
    };
    Some((to_chars(left)?, to_chars(right)?))
}

/// A subscript's brackets and index: from its `[` (the first one after the value) to just
/// past its `]` (the first one after the index).
fn subscript_range(bytes: &[u8], value_end: usize, slice_end: usize) -> (usize, usize) {
    let len = bytes.len();
    let mut left = value_end;
    while left < len && bytes[left] != b'[' {
        left += 1;
    }
    let mut right = slice_end + 1;
    while right < len && bytes[right] != b']' {
        right += 1;
    }
    if right < len {
        right += 1;
    }
    (left, right)
}

/// The operator between a binary operation's operands (byte offsets `left_end..right_start`):
/// its first character that is neither blank nor a closing parenthesis of the left operand,
/// and the next one too when that is not blank (two-character operators such as `//`).
fn operator_range(bytes: &[u8], left_end: usize, right_start: usize) -> Option<(usize, usize)> {
    let mut found = None;
    for i in left_end..right_start {
        let c = *bytes.get(i)?;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut end = i + 1;
        if end < right_start && !bytes.get(end)?.is_ascii_whitespace() {
            end += 1;
        }
        found = Some((i, end));
        if c == b')' && i + 1 < right_start {
            continue;
        }
        break;
    }
    found
}

/// `operator_range` as the `traceback` module computes it: the operator's width is judged at
/// the first non-blank character after the left operand (which may be a closing parenthesis),
/// then the range moves right past blanks, `)` and `#`.
fn operator_range_as_module(
    bytes: &[u8],
    left_end: usize,
    right_start: usize,
) -> Option<(usize, usize)> {
    let between = bytes.get(left_end..right_start)?;
    let blanks = between
        .iter()
        .take_while(|c| c.is_ascii_whitespace())
        .count();
    let mut left = left_end + blanks;
    let mut right = left + 1;
    if blanks + 1 < between.len() && !between[blanks + 1].is_ascii_whitespace() {
        right += 1;
    }
    while left < bytes.len() && (bytes[left].is_ascii_whitespace() || b")#".contains(&bytes[left]))
    {
        left += 1;
        right += 1;
    }
    Some((left, right))
}
