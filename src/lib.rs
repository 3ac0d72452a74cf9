//! Strata's embedding API: an `Engine` runs Python source or files on the calling thread with
//! a `Config`, and reports uncaught exceptions the way the `strata` CLI does. The CLI
//! (`main.rs`) is a thin wrapper over this.

use strata_tier1::builtins::errors;
use strata_tier1::interp::{eval, ops};
use strata_tier1::object::dict::new_dict;
use strata_tier1::object::exception::exc_data;
use strata_tier1::object::int::as_int;
use strata_tier1::object::seq::as_tuple;
use strata_tier1::object::str::new_str;
use strata_tier1::object::{singletons, ExcKind};
use strata_tier1::{PyErr, Value, Vm};

/// Execution tiers to enable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JitMode {
    /// Tier 1 only (the baseline).
    Off,
    /// Tier up automatically. The tracing JIT is not built yet, so this runs tier 1 too.
    On,
}

/// Engine configuration.
#[derive(Clone, Debug)]
pub struct Config {
    pub jit: JitMode,
    /// Print the number of live heap objects at exit (`-X showrefcount`).
    pub show_refcount: bool,
    /// Size of the interpreter thread's stack (native recursion is checked against it).
    pub stack_size: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            jit: JitMode::On,
            show_refcount: false,
            stack_size: 512 << 20,
        }
    }
}

/// One interpreter on the calling thread.
pub struct Engine {
    vm: Vm,
    config: Config,
    /// The namespace `prepare`d code runs in (created on first use).
    scratch_globals: Option<Value>,
    /// Set when `run_main` finalized the interpreter.
    finalized: bool,
}

/// Source compiled once by `Engine::prepare`, run any number of times by `Engine::exec`.
pub struct Prepared {
    code: Value,
}

/// How a program ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Exit status (0 on success, 1 after an uncaught exception, or `sys.exit`'s code).
    Exit(i32),
}

impl Engine {
    /// An engine whose `sys.argv` is `argv`.
    pub fn new(config: Config, argv: Vec<String>) -> Engine {
        let mut vm = Vm::new(config.stack_size, argv);
        vm.show_refcount = config.show_refcount;
        Engine {
            vm,
            config,
            scratch_globals: None,
            finalized: false,
        }
    }

    /// Compiles `source` for repeated execution in this engine's scratch namespace.
    pub fn prepare(&mut self, source: &str) -> Result<Prepared, String> {
        let code = strata_tier1::compile::compile(
            source,
            "<prepared>",
            strata_tier1::compile::CompileMode::Exec,
        )
        .map_err(|e| e.message)?;
        Ok(Prepared {
            code: strata_tier1::object::func::new_code(code),
        })
    }

    /// Runs prepared code in the scratch namespace (shared by every `exec` of this engine, so
    /// one prepared snippet can set up objects that another uses). Errors come back as the
    /// exception's `Type: message` line.
    pub fn exec(&mut self, prepared: &Prepared) -> Result<(), String> {
        let globals = match &self.scratch_globals {
            Some(g) => g.clone(),
            None => {
                let g = new_dict();
                if let Some(d) = strata_tier1::object::dict::as_dict(&g) {
                    d.set_str_key(
                        strata_tier1::object::str::intern("__name__"),
                        new_str("__main__"),
                    );
                    d.set_str_key(
                        strata_tier1::object::str::intern("__builtins__"),
                        self.vm.builtins.clone(),
                    );
                }
                self.scratch_globals = Some(g.clone());
                g
            }
        };
        self.vm
            .run_module_code(prepared.code.clone(), globals)
            .map(|_| ())
            .map_err(|e| errors::exception_summary(&mut self.vm, &e.0))
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The interpreter state (for embedders that call into Python objects directly).
    pub fn vm(&mut self) -> &mut Vm {
        &mut self.vm
    }

    /// Runs `source` as the `__main__` module.
    pub fn run_main(&mut self, source: &str, filename: &str) -> Outcome {
        let globals = new_dict();
        if let Some(d) = strata_tier1::object::dict::as_dict(&globals) {
            d.set_str_key(
                strata_tier1::object::str::intern("__name__"),
                new_str("__main__"),
            );
            // Code given as a string (`-c`, filename `<string>`) has no `__file__`.
            if !filename.starts_with('<') {
                d.set_str_key(
                    strata_tier1::object::str::intern("__file__"),
                    new_str(filename),
                );
            }
            d.set_str_key(
                strata_tier1::object::str::intern("__builtins__"),
                self.vm.builtins.clone(),
            );
            d.set_str_key(
                strata_tier1::object::str::intern("__doc__"),
                singletons().none.clone(),
            );
        }
        let main = strata_tier1::object::func::new_module("__main__", globals.clone());
        strata_tier1::builtins::add_value(&self.vm.modules, "__main__", main);
        let globals_keepalive = globals.clone();
        let result = eval::run_source(&mut self.vm, source, filename, globals);
        strata_tier1::builtins::object_methods::run_finalizers(&mut self.vm);
        let mut status = match result {
            Ok(_) => 0,
            Err(e) => self.report(e),
        };
        if let Err(e) = self.wait_for_threads() {
            status = self.report(e);
        }
        drop(globals_keepalive);
        self.scratch_globals = None;
        self.finalized = strata_tier1::interp::finalize::finalize(&mut self.vm);
        self.vm.flush_stdout();
        Outcome::Exit(status)
    }

    /// As CPython at exit: when `threading` was imported, `threading._shutdown()` joins the
    /// threads that are not daemons; then the `atexit` functions run.
    fn wait_for_threads(&mut self) -> Result<(), PyErr> {
        self.call_module_hook("threading", "_shutdown")?;
        self.call_module_hook("atexit", "_run_exitfuncs")
    }

    /// Calls `module.function()` when `module` was imported.
    fn call_module_hook(&mut self, module: &str, function: &str) -> Result<(), PyErr> {
        let Some(m) = self.vm.module(module) else {
            return Ok(());
        };
        let Some(f) = Vm::module_dict(&m)
            .and_then(|d| strata_tier1::object::dict::as_dict(&d)?.get_str(function))
        else {
            return Ok(());
        };
        strata_tier1::interp::call::call(&mut self.vm, &f, &[], &[])?;
        strata_tier1::builtins::object_methods::run_finalizers(&mut self.vm);
        Ok(())
    }

    /// Runs a file as `__main__`. As CPython (3.9 and later), the script's code and
    /// `__file__` name it by its absolute path.
    pub fn run_file(&mut self, path: &str) -> Outcome {
        let absolute = std::path::absolute(path)
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_else(|_| path.to_string());
        let path = absolute.as_str();
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                self.vm.write_stderr(&format!(
                    "strata: can't open file '{}': [Errno {}] {}\n",
                    path,
                    e.raw_os_error().unwrap_or(2),
                    if e.kind() == std::io::ErrorKind::NotFound {
                        "No such file or directory".to_string()
                    } else {
                        e.to_string()
                    }
                ));
                return Outcome::Exit(2);
            }
        };
        match strata_tier1::builtins::io::decode_source(&bytes, path) {
            Ok(source) => self.run_main(&source, path),
            Err(e) => {
                let status = self.report(e);
                Outcome::Exit(status)
            }
        }
    }

    /// Prints the bytecode of a file (the compiler's disassembly) instead of running it.
    pub fn disassemble_file(&mut self, path: &str) -> Outcome {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                self.vm
                    .write_stderr(&format!("strata: can't open file '{path}': {e}\n"));
                return Outcome::Exit(2);
            }
        };
        let source = match strata_tier1::builtins::io::decode_source(&bytes, path) {
            Ok(s) => s,
            Err(e) => return Outcome::Exit(self.report(e)),
        };
        match strata_tier1::compile::compile(
            &source,
            path,
            strata_tier1::compile::CompileMode::Exec,
        ) {
            Ok(code) => {
                let _ = self.vm.write_stdout(&code.disassemble());
                self.vm.flush_stdout();
                Outcome::Exit(0)
            }
            Err(e) => {
                let err = errors::syntax_error_from(&e);
                Outcome::Exit(self.report(err))
            }
        }
    }

    /// Handles an uncaught exception: SystemExit gives its code, others print a traceback.
    fn report(&mut self, err: PyErr) -> i32 {
        if err.matches(ExcKind::SystemExit) {
            return self.system_exit_status(&err.0);
        }
        errors::print_exception(&mut self.vm, &err);
        1
    }

    fn system_exit_status(&mut self, exc: &Value) -> i32 {
        let args = exc_data(exc).map(|d| d.args());
        let code = args.as_ref().and_then(as_tuple).and_then(|t| {
            if t.len() == 1 {
                t.items().first().cloned()
            } else {
                None
            }
        });
        let Some(code) = code else {
            return match args.as_ref().and_then(as_tuple).map(|t| t.len()) {
                Some(0) | None => 0,
                _ => {
                    let text = ops::str_string(&mut self.vm, exc).unwrap_or_default();
                    self.vm.write_stderr(&format!("{text}\n"));
                    1
                }
            };
        };
        if code.is(&singletons().none) {
            return 0;
        }
        if let Some(i) = as_int(&code) {
            return i.to_i64().map_or(-1, |v| v as i32);
        }
        let text = ops::str_string(&mut self.vm, &code).unwrap_or_default();
        self.vm.write_stderr(&format!("{text}\n"));
        1
    }

    /// Whether the interpreter was finalized at exit (not when daemon threads still ran).
    pub fn finalized(&self) -> bool {
        self.finalized
    }

    /// Number of heap objects this thread allocated and has not freed.
    pub fn live_objects(&self) -> isize {
        strata_tier1::memory::live_objects()
    }
}
