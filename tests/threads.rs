//! Many-thread stress programs: runs each `tests/threads/*.py` with the `strata` binary
//! (cwd = that directory, argument = its file name, `PYTHONHASHSEED=0`, 120 s timeout).
//! Each program checks its own invariants and prints fixed lines only when they hold; its
//! docstring lists them after an `Expected stdout:` line (indented by 4 spaces).
//! A run passes when stdout equals those lines exactly, the exit status is 0, it was not
//! killed by a signal or the timeout, and stderr has no Rust panic.
//! The programs also pass unchanged under CPython 3.11 (`python3 tests/threads/X.py`).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(120);
const STRATA: &str = env!("CARGO_BIN_EXE_strata");

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("threads")
}

/// The lines after `Expected stdout:` in the program's docstring, without their indent.
fn expected_stdout(source: &str) -> String {
    let mut lines = source
        .lines()
        .skip_while(|l| l.trim() != "Expected stdout:");
    assert!(lines.next().is_some(), "no `Expected stdout:` section");
    let mut out = String::new();
    for l in lines.take_while(|l| l.starts_with("    ")) {
        out.push_str(&l[4..]);
        out.push('\n');
    }
    assert!(!out.is_empty(), "empty `Expected stdout:` section");
    out
}

fn run_program(name: &str) {
    let path = dir().join(name);
    let source = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    let expected = expected_stdout(&source);
    let tmp = std::env::temp_dir().join(format!("strata_threads_{}_{name}", std::process::id()));
    let (out_path, err_path) = (tmp.with_extension("out"), tmp.with_extension("err"));
    let mut cmd = Command::new(STRATA);
    cmd.arg(name)
        .current_dir(dir())
        .stdin(Stdio::null())
        .stdout(fs::File::create(&out_path).unwrap())
        .stderr(fs::File::create(&err_path).unwrap());
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("PYTHON") {
            cmd.env_remove(k);
        }
    }
    cmd.env("PYTHONHASHSEED", "0").env("PYTHONUTF8", "1");
    let start = Instant::now();
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {STRATA}: {e}"));
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break Some(s);
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        thread::sleep(Duration::from_millis(10));
    };
    let elapsed = start.elapsed();
    let stdout = fs::read_to_string(&out_path).unwrap_or_default();
    let stderr = fs::read_to_string(&err_path).unwrap_or_default();
    let _ = (fs::remove_file(&out_path), fs::remove_file(&err_path));
    eprintln!("{name}: {:.2}s", elapsed.as_secs_f64());

    let mut problems = Vec::new();
    match status {
        None => problems.push(format!("hung: killed after {}s", TIMEOUT.as_secs())),
        Some(s) if s.code() != Some(0) => problems.push(format!("exit status {s}")),
        Some(_) => {}
    }
    if stderr.contains("panicked at") || stderr.contains("RUST_BACKTRACE") {
        problems.push("Rust panic on stderr".into());
    }
    if stdout != expected {
        problems.push(format!("stdout:\n{stdout}--- expected:\n{expected}---"));
    }
    if !problems.is_empty() {
        let tail: Vec<&str> = stderr.lines().rev().take(20).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        panic!(
            "{name}: {}\nstderr (last lines):\n{}",
            problems.join("\n"),
            tail.join("\n")
        );
    }
}

macro_rules! programs {
    ($($test:ident => $file:literal,)*) => {
        $(#[test] fn $test() { run_program($file); })*

        /// Every program in the directory has a test above.
        #[test]
        fn all_programs_listed() {
            let listed = [$($file),*];
            for e in fs::read_dir(dir()).unwrap() {
                let name = e.unwrap().file_name().to_string_lossy().into_owned();
                if name.ends_with(".py") {
                    assert!(listed.contains(&name.as_str()), "{name} is not listed in threads.rs");
                }
            }
        }
    };
}

programs! {
    rw_slots => "rw_slots.py",
    rw_plain => "rw_plain.py",
    rw_dict => "rw_dict.py",
    containers => "containers.py",
    class_replace => "class_replace.py",
    func_replace => "func_replace.py",
    cross_thread_drop => "cross_thread_drop.py",
    gc_cycles => "gc_cycles.py",
    materialize => "materialize.py",
    class_attr_order => "class_attr_order.py",
}
