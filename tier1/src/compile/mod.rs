//! The tier-1 compiler: Python source text -> `Arc<CodeObject>`. Owns the public entry point
//! (`compile`), the error type every failure becomes (`CompileError`; nothing reachable from
//! source text panics), and the glue between parsing, scope analysis, codegen and assembly.
//!
//! Pipeline: `rustpython-ruff_python_parser` parses (its syntax errors and unsupported-syntax
//! errors become `CompileError`s), `symtable` resolves every name to local / global / cell / free,
//! `codegen` emits instructions with symbolic labels and per-instruction exception handlers, and
//! `assemble` turns one code unit into a `CodeObject` (jump offsets, EXTENDED_ARG, inline caches,
//! exception table, locations, max stack depth).

mod assemble;
pub mod carets;
mod codegen;
mod diagnose;
mod symtable;

#[cfg(test)]
mod tests;

use std::fmt;
use std::sync::Arc;

use rustpython_ruff_python_ast::PythonVersion;
use rustpython_ruff_python_parser::{
    parse_unchecked, LexicalErrorType, Mode, ParseErrorType, ParseOptions,
};
use rustpython_ruff_text_size::{TextRange, TextSize};

use crate::bytecode::{CodeObject, Location};

/// What the source is compiled as (CPython's `compile()` modes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileMode {
    /// A module: statements; ends with `return None`.
    Exec,
    /// A single expression whose value the code returns.
    Eval,
    /// One interactive statement (compiled like `Exec`; expression values are not printed).
    Single,
}

/// The Python exception class a compile error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

/// A compile-time error, with what CPython puts in a SyntaxError.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub message: String,
    pub filename: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column in characters (CPython's `offset`); 0 when the error has no column.
    pub col: u32,
    /// 1-based line where the offending range ends (0 when unknown).
    pub end_line: u32,
    /// 1-based column just past the offending range (CPython's `end_offset`; 0 when unknown).
    pub end_col: u32,
    /// The offending source line, without its newline.
    pub source_line: String,
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.kind {
            CompileErrorKind::SyntaxError => "SyntaxError",
            CompileErrorKind::IndentationError => "IndentationError",
            CompileErrorKind::TabError => "TabError",
        };
        write!(
            f,
            "{kind}: {} ({}, line {})",
            self.message, self.filename, self.line
        )
    }
}

impl std::error::Error for CompileError {}

/// An error before it is given a line and column: a message and the byte range it is about.
#[derive(Clone, Debug)]
pub(crate) struct RawError {
    pub kind: CompileErrorKind,
    pub message: String,
    /// What the error is about: its start is the reported position, its end (when on the
    /// same line and after the start) the end of the highlighted range.
    pub range: TextRange,
    /// Report the line but no column (CPython's offset 0: no caret is printed).
    pub no_col: bool,
}

impl RawError {
    pub(crate) fn syntax(message: impl Into<String>, range: TextRange) -> RawError {
        RawError {
            kind: CompileErrorKind::SyntaxError,
            message: message.into(),
            range,
            no_col: false,
        }
    }
}

pub(crate) type CResult<T> = Result<T, RawError>;

/// Maps byte offsets of the source to lines and character columns.
pub(crate) struct SourceMap<'a> {
    pub source: &'a str,
    line_starts: Vec<usize>,
    ascii: bool,
}

impl<'a> SourceMap<'a> {
    pub(crate) fn new(source: &'a str) -> SourceMap<'a> {
        let mut line_starts = vec![0];
        let bytes = source.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line_starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        SourceMap {
            source,
            line_starts,
            ascii: source.is_ascii(),
        }
    }

    /// 1-based line and 0-based character column of a byte offset.
    pub(crate) fn line_col(&self, offset: TextSize) -> (u32, u32) {
        let offset = (u32::from(offset) as usize).min(self.source.len());
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.line_starts[line];
        let col = if self.ascii {
            offset - start
        } else {
            self.source
                .get(start..offset)
                .map_or(offset - start, |s| s.chars().count())
        };
        (line as u32 + 1, col as u32)
    }

    pub(crate) fn location(&self, range: TextRange) -> Location {
        let (line, col) = self.line_col(range.start());
        let (end_line, end_col) = self.line_col(range.end());
        Location {
            line,
            col,
            end_line,
            end_col,
        }
    }

    /// Byte offset where 1-based `line` starts.
    pub(crate) fn line_start(&self, line: u32) -> Option<usize> {
        self.line_starts
            .get((line as usize).checked_sub(1)?)
            .copied()
    }

    /// The text of 1-based `line` without its line ending.
    pub(crate) fn line_text(&self, line: u32) -> String {
        let i = (line as usize).saturating_sub(1);
        let Some(&start) = self.line_starts.get(i) else {
            return String::new();
        };
        let end = self
            .line_starts
            .get(i + 1)
            .copied()
            .unwrap_or(self.source.len());
        self.source
            .get(start..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
            .to_string()
    }

    /// The source text of a range ("" when the range is not on char boundaries).
    pub(crate) fn slice(&self, range: TextRange) -> &'a str {
        self.source
            .get(u32::from(range.start()) as usize..u32::from(range.end()) as usize)
            .unwrap_or("")
    }

    pub(crate) fn finish_error(&self, err: RawError, filename: &str) -> CompileError {
        let (line, col) = self.line_col(err.range.start());
        let (end_line, end_col) = self.line_col(err.range.end());
        CompileError {
            kind: err.kind,
            message: err.message,
            filename: filename.to_string(),
            line,
            col: if err.no_col { 0 } else { col + 1 },
            end_line,
            end_col: if err.no_col { 0 } else { end_col + 1 },
            source_line: self.line_text(line),
        }
    }
}

/// Sources up to this many bytes are compiled on the caller's stack (they cannot nest deeply
/// enough to exhaust it); larger ones get a thread with a 256 MiB stack.
const INLINE_SOURCE_LIMIT: usize = 256;

/// Compiles `source` (the contents of `filename`) to a code object.
pub fn compile(
    source: &str,
    filename: &str,
    mode: CompileMode,
) -> Result<Arc<CodeObject>, CompileError> {
    // Deeply nested source recurses deeply in the parser and the compiler: give large inputs a
    // thread with a big stack instead of risking the caller's.
    if source.len() > INLINE_SOURCE_LIMIT {
        let src = source.to_string();
        let name = filename.to_string();
        let handle = std::thread::Builder::new()
            .name("strata-compile".into())
            .stack_size(256 << 20)
            .spawn(move || compile_inner(&src, &name, mode));
        if let Ok(handle) = handle {
            if let Ok(result) = handle.join() {
                return result;
            }
            let map = SourceMap::new(source);
            return Err(map.finish_error(
                RawError::syntax("internal compiler error", TextRange::default()),
                filename,
            ));
        }
    }
    compile_inner(source, filename, mode)
}

fn compile_inner(
    source: &str,
    filename: &str,
    mode: CompileMode,
) -> Result<Arc<CodeObject>, CompileError> {
    let map = SourceMap::new(source);
    let parse_mode = match mode {
        CompileMode::Eval => Mode::Expression,
        CompileMode::Exec | CompileMode::Single => Mode::Module,
    };
    let options = ParseOptions::from(parse_mode).with_target_version(PythonVersion::PY313);
    if let Some(nul) = source.find('\0') {
        // CPython refuses such a file before tokenizing it.
        let (line, _) = map.line_col(TextSize::from(nul as u32));
        let text = map.line_text(line);
        let text = text.split('\0').next().unwrap_or("").to_string();
        return Err(CompileError {
            kind: CompileErrorKind::SyntaxError,
            message: "source code cannot contain null bytes".into(),
            filename: filename.to_string(),
            line,
            col: 0,
            end_line: line,
            end_col: 0,
            source_line: text,
        });
    }
    let parsed = parse_unchecked(source, options);
    let tokens: &[rustpython_ruff_python_ast::token::Token] = parsed.tokens();
    let scan = diagnose::scan_tokens(&map, tokens);
    let first = parsed.errors().iter().min_by_key(|e| e.location.start());
    let parse_error = first.map(|e| {
        (
            e.location.start(),
            diagnose::convert_parse_error(&map, tokens, &e.error, e.location),
        )
    });
    let later_lexical = first.and_then(|f| {
        parsed
            .errors()
            .iter()
            .filter(|e| e.location.start() > f.location.start())
            .filter(|e| match &e.error {
                // Not errors of CPython's tokenizer: an unknown ASCII character is just an
                // error token, and the end of the source is handled by `choose`.
                ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) => {
                    !tok.is_ascii()
                }
                ParseErrorType::Lexical(LexicalErrorType::Eof) => false,
                ParseErrorType::Lexical(_) => true,
                _ => false,
            })
            .min_by_key(|e| e.location.start())
            .map(|e| diagnose::convert_parse_error(&map, tokens, &e.error, e.location))
    });
    if std::env::var_os("STRATA_DEBUG_PARSE").is_some() {
        for e in parsed.errors() {
            eprintln!("ruff: {:?} at {:?}", e.error, e.location);
        }
    }
    if let Some(raw) = diagnose::choose(&map, tokens, parse_error, later_lexical, scan) {
        return Err(map.finish_error(raw, filename));
    }
    if let Some(err) = parsed.unsupported_syntax_errors().first() {
        return Err(map.finish_error(RawError::syntax(err.to_string(), err.range), filename));
    }
    let result = match parsed.syntax() {
        rustpython_ruff_python_ast::Mod::Module(m) => {
            let table = symtable::SymbolTable::build_module(&m.body, &map)
                .map_err(|e| map.finish_error(e, filename))?;
            codegen::compile_module(&m.body, &table, &map, filename, mode)
        }
        rustpython_ruff_python_ast::Mod::Expression(e) => {
            let table = symtable::SymbolTable::build_expression(&e.body, &map)
                .map_err(|e| map.finish_error(e, filename))?;
            codegen::compile_expression(&e.body, &table, &map, filename)
        }
    };
    result.map_err(|e| map.finish_error(e, filename))
}
