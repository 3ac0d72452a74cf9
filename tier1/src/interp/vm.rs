//! `Vm`: the per-thread interpreter state (thread state): the builtins and module registry, the
//! recursion budget (Python frames and native re-entrance counted together, plus a guard on the
//! remaining Rust stack), the exception being handled, and buffered stdout.
//! It owns no evaluation logic; `eval` runs frames against it.

use std::io::Write;

use crate::object::func::ModuleData;
use crate::object::{none, ExcKind, PyErr, PyResult, Value};

/// Default recursion limit, as CPython.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;

/// Bytes of Rust stack kept free: native recursion stops with RecursionError before this.
const STACK_RESERVE: usize = 256 * 1024;

pub struct Vm {
    /// The `builtins` module's dict.
    pub builtins: Value,
    /// `sys.modules`.
    pub modules: Value,
    /// The `sys` module.
    pub sys: Option<Value>,
    /// Python frames plus native re-entrances currently active.
    pub depth: usize,
    pub recursion_limit: usize,
    /// Lowest address the Rust stack may reach before native recursion raises.
    stack_limit: usize,
    /// The exception currently being handled (`sys.exc_info()`); PUSH_EXC_INFO / POP_EXCEPT
    /// save and restore it on the value stack.
    pub exc_info: Option<Value>,
    /// Globals of the frame that most recently started or resumed (for `globals()`).
    pub frame_globals: Option<Value>,
    /// Recycled slot vectors for frames (saves an allocation per call).
    pub slot_pool: Vec<Vec<Option<Value>>>,
    /// Objects whose repr is in progress (recursive containers print `[...]`).
    pub repr_active: Vec<usize>,
    /// Buffered standard output (flushed at exit, on flush(), and before stderr output).
    pub stdout: std::io::BufWriter<std::io::Stdout>,
    /// Command-line arguments for sys.argv.
    pub argv: Vec<String>,
    /// Print the number of live objects at exit (`-X showrefcount`).
    pub show_refcount: bool,
}

impl Vm {
    /// A VM for the calling thread. `stack_size` is the size of this thread's stack (the native
    /// recursion guard needs it).
    pub fn new(stack_size: usize, argv: Vec<String>) -> Vm {
        let here = 0u8;
        let base = &here as *const u8 as usize;
        let usable = stack_size.saturating_sub(STACK_RESERVE);
        let builtins = crate::object::dict::new_dict();
        let modules = crate::object::dict::new_dict();
        let mut vm = Vm {
            builtins,
            modules,
            sys: None,
            depth: 0,
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            stack_limit: base.saturating_sub(usable),
            exc_info: None,
            slot_pool: Vec::new(),
            frame_globals: None,
            repr_active: Vec::new(),
            stdout: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            argv,
            show_refcount: false,
        };
        crate::builtins::install(&mut vm);
        vm
    }

    /// Enters one level of native recursion (a call from Rust back into Python, or a recursive
    /// native operation such as repr of nested containers). Pair with `leave_recursion`.
    #[inline]
    pub fn enter_recursion(&mut self, what: &str) -> PyResult<()> {
        self.depth += 1;
        if self.depth > self.recursion_limit || self.stack_is_low() {
            self.depth -= 1;
            return Err(PyErr::new(
                ExcKind::RecursionError,
                format!("maximum recursion depth exceeded{what}"),
            ));
        }
        Ok(())
    }

    #[inline]
    pub fn leave_recursion(&mut self) {
        self.depth -= 1;
    }

    /// True when the Rust stack is nearly exhausted.
    #[inline]
    pub fn stack_is_low(&self) -> bool {
        let here = 0u8;
        (&here as *const u8 as usize) < self.stack_limit
    }

    /// Flushes buffered stdout (errors ignored: a closed pipe must not crash us).
    pub fn flush_stdout(&mut self) {
        let _ = self.stdout.flush();
    }

    /// Writes to stdout through the buffer.
    pub fn write_stdout(&mut self, text: &str) -> PyResult<()> {
        self.stdout
            .write_all(text.as_bytes())
            .map_err(|e| PyErr::new(ExcKind::OSError, e.to_string()))
    }

    /// Writes to stderr (flushing stdout first so the two interleave as written).
    pub fn write_stderr(&mut self, text: &str) {
        self.flush_stdout();
        let _ = std::io::stderr().write_all(text.as_bytes());
    }

    /// The globals of the running Python frame.
    pub fn current_globals(&self) -> Option<Value> {
        self.frame_globals.clone()
    }

    /// Looks up an imported module by name.
    pub fn module(&self, name: &str) -> Option<Value> {
        crate::object::dict::as_dict(&self.modules)?.get_str(name)
    }

    /// The globals dict of a module Value.
    pub fn module_dict(module: &Value) -> Option<Value> {
        module.downcast::<ModuleData>().map(|m| m.dict.clone())
    }

    /// `None`, for convenience in native functions.
    pub fn none(&self) -> Value {
        none()
    }
}
