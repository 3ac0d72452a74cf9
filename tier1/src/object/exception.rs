//! Exceptions as objects: the builtin hierarchy (declared once in `EXCEPTIONS`), the payload
//! every exception carries (args, traceback entries, cause/context), and `PyErr`, the Rust
//! error type that carries a raised exception through `PyResult`.
//! Printing tracebacks and matching handlers is the interpreter's job, not this module's.

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::thread::critical::ObjLock;

use super::header::DeallocFn;
use super::typeobj::{alloc_immortal, dealloc_sub, instance_data_offset, tflags, Layout, TypeData};
use super::value::{Payload, Value};
use super::{builtin_types, TypeRef};

/// Declares the builtin exception kinds and their bases in one list.
macro_rules! exception_kinds {
    ($( $kind:ident : $base:ident ),* $(,)?) => {
        /// A builtin exception type.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        #[repr(usize)]
        pub enum ExcKind { BaseException, $( $kind ),* }

        /// (kind, base kind) for every builtin exception but BaseException, bases first.
        pub const EXCEPTIONS: &[(ExcKind, ExcKind)] = &[ $( (ExcKind::$kind, ExcKind::$base) ),* ];

        impl ExcKind {
            pub fn name(self) -> &'static str {
                match self {
                    ExcKind::BaseException => "BaseException",
                    $( ExcKind::$kind => stringify!($kind), )*
                }
            }
        }
    };
}

exception_kinds! {
    Exception: BaseException,
    GeneratorExit: BaseException,
    KeyboardInterrupt: BaseException,
    SystemExit: BaseException,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    TimeoutError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    StopAsyncIteration: Exception,
    StopIteration: Exception,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    Warning: Exception,
    UserWarning: Warning,
    DeprecationWarning: Warning,
    RuntimeWarning: Warning,
    SyntaxWarning: Warning,
    PendingDeprecationWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
    EncodingWarning: Warning,
}

/// One traceback entry: the code object and line where the exception passed.
#[derive(Clone)]
pub struct TracebackEntry {
    pub code: Value,
    /// Where the frame was: the failing instruction's source range.
    pub location: crate::bytecode::Location,
    /// Values of a finished generator frame (its locals and stack), kept alive while the
    /// traceback is, as CPython's traceback keeps that frame alive.
    pub frame_values: Option<Value>,
}

/// The payload of every exception object.
pub struct ExcData {
    lock: ObjLock,
    args: UnsafeCell<Value>,
    traceback: UnsafeCell<Vec<TracebackEntry>>,
    cause: UnsafeCell<Option<Value>>,
    context: UnsafeCell<Option<Value>>,
    suppress_context: AtomicBool,
}

impl Payload for ExcData {
    const LAYOUT: Layout = Layout::Exception;
    const GC: bool = true;
}

// SAFETY (for the accessors below): every borrow of a cell lives inside the exception's
// critical section; no accessor runs Python code or drops a value while holding a borrow
// (replaced values are returned to the caller).
impl ExcData {
    pub fn new(args: Value) -> ExcData {
        ExcData {
            lock: ObjLock::new(),
            args: UnsafeCell::new(args),
            traceback: UnsafeCell::new(Vec::new()),
            cause: UnsafeCell::new(None),
            context: UnsafeCell::new(None),
            suppress_context: AtomicBool::new(false),
        }
    }

    pub fn args(&self) -> Value {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { (*self.args.get()).clone() }
    }

    pub fn set_args(&self, args: Value) -> Value {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { std::mem::replace(&mut *self.args.get(), args) }
    }

    pub fn traceback(&self) -> Vec<TracebackEntry> {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { (*self.traceback.get()).clone() }
    }

    pub fn push_traceback(&self, entry: TracebackEntry) {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { (*self.traceback.get()).push(entry) }
    }

    /// Keeps `values` (a tuple of a finished frame's values) alive with the newest entry.
    pub fn attach_frame_values_to_last(&self, values: Value) {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        let tb = unsafe { &mut *self.traceback.get() };
        if let Some(last) = tb.last_mut() {
            if last.frame_values.is_none() {
                last.frame_values = Some(values);
            }
        }
    }

    pub fn clear_traceback(&self) -> Vec<TracebackEntry> {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { std::mem::take(&mut *self.traceback.get()) }
    }

    pub fn cause(&self) -> Option<Value> {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { (*self.cause.get()).clone() }
    }

    pub fn set_cause(&self, cause: Option<Value>) -> Option<Value> {
        self.suppress_context.store(true, Ordering::Relaxed);
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { std::mem::replace(&mut *self.cause.get(), cause) }
    }

    /// Sets `__cause__` without touching `__suppress_context__` (attribute assignment path).
    pub fn set_cause_raw(&self, cause: Option<Value>) -> Option<Value> {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { std::mem::replace(&mut *self.cause.get(), cause) }
    }

    pub fn context(&self) -> Option<Value> {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { (*self.context.get()).clone() }
    }

    pub fn set_context(&self, context: Option<Value>) -> Option<Value> {
        let _cs = self.lock.enter();
        // SAFETY: see above.
        unsafe { std::mem::replace(&mut *self.context.get(), context) }
    }

    /// Reports every reference the object holds (for the cycle collector; no Python code runs).
    pub fn visit_refs(&self, visit: &mut dyn FnMut(&Value)) {
        let _cs = self.lock.enter();
        // SAFETY: inside the exception's critical section; `visit` only reads.
        unsafe {
            visit(&*self.args.get());
            (*self.cause.get()).iter().for_each(&mut *visit);
            (*self.context.get()).iter().for_each(&mut *visit);
            for entry in (*self.traceback.get()).iter() {
                visit(&entry.code);
                entry.frame_values.iter().for_each(&mut *visit);
            }
        }
    }

    /// Takes the cause, context and traceback out (the collector breaking a cycle).
    pub fn clear_refs(&self) -> (Vec<Value>, Vec<TracebackEntry>) {
        let _cs = self.lock.enter();
        // SAFETY: inside the exception's critical section.
        unsafe {
            let refs = [(*self.cause.get()).take(), (*self.context.get()).take()]
                .into_iter()
                .flatten()
                .collect();
            (refs, std::mem::take(&mut *self.traceback.get()))
        }
    }

    pub fn suppress_context(&self) -> bool {
        self.suppress_context.load(Ordering::Relaxed)
    }

    pub fn set_suppress_context(&self, v: bool) {
        self.suppress_context.store(v, Ordering::Relaxed)
    }
}

/// Creates the builtin exception types (immortal), indexed by `ExcKind as usize`.
pub(super) fn build_exception_types(type_raw: usize, object: TypeRef) -> Vec<TypeRef> {
    let dealloc: DeallocFn = dealloc_sub::<ExcData>;
    let offset = instance_data_offset::<ExcData>();
    let flags = tflags::BASETYPE | tflags::HAS_INSTANCE_DATA;
    let mut types: Vec<Option<TypeRef>> = vec![None; EXCEPTIONS.len() + 1];
    let make = |kind: ExcKind, base: TypeRef, types: &mut Vec<Option<TypeRef>>| {
        let data = TypeData::new(
            kind.name(),
            Layout::Exception,
            flags,
            vec![base.value()],
            dealloc,
            offset,
            Vec::new(),
        );
        let t = TypeRef(alloc_immortal(type_raw, data).into_raw());
        let mut mro = vec![t.value()];
        mro.extend(super::typeobj::type_data_of(&base.value()).mro());
        t.type_data_static().set_mro(mro);
        types[kind as usize] = Some(t);
    };
    make(ExcKind::BaseException, object, &mut types);
    for &(kind, base) in EXCEPTIONS {
        let base_ref = types[base as usize].expect("exception bases are declared first");
        make(kind, base_ref, &mut types);
    }
    types
        .into_iter()
        .map(|t| t.expect("every exception kind is created"))
        .collect()
}

/// A raised Python exception travelling through Rust code.
pub struct PyErr(pub Value);

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    /// A new exception of a builtin kind with a message argument.
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyErr {
        let msg = super::str::new_str(&msg.into());
        let args = super::seq::new_tuple(vec![msg]);
        PyErr(new_exception(kind.type_ref().value(), args))
    }

    /// A new exception of a builtin kind with the given args tuple.
    pub fn with_args(kind: ExcKind, args: Vec<Value>) -> PyErr {
        PyErr(new_exception(
            kind.type_ref().value(),
            super::seq::new_tuple(args),
        ))
    }

    /// The exception object.
    pub fn value(&self) -> &Value {
        &self.0
    }

    /// True when this exception is an instance of the builtin `kind` (or a subclass).
    pub fn matches(&self, kind: ExcKind) -> bool {
        self.0
            .type_data()
            .is_subtype(kind.type_ref().type_data_static())
    }

    pub fn payload(&self) -> &ExcData {
        exc_data(&self.0).expect("PyErr always holds an exception object")
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({})", self.0.type_data().name())
    }
}

impl ExcKind {
    pub fn type_ref(self) -> TypeRef {
        builtin_types().exceptions[self as usize]
    }
}

/// Allocates an exception instance of type `ty` (a subclass of BaseException) with `args`.
pub fn new_exception(ty: Value, args: Value) -> Value {
    super::typeobj::alloc_sub(&ty, ExcData::new(args))
}

/// The exception payload of `v`, if it is an exception.
pub fn exc_data(v: &Value) -> Option<&ExcData> {
    v.downcast::<ExcData>()
}
