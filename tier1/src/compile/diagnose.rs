//! Syntax-error diagnosis: turns the ruff parser's errors into CPython 3.11's messages and
//! locations, and adds the checks CPython's tokenizer makes that ruff does not (bracket
//! nesting and matching, inconsistent tabs and spaces in indentation), choosing between a
//! tokenizer error and a parser error the way CPython does.

use rustpython_ruff_python_ast::token::{Token, TokenKind};
use rustpython_ruff_python_ast::Expr;
use rustpython_ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, ParseErrorType,
};
use rustpython_ruff_text_size::{Ranged, TextRange, TextSize};

use super::{CompileErrorKind, RawError, SourceMap};

/// CPython's tokenizer limit on bracket nesting (`MAXLEVEL`).
const MAX_NESTING: usize = 200;

fn point(at: TextSize) -> TextRange {
    TextRange::empty(at)
}

/// A one-character range starting at `at`.
fn one_char(map: &SourceMap, at: TextSize) -> TextRange {
    let len = map
        .source
        .get(usize::from(at)..)
        .and_then(|s| s.chars().next())
        .map_or(0, char::len_utf8);
    TextRange::at(at, TextSize::from(len as u32))
}

fn is_layout(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Newline
            | TokenKind::NonLogicalNewline
            | TokenKind::Comment
            | TokenKind::Indent
            | TokenKind::Dedent
    )
}

/// What the tokenizer pass found: its first error (with the byte offset where CPython's
/// tokenizer would have stopped) and the brackets still open at the end of the source.
pub(crate) struct TokenScan {
    pub error: Option<(TextSize, RawError)>,
    /// Open brackets at the end: (bracket, its range, its 1-based line).
    pub open: Vec<(char, TextRange, u32)>,
}

/// CPython's tokenizer checks that ruff's lexer does not make.
pub(crate) fn scan_tokens(map: &SourceMap, tokens: &[Token]) -> TokenScan {
    let mut error: Option<(TextSize, RawError)> = None;
    let mut found = |pos: TextSize, e: RawError| {
        if error.as_ref().is_none_or(|(p, _)| pos < *p) {
            error = Some((pos, e));
        }
    };

    // Brackets.
    let mut open: Vec<(char, TextRange, u32)> = Vec::new();
    let mut bracket_error = false;
    for t in tokens {
        let (kind, range) = t.as_tuple();
        let opener = match kind {
            TokenKind::Lpar => Some('('),
            TokenKind::Lsqb => Some('['),
            TokenKind::Lbrace => Some('{'),
            _ => None,
        };
        if let Some(c) = opener {
            if open.len() >= MAX_NESTING && !bracket_error {
                found(
                    range.start(),
                    RawError::syntax("too many nested parentheses", point(range.start())),
                );
                bracket_error = true;
            }
            open.push((c, range, map.line_col(range.start()).0));
            continue;
        }
        let closer = match kind {
            TokenKind::Rpar => ')',
            TokenKind::Rsqb => ']',
            TokenKind::Rbrace => '}',
            _ => continue,
        };
        match open.pop() {
            None => {
                if !bracket_error {
                    found(
                        range.start(),
                        RawError::syntax(format!("unmatched '{closer}'"), point(range.start())),
                    );
                    bracket_error = true;
                }
            }
            Some((o, _, oline)) => {
                let expected = match o {
                    '(' => ')',
                    '[' => ']',
                    _ => '}',
                };
                if expected != closer && !bracket_error {
                    let line = map.line_col(range.start()).0;
                    let msg = if line != oline {
                        format!("closing parenthesis '{closer}' does not match opening parenthesis '{o}' on line {oline}")
                    } else {
                        format!(
                            "closing parenthesis '{closer}' does not match opening parenthesis '{o}'"
                        )
                    };
                    found(range.start(), RawError::syntax(msg, point(range.start())));
                    bracket_error = true;
                }
            }
        }
    }

    // Indentation, compared as CPython's tokenizer does: once with tabs to multiples of 8
    // columns and once with tabs as one column; the two must agree.
    let mut stack: Vec<(u32, u32)> = vec![(0, 0)];
    let mut at_line_start = true;
    for t in tokens {
        let (kind, range) = t.as_tuple();
        if kind == TokenKind::Newline {
            at_line_start = true;
            continue;
        }
        if is_layout(kind) || kind == TokenKind::EndOfFile || !at_line_start {
            continue;
        }
        at_line_start = false;
        let (line, _) = map.line_col(range.start());
        let Some(line_start) = map.line_start(line) else {
            continue;
        };
        let (mut col, mut alt) = (0u32, 0u32);
        for b in map.source.as_bytes()[line_start..].iter() {
            match b {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
        }
        let line_pos = TextSize::from(line_start as u32);
        let tab_error = || RawError {
            kind: CompileErrorKind::TabError,
            message: "inconsistent use of tabs and spaces in indentation".into(),
            range: point(line_pos),
            no_col: false,
        };
        let (top, alt_top) = *stack.last().unwrap_or(&(0, 0));
        if col == top {
            if alt != alt_top {
                found(line_pos, tab_error());
                break;
            }
        } else if col > top {
            if alt <= alt_top {
                found(line_pos, tab_error());
                break;
            }
            stack.push((col, alt));
        } else {
            while stack.len() > 1 && col < stack.last().map_or(0, |s| s.0) {
                stack.pop();
            }
            let (top, alt_top) = *stack.last().unwrap_or(&(0, 0));
            if col != top {
                let end = line_pos + TextSize::from(map.line_text(line).len() as u32);
                found(
                    line_pos,
                    RawError {
                        kind: CompileErrorKind::IndentationError,
                        message: "unindent does not match any outer indentation level".into(),
                        range: point(end),
                        no_col: false,
                    },
                );
                break;
            }
            if alt != alt_top {
                found(line_pos, tab_error());
                break;
            }
        }
    }

    TokenScan { error, open }
}

/// Whether an error is CPython's generic "invalid syntax" (which a later tokenizer error or an
/// unclosed bracket replaces).
pub(crate) fn is_generic(e: &RawError) -> bool {
    e.message == "invalid syntax" || e.message == "unexpected EOF while parsing"
}

/// The first token starting at or after `pos` that is not layout (newlines, comments, indents)
/// nor empty (the lexer's error and end-of-file markers).
fn next_significant(tokens: &[Token], pos: TextSize) -> Option<&Token> {
    tokens
        .iter()
        .find(|t| t.range().start() >= pos && !is_layout(t.kind()) && !t.range().is_empty())
}

/// Picks the error CPython would report, given the first parser error (converted) and what
/// the tokenizer pass found.
pub(crate) fn choose(
    map: &SourceMap,
    tokens: &[Token],
    parse: Option<(TextSize, RawError)>,
    later_lexical: Option<RawError>,
    scan: TokenScan,
) -> Option<RawError> {
    let Some((pos, parse)) = parse else {
        return scan.error.map(|(_, e)| e);
    };
    if let Some((tpos, terr)) = scan.error {
        if tpos <= pos || is_generic(&parse) {
            return Some(terr);
        }
    }
    if !is_generic(&parse) {
        return Some(parse);
    }
    // CPython tokenizes the rest of the source after a generic error: a tokenizer error there
    // replaces it, and so does a bracket left open on an earlier line.
    if let Some(lex) = later_lexical {
        return Some(lex);
    }
    if let Some(&(c, range, line)) = scan.open.last() {
        let replaced = match next_significant(tokens, pos) {
            None => true,
            Some(t) if t.kind() == TokenKind::EndOfFile => true,
            Some(t) => map.line_col(t.range().start()).0 > line,
        };
        if replaced {
            return Some(RawError::syntax(format!("'{c}' was never closed"), range));
        }
    }
    Some(parse)
}

/// CPython's name for an expression kind in error messages (`_PyPegen_get_expr_name`).
fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) => "literal",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        _ => "expression",
    }
}

/// Parses the source text of `range` on its own as an expression.
fn reparse(map: &SourceMap, range: TextRange) -> Option<Expr> {
    let text = map.slice(range).trim();
    if text.is_empty() {
        return None;
    }
    rustpython_ruff_python_parser::parse_expression(text)
        .ok()
        .map(|p| p.into_expr())
}

fn name_of(map: &SourceMap, range: TextRange) -> &'static str {
    reparse(map, range).as_ref().map_or("expression", expr_name)
}

/// Index of the first token of the logical line containing the token at index `i`.
fn logical_line_start(tokens: &[Token], i: usize) -> usize {
    let mut j = i;
    while j > 0 {
        let k = tokens[j - 1].kind();
        if matches!(
            k,
            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
        ) {
            break;
        }
        j -= 1;
    }
    while j < i && is_layout(tokens[j].kind()) {
        j += 1;
    }
    j
}

fn token_index_at(tokens: &[Token], pos: TextSize) -> Option<usize> {
    tokens.iter().position(|t| t.range().start() >= pos)
}

/// `cannot assign to X here. Maybe you meant '==' instead of '='?` applies where CPython's
/// `invalid_named_expression` rule matches: the bad target starts an expression (at the start
/// of the statement or after a comma), is followed by `=` and an expression that is not
/// followed by another `=`.
fn assignment_hint(tokens: &[Token], range: TextRange, name: &str) -> bool {
    if matches!(name, "tuple" | "list" | "None" | "True" | "False") {
        return false;
    }
    let Some(i) = token_index_at(tokens, range.start()) else {
        return false;
    };
    let starts_expr =
        logical_line_start(tokens, i) == i || (i > 0 && tokens[i - 1].kind() == TokenKind::Comma);
    if !starts_expr {
        return false;
    }
    let Some(j) = tokens.iter().position(|t| t.range().start() >= range.end()) else {
        return false;
    };
    if tokens[j].kind() != TokenKind::Equal {
        return false;
    }
    let mut depth = 0i32;
    for t in &tokens[j + 1..] {
        match t.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                depth -= 1;
                if depth < 0 {
                    return true;
                }
            }
            TokenKind::Equal | TokenKind::ColonEqual if depth == 0 => return false,
            TokenKind::Comma | TokenKind::Newline | TokenKind::Semi | TokenKind::EndOfFile
                if depth == 0 =>
            {
                return true
            }
            _ => {}
        }
    }
    true
}

/// The header line of the block whose indented body is missing at `pos`.
fn block_header_line(map: &SourceMap, tokens: &[Token], pos: TextSize) -> Option<u32> {
    let colon = tokens
        .iter()
        .rposition(|t| t.kind() == TokenKind::Colon && t.range().end() <= pos)?;
    let start = logical_line_start(tokens, colon);
    Some(map.line_col(tokens[start].range().start()).0)
}

/// CPython's wording for "expected an indented block after ...".
fn block_clause(ruff: &str) -> String {
    let clause = ruff
        .trim_start_matches("Expected an indented block after ")
        .trim_end_matches('.');
    match clause {
        "`class` definition" => "class definition".into(),
        "function definition" => "function definition".into(),
        "`case` block" => "'case' statement".into(),
        other => {
            let kw = other.split('`').nth(1).unwrap_or("");
            if kw.is_empty() {
                other.replace('`', "'")
            } else {
                format!("'{kw}' statement")
            }
        }
    }
}

/// The kind word CPython uses for a numeric literal ("invalid decimal literal", ...).
fn number_kind(text: &str) -> &'static str {
    let lower = text.to_ascii_lowercase();
    if lower.starts_with("0x") {
        "hexadecimal"
    } else if lower.starts_with("0o") {
        "octal"
    } else if lower.starts_with("0b") {
        "binary"
    } else if lower.ends_with('j') {
        "imaginary"
    } else {
        "decimal"
    }
}

/// A number immediately followed by the error position: CPython's tokenizer reports the
/// bad literal itself.
fn bad_number(map: &SourceMap, tokens: &[Token], pos: TextSize) -> Option<RawError> {
    let prev = tokens.iter().rev().find(|t| t.range().end() <= pos)?;
    if prev.range().end() != pos
        || !matches!(
            prev.kind(),
            TokenKind::Int | TokenKind::Float | TokenKind::Complex
        )
    {
        return None;
    }
    let text = map.slice(prev.range());
    let next = map.source.get(usize::from(pos)..)?.chars().next()?;
    let kind = number_kind(text);
    if next.is_ascii_digit() && (kind == "binary" || kind == "octal") {
        return Some(RawError::syntax(
            format!("invalid digit '{next}' in {kind} literal"),
            point(pos),
        ));
    }
    if next.is_alphanumeric() || next == '_' {
        // CPython points one character before where its tokenizer stopped: at a trailing
        // `_` itself, otherwise at the last character of the number.
        let at = if next == '_' {
            pos
        } else {
            pos - TextSize::from(1)
        };
        return Some(RawError::syntax(
            format!("invalid {kind} literal"),
            point(at),
        ));
    }
    None
}

/// `f"...{x"`: CPython 3.11 reports the f-string as a whole, just after its closing quote.
fn fstring_expecting_brace(map: &SourceMap, tokens: &[Token], pos: TextSize) -> Option<RawError> {
    let start = tokens
        .iter()
        .rev()
        .find(|t| t.range().start() < pos && t.kind() == TokenKind::FStringStart)?;
    let text = map.slice(start.range());
    let quote = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let after = usize::from(start.range().end());
    let rest = map.source.get(after..)?;
    let line_end = rest.find(['\n', '\r']).unwrap_or(rest.len());
    let close = rest[..line_end].find(quote)?;
    let at = TextSize::from((after + close + quote.len()) as u32);
    Some(RawError::syntax(
        "f-string: expecting '}'",
        one_char(map, at),
    ))
}

/// Turns a parser error into CPython's wording and location.
pub(crate) fn convert_parse_error(
    map: &SourceMap,
    tokens: &[Token],
    err: &ParseErrorType,
    range: TextRange,
) -> RawError {
    let indentation = |message: String, range: TextRange| RawError {
        kind: CompileErrorKind::IndentationError,
        message,
        range,
        no_col: false,
    };
    // CPython's generic error highlights the token where parsing failed.
    let generic = || {
        bad_number(map, tokens, range.start()).unwrap_or_else(|| {
            let token = tokens
                .iter()
                .find(|t| t.range().start() == range.start() && !t.range().is_empty())
                .map_or(range, |t| t.range());
            RawError::syntax("invalid syntax", token)
        })
    };
    match err {
        ParseErrorType::UnexpectedIndentation => indentation("unexpected indent".into(), range),
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => indentation(
            "unindent does not match any outer indentation level".into(),
            range,
        ),
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Indent,
            ..
        } => indentation("expected an indented block".into(), range),
        ParseErrorType::OtherError(msg) if msg.starts_with("Expected an indented block") => {
            let mut message = format!("expected an indented block after {}", block_clause(msg));
            if let Some(line) = block_header_line(map, tokens, range.start()) {
                message.push_str(&format!(" on line {line}"));
            }
            let mut e = indentation(message, range);
            if map.slice(range).trim().is_empty() {
                // At the end of the source: CPython points at the header line, column 0.
                e.no_col = true;
            }
            e
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            RawError::syntax("Generator expression must be parenthesized", range)
        }
        ParseErrorType::InvalidArgumentUnpackingOrder => RawError::syntax(
            "iterable argument unpacking follows keyword argument unpacking",
            point(range.start()),
        ),
        ParseErrorType::Lexical(LexicalErrorType::OtherError(msg))
            if msg.contains("ParseIntError") =>
        {
            let kind = number_kind(map.slice(range));
            RawError::syntax(
                format!("invalid {kind} literal"),
                point(range.start() + TextSize::from(1)),
            )
        }
        ParseErrorType::OtherError(msg) if msg.starts_with("Expected `except` or `finally`") => {
            RawError::syntax("expected 'except' or 'finally' block", range)
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            ..
        } => RawError::syntax("expected ':'", point(range.start())),
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Lpar,
            ..
        } if after_def_name(tokens, range.start()) => {
            RawError::syntax("expected '('", point(range.start()))
        }
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError)
        | ParseErrorType::Lexical(LexicalErrorType::StringError) => {
            if let Some(e) = fstring_in_progress(map, tokens, range.start()) {
                return e;
            }
            unterminated_string(map, range.start())
        }
        ParseErrorType::Lexical(LexicalErrorType::FStringError(
            InterpolatedStringErrorType::UnterminatedString
            | InterpolatedStringErrorType::UnterminatedTripleQuotedString,
        )) => {
            // CPython 3.11 tokenizes an f-string as one string literal.
            let start = tokens
                .iter()
                .rev()
                .find(|t| t.range().start() <= range.start() && t.kind() == TokenKind::FStringStart)
                .map_or(range.start(), |t| t.range().start());
            unterminated_string(map, start)
        }
        ParseErrorType::Lexical(LexicalErrorType::FStringError(e)) => RawError::syntax(
            format!("f-string: {e}").replace('`', "'"),
            point(range.start()),
        ),
        ParseErrorType::Lexical(LexicalErrorType::Eof) => {
            RawError::syntax("unexpected EOF while parsing", range)
        }
        ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) => {
            if tok.is_ascii() {
                RawError::syntax("invalid syntax", one_char(map, range.start()))
            } else {
                RawError::syntax(
                    format!("invalid character '{tok}' (U+{:04X})", *tok as u32),
                    point(range.start()),
                )
            }
        }
        ParseErrorType::Lexical(LexicalErrorType::LineContinuationError) => RawError::syntax(
            "unexpected character after line continuation character",
            point(range.start()),
        ),
        ParseErrorType::Lexical(LexicalErrorType::InvalidByteLiteral) => {
            RawError::syntax("bytes can only contain ASCII literal characters", range)
        }
        ParseErrorType::Lexical(LexicalErrorType::OtherError(msg))
            if &**msg == "Invalid decimal integer literal" =>
        {
            let text = map.slice(range);
            if text.starts_with('0') && text.len() > 1 {
                RawError::syntax(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    one_char(map, range.start()),
                )
            } else {
                RawError::syntax("invalid decimal literal", point(range.start()))
            }
        }
        ParseErrorType::Lexical(other) => RawError::syntax(other.to_string(), point(range.start())),
        ParseErrorType::EmptyImportNames | ParseErrorType::InvalidStarredExpressionUsage => {
            generic()
        }
        ParseErrorType::ExpectedToken { .. }
        | ParseErrorType::ExpectedExpression
        | ParseErrorType::UnexpectedExpressionToken
        | ParseErrorType::SimpleStatementsOnSameLine
        | ParseErrorType::SimpleAndCompoundStatementOnSameLine
        | ParseErrorType::OtherError(_) => {
            if let Some(e) = statement_walrus(map, tokens, range.start()) {
                return e;
            }
            generic()
        }
        ParseErrorType::PositionalAfterKeywordArgument => RawError::syntax(
            "positional argument follows keyword argument",
            call_closer(tokens, range.start()).unwrap_or(range),
        ),
        ParseErrorType::PositionalAfterKeywordUnpacking => RawError::syntax(
            "positional argument follows keyword argument unpacking",
            call_closer(tokens, range.start()).unwrap_or(range),
        ),
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            RawError::syntax("non-default argument follows default argument", range)
        }
        ParseErrorType::DuplicateKeywordArgumentError(name) => {
            RawError::syntax(format!("keyword argument repeated: {name}"), range)
        }
        ParseErrorType::InvalidAssignmentTarget => {
            let name = name_of(map, range);
            if assignment_hint(tokens, range, name) {
                RawError::syntax(
                    format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?"),
                    range,
                )
            } else {
                RawError::syntax(format!("cannot assign to {name}"), range)
            }
        }
        ParseErrorType::InvalidAugmentedAssignmentTarget => RawError::syntax(
            format!(
                "'{}' is an illegal expression for augmented assignment",
                name_of(map, range)
            ),
            range,
        ),
        ParseErrorType::InvalidAnnotatedAssignmentTarget => {
            let msg = match name_of(map, range) {
                "tuple" => "only single target (not tuple) can be annotated",
                "list" => "only single target (not list) can be annotated",
                _ => "illegal target for annotation",
            };
            RawError::syntax(msg, range)
        }
        ParseErrorType::InvalidNamedAssignmentTarget => RawError::syntax(
            format!(
                "cannot use assignment expressions with {}",
                name_of(map, range)
            ),
            range,
        ),
        ParseErrorType::InvalidDeleteTarget => {
            RawError::syntax(format!("cannot delete {}", name_of(map, range)), range)
        }
        other => RawError::syntax(other.to_string(), range),
    }
}

/// An unterminated string inside an f-string's replacement field.
fn fstring_in_progress(map: &SourceMap, tokens: &[Token], pos: TextSize) -> Option<RawError> {
    let mut depth = 0i32;
    for t in tokens.iter().take_while(|t| t.range().start() < pos) {
        match t.kind() {
            TokenKind::FStringStart => depth += 1,
            TokenKind::FStringEnd => depth -= 1,
            _ => {}
        }
    }
    if depth > 0 {
        fstring_expecting_brace(map, tokens, pos)
    } else {
        None
    }
}

/// `x.y := 1` as a statement: CPython names the bad target.
fn statement_walrus(map: &SourceMap, tokens: &[Token], pos: TextSize) -> Option<RawError> {
    let i = tokens
        .iter()
        .position(|t| t.range().start() == pos && t.kind() == TokenKind::ColonEqual)?;
    let start = logical_line_start(tokens, i);
    if start >= i {
        return None;
    }
    let range = TextRange::new(tokens[start].range().start(), tokens[i - 1].range().end());
    let target = reparse(map, range)?;
    if matches!(target, Expr::Name(_)) {
        return None;
    }
    Some(RawError::syntax(
        format!(
            "cannot use assignment expressions with {}",
            expr_name(&target)
        ),
        range,
    ))
}

/// The closing bracket of the call whose arguments contain `pos`.
fn call_closer(tokens: &[Token], pos: TextSize) -> Option<TextRange> {
    let mut depth = 0i32;
    for t in tokens.iter().filter(|t| t.range().start() >= pos) {
        match t.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                if depth == 0 {
                    return Some(t.range());
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    None
}

/// "unterminated string literal" for the string starting at `start`, as CPython words it.
fn unterminated_string(map: &SourceMap, start: TextSize) -> RawError {
    let text = map.source.get(usize::from(start)..).unwrap_or("");
    let body = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    if body.starts_with("\"\"\"") || body.starts_with("'''") {
        // The last line of the source (a final newline starts no new line).
        let body = map.source.trim_end_matches(['\n', '\r']);
        let (last, _) = map.line_col(TextSize::from(body.len() as u32));
        RawError::syntax(
            format!("unterminated triple-quoted string literal (detected at line {last})"),
            point(start),
        )
    } else {
        // Detected where the string meets a newline not escaped by a backslash.
        let mut end = text.len();
        let mut chars = text.char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' => {
                    chars.next();
                }
                '\n' | '\r' => {
                    end = i;
                    break;
                }
                _ => {}
            }
        }
        let (line, _) = map.line_col(start + TextSize::from(end.min(u32::MAX as usize) as u32));
        RawError::syntax(
            format!("unterminated string literal (detected at line {line})"),
            point(start),
        )
    }
}

/// Whether `pos` follows `def NAME`.
fn after_def_name(tokens: &[Token], pos: TextSize) -> bool {
    let before: Vec<TokenKind> = tokens
        .iter()
        .filter(|t| t.range().end() <= pos && !is_layout(t.kind()))
        .map(Token::kind)
        .collect();
    matches!(before.as_slice(), [.., TokenKind::Def, TokenKind::Name])
}
