//! Text I/O: `open()` for text files (read, write, append modes), file objects (read,
//! readline, readlines, iteration, write, writelines, close, context manager), and the
//! `sys.stdout` / `sys.stderr` objects. Source decoding for the compiler lives here too.

use std::io::Write;
use std::sync::{Mutex, MutexGuard};

use crate::interp::{ops, Vm};
use crate::object::exception::exc_data;
use crate::object::func::Args;
use crate::object::seq::{as_bytes, new_bytes, new_list};
use crate::object::str::{as_str, new_string};
use crate::object::typeobj::{alloc, Layout};
use crate::object::{bool_value, builtin_types, none, ExcKind, Payload, PyErr, PyResult, Value};

use super::args::{bind, check_positional};
use super::{add_function, add_method};

/// Where a file object's text goes or comes from.
pub enum Stream {
    Stdout,
    Stderr,
    /// Standard input, not read yet (the first read takes all of it, as a Reader).
    Stdin,
    /// A file opened for reading: its decoded text and the read position (bytes).
    Reader {
        text: String,
        pos: usize,
    },
    /// A file opened for reading in binary mode: its bytes and the read position.
    BinReader {
        data: Vec<u8>,
        pos: usize,
    },
    Writer(std::io::BufWriter<std::fs::File>),
    Closed,
}

pub struct FileData {
    pub name: String,
    pub mode: String,
    /// Behind a mutex: a file object may be shared between threads.
    pub stream: Mutex<Stream>,
}

impl Payload for FileData {
    const LAYOUT: Layout = Layout::File;
}

impl FileData {
    /// The stream, locked.
    pub fn stream(&self) -> MutexGuard<'_, Stream> {
        self.stream.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn is_binary(&self) -> bool {
        self.mode.contains('b')
    }

    pub fn readable(&self) -> bool {
        self.mode.contains('r') || self.mode.contains('+')
    }

    pub fn writable(&self) -> bool {
        self.mode.contains(['w', 'a', 'x', '+'])
            || self.name == "<stdout>"
            || self.name == "<stderr>"
    }

    pub fn is_closed(&self) -> bool {
        matches!(&*self.stream(), Stream::Closed)
    }
}

/// Checks an `open()` mode as CPython does: one of r/w/x/a, optional '+', 'b' or 't'.
fn valid_mode(mode: &str) -> bool {
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxab+t".contains(c) || seen.contains(c) {
            return false;
        }
        seen.push(c);
    }
    let kinds = ['r', 'w', 'x', 'a']
        .iter()
        .filter(|k| seen.contains(**k))
        .count();
    kinds == 1 && !(seen.contains('b') && seen.contains('t'))
}

const IO_PRELUDE: &str = r#"
class UnsupportedOperation(OSError, ValueError):
    pass

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192
from _strata_io import StringIO, BytesIO
"#;

/// Creates the `io` module (`open`, `UnsupportedOperation`).
pub fn make_module(vm: &mut Vm) -> Value {
    let d = crate::object::dict::new_dict();
    super::add_value(&d, "__name__", crate::object::str::new_str("io"));
    super::add_value(&d, "__builtins__", vm.builtins.clone());
    add_function(&d, "open", open);
    if let Err(e) = crate::interp::eval::run_source(vm, IO_PRELUDE, "<io prelude>", d.clone()) {
        super::errors::print_exception(vm, &e);
    }
    crate::object::func::new_module("io", d)
}

/// `io.UnsupportedOperation(msg)` (an OSError and a ValueError).
fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    let made = super::import::call_module_function(
        vm,
        "io",
        "UnsupportedOperation",
        &[new_string(msg.to_string())],
    );
    match made {
        Ok(e) if exc_data(&e).is_some() => PyErr(e),
        _ => PyErr::new(ExcKind::OSError, msg),
    }
}

/// A file object over `stream`.
pub fn new_file(name: &str, mode: &str, stream: Stream) -> Value {
    alloc(
        &builtin_types().text_io.value(),
        FileData {
            name: name.to_string(),
            mode: mode.to_string(),
            stream: Mutex::new(stream),
        },
    )
}

/// Decodes source bytes as UTF-8 (a BOM is skipped), or raises SyntaxError as CPython does.
pub fn decode_source(bytes: &[u8], filename: &str) -> PyResult<String> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let pos = e.valid_up_to();
            let line = bytes[..pos].iter().filter(|&&b| b == b'\n').count() + 1;
            let bad = bytes.get(pos).copied().unwrap_or(0);
            let err = crate::compile::CompileError {
                kind: crate::compile::CompileErrorKind::SyntaxError,
                message: format!(
                    "Non-UTF-8 code starting with '\\x{bad:02x}' in file {filename} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details"
                ),
                filename: filename.to_string(),
                line: 0,
                col: 0,
                end_line: 0,
                end_col: 0,
                source_line: String::new(),
            };
            Err(super::errors::syntax_error_from(&err))
        }
    }
}

fn os_error(e: &std::io::Error, filename: &str) -> PyErr {
    super::os::os_error(e, filename)
}

/// `open(file, mode='r', encoding=None, ...)`.
fn open(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = bind(
        &args,
        "open",
        &["file", "mode", "buffering", "encoding", "errors", "newline"],
        1,
    )?;
    let name = as_str(a[0].expect("required")).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            "open() file argument must be a path string",
        )
    })?;
    let mode = match a[1] {
        Some(m) => as_str(m)
            .ok_or_else(|| PyErr::new(ExcKind::TypeError, "open() argument 'mode' must be str"))?
            .to_string(),
        None => "r".to_string(),
    };
    if !valid_mode(&mode) {
        return Err(PyErr::new(
            ExcKind::ValueError,
            format!("invalid mode: '{mode}'"),
        ));
    }
    let stream = if mode.contains('w') || mode.contains('a') || mode.contains('x') {
        let mut opts = std::fs::OpenOptions::new();
        if mode.contains('a') {
            opts.append(true).create(true);
        } else if mode.contains('x') {
            opts.write(true).create_new(true);
        } else {
            opts.write(true).create(true).truncate(true);
        }
        let f = opts.open(name).map_err(|e| os_error(&e, name))?;
        Stream::Writer(std::io::BufWriter::new(f))
    } else if mode.contains('r') || mode.is_empty() {
        if std::path::Path::new(name).is_dir() {
            return Err(PyErr::with_args(
                ExcKind::IsADirectoryError,
                vec![new_string(format!("[Errno 21] Is a directory: '{name}'"))],
            ));
        }
        let bytes = std::fs::read(name).map_err(|e| os_error(&e, name))?;
        if mode.contains('b') {
            return Ok(new_file(
                name,
                &mode,
                Stream::BinReader {
                    data: bytes,
                    pos: 0,
                },
            ));
        }
        let text = String::from_utf8(bytes).map_err(|e| {
            PyErr::new(
                ExcKind::UnicodeDecodeError,
                format!(
                    "'utf-8' codec can't decode byte in position {}",
                    e.utf8_error().valid_up_to()
                ),
            )
        })?;
        let text = text.replace("\r\n", "\n");
        Stream::Reader { text, pos: 0 }
    } else {
        return Err(PyErr::new(
            ExcKind::ValueError,
            format!("invalid mode: '{mode}'"),
        ));
    };
    Ok(new_file(name, &mode, stream))
}

fn file_data(v: &Value) -> PyResult<&FileData> {
    v.downcast::<FileData>()
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "expected a file object"))
}

fn closed_error() -> PyErr {
    PyErr::new(ExcKind::ValueError, "I/O operation on closed file.")
}

/// Writes text to a file object (sys.stdout, sys.stderr or an open file).
pub fn write_text(vm: &mut Vm, file: &Value, text: &str) -> PyResult<()> {
    if let Some(f) = file.downcast::<FileData>() {
        let mut stream = f.stream();
        return match &mut *stream {
            Stream::Stdout => {
                drop(stream);
                vm.write_stdout(text)
            }
            Stream::Stderr => {
                drop(stream);
                vm.write_stderr(text);
                Ok(())
            }
            Stream::Writer(w) => w
                .write_all(text.as_bytes())
                .map_err(|e| PyErr::new(ExcKind::OSError, e.to_string())),
            Stream::Reader { .. } | Stream::BinReader { .. } | Stream::Stdin => {
                drop(stream);
                Err(unsupported(vm, "not writable"))
            }
            Stream::Closed => Err(closed_error()),
        };
    }
    let write = crate::interp::attr::getattr(vm, file, &crate::object::str::intern("write"))?;
    crate::interp::call::call(vm, &write, &[new_string(text.to_string())], &[])?;
    Ok(())
}

/// Flushes a file object.
pub fn flush(vm: &mut Vm, file: &Value) -> PyResult<()> {
    if let Some(f) = file.downcast::<FileData>() {
        let mut stream = f.stream();
        match &mut *stream {
            Stream::Stdout => {
                drop(stream);
                vm.flush_stdout();
            }
            Stream::Writer(w) => {
                w.flush()
                    .map_err(|e| PyErr::new(ExcKind::OSError, e.to_string()))?;
            }
            _ => {}
        }
        return Ok(());
    }
    if let Ok(f) = crate::interp::attr::getattr(vm, file, &crate::object::str::intern("flush")) {
        crate::interp::call::call(vm, &f, &[], &[])?;
    }
    Ok(())
}

/// `write(b)` on a binary file: bytes in, byte count out.
fn write_binary(vm: &mut Vm, f: &FileData, data: &Value) -> PyResult<Value> {
    let bytes = as_bytes(data).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!(
                "a bytes-like object is required, not '{}'",
                data.type_data().name()
            ),
        )
    })?;
    let mut stream = f.stream();
    match &mut *stream {
        Stream::Writer(w) => {
            w.write_all(bytes)
                .map_err(|e| PyErr::new(ExcKind::OSError, e.to_string()))?;
            Ok(Value::small(bytes.len() as i64))
        }
        Stream::Closed => Err(closed_error()),
        _ => {
            drop(stream);
            Err(unsupported(vm, "not writable"))
        }
    }
}

fn m_write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "write", 2, 2)?;
    if let Some(f) = args.all[0].downcast::<FileData>() {
        if f.is_binary() {
            return write_binary(vm, f, &args.all[1]);
        }
    }
    let text = as_str(&args.all[1]).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!(
                "write() argument must be str, not {}",
                args.all[1].type_data().name()
            ),
        )
    })?;
    write_text(vm, &args.all[0], text)?;
    Ok(Value::small(text.chars().count() as i64))
}

fn m_writelines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "writelines", 2, 2)?;
    for line in ops::collect(vm, &args.all[1])? {
        let text = as_str(&line)
            .ok_or_else(|| PyErr::new(ExcKind::TypeError, "write() argument must be str"))?
            .to_string();
        write_text(vm, &args.all[0], &text)?;
    }
    Ok(none())
}

fn m_flush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "flush", 1, 1)?;
    flush(vm, &args.all[0])?;
    Ok(none())
}

fn m_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "close", 1, 1)?;
    let f = file_data(&args.all[0])?;
    let old = {
        let mut stream = f.stream();
        match &*stream {
            Stream::Stdout | Stream::Stderr | Stream::Stdin => None,
            _ => Some(std::mem::replace(&mut *stream, Stream::Closed)),
        }
    };
    if let Some(Stream::Writer(mut w)) = old {
        w.flush()
            .map_err(|e| PyErr::new(ExcKind::OSError, e.to_string()))?;
    } else if old.is_none() {
        flush(vm, &args.all[0])?;
    }
    Ok(none())
}

/// Reads up to `limit` characters (all when None), or one line.
fn read_text(f: &FileData, limit: Option<usize>, line: bool) -> PyResult<Read> {
    let mut stream = f.stream();
    if matches!(&*stream, Stream::Stdin) {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
            .map_err(|e| PyErr::new(ExcKind::OSError, e.to_string()))?;
        *stream = Stream::Reader { text, pos: 0 };
    }
    match &mut *stream {
        Stream::Reader { text, pos } => {
            let rest = &text[*pos..];
            let mut end = if line {
                rest.find('\n').map_or(rest.len(), |i| i + 1)
            } else {
                rest.len()
            };
            if let Some(n) = limit {
                let byte_limit = rest.char_indices().nth(n).map_or(rest.len(), |(b, _)| b);
                end = end.min(byte_limit);
            }
            let out = rest[..end].to_string();
            *pos += end;
            Ok(Read::Text(out))
        }
        Stream::BinReader { data, pos } => {
            let rest = &data[(*pos).min(data.len())..];
            let mut end = if line {
                rest.iter()
                    .position(|&b| b == b'\n')
                    .map_or(rest.len(), |i| i + 1)
            } else {
                rest.len()
            };
            if let Some(n) = limit {
                end = end.min(n);
            }
            let out = new_bytes(rest[..end].to_vec());
            *pos += end;
            Ok(Read::Bytes(out))
        }
        Stream::Closed => Err(closed_error()),
        _ => Ok(Read::NotReadable),
    }
}

/// What a read produced.
enum Read {
    Text(String),
    Bytes(Value),
    NotReadable,
}

impl Read {
    fn is_empty(&self) -> bool {
        match self {
            Read::Text(t) => t.is_empty(),
            Read::Bytes(b) => as_bytes(b).is_some_and(<[u8]>::is_empty),
            Read::NotReadable => true,
        }
    }

    fn into_value(self, vm: &mut Vm) -> PyResult<Value> {
        match self {
            Read::Text(t) => Ok(new_string(t)),
            Read::Bytes(b) => Ok(b),
            Read::NotReadable => Err(unsupported(vm, "not readable")),
        }
    }
}

fn size_arg(args: &Args<'_>, i: usize) -> PyResult<Option<usize>> {
    match args.all.get(i) {
        None => Ok(None),
        Some(v) if v.is(&crate::object::singletons().none) => Ok(None),
        Some(v) => {
            let n = super::args::expect_i64(v, "")?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

fn m_read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "read", 1, 2)?;
    let f = file_data(&args.all[0])?;
    read_text(f, size_arg(&args, 1)?, false)?.into_value(vm)
}

fn m_readline(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "readline", 1, 2)?;
    let f = file_data(&args.all[0])?;
    read_text(f, size_arg(&args, 1)?, true)?.into_value(vm)
}

fn m_readlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "readlines", 1, 2)?;
    let f = file_data(&args.all[0])?;
    let mut lines = Vec::new();
    loop {
        let l = read_text(f, None, true)?;
        if l.is_empty() {
            if matches!(l, Read::NotReadable) {
                return Err(unsupported(vm, "not readable"));
            }
            break;
        }
        lines.push(l.into_value(vm)?);
    }
    Ok(new_list(lines))
}

fn m_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__next__", 1, 1)?;
    let f = file_data(&args.all[0])?;
    let l = read_text(f, None, true)?;
    if l.is_empty() && !matches!(l, Read::NotReadable) {
        return Err(PyErr::with_args(ExcKind::StopIteration, vec![]));
    }
    l.into_value(vm)
}

fn m_readable(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "readable", 1, 1)?;
    let f = file_data(&args.all[0])?;
    if f.is_closed() {
        return Err(closed_error());
    }
    Ok(bool_value(f.readable()))
}

fn m_writable(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "writable", 1, 1)?;
    let f = file_data(&args.all[0])?;
    if f.is_closed() {
        return Err(closed_error());
    }
    Ok(bool_value(f.writable()))
}

fn m_iter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "__iter__", 1, 1)?;
    let f = file_data(&args.all[0])?;
    if matches!(&*f.stream(), Stream::Closed) {
        return Err(closed_error());
    }
    Ok(args.all[0].clone())
}

fn m_enter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(args.all[0].clone())
}

fn m_exit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    m_close(vm, Args::positional_only(&args.all[..1]))?;
    Ok(bool_value(false))
}

fn m_closed(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = file_data(&args.all[0])?;
    Ok(bool_value(matches!(&*f.stream(), Stream::Closed)))
}

fn m_repr(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = file_data(&args.all[0])?;
    if f.is_binary() {
        let kind = if f.readable() && !f.mode.contains('+') {
            "BufferedReader"
        } else {
            "BufferedWriter"
        };
        return Ok(new_string(format!("<_io.{kind} name='{}'>", f.name)));
    }
    Ok(new_string(format!(
        "<_io.TextIOWrapper name='{}' mode='{}' encoding='UTF-8'>",
        f.name, f.mode
    )))
}

/// Registers the file type's methods.
pub fn register() {
    let t = builtin_types().text_io;
    add_method(t, "write", m_write);
    add_method(t, "writelines", m_writelines);
    add_method(t, "flush", m_flush);
    add_method(t, "close", m_close);
    add_method(t, "read", m_read);
    add_method(t, "readline", m_readline);
    add_method(t, "readlines", m_readlines);
    add_method(t, "__next__", m_next);
    add_method(t, "__iter__", m_iter);
    add_method(t, "__enter__", m_enter);
    add_method(t, "__exit__", m_exit);
    add_method(t, "__repr__", m_repr);
    add_method(t, "_closed", m_closed);
    add_method(t, "readable", m_readable);
    add_method(t, "writable", m_writable);
}

/// Adds `open` to the builtins namespace.
pub fn install(builtins: &Value) {
    add_function(builtins, "open", open);
}
