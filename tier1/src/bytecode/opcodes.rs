//! The one declaration of every tier-1 instruction: name, inline-cache size, stack effect and
//! meaning. The compiler, the interpreter, the disassembler (and later the specializer and the
//! JIT's recorder) all read this file; nothing else may list opcodes.
//!
//! Format: a program is a sequence of 16-bit code units, `opcode | arg << 8`. An argument wider
//! than 8 bits is prefixed by `EXTENDED_ARG` units (each contributes 8 more high bits). An
//! instruction of an adaptive family is followed by `cache_entries()` code units reserved for its
//! inline cache (zero-filled by the compiler; the specializer owns them). Jump arguments are
//! absolute code-unit indices of the target instruction (its first EXTENDED_ARG unit, if any).
//!
//! Semantics follow CPython 3.13's `Python/bytecodes.c` unless the comment says otherwise. Stack
//! pictures are written bottom → top; `NULL` is an empty stack slot (`None` in `Option<Value>`).

/// Declares the opcode enum and its metadata from one list. Each line:
/// `NAME = number, cache_entries;` followed by its documentation.
macro_rules! opcodes {
    ($( $(#[$doc:meta])* $name:ident = $num:literal, $cache:literal; )*) => {
        /// A tier-1 opcode. See the module documentation for the instruction format.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
        #[repr(u8)]
        pub enum Opcode {
            $( $(#[$doc])* $name = $num, )*
        }

        /// Inline-cache sizes, indexed by opcode byte.
        const CACHE_ENTRIES: [u8; 256] = {
            let mut t = [0u8; 256];
            $( t[$num] = $cache; )*
            t
        };

        /// Which bytes are opcodes.
        const IS_OPCODE: [bool; 256] = {
            let mut t = [false; 256];
            $( t[$num] = true; )*
            t
        };

        impl Opcode {
            /// Every opcode, in numeric order of declaration.
            pub const ALL: &'static [Opcode] = &[ $( Opcode::$name, )* ];

            /// The opcode's name as the disassembler prints it.
            pub const fn name(self) -> &'static str {
                match self { $( Opcode::$name => stringify!($name), )* }
            }

            /// Number of inline-cache code units that follow the instruction.
            #[inline(always)]
            pub const fn cache_entries(self) -> usize {
                CACHE_ENTRIES[self as usize] as usize
            }

            /// Decodes a byte; `None` for bytes that are not opcodes.
            #[inline(always)]
            pub const fn from_u8(byte: u8) -> Option<Opcode> {
                if IS_OPCODE[byte as usize] {
                    // SAFETY: IS_OPCODE is true exactly for the declared discriminants of this
                    // `#[repr(u8)]` enum, so the byte is a valid `Opcode`.
                    Some(unsafe { std::mem::transmute::<u8, Opcode>(byte) })
                } else {
                    None
                }
            }
        }
    };
}

opcodes! {
    /// Does nothing.
    NOP = 0, 0;
    /// Prefix: `arg` supplies 8 more high bits of the next instruction's argument.
    EXTENDED_ARG = 1, 0;
    /// `a -- `
    POP_TOP = 2, 0;
    /// ` -- NULL`
    PUSH_NULL = 3, 0;
    /// `... x (arg-1 items) -- ... x (arg-1 items) x`: push a copy of the arg-th item from the top (1 = top).
    COPY = 4, 0;
    /// Swap the top with the arg-th item from the top (arg >= 2).
    SWAP = 5, 0;
    /// `a -- -a`
    UNARY_NEGATIVE = 6, 0;
    /// `a -- +a`
    UNARY_POSITIVE = 7, 0;
    /// `a -- ~a`
    UNARY_INVERT = 8, 0;
    /// `b -- not b`: the operand is always a bool (the compiler emits TO_BOOL first).
    UNARY_NOT = 9, 0;
    /// `a -- bool(a)`
    TO_BOOL = 10, 3;
    /// `a b -- a op b` where arg is a `BinaryOp` number (in-place forms included).
    BINARY_OP = 11, 1;
    /// `container key -- container[key]`
    BINARY_SUBSCR = 12, 1;
    /// `value container key -- `: `container[key] = value`
    STORE_SUBSCR = 13, 1;
    /// `container key -- `: `del container[key]`
    DELETE_SUBSCR = 14, 0;
    /// `start stop -- slice` (arg 2) or `start stop step -- slice` (arg 3)
    BUILD_SLICE = 15, 0;
    /// `a b -- result` where arg is a `CompareOp` number. The result is whatever the comparison
    /// returned (not forced to bool).
    COMPARE_OP = 16, 1;
    /// `a b -- bool`: `a is b` (arg 0) or `a is not b` (arg 1)
    IS_OP = 17, 0;
    /// `a b -- bool`: `a in b` (arg 0) or `a not in b` (arg 1)
    CONTAINS_OP = 18, 1;
    /// `iterable -- iterator`
    GET_ITER = 19, 0;
    /// `iterator -- iterator next`; when the iterator is exhausted: pop it and jump to arg.
    FOR_ITER = 20, 1;
    /// Jump forward to arg.
    JUMP_FORWARD = 21, 0;
    /// Jump backward to arg: a loop back edge (hot-loop counter in the cache; eval-breaker check).
    JUMP_BACKWARD = 22, 1;
    /// `b -- `: jump to arg when b is False (b is always a bool).
    POP_JUMP_IF_FALSE = 23, 0;
    /// `b -- `: jump to arg when b is True (b is always a bool).
    POP_JUMP_IF_TRUE = 24, 0;
    /// `a -- `: jump to arg when a is None.
    POP_JUMP_IF_NONE = 25, 0;
    /// `a -- `: jump to arg when a is not None.
    POP_JUMP_IF_NOT_NONE = 26, 0;
    /// `value -- `: return value to the caller.
    RETURN_VALUE = 27, 0;
    /// ` -- consts[arg]`
    LOAD_CONST = 28, 0;
    /// ` -- locals[arg]`; raises UnboundLocalError when the local is unbound.
    LOAD_FAST = 29, 0;
    /// `value -- `: `locals[arg] = value`
    STORE_FAST = 30, 0;
    /// `locals[arg]` becomes unbound (UnboundLocalError if it already was).
    DELETE_FAST = 31, 0;
    /// ` -- value`: names[arg] looked up in the frame's locals mapping, then globals, then
    /// builtins (module and class bodies).
    LOAD_NAME = 32, 0;
    /// `value -- `: store names[arg] in the frame's locals mapping.
    STORE_NAME = 33, 0;
    /// Delete names[arg] from the frame's locals mapping.
    DELETE_NAME = 34, 0;
    /// ` -- value` or ` -- value NULL` when arg & 1: names[arg >> 1] from globals, then builtins.
    LOAD_GLOBAL = 35, 4;
    /// `value -- `: globals[names[arg]] = value
    STORE_GLOBAL = 36, 0;
    /// del globals[names[arg]]
    DELETE_GLOBAL = 37, 0;
    /// ` -- value`: the contents of cell arg. Cells are numbered cellvars then freevars; the frame
    /// creates its cellvar cells (initialized from the argument of the same name, if any) and
    /// copies the function's closure into the freevar slots before the first instruction runs.
    LOAD_DEREF = 38, 0;
    /// `value -- `: store into cell arg.
    STORE_DEREF = 39, 0;
    /// Empty cell arg.
    DELETE_DEREF = 40, 0;
    /// ` -- cell`: push cell arg itself (to build a closure tuple).
    LOAD_CLOSURE = 41, 0;
    /// ` -- value`: class bodies only: the name of cell arg looked up in the locals mapping first,
    /// then the cell (CPython's LOAD_FROM_DICT_OR_DEREF with the mapping implied).
    LOAD_CLASSDEREF = 42, 0;
    /// `owner -- attr` or, when arg & 1, `owner -- meth self` (when the attribute is a plain
    /// function found on the type: an unbound method call) or `owner -- attr NULL`.
    /// The name is names[arg >> 1].
    LOAD_ATTR = 43, 9;
    /// `value owner -- `: owner.names[arg] = value
    STORE_ATTR = 44, 6;
    /// `owner -- `: del owner.names[arg]
    DELETE_ATTR = 45, 0;
    /// `items(arg) -- tuple`
    BUILD_TUPLE = 46, 0;
    /// `items(arg) -- list`
    BUILD_LIST = 47, 0;
    /// `items(arg) -- set`
    BUILD_SET = 48, 0;
    /// `k1 v1 ... k(arg) v(arg) -- dict`
    BUILD_MAP = 49, 0;
    /// `strs(arg) -- str`: concatenation of arg strings.
    BUILD_STRING = 50, 0;
    /// `list (arg-1 items) v -- list (arg-1 items)`: list.append(v) where list is the arg-th item
    /// below v (comprehensions: arg is counted after popping v, as CPython).
    LIST_APPEND = 51, 0;
    /// As LIST_APPEND for a set.
    SET_ADD = 52, 0;
    /// `dict (arg-1 items) k v -- dict (arg-1 items)`: dict[k] = v.
    MAP_ADD = 53, 0;
    /// `list ... iterable -- list ...`: list.extend(iterable); list is the arg-th item after popping.
    LIST_EXTEND = 54, 0;
    /// As LIST_EXTEND for set.update.
    SET_UPDATE = 55, 0;
    /// As LIST_EXTEND for dict.update (the operand must be a mapping).
    DICT_UPDATE = 56, 0;
    /// As DICT_UPDATE, but a duplicate key raises TypeError ("got multiple values for keyword
    /// argument") and a non-mapping raises the `**` TypeError: used to build `**kwargs`.
    DICT_MERGE = 57, 0;
    /// `seq -- item(arg-1) ... item0`: unpack exactly arg items (item0 ends on top).
    UNPACK_SEQUENCE = 58, 1;
    /// `seq -- ...`: starred unpacking; arg = before | after << 8; pushes after, the list, before
    /// (in the order CPython 3.13 does: the first item ends on top).
    UNPACK_EX = 59, 0;
    /// `value -- str` or `value spec -- str` (arg & 4); arg & 3: 0 none, 1 str(), 2 repr(), 3 ascii().
    FORMAT_VALUE = 60, 0;
    /// `[defaults] [kwdefaults] [annotations] [closure] code -- function`: arg flags 1 defaults
    /// tuple, 2 kwdefaults dict, 4 annotations dict, 8 closure tuple of cells (CPython 3.11 form).
    MAKE_FUNCTION = 61, 0;
    /// `callable self_or_null args(arg) -- result`. When self_or_null is not NULL it is passed as
    /// the first positional argument.
    CALL = 62, 3;
    /// `callable self_or_null args(arg) kwnames -- result`: the last len(kwnames) of the arg
    /// arguments are keyword arguments named by the kwnames tuple.
    CALL_KW = 63, 3;
    /// `callable self_or_null args_tuple [kwargs_dict] -- result`: kwargs present when arg & 1.
    CALL_FUNCTION_EX = 64, 0;
    /// arg 0: re-raise the exception being handled; arg 1: `exc -- ` raise exc; arg 2:
    /// `exc cause -- ` raise exc from cause.
    RAISE_VARARGS = 65, 0;
    /// `exc -- `: re-raise exc (inside handlers; the traceback is not extended). arg is ignored.
    RERAISE = 66, 0;
    /// `exc -- prev_exc exc`: prev_exc is the previously handled exception (or None); exc becomes
    /// the exception being handled (sys.exc_info()).
    PUSH_EXC_INFO = 67, 0;
    /// `prev_exc -- `: restore prev_exc as the exception being handled.
    POP_EXCEPT = 68, 0;
    /// `exc type -- exc bool`: isinstance-style match of exc against type (or a tuple of types).
    CHECK_EXC_MATCH = 69, 0;
    /// `exit lasti prev exc -- exit lasti prev exc res`: res = exit(type(exc), exc, traceback).
    WITH_EXCEPT_START = 70, 0;
    /// `mgr -- bound_exit enter_result`: looks up `__exit__` and calls `__enter__`.
    BEFORE_WITH = 71, 0;
    /// ` -- __build_class__`
    LOAD_BUILD_CLASS = 72, 0;
    /// ` -- AssertionError`
    LOAD_ASSERTION_ERROR = 73, 0;
    /// `level fromlist -- module`: import names[arg].
    IMPORT_NAME = 74, 0;
    /// `module -- module attr`: from-import names[arg] from the module.
    IMPORT_FROM = 75, 0;
    /// `value -- sent`: suspend the generator yielding value; resumes with the sent value on top.
    /// arg 0: a plain `yield`. arg 1: the yield inside a `yield from` loop, which the compiler
    /// always emits as `L: SEND exit; YIELD_VALUE 1; JUMP_BACKWARD L; exit:` with the
    /// sub-iterator on top of the stack while suspended. A `throw()`/`close()` into a generator
    /// suspended at YIELD_VALUE 1 is forwarded to that sub-iterator: if it yields a value, the
    /// generator yields it and stays suspended here; if it raises StopIteration(v), the iterator
    /// is replaced by v and execution continues at the SEND's jump target (`exit`); any other
    /// exception is raised at this instruction.
    YIELD_VALUE = 76, 0;
    /// `iterable -- iterator`: iter() for `yield from` (generators pass through unchanged).
    GET_YIELD_FROM_ITER = 77, 0;
    /// `iterator value -- iterator result`: send value into the iterator (next() when value is
    /// None and the iterator is not a generator). When it returns (StopIteration), replace
    /// `iterator value` by the return value and jump to arg.
    SEND = 78, 0;
    /// ` -- `: create `__annotations__` in the locals mapping if missing.
    SETUP_ANNOTATIONS = 79, 0;
    /// ` -- locals`: the frame's locals mapping (class bodies return it).
    LOAD_LOCALS = 80, 0;
    /// `value -- result`: result = intrinsic[arg](value), see `Intrinsic1`.
    CALL_INTRINSIC_1 = 81, 0;
    /// `iterator -- `: pop the iterator at the end of a `for` loop that was left by `break` or
    /// `return` (same as POP_TOP; kept distinct so the JIT can see loop exits).
    END_FOR = 82, 0;
    /// `obj -- obj len`: len(obj) as an int (pattern matching: sequence and mapping length
    /// checks).
    GET_LEN = 83, 0;
    /// `subject -- subject bool`: True when the subject is a mapping for pattern matching: a
    /// dict or an instance of a dict subclass (CPython's `Py_TPFLAGS_MAPPING`).
    MATCH_MAPPING = 84, 0;
    /// `subject -- subject bool`: True when the subject is a sequence for pattern matching: a
    /// list, tuple, range or memoryview, or an instance of a subclass of one of them (CPython's
    /// `Py_TPFLAGS_SEQUENCE`). str, bytes and bytearray are not sequences here.
    MATCH_SEQUENCE = 85, 0;
    /// `subject keys -- subject keys values`: keys is a tuple; values is a tuple of
    /// `subject.get(key, <sentinel>)` for each key, or None when any key is missing (so
    /// `__missing__` never runs). A key repeated in keys raises ValueError ("mapping pattern
    /// checks duplicate key (k)").
    MATCH_KEYS = 86, 0;
    /// `subject cls names -- attrs`: class pattern with arg positional sub-patterns and the
    /// keyword attribute names in the names tuple. cls must be a type (TypeError otherwise). When
    /// `isinstance(subject, cls)`, attrs is the tuple of the arg attributes named by
    /// `cls.__match_args__` followed by the named attributes; when cls has no `__match_args__`
    /// and is (a subclass of) bool, bytearray, bytes, dict, float, frozenset, int, list, set,
    /// str or tuple, one positional sub-pattern matches the subject itself. attrs is None when
    /// the isinstance check fails or an attribute is missing. TypeErrors as CPython: too many
    /// positional sub-patterns, `__match_args__` not a tuple of strings, an attribute named
    /// twice.
    MATCH_CLASS = 87, 0;
}

/// BINARY_OP arguments, numbered as CPython's `NB_*` constants.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum BinaryOp {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    Lshift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    Rshift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
    InplaceAdd = 13,
    InplaceAnd = 14,
    InplaceFloorDivide = 15,
    InplaceLshift = 16,
    InplaceMatrixMultiply = 17,
    InplaceMultiply = 18,
    InplaceRemainder = 19,
    InplaceOr = 20,
    InplacePower = 21,
    InplaceRshift = 22,
    InplaceSubtract = 23,
    InplaceTrueDivide = 24,
    InplaceXor = 25,
}

impl BinaryOp {
    /// Decodes a BINARY_OP argument.
    pub fn from_arg(arg: u32) -> Option<BinaryOp> {
        use BinaryOp::*;
        const ALL: [BinaryOp; 26] = [
            Add,
            And,
            FloorDivide,
            Lshift,
            MatrixMultiply,
            Multiply,
            Remainder,
            Or,
            Power,
            Rshift,
            Subtract,
            TrueDivide,
            Xor,
            InplaceAdd,
            InplaceAnd,
            InplaceFloorDivide,
            InplaceLshift,
            InplaceMatrixMultiply,
            InplaceMultiply,
            InplaceRemainder,
            InplaceOr,
            InplacePower,
            InplaceRshift,
            InplaceSubtract,
            InplaceTrueDivide,
            InplaceXor,
        ];
        ALL.get(arg as usize).copied()
    }

    /// The in-place form's plain operator (`+=` -> `+`), and whether it was in-place.
    pub fn split_inplace(self) -> (BinaryOp, bool) {
        let n = self as u8;
        if n >= 13 {
            (BinaryOp::from_arg(u32::from(n - 13)).unwrap_or(self), true)
        } else {
            (self, false)
        }
    }

    /// The operator as written in Python source (`+`, `//`, ...), without `=`.
    pub fn symbol(self) -> &'static str {
        use BinaryOp::*;
        match self.split_inplace().0 {
            Add => "+",
            And => "&",
            FloorDivide => "//",
            Lshift => "<<",
            MatrixMultiply => "@",
            Multiply => "*",
            Remainder => "%",
            Or => "|",
            Power => "**",
            Rshift => ">>",
            Subtract => "-",
            TrueDivide => "/",
            Xor => "^",
            _ => "?",
        }
    }
}

/// COMPARE_OP arguments.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum CompareOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CompareOp {
    /// Decodes a COMPARE_OP argument.
    pub fn from_arg(arg: u32) -> Option<CompareOp> {
        use CompareOp::*;
        [Lt, Le, Eq, Ne, Gt, Ge].get(arg as usize).copied()
    }

    /// The operator as written in Python source.
    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }

    /// The comparison with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }
}

/// CALL_INTRINSIC_1 arguments.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Intrinsic1 {
    /// `module -- None`: `from module import *` into the locals mapping / globals.
    ImportStar = 0,
    /// `exc -- exc'`: inside generators, a StopIteration escaping the body becomes RuntimeError
    /// ("generator raised StopIteration"), as PEP 479 says.
    StopIterationError = 1,
    /// `list -- tuple`
    ListToTuple = 2,
}

impl Intrinsic1 {
    /// Decodes a CALL_INTRINSIC_1 argument.
    pub fn from_arg(arg: u32) -> Option<Intrinsic1> {
        match arg {
            0 => Some(Intrinsic1::ImportStar),
            1 => Some(Intrinsic1::StopIterationError),
            2 => Some(Intrinsic1::ListToTuple),
            _ => None,
        }
    }
}

/// Stack effect of an instruction: items pushed minus items popped. `jump` selects the effect
/// when the instruction branches (FOR_ITER, SEND); for other instructions it is ignored.
/// Exception-table handlers are accounted by the handler entry, not here.
pub fn stack_effect(op: Opcode, arg: u32, jump: bool) -> i32 {
    use Opcode::*;
    let n = arg as i32;
    match op {
        NOP | EXTENDED_ARG => 0,
        POP_TOP | END_FOR => -1,
        PUSH_NULL => 1,
        COPY => 1,
        SWAP => 0,
        UNARY_NEGATIVE | UNARY_POSITIVE | UNARY_INVERT | UNARY_NOT | TO_BOOL => 0,
        BINARY_OP | BINARY_SUBSCR => -1,
        STORE_SUBSCR => -3,
        DELETE_SUBSCR => -2,
        BUILD_SLICE => 1 - n,
        COMPARE_OP | IS_OP | CONTAINS_OP => -1,
        GET_ITER => 0,
        FOR_ITER => {
            if jump {
                -1
            } else {
                1
            }
        }
        JUMP_FORWARD | JUMP_BACKWARD => 0,
        POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE | POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE => -1,
        RETURN_VALUE => -1,
        LOAD_CONST | LOAD_FAST | LOAD_NAME | LOAD_DEREF | LOAD_CLOSURE | LOAD_CLASSDEREF => 1,
        STORE_FAST | STORE_NAME | STORE_GLOBAL | STORE_DEREF => -1,
        DELETE_FAST | DELETE_NAME | DELETE_GLOBAL | DELETE_DEREF => 0,
        LOAD_GLOBAL => 1 + (n & 1),
        LOAD_ATTR => n & 1,
        STORE_ATTR => -2,
        DELETE_ATTR => -1,
        BUILD_TUPLE | BUILD_LIST | BUILD_SET | BUILD_STRING => 1 - n,
        BUILD_MAP => 1 - 2 * n,
        LIST_APPEND | SET_ADD | LIST_EXTEND | SET_UPDATE | DICT_UPDATE | DICT_MERGE => -1,
        MAP_ADD => -2,
        UNPACK_SEQUENCE => n - 1,
        UNPACK_EX => (n & 0xff) + (n >> 8),
        FORMAT_VALUE => {
            if n & 4 != 0 {
                -1
            } else {
                0
            }
        }
        MAKE_FUNCTION => -((n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1)),
        CALL => -1 - n,
        CALL_KW => -2 - n,
        CALL_FUNCTION_EX => -2 - (n & 1),
        RAISE_VARARGS => -n,
        RERAISE => -1,
        PUSH_EXC_INFO => 1,
        POP_EXCEPT => -1,
        CHECK_EXC_MATCH => 0,
        WITH_EXCEPT_START => 1,
        BEFORE_WITH => 1,
        LOAD_BUILD_CLASS | LOAD_ASSERTION_ERROR | LOAD_LOCALS => 1,
        IMPORT_NAME => -1,
        IMPORT_FROM => 1,
        YIELD_VALUE => 0,
        GET_YIELD_FROM_ITER => 0,
        SEND => {
            if jump {
                -1
            } else {
                0
            }
        }
        SETUP_ANNOTATIONS => 0,
        CALL_INTRINSIC_1 => 0,
        GET_LEN | MATCH_MAPPING | MATCH_SEQUENCE | MATCH_KEYS => 1,
        MATCH_CLASS => -2,
    }
}

/// True for instructions whose argument is a jump target.
pub fn has_jump(op: Opcode) -> bool {
    use Opcode::*;
    matches!(
        op,
        FOR_ITER
            | JUMP_FORWARD
            | JUMP_BACKWARD
            | POP_JUMP_IF_FALSE
            | POP_JUMP_IF_TRUE
            | POP_JUMP_IF_NONE
            | POP_JUMP_IF_NOT_NONE
            | SEND
    )
}

/// True for instructions after which control never falls through to the next instruction.
pub fn is_terminator(op: Opcode) -> bool {
    use Opcode::*;
    matches!(
        op,
        JUMP_FORWARD | JUMP_BACKWARD | RETURN_VALUE | RAISE_VARARGS | RERAISE
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcode_numbers_round_trip() {
        for &op in Opcode::ALL {
            assert_eq!(Opcode::from_u8(op as u8), Some(op), "{}", op.name());
        }
        assert_eq!(Opcode::from_u8(255), None);
    }

    #[test]
    fn inplace_ops_map_to_plain_ops() {
        assert_eq!(BinaryOp::InplaceAdd.split_inplace(), (BinaryOp::Add, true));
        assert_eq!(BinaryOp::Xor.split_inplace(), (BinaryOp::Xor, false));
        assert_eq!(BinaryOp::InplaceFloorDivide.symbol(), "//");
    }
}
