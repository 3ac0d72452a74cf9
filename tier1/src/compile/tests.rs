//! Tests of the compiler: golden disassemblies (`tier1/tests/compile_golden/*.py` against
//! `*.dis`; `STRATA_BLESS=1` rewrites them), error kinds and positions, whole sample programs,
//! and a no-panic sweep over truncated and mutated sources.

use std::path::{Path, PathBuf};

use super::*;
use crate::bytecode::code::flags;
use crate::bytecode::{Constant, Opcode};

/// `tier1/tests/<sub>`, found from the crate root or from this source file's path (the compiler
/// is also built from a scratch crate that includes these files by absolute path).
fn tier1_dir(sub: &str) -> Option<PathBuf> {
    let mut candidates = vec![Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(sub)];
    let here = Path::new(file!());
    if let Some(tier1) = here.parent().and_then(Path::parent).and_then(Path::parent) {
        candidates.push(tier1.join("tests").join(sub));
        candidates.push(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(tier1)
                .join("tests")
                .join(sub),
        );
    }
    candidates.push(PathBuf::from("/work/main/tier1/tests").join(sub));
    candidates.into_iter().find(|p| p.is_dir())
}

fn compile_ok(src: &str) -> Arc<CodeObject> {
    match compile(src, "<test>", CompileMode::Exec) {
        Ok(c) => c,
        Err(e) => panic!("compile failed: {e:?}\n{src}"),
    }
}

fn compile_err(src: &str) -> CompileError {
    match compile(src, "<test>", CompileMode::Exec) {
        Ok(c) => panic!("expected an error for:\n{src}\n{}", c.disassemble()),
        Err(e) => e,
    }
}

fn golden_files() -> Vec<PathBuf> {
    let Some(dir) = tier1_dir("compile_golden") else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "py"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

#[test]
fn golden_disassembly() {
    let files = golden_files();
    assert!(files.len() >= 12, "golden files not found");
    let bless = std::env::var("STRATA_BLESS").is_ok_and(|v| v == "1");
    let mut failures = Vec::new();
    for py in files {
        let src = std::fs::read_to_string(&py).unwrap();
        let name = py.file_name().unwrap().to_string_lossy().to_string();
        let got = match compile(&src, &name, CompileMode::Exec) {
            Ok(code) => code.disassemble(),
            Err(e) => format!("ERROR {e:?}\n"),
        };
        let dis = py.with_extension("dis");
        if bless {
            std::fs::write(&dis, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&dis).unwrap_or_default();
        if want != got {
            failures.push(format!("{name}:\n--- want\n{want}\n--- got\n{got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "golden mismatch (STRATA_BLESS=1 to rewrite):\n{}",
        failures.join("\n")
    );
}

#[test]
fn module_shape() {
    let code = compile_ok("x = 1\n");
    assert_eq!(code.name, "<module>");
    assert!(code.flags & flags::HAS_LOCALS_MAPPING != 0);
    let ops: Vec<Opcode> = code.instructions().map(|(_, op, _)| op).collect();
    assert_eq!(
        ops,
        vec![
            Opcode::LOAD_CONST,
            Opcode::STORE_NAME,
            Opcode::LOAD_CONST,
            Opcode::RETURN_VALUE
        ]
    );
    assert_eq!(code.locations.len(), code.code.len());
}

#[test]
fn eval_mode_returns_value() {
    let code = compile("a + 1", "<eval>", CompileMode::Eval).unwrap();
    let ops: Vec<Opcode> = code.instructions().map(|(_, op, _)| op).collect();
    assert_eq!(ops.last(), Some(&Opcode::RETURN_VALUE));
    assert!(ops.contains(&Opcode::BINARY_OP));
    assert!(compile("x = 1", "<eval>", CompileMode::Eval).is_err());
}

fn find_code<'c>(code: &'c CodeObject, qualname: &str) -> Option<&'c CodeObject> {
    if code.qualname == qualname {
        return Some(code);
    }
    code.consts.iter().find_map(|c| match c {
        Constant::Code(inner) => find_code(inner, qualname),
        _ => None,
    })
}

#[test]
fn scopes_and_names() {
    let code = compile_ok(
        "def f(a, *b, c, **d):\n    '''doc'''\n    def g():\n        return a\n    class C:\n        def m(self):\n            super()\n    return [a for _ in b]\n",
    );
    let f = find_code(&code, "f").unwrap();
    assert_eq!(f.varnames, vec!["a", "c", "b", "d", "g", "C"]);
    assert_eq!(f.cellvars, vec!["a"]);
    assert_eq!(f.cell_from_arg, vec![Some(0)]);
    assert_eq!(f.arg_count, 1);
    assert_eq!(f.kwonly_arg_count, 1);
    assert_eq!(f.flags & (flags::VARARGS | flags::VARKEYWORDS), 0x0c);
    assert_eq!(f.docstring.as_deref(), Some("doc"));
    let g = find_code(&code, "f.<locals>.g").unwrap();
    assert_eq!(g.freevars, vec!["a"]);
    let c = find_code(&code, "f.<locals>.C").unwrap();
    assert_eq!(c.cellvars, vec!["__class__"]);
    let m = find_code(&code, "f.<locals>.C.m").unwrap();
    assert_eq!(m.freevars, vec!["__class__"]);
    let lc = find_code(&code, "f.<locals>.<listcomp>").unwrap();
    assert_eq!(lc.varnames[0], ".0");
    assert_eq!(lc.freevars, vec!["a"]);
}

#[test]
fn generator_flags() {
    let code = compile_ok("def g():\n    yield 1\nx = (i for i in y)\n");
    let g = find_code(&code, "g").unwrap();
    assert!(g.flags & flags::GENERATOR != 0);
    let ge = find_code(&code, "<genexpr>").unwrap();
    assert!(ge.flags & flags::GENERATOR != 0);
}

#[test]
fn long_jumps_use_extended_arg() {
    let mut src = String::from("def f(x):\n    while x:\n");
    for i in 0..300 {
        src.push_str(&format!("        x = x + {i}\n"));
    }
    let code = compile_ok(&src);
    let f = find_code(&code, "f").unwrap();
    let has_ext = f
        .code
        .iter()
        .any(|u| (u & 0xff) as u8 == Opcode::EXTENDED_ARG as u8);
    assert!(has_ext);
    // Every jump lands on an instruction start.
    let starts: Vec<usize> = f.instructions().map(|(i, _, _)| i).collect();
    for (_, op, arg) in f.instructions() {
        if crate::bytecode::opcodes::has_jump(op) {
            assert!(
                starts.contains(&(arg as usize)) || {
                    // A target may be the first EXTENDED_ARG unit of an instruction.
                    let a = arg as usize;
                    f.code
                        .get(a)
                        .is_some_and(|u| (u & 0xff) as u8 == Opcode::EXTENDED_ARG as u8)
                }
            );
        }
    }
}

#[test]
fn errors_have_kind_and_position() {
    use CompileErrorKind::*;
    let cases: &[(&str, CompileErrorKind, u32, &str)] = &[
        ("x = (1,\n", SyntaxError, 1, ""),
        (
            "if x:\npass\n",
            IndentationError,
            2,
            "expected an indented block",
        ),
        (
            "x = 1\n    y = 2\n",
            IndentationError,
            2,
            "unexpected indent",
        ),
        (
            "if x:\n        a\n    b\n",
            IndentationError,
            3,
            "unindent does not match",
        ),
        ("return 1\n", SyntaxError, 1, "'return' outside function"),
        (
            "class C:\n    return 1\n",
            SyntaxError,
            2,
            "'return' outside function",
        ),
        ("x = 1\nbreak\n", SyntaxError, 2, "'break' outside loop"),
        (
            "continue\n",
            SyntaxError,
            1,
            "'continue' not properly in loop",
        ),
        (
            "def f():\n    pass\nx = (yield)\n",
            SyntaxError,
            3,
            "'yield' outside function",
        ),
        (
            "nonlocal x\n",
            SyntaxError,
            1,
            "nonlocal declaration not allowed at module level",
        ),
        (
            "def f():\n    nonlocal x\n",
            SyntaxError,
            2,
            "no binding for nonlocal 'x' found",
        ),
        (
            "def f():\n    x = 1\n    global x\n",
            SyntaxError,
            3,
            "assigned to before global declaration",
        ),
        (
            "def f():\n    print(x)\n    global x\n",
            SyntaxError,
            3,
            "used prior to global declaration",
        ),
        (
            "def f(a, a):\n    pass\n",
            SyntaxError,
            1,
            "duplicate argument",
        ),
        (
            "def f():\n    from m import *\n",
            SyntaxError,
            2,
            "import * only allowed",
        ),
        (
            "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
            SyntaxError,
            2,
            "name capture 'y' makes remaining patterns unreachable",
        ),
        (
            "match x:\n    case [a] | (a, b):\n        pass\n",
            SyntaxError,
            2,
            "alternative patterns bind different names",
        ),
        (
            "match x:\n    case {'k': a, **a}:\n        pass\n",
            SyntaxError,
            2,
            "multiple assignments to name 'a' in pattern",
        ),
        (
            "async def f():\n    pass\n",
            SyntaxError,
            1,
            "not supported yet",
        ),
        ("a, *b, *c = x\n", SyntaxError, 1, "multiple starred"),
        (
            "[x for x in y if (yield)]\n",
            SyntaxError,
            1,
            "'yield' inside list comprehension",
        ),
        ("x = 'abc\n", SyntaxError, 1, "unterminated string"),
        (
            "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
            SyntaxError,
            3,
            "default 'except:' must be last",
        ),
        (
            "class C:\n    [y := 1 for _ in z]\n",
            SyntaxError,
            2,
            "cannot be used in a class body",
        ),
        ("f() = 1\n", SyntaxError, 1, ""),
    ];
    for (src, kind, line, msg) in cases {
        let e = compile_err(src);
        assert_eq!(e.kind, *kind, "{src:?}: {e:?}");
        assert_eq!(e.line, *line, "{src:?}: {e:?}");
        assert!(e.message.contains(msg), "{src:?}: {e:?}");
        assert!(e.col >= 1);
        assert_eq!(e.filename, "<test>");
    }
    let e = compile_err("x = 1\ny = )\n");
    assert_eq!(e.source_line, "y = )");
    assert_eq!(e.col, 5);
}

fn sample_sources() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = golden_files()
        .into_iter()
        .filter_map(|p| {
            let s = std::fs::read_to_string(&p).ok()?;
            Some((p.display().to_string(), s))
        })
        .collect();
    if let Some(dir) = tier1_dir("../../tests/programs") {
        collect_py(&dir, &mut out);
    }
    out
}

fn collect_py(dir: &Path, out: &mut Vec<(String, String)>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect_py(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            if let Ok(s) = std::fs::read_to_string(&p) {
                out.push((p.display().to_string(), s));
            }
        }
    }
}

#[test]
fn test_programs_compile() {
    let Some(dir) = tier1_dir("../../tests/programs") else {
        return;
    };
    let mut files = Vec::new();
    collect_py(&dir, &mut files);
    let mut failures = Vec::new();
    for (path, src) in files {
        if let Err(e) = compile(&src, &path, CompileMode::Exec) {
            // Programs that are meant to be rejected say so in their name.
            if !path.contains("syntax_error") && !path.contains("compile_error") {
                failures.push(format!("{path}: {e}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn no_panics_on_truncated_or_mutated_sources() {
    let mut sources = sample_sources();
    sources.push(("extra".into(), EXTRA.to_string()));
    let mut count = 0;
    for (_, src) in &sources {
        let bytes = src.as_bytes();
        for cut in (0..bytes.len()).step_by(7) {
            if !src.is_char_boundary(cut) {
                continue;
            }
            let _ = compile(&src[..cut], "<cut>", CompileMode::Exec);
            count += 1;
            if cut % 21 != 0 {
                continue;
            }
            // Drop one character, and insert token-ish text.
            let mut dropped = String::from(&src[..cut]);
            dropped.push_str(src[cut..].get(1..).unwrap_or(""));
            let _ = compile(&dropped, "<mut>", CompileMode::Exec);
            for insert in [":", "(", "\n    ", "*", " yield ", "]"] {
                let mut s = String::from(&src[..cut]);
                s.push_str(insert);
                s.push_str(&src[cut..]);
                let _ = compile(&s, "<mut>", CompileMode::Exec);
            }
        }
    }
    assert!(count > 100, "only {count} variants");
    // Deep nesting is an error, not a stack overflow.
    let deep = format!("x = {}1{}\n", "(".repeat(5000), ")".repeat(5000));
    let _ = compile(&deep, "<deep>", CompileMode::Exec);
    let deep = format!("x = {}\n", vec!["1"; 20000].join(" + "));
    let _ = compile(&deep, "<deep>", CompileMode::Exec);
    // Just under the size that gets its own thread: runs on the caller's (test) stack.
    for deep in [
        format!("x = {}1{}\n", "(".repeat(124), ")".repeat(124)),
        format!("x = {}1\n", "-".repeat(250)),
        format!("x = {}1\n", "not ".repeat(62)),
        format!("x = {}1{}\n", "[".repeat(124), "]".repeat(124)),
        format!("x = {}\n", vec!["a"; 124].join(".")),
        format!("x = {}\n", vec!["a"; 82].join("or")),
        format!("x = {}1\n", "lambda:".repeat(35)),
        format!("{}pass\n", "if 1:\n ".repeat(31)),
    ] {
        assert!(deep.len() <= super::INLINE_SOURCE_LIMIT, "{}", deep.len());
        let _ = compile(&deep, "<deep>", CompileMode::Exec);
    }
}

const EXTRA: &str = r#"
def outer():
    n = 0
    def inc(k=1, *a, key=None, **kw):
        nonlocal n
        n += k
        return n
    return inc
class K(object):
    def __init__(self):
        self.__x = [i for i in range(3) if i]
    @property
    def x(self):
        return super().x
def g(xs):
    try:
        yield from xs
    except* ValueError:
        pass
while True:
    with a as (b, c):
        try:
            break
        finally:
            continue
x = f"{a!r:{b}}" + b"bytes".decode()
lam = lambda *a, **k: (a, k)
"#;
