//! `Vm`: the per-thread interpreter state (thread state): the builtins and module registry, the
//! recursion budget (Python frames and native re-entrance counted together, plus a guard on the
//! remaining Rust stack), the exception being handled, the eval-breaker countdown. Standard
//! output is one buffer shared by every thread. It owns no evaluation logic; `eval` runs frames
//! against it.

use std::io::Write;
use std::sync::{LazyLock, Mutex};

use crate::object::func::ModuleData;
use crate::object::{none, ExcKind, PyErr, PyResult, Value};

/// Default recursion limit, as CPython.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;

/// Bytes of Rust stack kept free: native recursion stops with RecursionError before this.
const STACK_RESERVE: usize = 256 * 1024;

/// Loop back edges and calls between two eval-breaker checks.
const BREAKER_INTERVAL: u32 = 1024;

/// Buffered standard output, shared by every interpreter thread (flushed at exit, on flush(),
/// and before stderr output).
static STDOUT: LazyLock<Mutex<std::io::BufWriter<std::io::Stdout>>> = LazyLock::new(|| {
    Mutex::new(std::io::BufWriter::with_capacity(
        1 << 16,
        std::io::stdout(),
    ))
});

fn stdout() -> std::sync::MutexGuard<'static, std::io::BufWriter<std::io::Stdout>> {
    STDOUT.lock().unwrap_or_else(|e| e.into_inner())
}

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
    /// Counts down to the next eval-breaker check (`periodic`).
    pub breaker: u32,
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
            breaker: BREAKER_INTERVAL,
            argv,
            show_refcount: false,
        };
        crate::builtins::install(&mut vm);
        vm
    }

    /// The state of a new interpreter thread started from `self`'s thread: it shares the
    /// builtins and module registry. Call on the new thread (the stack guard measures it).
    pub fn for_new_thread(shared: &SharedState, stack_size: usize) -> Vm {
        let here = 0u8;
        let base = &here as *const u8 as usize;
        let usable = stack_size.saturating_sub(STACK_RESERVE);
        Vm {
            builtins: shared.builtins.clone(),
            modules: shared.modules.clone(),
            sys: shared.sys.clone(),
            depth: 0,
            recursion_limit: shared.recursion_limit,
            stack_limit: base.saturating_sub(usable),
            exc_info: None,
            slot_pool: Vec::new(),
            frame_globals: None,
            repr_active: Vec::new(),
            breaker: BREAKER_INTERVAL,
            argv: shared.argv.clone(),
            show_refcount: false,
        }
    }

    /// What a new thread's `Vm` shares with this one.
    pub fn shared_state(&self) -> SharedState {
        SharedState {
            builtins: self.builtins.clone(),
            modules: self.modules.clone(),
            sys: self.sys.clone(),
            recursion_limit: self.recursion_limit,
            argv: self.argv.clone(),
        }
    }

    /// Counts one loop back edge or call; every `BREAKER_INTERVAL` of them runs `periodic`.
    #[inline(always)]
    pub fn tick(&mut self) {
        self.breaker -= 1;
        if self.breaker == 0 || crate::thread::stw::is_requested() {
            self.periodic();
        }
    }

    /// The eval-breaker check: with other threads running, merge the objects they queued for
    /// this thread and report a quiescent point (which may finish deferred drops).
    #[cold]
    pub fn periodic(&mut self) {
        self.breaker = BREAKER_INTERVAL;
        if crate::thread::registry::is_multi_threaded() {
            crate::thread::stw::pause_if_requested();
            crate::memory::merge_queued_objects();
            crate::thread::qsbr::poll();
            crate::memory::adopt_orphan_finalizers();
        }
        if crate::memory::gc::should_collect() {
            crate::memory::gc::collect(self);
        }
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
        let _ = stdout().flush();
    }

    /// Writes to stdout through the buffer.
    pub fn write_stdout(&mut self, text: &str) -> PyResult<()> {
        stdout()
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

/// The parts of a `Vm` a new thread shares (moved to the new thread before it starts).
pub struct SharedState {
    builtins: Value,
    modules: Value,
    sys: Option<Value>,
    recursion_limit: usize,
    argv: Vec<String>,
}

// SAFETY: the Values are references to objects that are safe to share between interpreter
// threads (their reference counts are biased and their storage is behind critical sections);
// the state is moved to the new thread once and used only there.
unsafe impl Send for SharedState {}
