//! Frames: one activation of a code object. Fast locals, cells and the value stack share one
//! contiguous slot vector (`slots`): `[locals | cells | stack...]`, so a generator owns its frame
//! by owning this struct, and the JIT's deopt can rebuild a frame by filling it. Argument binding
//! (positional, keyword, defaults, `*args`, `**kwargs`) fills the locals here.

use std::mem::ManuallyDrop;

use crate::bytecode::code::flags as co;
use crate::bytecode::Location;
use crate::object::dict::{as_dict, new_dict};
use crate::object::func::{new_cell, CodeData, FunctionData};
use crate::object::seq::{as_tuple, new_tuple};
use crate::object::str::as_str;
use crate::object::{ExcKind, PyErr, PyResult, Value};

use super::vm::Vm;

pub struct Frame {
    /// The code object (a `CodeData` Value) this frame runs.
    pub code: Value,
    /// The function being run (None for module code and exec/eval).
    pub func: Option<Value>,
    /// The globals and builtins dicts. Function frames borrow them from `func` (which keeps
    /// them alive and never replaces them) instead of counting references; module frames own
    /// them (`owns_namespaces`).
    pub globals: ManuallyDrop<Value>,
    pub builtins: ManuallyDrop<Value>,
    owns_namespaces: bool,
    /// The locals mapping of module and class bodies (LOAD_NAME / STORE_NAME).
    pub locals: Option<Value>,
    /// Index of the next code unit to execute.
    pub ip: usize,
    /// Index of the instruction being executed (for tracebacks and exception handling).
    pub lasti: usize,
    /// Locals, then cells (cellvars, freevars), then the value stack.
    pub slots: Vec<Option<Value>>,
    /// Number of local and cell slots: the value stack starts here.
    pub stack_base: usize,
}

impl Drop for Frame {
    fn drop(&mut self) {
        if self.owns_namespaces {
            // SAFETY: owned namespaces are dropped exactly once, here.
            unsafe {
                ManuallyDrop::drop(&mut self.globals);
                ManuallyDrop::drop(&mut self.builtins);
            }
        }
    }
}

impl Frame {
    /// Reports every counted reference the frame holds (borrowed namespaces are not counted
    /// and not reported).
    pub fn visit_refs(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.code);
        self.func.iter().for_each(&mut *visit);
        if self.owns_namespaces {
            visit(&self.globals);
            visit(&self.builtins);
        }
        self.locals.iter().for_each(&mut *visit);
        self.slots.iter().flatten().for_each(&mut *visit);
    }

    /// The code payload.
    #[inline(always)]
    pub fn code_data(&self) -> &CodeData {
        // SAFETY: `code` always holds a code object (constructors take it from a function or a
        // CodeData Value).
        unsafe { self.code.payload_unchecked::<CodeData>() }
    }

    /// A frame for module-level code or exec/eval: names resolve through `locals` (the globals
    /// dict itself for module code).
    pub fn for_module(code: Value, globals: Value, builtins: Value, locals: Value) -> Frame {
        let mut frame = Frame::empty(code, None, globals, builtins, true, Vec::new());
        frame.locals = Some(locals);
        frame
    }

    fn empty(
        code: Value,
        func: Option<Value>,
        globals: Value,
        builtins: Value,
        owns_namespaces: bool,
        buffer: Vec<Option<Value>>,
    ) -> Frame {
        // SAFETY: callers pass a code object.
        let cd = unsafe { code.payload_unchecked::<CodeData>() };
        let nlocals = cd.nlocals as usize;
        let ncells = cd.cell_names.len();
        let size = nlocals + ncells + cd.max_stack as usize + 1;
        // `buffer` is empty: pooled vectors are cleared when their frame is recycled.
        let mut slots = buffer;
        slots.reserve(size);
        slots.resize_with(nlocals + ncells, || None);
        Frame {
            code,
            func,
            globals: ManuallyDrop::new(globals),
            builtins: ManuallyDrop::new(builtins),
            owns_namespaces,
            locals: None,
            ip: 0,
            lasti: 0,
            slots,
            stack_base: nlocals + ncells,
        }
    }

    /// A frame for a call of the Python function `func` with `args` (positional then keyword
    /// values named by `kwnames`), `self_` first when given.
    pub fn for_call(
        func: &Value,
        fdata: &FunctionData,
        self_: Option<&Value>,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Frame> {
        Frame::for_call_in(Vec::new(), func, fdata, self_, args, kwnames)
    }

    /// `for_call` reusing `buffer` (a recycled slot vector) for the slots.
    pub fn for_call_in(
        buffer: Vec<Option<Value>>,
        func: &Value,
        fdata: &FunctionData,
        self_: Option<&Value>,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Frame> {
        // SAFETY: the frame holds `func`, which holds its globals and builtins for at least as
        // long (a function's namespaces are never replaced), so borrowed words stay valid; the
        // frame does not drop them (`owns_namespaces` is false).
        let (globals, builtins) = unsafe {
            (
                Value::from_raw_word(fdata.globals.raw()),
                Value::from_raw_word(fdata.builtins.raw()),
            )
        };
        let mut frame = Frame::empty(
            fdata.code_value(),
            Some(func.clone()),
            globals,
            builtins,
            false,
            buffer,
        );
        // The code this frame runs (read once: another thread may replace `f.__code__`).
        // SAFETY: `frame.code` is a code object; the reference lives as long as the frame.
        let cd: &CodeData = unsafe { &*(frame.code_data() as *const CodeData) };
        let npos_given = args.len() - kwnames.len() + usize::from(self_.is_some());
        let simple = kwnames.is_empty()
            && cd.flags & (co::VARARGS | co::VARKEYWORDS) == 0
            && cd.kwonly_arg_count == 0
            && npos_given == cd.arg_count as usize;
        if simple {
            let mut i = 0;
            if let Some(s) = self_ {
                frame.slots[0] = Some(s.clone());
                i = 1;
            }
            for a in args {
                frame.slots[i] = Some(a.clone());
                i += 1;
            }
        } else {
            bind_general(&mut frame, fdata, self_, args, kwnames)?;
        }
        frame.init_cells(fdata.closure.as_ref());
        Ok(frame)
    }

    /// Creates the cellvar cells (initialized from parameters where the compiler says so) and
    /// copies the closure's cells into the freevar slots.
    fn init_cells(&mut self, closure: Option<&Value>) {
        if closure.is_none() && self.code_data().ncellvars == 0 {
            return;
        }
        let (nlocals, ncellvars, from_args) = {
            let cd = self.code_data();
            (
                cd.code.varnames.len(),
                cd.code.cellvars.len(),
                cd.code.cell_from_arg.clone(),
            )
        };
        for i in 0..ncellvars {
            let init = match from_args.get(i).copied().flatten() {
                Some(arg) => self.slots[arg as usize].clone(),
                None => None,
            };
            self.slots[nlocals + i] = Some(new_cell(init));
        }
        if let Some(cl) = closure.and_then(as_tuple) {
            for (j, cell) in cl.items().iter().enumerate() {
                if let Some(slot) = self.slots.get_mut(nlocals + ncellvars + j) {
                    *slot = Some(cell.clone());
                }
            }
        }
    }

    /// The current source line.
    pub fn current_line(&self) -> u32 {
        self.current_location().line
    }

    /// The source range of the current instruction (for tracebacks).
    pub fn current_location(&self) -> Location {
        self.code_data()
            .code
            .locations
            .get(self.lasti)
            .copied()
            .unwrap_or_default()
    }
}

fn func_name(fdata: &FunctionData) -> String {
    as_str(&fdata.qualname()).unwrap_or("?").to_string()
}

/// The general argument binder: keywords, defaults, `*args`, `**kwargs`, keyword-only and
/// positional-only parameters, with CPython's error messages.
fn bind_general(
    frame: &mut Frame,
    fdata: &FunctionData,
    self_: Option<&Value>,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<()> {
    // Bind against the code the frame was built for (another thread may have replaced
    // `f.__code__` since).
    let code_value = frame.code.clone();
    // SAFETY: `frame.code` always holds a code object.
    let cd = unsafe { code_value.payload_unchecked::<CodeData>() };
    let code = &cd.code;
    let nargs = code.arg_count as usize;
    let nposonly = code.posonly_arg_count as usize;
    let nkwonly = code.kwonly_arg_count as usize;
    let has_varargs = code.flags & co::VARARGS != 0;
    let has_varkw = code.flags & co::VARKEYWORDS != 0;
    let positional: Vec<&Value> = self_
        .into_iter()
        .chain(args[..args.len() - kwnames.len()].iter())
        .collect();
    let kwvalues = &args[args.len() - kwnames.len()..];
    let name = || func_name(fdata);

    // Positional parameters.
    for (i, v) in positional.iter().take(nargs).enumerate() {
        frame.slots[i] = Some((*v).clone());
    }
    let mut next = nargs + nkwonly;
    if has_varargs {
        let extra: Vec<Value> = positional
            .iter()
            .skip(nargs)
            .map(|v| (*v).clone())
            .collect();
        frame.slots[next] = Some(new_tuple(extra));
        next += 1;
    } else if positional.len() > nargs {
        let ndefaults = fdata
            .defaults()
            .as_ref()
            .and_then(|d| as_tuple(d).map(|t| t.len()))
            .unwrap_or(0);
        let given = positional.len();
        let kw_given = kwnames
            .iter()
            .filter(|k| cd.varnames[nargs..nargs + nkwonly].iter().any(|v| v.is(k)))
            .count();
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let takes = if ndefaults > 0 {
            format!(
                "from {} to {} positional arguments",
                nargs - ndefaults,
                nargs
            )
        } else {
            format!("{} positional argument{}", nargs, plural(nargs))
        };
        let given_text = if kw_given > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{}) were given",
                given,
                plural(given),
                kw_given,
                plural(kw_given)
            )
        } else {
            format!(
                "{} {} given",
                given,
                if given == 1 { "was" } else { "were" }
            )
        };
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("{}() takes {} but {}", name(), takes, given_text),
        ));
    }
    let kwargs_dict = if has_varkw {
        let d = new_dict();
        frame.slots[next] = Some(d.clone());
        Some(d)
    } else {
        None
    };

    // Keyword arguments.
    let mut posonly_as_keyword: Vec<&str> = Vec::new();
    for (kname, kval) in kwnames.iter().zip(kwvalues.iter()) {
        let kstr = as_str(kname).unwrap_or("");
        let pos = cd.varnames[..nargs + nkwonly]
            .iter()
            .position(|v| v.is(kname) || as_str(v) == Some(kstr));
        match pos {
            Some(i) if i < nposonly => {
                if let Some(d) = &kwargs_dict {
                    as_dict(d)
                        .expect("kwargs is a dict")
                        .set_str_key(kname.clone(), kval.clone());
                    continue;
                }
                posonly_as_keyword.push(kstr);
            }
            Some(i) => {
                if frame.slots[i].is_some() {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        format!("{}() got multiple values for argument '{}'", name(), kstr),
                    ));
                }
                frame.slots[i] = Some(kval.clone());
            }
            None => match &kwargs_dict {
                Some(d) => {
                    as_dict(d)
                        .expect("kwargs is a dict")
                        .set_str_key(kname.clone(), kval.clone());
                }
                None => {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        format!("{}() got an unexpected keyword argument '{}'", name(), kstr),
                    ))
                }
            },
        }
    }
    if !posonly_as_keyword.is_empty() {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                name(),
                posonly_as_keyword.join(", ")
            ),
        ));
    }

    // Defaults for missing positional parameters.
    let defaults = fdata.defaults();
    let defaults: &[Value] = defaults
        .as_ref()
        .and_then(|d| as_tuple(d).map(|t| t.items()))
        .unwrap_or(&[]);
    let first_default = nargs - defaults.len().min(nargs);
    let mut missing = Vec::new();
    for i in 0..nargs {
        if frame.slots[i].is_none() {
            if i >= first_default {
                frame.slots[i] = Some(defaults[i - first_default].clone());
            } else {
                missing.push(as_str(&cd.varnames[i]).unwrap_or("?").to_string());
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_error(&name(), "positional", &missing));
    }
    // Keyword-only parameters.
    let kwdefaults = fdata.kwdefaults();
    for i in nargs..nargs + nkwonly {
        if frame.slots[i].is_none() {
            let pname = &cd.varnames[i];
            let default = kwdefaults
                .as_ref()
                .and_then(as_dict)
                .and_then(|d| d.get_str(as_str(pname).unwrap_or("")));
            match default {
                Some(v) => frame.slots[i] = Some(v),
                None => missing.push(as_str(pname).unwrap_or("?").to_string()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_error(&name(), "keyword-only", &missing));
    }
    Ok(())
}

fn missing_error(name: &str, kind: &str, missing: &[String]) -> PyErr {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!(
            "{}, and {}",
            quoted[..quoted.len() - 1].join(", "),
            quoted[quoted.len() - 1]
        ),
    };
    PyErr::new(
        ExcKind::TypeError,
        format!(
            "{}() missing {} required {} argument{}: {}",
            name,
            missing.len(),
            kind,
            if missing.len() == 1 { "" } else { "s" },
            list
        ),
    )
}

impl Vm {
    /// Runs a module-level code object in `globals` (which is also its locals mapping).
    pub fn run_module_code(&mut self, code: Value, globals: Value) -> PyResult<Value> {
        let builtins = self.builtins.clone();
        let mut frame = Frame::for_module(code, globals.clone(), builtins, globals);
        match super::eval::run_frame(self, &mut frame, None)? {
            super::eval::FrameExit::Return(v) | super::eval::FrameExit::Yield(v) => Ok(v),
        }
    }
}
