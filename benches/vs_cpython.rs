//! Program-suite comparison runner: `cargo bench --bench vs_cpython [-- FILTER...]`.
//!
//! Runs every `benches/programs/*.py` (or those whose file name contains one of the FILTER
//! words) under `strata`, under CPython and, when installed, under PyPy, alternating engines
//! run by run. Each program prints checksum lines and a final `time: <seconds>` line measured
//! in-process; this runner checks that the checksums agree with CPython's, takes the median of
//! the in-process times and the peak RSS of each child (via `/usr/bin/time -f %M`), and prints
//! a Markdown table plus the geometric mean of the strata/cpython time ratios.
//!
//! Environment:
//! - `STRATA_BENCH_RUNS`    runs per engine and program (default 3)
//! - `STRATA_BENCH_PYTHON`  CPython binary to compare with (default: `pyenv which python3`,
//!   else `python3` from PATH)
//! - `STRATA_BENCH_TIMEOUT` seconds before coreutils `timeout` stops one run, which then counts
//!   as failed (default 600)
//!
//! Exits with status 1 when a program failed or a checksum differed from CPython's.

use std::env;
use std::ffi::OsString;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

const STRATA: &str = env!("CARGO_BIN_EXE_strata");
const PROGRAMS_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/programs");
const GNU_TIME: &str = "/usr/bin/time";

/// External helpers found on this machine.
struct Tools {
    gnu_time: bool,
    timeout: Option<PathBuf>,
    timeout_secs: u64,
}

/// One Python implementation under comparison.
struct Engine {
    name: &'static str,
    binary: String,
}

/// What one run of one program printed.
struct RunOutput {
    checksum: String,
    seconds: f64,
    rss_kib: Option<u64>,
}

/// Everything collected for one engine on one program.
#[derive(Default)]
struct EngineStats {
    times: Vec<f64>,
    rss_kib: Vec<u64>,
    rss_missing: bool,
    checksums: Vec<String>,
    errors: Vec<String>,
}

impl EngineStats {
    fn median_time(&self) -> Option<f64> {
        if self.times.is_empty() {
            return None;
        }
        let mut t = self.times.clone();
        t.sort_by(|a, b| a.total_cmp(b));
        let n = t.len();
        Some(if n % 2 == 1 {
            t[n / 2]
        } else {
            (t[n / 2 - 1] + t[n / 2]) / 2.0
        })
    }

    fn peak_rss_mib(&self) -> Option<f64> {
        if self.rss_missing {
            return None;
        }
        self.rss_kib.iter().max().map(|&k| k as f64 / 1024.0)
    }
}

fn env_number<T: std::str::FromStr>(name: &str, default: T) -> T {
    match env::var(name) {
        Ok(s) => s.trim().parse().unwrap_or_else(|_| {
            eprintln!("warning: ignoring {name}={s:?} (not a number)");
            default
        }),
        Err(_) => default,
    }
}

/// Finds `name` on PATH.
fn which(name: &str) -> Option<PathBuf> {
    let path = env::var_os("PATH")?;
    env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

/// The real CPython binary (not a pyenv shim, whose startup would be timed too).
fn resolve_cpython() -> String {
    if let Ok(p) = env::var("STRATA_BENCH_PYTHON") {
        return p;
    }
    if let Ok(out) = Command::new("pyenv")
        .args(["which", "python3"])
        .stderr(Stdio::null())
        .output()
    {
        let p = String::from_utf8_lossy(&out.stdout).trim().to_string();
        if out.status.success() && !p.is_empty() {
            return p;
        }
    }
    "python3".to_string()
}

fn version_of(binary: &str) -> String {
    match Command::new(binary).arg("--version").output() {
        Ok(out) => {
            let mut s = String::from_utf8_lossy(&out.stdout).into_owned();
            s.push_str(&String::from_utf8_lossy(&out.stderr));
            s.lines().next().unwrap_or("").trim().to_string()
        }
        Err(e) => format!("(cannot run: {e})"),
    }
}

fn read_all(mut r: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = r.read_to_end(&mut buf);
        buf
    })
}

/// Runs `binary program` once: under `/usr/bin/time` (peak RSS) when available and under
/// coreutils `timeout` when available. The runner itself never sends a signal to anything.
fn run_once(binary: &str, program: &Path, tools: &Tools) -> Result<RunOutput, String> {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let rss_file = env::temp_dir().join(format!(
        "strata-bench-{}-{}.rss",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let mut argv: Vec<OsString> = Vec::new();
    if tools.gnu_time {
        // wait4's ru_maxrss covers the grandchild too once `timeout` has reaped it.
        argv.extend([GNU_TIME, "-f", "%M", "-o"].map(OsString::from));
        argv.push(rss_file.clone().into_os_string());
    }
    if let Some(timeout) = &tools.timeout {
        argv.push(timeout.clone().into_os_string());
        argv.extend(["-k", "5"].map(OsString::from));
        argv.push(tools.timeout_secs.to_string().into());
    }
    argv.push(binary.into());
    argv.push(program.as_os_str().to_owned());
    let mut child = Command::new(&argv[0])
        .args(&argv[1..])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {binary}: {e}"))?;
    let out = read_all(child.stdout.take().expect("piped stdout"));
    let err = read_all(child.stderr.take().expect("piped stderr"));
    let status = child.wait().map_err(|e| format!("wait failed: {e}"));
    let stdout = String::from_utf8_lossy(&out.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err.join().unwrap_or_default()).into_owned();
    let rss_text = fs::read_to_string(&rss_file).unwrap_or_default();
    let _ = fs::remove_file(&rss_file);
    let status = status?;
    if tools.timeout.is_some() && status.code() == Some(124) {
        return Err(format!("timed out after {} s", tools.timeout_secs));
    }
    if !status.success() {
        let tail: Vec<&str> = stderr.lines().rev().take(8).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        return Err(format!(
            "exited with {status}:\n    {}",
            tail.join("\n    ")
        ));
    }
    // GNU time writes "Command exited with non-zero status" lines before the number.
    let rss_kib = rss_text
        .lines()
        .rev()
        .find_map(|l| l.trim().parse::<u64>().ok());
    let mut seconds = None;
    let mut checksum = Vec::new();
    for line in stdout.lines() {
        match line.strip_prefix("time:") {
            Some(t) => {
                seconds = Some(
                    t.trim()
                        .parse::<f64>()
                        .map_err(|_| format!("bad time line {line:?}"))?,
                )
            }
            None => checksum.push(line),
        }
    }
    let seconds = seconds.ok_or_else(|| format!("no `time:` line in output {stdout:?}"))?;
    Ok(RunOutput {
        checksum: checksum.join("\n"),
        seconds,
        rss_kib,
    })
}

fn fmt_opt(v: Option<f64>, digits: usize) -> String {
    match v {
        Some(x) => format!("{x:.digits$}"),
        None => "n/a".to_string(),
    }
}

fn geomean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    Some((values.iter().map(|v| v.ln()).sum::<f64>() / values.len() as f64).exp())
}

fn main() -> ExitCode {
    // `cargo bench` passes `--bench`; every other non-flag argument is a filter word.
    let filters: Vec<String> = env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let runs: usize = env_number("STRATA_BENCH_RUNS", 3).max(1);
    let tools = Tools {
        gnu_time: Path::new(GNU_TIME).is_file(),
        timeout: which("timeout"),
        timeout_secs: env_number("STRATA_BENCH_TIMEOUT", 600),
    };

    let mut programs: Vec<PathBuf> = match fs::read_dir(PROGRAMS_DIR) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "py"))
            .filter(|p| {
                let name = p.file_name().unwrap_or_default().to_string_lossy();
                filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()))
            })
            .collect(),
        Err(e) => {
            eprintln!("cannot read {PROGRAMS_DIR}: {e}");
            return ExitCode::FAILURE;
        }
    };
    programs.sort();
    if programs.is_empty() {
        eprintln!("no program in {PROGRAMS_DIR} matches {filters:?}");
        return ExitCode::FAILURE;
    }

    let mut engines = vec![
        Engine {
            name: "strata",
            binary: STRATA.to_string(),
        },
        Engine {
            name: "cpython",
            binary: resolve_cpython(),
        },
    ];
    if let Some(pypy) = which("pypy3") {
        engines.push(Engine {
            name: "pypy3",
            binary: pypy.to_string_lossy().into_owned(),
        });
    }

    println!(
        "vs_cpython: {} program(s), {runs} run(s) each",
        programs.len()
    );
    for e in &engines {
        println!("- {}: {} ({})", e.name, e.binary, version_of(&e.binary));
    }
    if tools.timeout.is_none() {
        println!("- `timeout` not found: runs are not time-limited");
    }
    if !tools.gnu_time {
        println!("- {GNU_TIME} not found: peak RSS is n/a (apt-get install time)");
    }
    println!();

    let mut rows = Vec::new();
    let mut ratios = Vec::new();
    let mut pypy_ratios = Vec::new();
    let mut all_ok = true;
    for program in &programs {
        let name = program
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let mut stats: Vec<EngineStats> = engines.iter().map(|_| EngineStats::default()).collect();
        for run in 0..runs {
            for (engine, st) in engines.iter().zip(stats.iter_mut()) {
                match run_once(&engine.binary, program, &tools) {
                    Ok(out) => {
                        eprintln!(
                            "  {name} [{}] run {}/{runs}: {:.3} s",
                            engine.name,
                            run + 1,
                            out.seconds
                        );
                        st.times.push(out.seconds);
                        match out.rss_kib {
                            Some(k) => st.rss_kib.push(k),
                            None => st.rss_missing = true,
                        }
                        st.checksums.push(out.checksum);
                    }
                    Err(e) => {
                        eprintln!(
                            "!! {name} [{}] run {}/{runs} FAILED: {e}",
                            engine.name,
                            run + 1
                        );
                        st.errors.push(e);
                    }
                }
            }
        }

        // Checksums: every run of every engine must print what CPython's first run printed.
        let cpython = &stats[1];
        let reference = cpython.checksums.first().cloned();
        let mut problems = Vec::new();
        for (engine, st) in engines.iter().zip(&stats) {
            if !st.errors.is_empty() {
                problems.push(format!("{} failed", engine.name));
            }
            if let Some(reference) = &reference {
                if let Some(bad) = st.checksums.iter().find(|c| *c != reference) {
                    problems.push(format!("{} checksum differs", engine.name));
                    eprintln!(
                        "\n!!!!!!!! CHECKSUM MISMATCH in {name}: {} printed\n{bad}\n!!!!!!!! but cpython printed\n{reference}\n",
                        engine.name
                    );
                }
            }
        }
        if reference.is_none() {
            problems.push("no cpython checksum".to_string());
        }
        let ok = problems.is_empty();
        all_ok &= ok;

        let strata_t = stats[0].median_time();
        let cpython_t = stats[1].median_time();
        let ratio = match (strata_t, cpython_t) {
            (Some(s), Some(c)) if c > 0.0 => Some(s / c),
            _ => None,
        };
        if let (true, Some(r)) = (ok, ratio) {
            ratios.push(r);
        }
        let mut row = vec![
            name.clone(),
            fmt_opt(strata_t, 3),
            fmt_opt(cpython_t, 3),
            fmt_opt(ratio, 2),
            fmt_opt(stats[0].peak_rss_mib(), 1),
            fmt_opt(stats[1].peak_rss_mib(), 1),
        ];
        if let Some(pypy) = stats.get(2) {
            let pypy_t = pypy.median_time();
            if let (true, Some(p), Some(c)) = (ok, pypy_t, cpython_t) {
                if c > 0.0 {
                    pypy_ratios.push(p / c);
                }
            }
            row.push(fmt_opt(pypy_t, 3));
            row.push(fmt_opt(pypy.peak_rss_mib(), 1));
        }
        row.push(if ok {
            "yes".to_string()
        } else {
            format!("**NO** ({})", problems.join(", "))
        });
        rows.push(row);
    }

    let mut header = vec![
        "program",
        "strata s",
        "cpython s",
        "ratio (strata/cpython)",
        "strata peak RSS MiB",
        "cpython peak RSS MiB",
    ];
    if engines.len() > 2 {
        header.push("pypy3 s");
        header.push("pypy3 peak RSS MiB");
    }
    header.push("checksum ok");
    let widths: Vec<usize> = (0..header.len())
        .map(|i| {
            rows.iter()
                .map(|r| r[i].len())
                .chain([header[i].len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: &[String]| {
        let cells: Vec<String> = cells
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (c, w))| {
                if i == 0 || i == cells.len() - 1 {
                    format!("{c:<w$}")
                } else {
                    format!("{c:>w$}")
                }
            })
            .collect();
        format!("| {} |", cells.join(" | "))
    };
    println!(
        "\n{}",
        line(&header.iter().map(|h| h.to_string()).collect::<Vec<_>>())
    );
    let rule: Vec<String> = widths
        .iter()
        .enumerate()
        .map(|(i, &w)| {
            if i == 0 || i == widths.len() - 1 {
                format!(":{}", "-".repeat(w.saturating_sub(1)))
            } else {
                format!("{}:", "-".repeat(w.saturating_sub(1)))
            }
        })
        .collect();
    println!("| {} |", rule.join(" | "));
    for row in &rows {
        println!("{}", line(row));
    }
    println!();
    match geomean(&ratios) {
        Some(g) => println!(
            "Geometric mean of ratios (strata/cpython) over {} program(s) with matching checksums: {g:.2}",
            ratios.len()
        ),
        None => println!("Geometric mean of ratios (strata/cpython): n/a (no program ran cleanly)"),
    }
    if engines.len() > 2 {
        if let Some(g) = geomean(&pypy_ratios) {
            println!(
                "Geometric mean of ratios (pypy3/cpython) over {} program(s): {g:.2}",
                pypy_ratios.len()
            );
        }
    }
    if all_ok {
        ExitCode::SUCCESS
    } else {
        eprintln!(
            "\nvs_cpython: FAILED: a program failed or printed a different checksum (see above)"
        );
        ExitCode::FAILURE
    }
}
