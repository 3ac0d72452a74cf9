//! Conformance corpus runner: executes every `tests/programs/*.py` and
//! `tests/hostile/*.py` with the `strata` binary and compares the results with
//! the expectations produced by CPython 3.11 (`tests/regen_expected.py`).
//!
//! For each `X.py` (run with cwd = its directory, argument = its file name,
//! `PYTHONHASHSEED=0`, 30 s timeout):
//!   * stdout must equal `X.out` byte for byte;
//!   * the exit status must equal `X.status` (0 when the file is absent);
//!   * when `X.err` exists, the last non-empty stderr line must equal it exactly
//!     (`tests/programs`) or have the same exception type name, i.e. the text
//!     before the first ':' (`tests/hostile`, whose syntax-error messages come
//!     from a different parser);
//!   * stderr must never contain `panicked at` or `RUST_BACKTRACE`, and the
//!     process must not die from a signal;
//!   * `tests/programs` run with `-X showrefcount`: after the interpreter's
//!     finalization the number of live heap objects must equal the baseline of
//!     an empty program (`-c pass`), i.e. nothing leaked; a program that exits
//!     with daemon threads still running is exempt (finalization is skipped, as
//!     the report line says).
//!
//! All failures of a directory are collected and reported together.
//! `STRATA_TEST_FILTER=substring` restricts the run to matching file names;
//! `STRATA_TEST_THREADS=n` overrides the number of worker threads.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(30);
const STRATA: &str = env!("CARGO_BIN_EXE_strata");

#[test]
fn programs() {
    run_corpus("programs", false);
}

#[test]
fn hostile() {
    run_corpus("hostile", true);
}

struct Outcome {
    status: Option<ExitStatus>,
    timed_out: bool,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

fn run_corpus(sub: &'static str, hostile: bool) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(sub);
    let filter = std::env::var("STRATA_TEST_FILTER").unwrap_or_default();
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .filter(|p| filter.is_empty() || file_name(p).contains(filter.as_str()))
        .collect();
    files.sort();
    if files.is_empty() {
        eprintln!("tests/{sub}: no programs match STRATA_TEST_FILTER={filter:?}");
        return;
    }

    let threads = std::env::var("STRATA_TEST_THREADS")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or_else(|| {
            thread::available_parallelism()
                .map_or(2, |n| n.get())
                .clamp(2, 8)
        })
        .max(1);
    let files = Arc::new(files);
    let next = Arc::new(AtomicUsize::new(0));
    let failures = Arc::new(Mutex::new(Vec::<(String, Vec<String>)>::new()));
    let workers: Vec<_> = (0..threads)
        .map(|_| {
            let (files, next, failures) = (files.clone(), next.clone(), failures.clone());
            thread::spawn(move || loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(path) = files.get(i) else { break };
                let problems = check_program(path, hostile);
                if !problems.is_empty() {
                    failures
                        .lock()
                        .unwrap()
                        .push((format!("{sub}/{}", file_name(path)), problems));
                }
            })
        })
        .collect();
    for w in workers {
        w.join().expect("worker thread panicked");
    }

    let mut failures = std::mem::take(&mut *failures.lock().unwrap());
    if failures.is_empty() {
        eprintln!("tests/{sub}: all {} programs passed", files.len());
        return;
    }
    failures.sort();
    let mut report = format!(
        "{} of {} programs in tests/{sub} failed:\n",
        failures.len(),
        files.len()
    );
    for (name, problems) in &failures {
        report.push_str(&format!("\n--- {name}\n"));
        for p in problems {
            report.push_str(&format!("    {p}\n"));
        }
    }
    report.push_str(&format!(
        "\n{} of {} programs in tests/{sub} failed (rerun one with STRATA_TEST_FILTER=<name>)\n",
        failures.len(),
        files.len()
    ));
    panic!("{report}");
}

fn file_name(p: &Path) -> String {
    p.file_name().unwrap().to_string_lossy().into_owned()
}

fn check_program(path: &Path, hostile: bool) -> Vec<String> {
    let mut problems = Vec::new();
    let base = path.with_extension("");
    let read = |ext: &str| fs::read(base.with_extension(ext)).ok();
    let Some(expected_out) = read("out") else {
        return vec!["missing .out expectation (run `python3 tests/regen_expected.py`)".into()];
    };
    let expected_status: i32 = match read("status") {
        None => 0,
        Some(s) => match String::from_utf8_lossy(&s).trim().parse() {
            Ok(v) => v,
            Err(_) => return vec!["unparsable .status file".into()],
        },
    };
    let expected_err = read("err").map(|e| {
        String::from_utf8_lossy(&e)
            .trim_end_matches(['\n', '\r'])
            .to_string()
    });

    let out = match run(path, !hostile) {
        Ok(o) => o,
        Err(e) => return vec![format!("could not run {STRATA}: {e}")],
    };
    let mut stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    if !hostile && !out.timed_out {
        match take_refcount_line(&mut stderr) {
            Some(RefReport::Live(n)) if n != baseline_live_objects() => problems.push(format!(
                "leak: {n} live heap objects after finalization, baseline {}",
                baseline_live_objects()
            )),
            Some(_) => {}
            None => problems.push("no `[N refs, N blocks]` line on stderr".into()),
        }
    }

    if out.timed_out {
        problems.push(format!("timed out after {}s (killed)", TIMEOUT.as_secs()));
    }
    if stderr.contains("panicked at") || stderr.contains("RUST_BACKTRACE") {
        let line = stderr
            .lines()
            .find(|l| l.contains("panicked at") || l.contains("RUST_BACKTRACE"))
            .unwrap_or("");
        problems.push(format!("Rust panic on stderr: {}", show(line)));
    }
    match out.status {
        Some(status) => {
            if out.timed_out {
                // already reported; the kill itself shows up as a signal
            } else if let Some(sig) = signal_of(&status) {
                problems.push(format!("process died from signal {sig}"));
            } else {
                let code = status.code().unwrap_or(-1);
                if code != expected_status {
                    problems.push(format!(
                        "exit status: expected {expected_status}, got {code} (last stderr line: {})",
                        show(&last_nonempty_line(&stderr))
                    ));
                }
            }
        }
        None => problems.push("process status unavailable".into()),
    }
    if out.stdout != expected_out {
        problems.push(describe_stdout_diff(&expected_out, &out.stdout));
    }
    if let Some(expected) = expected_err {
        if !out.timed_out {
            let actual = last_nonempty_line(&stderr);
            if hostile {
                let (e, a) = (type_name(&expected), type_name(&actual));
                if e != a {
                    problems.push(format!(
                        "stderr exception type: expected {} got {} (full last line: {})",
                        show(e),
                        show(a),
                        show(&actual)
                    ));
                }
            } else if expected != actual {
                problems.push(format!(
                    "last stderr line: expected {} got {}",
                    show(&expected),
                    show(&actual)
                ));
            }
        }
    }
    problems
}

enum RefReport {
    Live(u64),
    /// Finalization was skipped (daemon threads still ran).
    Skipped,
}

/// Removes the `-X showrefcount` report (the last `[N refs, N blocks]` line) from `stderr`.
fn take_refcount_line(stderr: &mut String) -> Option<RefReport> {
    let (start, line) = stderr
        .match_indices('[')
        .filter(|(i, _)| *i == 0 || stderr.as_bytes()[i - 1] == b'\n')
        .map(|(i, _)| (i, stderr[i..].lines().next().unwrap_or("")))
        .rfind(|(_, l)| l.contains(" refs, ") && l.contains(" blocks]"))?;
    let report = if line.contains("finalization skipped") {
        RefReport::Skipped
    } else {
        RefReport::Live(line[1..].split(' ').next()?.parse().ok()?)
    };
    let end = (start + line.len() + 1).min(stderr.len());
    stderr.replace_range(start..end, "");
    Some(report)
}

/// Live heap objects after finalizing an empty program.
fn baseline_live_objects() -> u64 {
    static BASELINE: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *BASELINE.get_or_init(|| {
        let out = Command::new(STRATA)
            .args(["-X", "showrefcount", "-c", "pass"])
            .output()
            .expect("run strata -c pass");
        let mut stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        match take_refcount_line(&mut stderr) {
            Some(RefReport::Live(n)) => n,
            _ => panic!("no refcount report from `strata -X showrefcount -c pass`: {stderr:?}"),
        }
    })
}

fn run(path: &Path, show_refcount: bool) -> std::io::Result<Outcome> {
    let dir = path.parent().unwrap();
    let mut cmd = Command::new(STRATA);
    if show_refcount {
        cmd.args(["-X", "showrefcount"]);
    }
    cmd.arg(path.file_name().unwrap())
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("PYTHON") {
            cmd.env_remove(k);
        }
    }
    cmd.env("PYTHONHASHSEED", "0")
        .env("PYTHONUTF8", "1")
        .env("PYTHONDONTWRITEBYTECODE", "1");
    let mut child = cmd.spawn()?;
    let out_reader = drain(child.stdout.take().unwrap());
    let err_reader = drain(child.stderr.take().unwrap());
    let (status, timed_out) = wait_with_timeout(&mut child, TIMEOUT);
    // A leftover grandchild could keep the pipes open: never wait for them forever.
    let deadline = Instant::now() + Duration::from_secs(5);
    let left = || deadline.saturating_duration_since(Instant::now());
    Ok(Outcome {
        status,
        timed_out,
        stdout: out_reader.recv_timeout(left()).unwrap_or_default(),
        stderr: err_reader.recv_timeout(left()).unwrap_or_default(),
    })
}

fn drain<R: Read + Send + 'static>(mut r: R) -> mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = r.read_to_end(&mut buf);
        let _ = tx.send(buf);
    });
    rx
}

fn wait_with_timeout(child: &mut Child, limit: Duration) -> (Option<ExitStatus>, bool) {
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return (Some(status), false),
            Ok(None) if start.elapsed() >= limit => {
                let _ = child.kill();
                return (child.wait().ok(), true);
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(_) => {
                let _ = child.kill();
                return (child.wait().ok(), false);
            }
        }
    }
}

#[cfg(unix)]
fn signal_of(status: &ExitStatus) -> Option<i32> {
    use std::os::unix::process::ExitStatusExt;
    status.signal()
}

#[cfg(not(unix))]
fn signal_of(_status: &ExitStatus) -> Option<i32> {
    None
}

fn last_nonempty_line(s: &str) -> String {
    s.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim_end()
        .to_string()
}

/// The exception type name of a traceback's last line: the text before the first ':'.
fn type_name(line: &str) -> &str {
    line.split(':').next().unwrap_or("").trim()
}

fn describe_stdout_diff(expected: &[u8], actual: &[u8]) -> String {
    let exp: Vec<&[u8]> = expected.split(|&b| b == b'\n').collect();
    let act: Vec<&[u8]> = actual.split(|&b| b == b'\n').collect();
    for i in 0..exp.len().max(act.len()) {
        let (e, a) = (exp.get(i), act.get(i));
        if e != a {
            let fmt = |l: Option<&&[u8]>| match l {
                Some(l) => show(&String::from_utf8_lossy(l)),
                None => "<end of output>".to_string(),
            };
            return format!(
                "stdout differs at line {} (expected {} lines, got {}):\n        expected: {}\n        actual:   {}",
                i + 1,
                expected.iter().filter(|&&b| b == b'\n').count(),
                actual.iter().filter(|&&b| b == b'\n').count(),
                fmt(e),
                fmt(a)
            );
        }
    }
    "stdout differs".to_string()
}

/// Quote a line for the report, escaping control characters and truncating long lines.
fn show(s: &str) -> String {
    const MAX: usize = 200;
    let mut t: String = s
        .chars()
        .take(MAX)
        .collect::<String>()
        .escape_debug()
        .to_string();
    if s.chars().count() > MAX {
        t.push_str("...");
    }
    format!("\"{t}\"")
}
