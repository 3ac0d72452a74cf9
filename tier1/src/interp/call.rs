//! Calling: the generic call entry for every callable kind (Python functions re-enter the eval
//! loop, native functions get the vectorcall-style `Args`), calls with `*args`/`**kwargs`,
//! instance creation (`__new__` then `__init__`), zero-argument `super()`, `with` set-up, and
//! class creation (`__build_class__`, `type(name, bases, dict)`, C3 MRO, `__slots__`).

use crate::bytecode::code::flags as co;
use crate::object::dict::{as_dict, new_dict, DictData};
use crate::object::func::{
    new_method, Args, BuiltinData, CallerFrameUse, CellData, ClassMethodData, FunctionData,
    MemberDescrData, MethodData, StaticMethodData, SuperData,
};
use crate::object::seq::{as_tuple, new_tuple};
use crate::object::str::{as_str, intern};
use crate::object::typeobj::{alloc, alloc_sub, tflags, type_data_of, Layout, TypeData};
use crate::object::{
    builtin_types, none, singletons, sub_dealloc_for, ExcKind, PyErr, PyResult, Value,
};

use super::attr::descr_get;
use super::eval::{run_frame, FrameExit};
use super::frame::Frame;
use super::vm::Vm;
use super::{generator, ops};

/// Calls `callable` with positional arguments followed by keyword values named by `kwnames`.
pub fn call(vm: &mut Vm, callable: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match callable.layout() {
        Layout::Function => {
            let f = callable.downcast::<FunctionData>().expect("layout checked");
            call_function(vm, callable, f, None, args, kwnames)
        }
        Layout::Method => {
            let m = callable.downcast::<MethodData>().expect("layout checked");
            if let Some(f) = m.func.downcast::<FunctionData>() {
                return call_function(vm, &m.func, f, Some(&m.self_), args, kwnames);
            }
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(m.self_.clone());
            all.extend_from_slice(args);
            call(vm, &m.func, &all, kwnames)
        }
        Layout::Builtin => {
            let b = callable.downcast::<BuiltinData>().expect("layout checked");
            match &b.self_ {
                Some(s) => {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(s.clone());
                    all.extend_from_slice(args);
                    (b.func)(vm, Args { all: &all, kwnames })
                }
                None => (b.func)(vm, Args { all: args, kwnames }),
            }
        }
        Layout::Type => type_call(vm, callable, args, kwnames),
        _ => match callable.type_data().lookup("__call__") {
            Some(f) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(callable.clone());
                all.extend_from_slice(args);
                call(vm, &f, &all, kwnames)
            }
            None => Err(PyErr::new(
                ExcKind::TypeError,
                format!("'{}' object is not callable", callable.type_data().name()),
            )),
        },
    }
}

/// Calls a Python function: a generator function returns a new generator; others run.
pub fn call_function(
    vm: &mut Vm,
    func: &Value,
    f: &FunctionData,
    self_: Option<&Value>,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let buffer = vm.slot_pool.pop().unwrap_or_default();
    let mut frame = Frame::for_call_in(buffer, func, f, self_, args, kwnames)?;
    if frame.code_data().code.flags & co::GENERATOR != 0 {
        return Ok(generator::new_generator(frame, f));
    }
    let result = run_frame(vm, &mut frame, None);
    frame.slots.clear();
    if vm.slot_pool.len() < 64 {
        vm.slot_pool.push(std::mem::take(&mut frame.slots));
    }
    match result? {
        FrameExit::Return(v) | FrameExit::Yield(v) => Ok(v),
    }
}

/// Calls with positional arguments only.
pub fn call0(vm: &mut Vm, callable: &Value, args: &[Value]) -> PyResult<Value> {
    call(vm, callable, args, &[])
}

/// CALL_FUNCTION_EX: `callable(*args, **kwargs)`.
pub fn call_ex(
    vm: &mut Vm,
    callable: &Value,
    self_: Option<Value>,
    args: &Value,
    kwargs: Option<&Value>,
) -> PyResult<Value> {
    let mut all: Vec<Value> = Vec::new();
    all.extend(self_);
    match as_tuple(args) {
        Some(t) => all.extend_from_slice(t.items()),
        None => {
            let items = ops::collect(vm, args).map_err(|e| {
                if e.matches(ExcKind::TypeError) {
                    PyErr::new(
                        ExcKind::TypeError,
                        format!(
                            "{}() argument after * must be an iterable, not {}",
                            callable_name(callable),
                            args.type_data().name()
                        ),
                    )
                } else {
                    e
                }
            })?;
            all.extend(items);
        }
    }
    let mut names = Vec::new();
    if let Some(kw) = kwargs {
        let d = as_dict(kw).ok_or_else(|| {
            PyErr::new(
                ExcKind::TypeError,
                format!(
                    "{}() argument after ** must be a mapping, not {}",
                    callable_name(callable),
                    kw.type_data().name()
                ),
            )
        })?;
        for (k, v) in d.items() {
            if as_str(&k).is_none() {
                return Err(PyErr::new(ExcKind::TypeError, "keywords must be strings"));
            }
            names.push(k);
            all.push(v);
        }
    }
    call(vm, callable, &all, &names)
}

/// `f()`-style description of a callable, as CPython's `_PyObject_FunctionStr`.
pub fn function_str(callable: &Value) -> String {
    match callable.layout() {
        Layout::Function => {
            let f = callable.downcast::<FunctionData>().expect("layout checked");
            let qual = as_str(&f.qualname()).unwrap_or("?").to_string();
            match as_str(&f.module) {
                Some(m) if m != "builtins" => format!("{m}.{qual}()"),
                _ => format!("{qual}()"),
            }
        }
        Layout::Method => callable
            .downcast::<MethodData>()
            .map(|m| function_str(&m.func))
            .unwrap_or_default(),
        Layout::Builtin | Layout::Type => format!("{}()", callable_name(callable)),
        _ => format!("{} object", callable.type_data().name()),
    }
}

/// Prefixes the `**kwargs` merge errors ("got multiple values for keyword argument", "argument
/// after ** must be a mapping") with the function they were meant for.
pub fn name_call_error(e: PyErr, callable: &Value) -> PyErr {
    if !e.matches(ExcKind::TypeError) {
        return e;
    }
    let msg = crate::interp::repr::exception_message(&e.0);
    if msg.starts_with("got multiple values") || msg.starts_with("argument after **") {
        let prefix = function_str(callable);
        return PyErr::new(ExcKind::TypeError, format!("{prefix} {msg}"));
    }
    e
}

/// The name a callable is reported under in error messages.
pub fn callable_name(callable: &Value) -> String {
    match callable.layout() {
        Layout::Function => callable
            .downcast::<FunctionData>()
            .and_then(|f| as_str(&f.qualname()).map(str::to_string))
            .unwrap_or_default(),
        Layout::Builtin => callable
            .downcast::<BuiltinData>()
            .map(|b| b.name.to_string())
            .unwrap_or_default(),
        Layout::Method => callable
            .downcast::<MethodData>()
            .map(|m| callable_name(&m.func))
            .unwrap_or_default(),
        Layout::Type => type_data_of(callable).name().to_string(),
        _ => callable.type_data().name().to_string(),
    }
}

/// Calling a class: `type(x)`, or `__new__` then `__init__`.
pub fn type_call(vm: &mut Vm, cls: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let meta = cls.type_data();
    if meta.is_heap() {
        if let Some(c) = meta.lookup("__call__") {
            if !is_type_method(&c, "__call__") {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(cls.clone());
                all.extend_from_slice(args);
                return call(vm, &c, &all, kwnames);
            }
        }
    }
    type_call_default(vm, cls, args, kwnames)
}

/// True when `v` is the builtin method `name` defined on `type` itself.
fn is_type_method(v: &Value, name: &str) -> bool {
    v.downcast::<BuiltinData>().is_some_and(|b| {
        b.name == name
            && b.owner
                .as_ref()
                .is_some_and(|o| o.is(&builtin_types().type_.value()))
    })
}

/// `type.__call__(cls, *args, **kwargs)`: `__new__` then `__init__`, ignoring any metaclass
/// `__call__` override.
pub fn type_call_default(
    vm: &mut Vm,
    cls: &Value,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let td = type_data_of(cls);
    let types = builtin_types();
    if cls.is(&types.type_.value()) && args.len() == 1 && kwnames.is_empty() {
        return Ok(args[0].type_value());
    }
    let new = td.lookup("__new__").ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!("cannot create '{}' instances", td.name()),
        )
    })?;
    let new_fn = match new.downcast::<StaticMethodData>() {
        Some(s) => s.0.clone(),
        None => new,
    };
    let mut new_args = Vec::with_capacity(args.len() + 1);
    new_args.push(cls.clone());
    new_args.extend_from_slice(args);
    let obj = call(vm, &new_fn, &new_args, kwnames)?;
    if !obj.type_data().is_subtype(td) {
        return Ok(obj);
    }
    if let Some(init) = td.lookup("__init__") {
        let is_object_init = init.downcast::<BuiltinData>().is_some_and(|b| {
            b.owner
                .as_ref()
                .is_some_and(|o| o.is(&types.object.value()))
        });
        if !is_object_init {
            new_args[0] = obj.clone();
            let r = call(vm, &init, &new_args, kwnames)?;
            if !r.is(&singletons().none) {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "__init__() should return None, not '{}'",
                        r.type_data().name()
                    ),
                ));
            }
        }
    }
    Ok(obj)
}

/// `object.__new__(cls)`: allocates an instance of a Python class based on `object`.
pub fn object_new(cls: &Value) -> PyResult<Value> {
    let td = type_data_of(cls);
    if td.layout != Layout::Object {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "object.__new__({}) is not safe, use {}.__new__()",
                td.name(),
                td.name()
            ),
        ));
    }
    if td.has_instance_data() {
        Ok(alloc_sub(cls, crate::object::EmptyData))
    } else {
        Ok(alloc(cls, crate::object::EmptyData))
    }
}

/// What `callable` needs from the calling frame (`CallerFrameUse::None` unless it is one of
/// the builtins the evaluation loop answers itself).
#[inline]
pub fn caller_frame_use(callable: &Value) -> CallerFrameUse {
    callable
        .downcast::<BuiltinData>()
        .map_or(CallerFrameUse::None, |b| b.frame_use)
}

/// `sys._getframe([depth])` called directly from `frame`: a snapshot of the calling frames
/// this evaluation loop runs (`frame`, then `callers` from the innermost, then `entry`), as
/// `frame` objects linked by `f_back`; `current` is the calling instruction (the current
/// frame's `lasti` is not stored yet). Frames of evaluation loops further out (a Python
/// function called from native code) are not reachable, so the chain ends there.
pub fn get_frame(
    vm: &mut Vm,
    frame: &Frame,
    current: usize,
    callers: &[Frame],
    entry: Option<&Frame>,
    args: &[Value],
) -> PyResult<Value> {
    let depth = match args {
        [] => 0,
        [d] => match crate::object::int::as_i64(d) {
            Some(n) => n.max(0) as usize,
            None => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "'{}' object cannot be interpreted as an integer",
                        d.type_data().name()
                    ),
                ))
            }
        },
        _ => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("_getframe expected at most 1 argument, got {}", args.len()),
            ))
        }
    };
    let frames = std::iter::once(frame)
        .chain(callers.iter().rev())
        .chain(entry)
        .skip(depth);
    let infos: Vec<Value> = frames
        .map(|f| {
            let lasti = if std::ptr::eq(f, frame) {
                current
            } else {
                f.lasti
            };
            let line = f
                .code_data()
                .code
                .locations
                .get(lasti)
                .map_or(0, |l| l.line);
            crate::object::seq::new_tuple(vec![
                f.code.clone(),
                crate::object::int::int_from_i64(i64::from(line)),
                (*f.globals).clone(),
                frame_locals(f),
                crate::object::int::int_from_i64(lasti as i64 * 2),
            ])
        })
        .collect();
    if infos.is_empty() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "call stack is not deep enough",
        ));
    }
    crate::builtins::import::call_module_function(
        vm,
        "_strata_types",
        "_frame_chain",
        &[crate::object::seq::new_list(infos)],
    )
}

/// `locals()` (and `vars()`) called directly from `frame`: the namespace of module and class
/// bodies, or a new dict of a function's bound fast locals, cell and free variables.
pub fn frame_locals(frame: &Frame) -> Value {
    if let Some(l) = &frame.locals {
        return l.clone();
    }
    let cd = frame.code_data();
    let d = crate::object::dict::new_dict();
    let Some(dict) = crate::object::dict::as_dict(&d) else {
        return d;
    };
    let is_cell_name = |n: &Value| cd.cell_names.iter().any(|c| as_str(c) == as_str(n));
    for (i, name) in cd.varnames.iter().enumerate() {
        if is_cell_name(name) {
            continue;
        }
        if let Some(Some(v)) = frame.slots.get(i) {
            dict.set_str_key(name.clone(), v.clone());
        }
    }
    let cell_start = frame.stack_base - cd.cell_names.len();
    for (j, name) in cd.cell_names.iter().enumerate() {
        let value = frame
            .slots
            .get(cell_start + j)
            .and_then(|c| c.as_ref())
            .and_then(|c| c.downcast::<CellData>())
            .and_then(|c| c.get());
        if let Some(v) = value {
            dict.set_str_key(name.clone(), v);
        }
    }
    d
}

pub fn zero_arg_super(_vm: &mut Vm, frame: &Frame) -> PyResult<Value> {
    let cd = frame.code_data();
    let Some(first) = frame
        .slots
        .first()
        .cloned()
        .flatten()
        .filter(|_| cd.code.arg_count > 0)
    else {
        return Err(PyErr::new(ExcKind::RuntimeError, "super(): no arguments"));
    };
    // The first argument may live in a cell when an inner function captures it.
    let first = match first.downcast::<CellData>() {
        Some(c) if cd.code.cell_from_arg.first().copied().flatten() == Some(0) => {
            c.get().unwrap_or(first.clone())
        }
        _ => first,
    };
    let class_index = cd
        .cell_names
        .iter()
        .position(|n| as_str(n) == Some("__class__"))
        .ok_or_else(|| PyErr::new(ExcKind::RuntimeError, "super(): __class__ cell not found"))?;
    let slot = frame.stack_base - cd.cell_names.len() + class_index;
    let cls = frame.slots[slot]
        .as_ref()
        .and_then(|c| c.downcast::<CellData>())
        .and_then(|c| c.get())
        .ok_or_else(|| PyErr::new(ExcKind::RuntimeError, "super(): empty __class__ cell"))?;
    new_super(cls, first)
}

/// `super(cls, obj)`.
pub fn new_super(cls: Value, obj: Value) -> PyResult<Value> {
    let ctd = cls.downcast::<TypeData>().ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!(
                "super() argument 1 must be a type, not {}",
                cls.type_data().name()
            ),
        )
    })?;
    let obj_type = if obj.layout() == Layout::Type && type_data_of(&obj).is_subtype(ctd) {
        obj.clone()
    } else if obj.type_data().is_subtype(ctd) {
        obj.type_value()
    } else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "super(type, obj): obj must be an instance or subtype of type",
        ));
    };
    Ok(alloc(
        &builtin_types().super_.value(),
        SuperData {
            ty: cls,
            obj,
            obj_type,
        },
    ))
}

/// BEFORE_WITH: `(bound __exit__, result of __enter__())`.
pub fn before_with(vm: &mut Vm, mgr: &Value) -> PyResult<(Value, Value)> {
    let ty = mgr.type_data();
    let (Some(enter), Some(exit)) = (ty.lookup("__enter__"), ty.lookup("__exit__")) else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "'{}' object does not support the context manager protocol",
                ty.name()
            ),
        ));
    };
    let owner = mgr.type_value();
    let bound_exit = descr_get(vm, &exit, Some(mgr), &owner)?;
    let bound_enter = descr_get(vm, &enter, Some(mgr), &owner)?;
    let entered = call(vm, &bound_enter, &[], &[])?;
    Ok((bound_exit, entered))
}

/// `__build_class__(func, name, *bases, metaclass=..., **kwds)`.
pub fn build_class(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.positional();
    if pos.len() < 2 {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "__build_class__: not enough arguments",
        ));
    }
    let body = &pos[0];
    let name = pos[1].clone();
    let orig_bases: Vec<Value> = pos[2..].to_vec();
    // PEP 560: non-class bases may stand for classes via `__mro_entries__`.
    let mut bases: Vec<Value> = Vec::with_capacity(orig_bases.len());
    let mut replaced = false;
    for b in &orig_bases {
        if b.layout() != Layout::Type {
            if let Some(me) = b.type_data().lookup("__mro_entries__") {
                let r = call(vm, &me, &[b.clone(), new_tuple(orig_bases.clone())], &[])?;
                let items = as_tuple(&r).ok_or_else(|| {
                    PyErr::new(ExcKind::TypeError, "__mro_entries__ must return a tuple")
                })?;
                bases.extend_from_slice(items.items());
                replaced = true;
                continue;
            }
        }
        bases.push(b.clone());
    }
    let mut meta: Option<Value> = None;
    let mut kw_names = Vec::new();
    let mut kw_values = Vec::new();
    for (k, v) in args.keywords() {
        if as_str(k) == Some("metaclass") {
            meta = Some(v.clone());
        } else {
            kw_names.push(k.clone());
            kw_values.push(v.clone());
        }
    }
    let meta = match meta {
        Some(m) => m,
        None => most_derived_metaclass(&bases)?,
    };
    let ns = match meta
        .downcast::<TypeData>()
        .and_then(|m| m.lookup("__prepare__"))
    {
        Some(p) if type_data_of(&meta).is_heap() => {
            let prep = descr_get(vm, &p, None, &meta)?;
            let mut pargs = vec![name.clone(), new_tuple(bases.clone())];
            pargs.extend(kw_values.iter().cloned());
            call(vm, &prep, &pargs, &kw_names)?
        }
        _ => new_dict(),
    };
    let f = body.downcast::<FunctionData>().ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            "__build_class__: func must be a function",
        )
    })?;
    if replaced {
        ops::setitem(
            vm,
            &ns,
            &intern("__orig_bases__"),
            new_tuple(orig_bases.clone()),
        )?;
    }
    let mut frame = Frame::for_call(body, f, None, &[], &[])?;
    frame.locals = Some(ns.clone());
    run_frame(vm, &mut frame, None)?;
    drop(frame);
    let mut call_args = vec![name, new_tuple(bases), ns.clone()];
    call_args.extend(kw_values);
    let cls = call(vm, &meta, &call_args, &kw_names)?;
    if let Some(cell) = as_dict(&ns).and_then(|d| d.get_str("__classcell__")) {
        if let Some(c) = cell.downcast::<CellData>() {
            drop(c.set(Some(cls.clone())));
        }
    }
    Ok(cls)
}

fn most_derived_metaclass(bases: &[Value]) -> PyResult<Value> {
    let mut winner = builtin_types().type_.value();
    for b in bases {
        let m = b.type_value();
        let (wt, mt) = (type_data_of(&winner), type_data_of(&m));
        if mt.is_subtype(wt) {
            winner = m;
        } else if !wt.is_subtype(mt) {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
    }
    Ok(winner)
}

/// C3 linearization of `cls` with `bases`.
fn c3_mro(cls: &Value, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases.iter().map(|b| type_data_of(b).mro()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs.iter().find_map(|s| {
            let head = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|x| x.is(head)));
            (!in_tail).then(|| head.clone())
        });
        let Some(next) = candidate else {
            let names: Vec<&str> = bases.iter().map(|b| type_data_of(b).name()).collect();
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                ),
            ));
        };
        for s in &mut seqs {
            if s[0].is(&next) {
                s.remove(0);
            }
        }
        out.push(next);
    }
}

fn slot_names_from(vm: &mut Vm, slots: &Value) -> PyResult<Vec<Value>> {
    if as_str(slots).is_some() {
        return Ok(vec![intern(as_str(slots).unwrap_or(""))]);
    }
    let items = ops::collect(vm, slots)?;
    items
        .iter()
        .map(|s| {
            as_str(s).map(intern).ok_or_else(|| {
                PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "__slots__ items must be strings, not '{}'",
                        s.type_data().name()
                    ),
                )
            })
        })
        .collect()
}

/// Name mangling of a private `__slots__` entry (`__x` in class `C` is stored as `_C__x`), as
/// the compiler mangles `self.__x` inside the class body.
fn mangle_private(class_name: &str, slot: Value) -> Value {
    let Some(text) = as_str(&slot) else {
        return slot;
    };
    let stripped = class_name.trim_start_matches('_');
    if text.starts_with("__") && !text.ends_with("__") && !stripped.is_empty() {
        return intern(&format!("_{stripped}{text}"));
    }
    slot
}

/// `type(name, bases, ns)` / metaclass `__new__`: creates a Python class.
pub fn create_class(
    vm: &mut Vm,
    meta: &Value,
    name: &Value,
    bases: &Value,
    ns: &Value,
    kw: (&[Value], &[Value]),
) -> PyResult<Value> {
    let types = builtin_types();
    let name_str = as_str(name)
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "type.__new__() argument 1 must be str"))?
        .to_string();
    let mut bases: Vec<Value> = as_tuple(bases).map(|t| t.items().to_vec()).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            "type.__new__() argument 2 must be tuple",
        )
    })?;
    let ns_dict: &DictData = as_dict(ns)
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "type.__new__() argument 3 must be dict"))?;
    if bases.is_empty() {
        bases.push(types.object.value());
    }
    let mut layout = Layout::Object;
    for b in &bases {
        let Some(bt) = b.downcast::<TypeData>() else {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("bases must be types, not {}", b.type_data().name()),
            ));
        };
        if bt.flags & tflags::BASETYPE == 0 {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("type '{}' is not an acceptable base type", bt.name()),
            ));
        }
        if bt.layout != Layout::Object {
            if layout != Layout::Object && layout != bt.layout {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    "multiple bases have instance lay-out conflict",
                ));
            }
            layout = bt.layout;
        }
    }
    let (dealloc, inst_offset) = sub_dealloc_for(layout).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!("subclassing this type is not supported yet: {layout:?}"),
        )
    })?;

    // __slots__: inherited slots first, then this class's own.
    let mut slot_names: Vec<Value> = Vec::new();
    for b in &bases {
        for s in &type_data_of(b).slot_names {
            if !slot_names.iter().any(|x| x.is(s)) {
                slot_names.push(s.clone());
            }
        }
    }
    let own_slots = match ns_dict.get_str("__slots__") {
        Some(s) => Some(
            slot_names_from(vm, &s)?
                .into_iter()
                .map(|n| mangle_private(&name_str, n))
                .collect::<Vec<_>>(),
        ),
        None => None,
    };
    let mut no_dict = own_slots.is_some()
        && bases.iter().all(|b| {
            let bt = type_data_of(b);
            !bt.is_heap() || bt.flags & tflags::NO_DICT != 0
        });
    let first_own_slot = slot_names.len();
    if let Some(own) = &own_slots {
        for s in own {
            if as_str(s) == Some("__dict__") {
                no_dict = false;
                continue;
            }
            slot_names.push(s.clone());
        }
    }

    let mut flags = tflags::HEAP | tflags::BASETYPE | tflags::HAS_INSTANCE_DATA;
    if no_dict {
        flags |= tflags::NO_DICT;
    }
    let has_del = ns_dict.get_str("__del__").is_some()
        || bases
            .iter()
            .any(|b| type_data_of(b).lookup("__del__").is_some());
    if has_del {
        flags |= tflags::HAS_FINALIZER;
    }
    let td = TypeData::new(
        &name_str,
        layout,
        flags,
        bases.clone(),
        dealloc,
        inst_offset,
        slot_names.clone(),
    );
    let cls = if type_data_of(meta).is_heap() {
        alloc_sub(meta, td)
    } else {
        alloc(meta, td)
    };
    crate::memory::deferred::mark_deferred(&cls);
    let ctd = type_data_of(&cls);
    let mro = c3_mro(&cls, &bases)?;
    ctd.set_mro(mro);

    // Namespace -> class dict.
    for (k, v) in ns_dict.items() {
        let Some(key) = as_str(&k) else { continue };
        let v = match key {
            "__new__" if v.layout() == Layout::Function => {
                alloc(&types.staticmethod.value(), StaticMethodData(v))
            }
            "__init_subclass__" | "__class_getitem__" if v.layout() == Layout::Function => {
                alloc(&types.classmethod.value(), ClassMethodData(v))
            }
            "__qualname__" => {
                if let Some(q) = as_str(&v) {
                    ctd.set_qualname(q.to_string());
                }
                continue;
            }
            "__classcell__" | "__slots__" => continue,
            _ => v,
        };
        ctd.dict.set_str_key(intern(key), v);
    }
    if let Some(own) = &own_slots {
        for (i, s) in own
            .iter()
            .filter(|s| as_str(s) != Some("__dict__"))
            .enumerate()
        {
            let descr = alloc(
                &types.member_descriptor.value(),
                MemberDescrData {
                    name: s.clone(),
                    index: first_own_slot + i,
                    owner: cls.clone(),
                },
            );
            ctd.dict.set_str_key(s.clone(), descr);
        }
        if let Some(original) = ns_dict.get_str("__slots__") {
            ctd.dict.set_str_key(intern("__slots__"), original);
        }
    }
    if ctd.dict.get_str("__eq__").is_some() && ctd.dict.get_str("__hash__").is_none() {
        ctd.dict.set_str_key(intern("__hash__"), none());
    }
    if ctd.dict.get_str("__doc__").is_none() {
        ctd.dict.set_str_key(intern("__doc__"), none());
    }
    // __set_name__ on attributes, then the parent's __init_subclass__.
    for (k, v) in ns_dict.items() {
        if v.type_data().is_heap() {
            if let Some(sn) = v.type_data().lookup("__set_name__") {
                call(vm, &sn, &[v.clone(), cls.clone(), k], &[])?;
            }
        }
    }
    let parent_mro = ctd.mro();
    let (kw_values, kw_names) = kw;
    for t in parent_mro.iter().skip(1) {
        if let Some(init_sub) = type_data_of(t).dict.get_str("__init_subclass__") {
            if let Some(cm) = init_sub.downcast::<ClassMethodData>() {
                let bound = new_method(cm.0.clone(), cls.clone());
                call(vm, &bound, kw_values, kw_names)?;
            } else if !kw_names.is_empty() {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "{}.__init_subclass__() takes no keyword arguments",
                        ctd.name()
                    ),
                ));
            }
            break;
        }
    }
    Ok(cls)
}
