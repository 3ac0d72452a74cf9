//! Program-suite comparison runner: `cargo bench --bench vs_cpython [-- [--quick] FILTER...]`.
//!
//! Runs every `benches/programs/*.py` (or those whose file name contains one of the FILTER
//! words) under `strata`, under CPython and, when `pypy3` is on PATH, under PyPy, alternating
//! engines run by run. Each program does its work twice and prints checksum lines, then
//! `warmup: <seconds>` (the first run) and `time: <seconds>` (the second, steady-state run),
//! both measured in-process; this runner checks that the checksums agree with CPython's, takes
//! the medians of both times and the peak RSS of each child (via `/usr/bin/time -f %M`), and
//! prints a Markdown table plus the geometric mean of the strata/cpython time ratios.
//!
//! A program may declare, in comment lines of its own:
//! - `# quick: ARG`: the size argument used by quick mode (below); without it quick mode runs
//!   the program with no argument;
//! - `# requires: MODULE[, MODULE...]`: modules Strata may not have yet. When strata fails with
//!   `ModuleNotFoundError` naming one of them, the row is reported as "unsupported on strata"
//!   (left out of the mean, not a failure) and the remaining strata runs are skipped.
//!
//! Quick mode (`-- --quick`, or `STRATA_BENCH_QUICK=1`) runs every program once under strata and
//! CPython at its quick size and only compares the checksums: a correctness smoke test that
//! takes seconds (`tests/bench_quick.rs` runs it under `cargo test`).
//!
//! Environment:
//! - `STRATA_BENCH_RUNS`    runs per engine and program (default 3)
//! - `STRATA_BENCH_PYTHON`  CPython binary to compare with (default: `pyenv which python3`,
//!   else `python3` from PATH)
//! - `STRATA_BENCH_TIMEOUT` seconds before coreutils `timeout` stops one run, which then counts
//!   as failed (default 600; 120 in quick mode)
//! - `STRATA_BENCH_QUICK`   `1` selects quick mode
//! - `STRATA_BENCH_SVG`     path of an SVG bar chart of the time ratios to write (full mode)
//!
//! Exits with status 1 when a program failed or a checksum differed from CPython's.

use std::env;
use std::ffi::OsString;
use std::fmt::Write as _;
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

impl Tools {
    fn detect(default_timeout_secs: u64) -> Tools {
        Tools {
            gnu_time: Path::new(GNU_TIME).is_file(),
            timeout: which("timeout"),
            timeout_secs: env_number("STRATA_BENCH_TIMEOUT", default_timeout_secs),
        }
    }
}

/// One Python implementation under comparison.
struct Engine {
    name: &'static str,
    binary: String,
}

/// A benchmark program and what its header comments declare.
struct Program {
    path: PathBuf,
    name: String,
    /// Argument for quick mode (`# quick: ARG`).
    quick_arg: Option<String>,
    /// Modules that Strata may lack (`# requires: a, b`).
    requires: Vec<String>,
}

impl Program {
    fn load(path: PathBuf) -> Program {
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let text = fs::read_to_string(&path).unwrap_or_default();
        let mut quick_arg = None;
        let mut requires = Vec::new();
        for line in text.lines().take_while(|l| l.starts_with('#')) {
            if let Some(rest) = line.strip_prefix("# quick:") {
                quick_arg = rest.split_whitespace().next().map(str::to_string);
            } else if let Some(rest) = line.strip_prefix("# requires:") {
                requires.extend(
                    rest.split(',')
                        .map(|m| m.trim().to_string())
                        .filter(|m| !m.is_empty()),
                );
            }
        }
        Program {
            path,
            name,
            quick_arg,
            requires,
        }
    }

    /// The module named by a `ModuleNotFoundError` in `stderr`, when the program declared it.
    fn missing_required_module(&self, stderr: &str) -> Option<String> {
        let line = stderr
            .lines()
            .rev()
            .find(|l| l.starts_with("ModuleNotFoundError"))?;
        self.requires
            .iter()
            .find(|m| line.contains(&format!("'{m}'")))
            .cloned()
    }
}

/// What one run of one program printed.
struct RunOutput {
    checksum: String,
    seconds: f64,
    warmup: Option<f64>,
    rss_kib: Option<u64>,
}

/// Why one run did not produce a `RunOutput`.
enum RunError {
    /// The program needs a module (declared with `# requires:`) that the engine lacks.
    Unsupported(String),
    Failed(String),
}

/// Everything collected for one engine on one program.
#[derive(Default)]
struct EngineStats {
    times: Vec<f64>,
    warmups: Vec<f64>,
    rss_kib: Vec<u64>,
    rss_missing: bool,
    checksums: Vec<String>,
    errors: Vec<String>,
    unsupported: Option<String>,
}

fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut t = values.to_vec();
    t.sort_by(|a, b| a.total_cmp(b));
    let n = t.len();
    Some(if n % 2 == 1 {
        t[n / 2]
    } else {
        (t[n / 2 - 1] + t[n / 2]) / 2.0
    })
}

impl EngineStats {
    fn median_time(&self) -> Option<f64> {
        median(&self.times)
    }

    fn median_warmup(&self) -> Option<f64> {
        median(&self.warmups)
    }

    fn peak_rss_mib(&self) -> Option<f64> {
        if self.rss_missing {
            return None;
        }
        self.rss_kib.iter().max().map(|&k| k as f64 / 1024.0)
    }

    fn record(&mut self, result: Result<RunOutput, RunError>) -> Result<f64, String> {
        match result {
            Ok(out) => {
                self.times.push(out.seconds);
                self.warmups.extend(out.warmup);
                match out.rss_kib {
                    Some(k) => self.rss_kib.push(k),
                    None => self.rss_missing = true,
                }
                self.checksums.push(out.checksum);
                Ok(out.seconds)
            }
            Err(RunError::Unsupported(module)) => {
                let msg = format!("unsupported (no module named '{module}')");
                self.unsupported = Some(module);
                Err(msg)
            }
            Err(RunError::Failed(e)) => {
                self.errors.push(e.clone());
                Err(format!("FAILED: {e}"))
            }
        }
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

fn env_flag(name: &str) -> bool {
    env::var(name).is_ok_and(|v| !matches!(v.trim(), "" | "0" | "false" | "no"))
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

fn version_of(binary: &str) -> Result<String, String> {
    match Command::new(binary).arg("--version").output() {
        Ok(out) => {
            let mut s = String::from_utf8_lossy(&out.stdout).into_owned();
            s.push_str(&String::from_utf8_lossy(&out.stderr));
            Ok(s.lines().next().unwrap_or("").trim().to_string())
        }
        Err(e) => Err(format!("cannot run {binary}: {e}")),
    }
}

fn read_all(mut r: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = r.read_to_end(&mut buf);
        buf
    })
}

fn parse_seconds(line: &str, value: &str) -> Result<f64, RunError> {
    value
        .trim()
        .parse::<f64>()
        .map_err(|_| RunError::Failed(format!("bad line {line:?}")))
}

/// Runs `binary program [arg]` once: under `/usr/bin/time` (peak RSS) when available and under
/// coreutils `timeout` when available. The runner itself never sends a signal to anything.
fn run_once(
    binary: &str,
    program: &Program,
    arg: Option<&str>,
    tools: &Tools,
) -> Result<RunOutput, RunError> {
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
    argv.push(program.path.as_os_str().to_owned());
    argv.extend(arg.map(OsString::from));
    let mut child = Command::new(&argv[0])
        .args(&argv[1..])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| RunError::Failed(format!("cannot start {binary}: {e}")))?;
    let out = read_all(child.stdout.take().expect("piped stdout"));
    let err = read_all(child.stderr.take().expect("piped stderr"));
    let status = child.wait();
    let stdout = String::from_utf8_lossy(&out.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err.join().unwrap_or_default()).into_owned();
    let rss_text = fs::read_to_string(&rss_file).unwrap_or_default();
    let _ = fs::remove_file(&rss_file);
    let status = status.map_err(|e| RunError::Failed(format!("wait failed: {e}")))?;
    if tools.timeout.is_some() && status.code() == Some(124) {
        return Err(RunError::Failed(format!(
            "timed out after {} s",
            tools.timeout_secs
        )));
    }
    if !status.success() {
        if let Some(module) = program.missing_required_module(&stderr) {
            return Err(RunError::Unsupported(module));
        }
        let tail: Vec<&str> = stderr.lines().rev().take(8).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        return Err(RunError::Failed(format!(
            "exited with {status}:\n    {}",
            tail.join("\n    ")
        )));
    }
    // GNU time writes "Command exited with non-zero status" lines before the number.
    let rss_kib = rss_text
        .lines()
        .rev()
        .find_map(|l| l.trim().parse::<u64>().ok());
    let mut seconds = None;
    let mut warmup = None;
    let mut checksum = Vec::new();
    for line in stdout.lines() {
        if let Some(t) = line.strip_prefix("time:") {
            seconds = Some(parse_seconds(line, t)?);
        } else if let Some(t) = line.strip_prefix("warmup:") {
            warmup = Some(parse_seconds(line, t)?);
        } else {
            checksum.push(line);
        }
    }
    let seconds =
        seconds.ok_or_else(|| RunError::Failed(format!("no `time:` line in output {stdout:?}")))?;
    Ok(RunOutput {
        checksum: checksum.join("\n"),
        seconds,
        warmup,
        rss_kib,
    })
}

fn fmt_opt(v: Option<f64>, digits: usize) -> String {
    match v {
        Some(x) => format!("{x:.digits$}"),
        None => "n/a".to_string(),
    }
}

fn ratio(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) if b > 0.0 => Some(a / b),
        _ => None,
    }
}

fn geomean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    Some((values.iter().map(|v| v.ln()).sum::<f64>() / values.len() as f64).exp())
}

/// Command-line and environment settings.
struct Options {
    quick: bool,
    filters: Vec<String>,
}

impl Options {
    fn from_env() -> Options {
        // `cargo bench` passes `--bench`; every other non-flag argument is a filter word.
        let args: Vec<String> = env::args().skip(1).collect();
        Options {
            quick: env_flag("STRATA_BENCH_QUICK") || args.iter().any(|a| a == "--quick"),
            filters: args.into_iter().filter(|a| !a.starts_with('-')).collect(),
        }
    }
}

/// The programs in `benches/programs` whose file name contains one of `filters` (all when
/// empty), sorted by name.
fn discover(filters: &[String]) -> Result<Vec<Program>, String> {
    let rd = fs::read_dir(PROGRAMS_DIR).map_err(|e| format!("cannot read {PROGRAMS_DIR}: {e}"))?;
    let mut programs: Vec<Program> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .filter(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()))
        })
        .map(Program::load)
        .collect();
    programs.sort_by(|a, b| a.name.cmp(&b.name));
    if programs.is_empty() {
        return Err(format!("no program in {PROGRAMS_DIR} matches {filters:?}"));
    }
    Ok(programs)
}

fn strata_and_cpython() -> Vec<Engine> {
    vec![
        Engine {
            name: "strata",
            binary: STRATA.to_string(),
        },
        Engine {
            name: "cpython",
            binary: resolve_cpython(),
        },
    ]
}

/// Quick mode: every program once under strata and CPython at its `# quick:` size; only the
/// checksums are compared. Returns whether every supported program matched.
pub fn quick_check(filters: &[String]) -> Result<bool, String> {
    let programs = discover(filters)?;
    let engines = strata_and_cpython();
    let tools = Tools::detect(120);
    println!(
        "vs_cpython --quick: {} program(s), one run each at the quick size",
        programs.len()
    );
    for e in &engines {
        println!("- {}: {} ({})", e.name, e.binary, version_of(&e.binary)?);
    }
    let mut ok = true;
    let (mut passed, mut unsupported) = (0, 0);
    for program in &programs {
        let arg = program.quick_arg.as_deref();
        let cpython = run_once(&engines[1].binary, program, arg, &tools);
        let strata = run_once(&engines[0].binary, program, arg, &tools);
        let verdict = match (cpython, strata) {
            (Err(RunError::Failed(e)) | Err(RunError::Unsupported(e)), _) => {
                ok = false;
                format!("FAILED under cpython: {e}")
            }
            (Ok(_), Err(RunError::Unsupported(module))) => {
                unsupported += 1;
                format!("unsupported on strata (no module named '{module}')")
            }
            (Ok(_), Err(RunError::Failed(e))) => {
                ok = false;
                format!("FAILED under strata: {e}")
            }
            (Ok(c), Ok(s)) if c.checksum == s.checksum => {
                passed += 1;
                format!("ok ({})", s.checksum.replace('\n', " / "))
            }
            (Ok(c), Ok(s)) => {
                ok = false;
                format!(
                    "CHECKSUM MISMATCH:\n    strata printed  {}\n    cpython printed {}",
                    s.checksum.replace('\n', "\n                    "),
                    c.checksum.replace('\n', "\n                    ")
                )
            }
        };
        println!(
            "  {:<20} {:>8}  {verdict}",
            program.name,
            arg.unwrap_or("(default)")
        );
    }
    println!(
        "vs_cpython --quick: {passed} matched, {unsupported} unsupported on strata, {} failed",
        programs.len() - passed - unsupported
    );
    Ok(ok)
}

/// One table row: the cells, plus the ratios that go into the means.
struct Row {
    cells: Vec<String>,
    name: String,
    ratio: Option<f64>,
    pypy_ratio: Option<f64>,
}

fn full_run(options: &Options) -> Result<bool, String> {
    let programs = discover(&options.filters)?;
    let runs: usize = env_number("STRATA_BENCH_RUNS", 3).max(1);
    let tools = Tools::detect(600);
    let mut engines = strata_and_cpython();
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
        let version = version_of(&e.binary).unwrap_or_else(|e| format!("({e})"));
        println!("- {}: {} ({version})", e.name, e.binary);
    }
    if engines.len() < 3 {
        println!("- pypy3 not on PATH: no PyPy column (apt-get install pypy3)");
    }
    if tools.timeout.is_none() {
        println!("- `timeout` not found: runs are not time-limited");
    }
    if !tools.gnu_time {
        println!("- {GNU_TIME} not found: peak RSS is n/a (apt-get install time)");
    }
    println!();

    let mut rows = Vec::new();
    let mut all_ok = true;
    for program in &programs {
        let name = &program.name;
        let mut stats: Vec<EngineStats> = engines.iter().map(|_| EngineStats::default()).collect();
        for run in 0..runs {
            for (engine, st) in engines.iter().zip(stats.iter_mut()) {
                if st.unsupported.is_some() {
                    continue;
                }
                let result = run_once(&engine.binary, program, None, &tools);
                match st.record(result) {
                    Ok(t) => eprintln!(
                        "  {name} [{}] run {}/{runs}: {t:.3} s",
                        engine.name,
                        run + 1
                    ),
                    Err(e) => eprintln!("!! {name} [{}] run {}/{runs}: {e}", engine.name, run + 1),
                }
            }
        }

        // Checksums: every run of every engine must print what CPython's first run printed.
        let reference = stats[1].checksums.first().cloned();
        let mut problems = Vec::new();
        let mut notes = Vec::new();
        for (engine, st) in engines.iter().zip(&stats) {
            if let Some(module) = &st.unsupported {
                if engine.name == "strata" {
                    notes.push(format!("unsupported on strata (no module '{module}')"));
                } else {
                    problems.push(format!("{} lacks module '{module}'", engine.name));
                }
            }
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

        let cpython_t = stats[1].median_time();
        let strata_ratio = ratio(stats[0].median_time(), cpython_t);
        let warmup_ratio = ratio(stats[0].median_warmup(), stats[1].median_warmup());
        let unsupported = |st: &EngineStats, v: Option<f64>, digits: usize| {
            if st.unsupported.is_some() {
                "unsupported".to_string()
            } else {
                fmt_opt(v, digits)
            }
        };
        let mut cells = vec![
            name.clone(),
            unsupported(&stats[0], stats[0].median_time(), 3),
            fmt_opt(cpython_t, 3),
            fmt_opt(strata_ratio, 2),
            unsupported(&stats[0], stats[0].median_warmup(), 3),
            fmt_opt(stats[1].median_warmup(), 3),
            fmt_opt(warmup_ratio, 2),
            unsupported(&stats[0], stats[0].peak_rss_mib(), 1),
            fmt_opt(stats[1].peak_rss_mib(), 1),
        ];
        let mut pypy_ratio = None;
        if let Some(pypy) = stats.get(2) {
            pypy_ratio = ratio(pypy.median_time(), cpython_t);
            cells.push(fmt_opt(pypy.median_time(), 3));
            cells.push(fmt_opt(pypy.median_warmup(), 3));
            cells.push(fmt_opt(pypy_ratio, 2));
            cells.push(fmt_opt(pypy.peak_rss_mib(), 1));
        }
        cells.push(if !ok {
            format!("**NO** ({})", problems.join(", "))
        } else if notes.is_empty() {
            "yes".to_string()
        } else {
            format!("yes; {}", notes.join(", "))
        });
        rows.push(Row {
            cells,
            name: name.clone(),
            ratio: strata_ratio.filter(|_| ok),
            pypy_ratio: pypy_ratio.filter(|_| ok),
        });
    }

    let mut header = vec![
        "program",
        "strata s",
        "cpython s",
        "ratio (strata/cpython)",
        "strata warm-up s",
        "cpython warm-up s",
        "warm-up ratio",
        "strata peak RSS MiB",
        "cpython peak RSS MiB",
    ];
    if engines.len() > 2 {
        header.extend([
            "pypy3 s",
            "pypy3 warm-up s",
            "ratio (pypy3/cpython)",
            "pypy3 peak RSS MiB",
        ]);
    }
    header.push("checksum ok");
    let header: Vec<String> = header.into_iter().map(String::from).collect();
    println!(
        "\n{}",
        markdown_table(&header, rows.iter().map(|r| &r.cells))
    );

    let ratios: Vec<f64> = rows.iter().filter_map(|r| r.ratio).collect();
    match geomean(&ratios) {
        Some(g) => println!(
            "Geometric mean of ratios (strata/cpython) over {} program(s) with matching checksums: {g:.2}",
            ratios.len()
        ),
        None => println!("Geometric mean of ratios (strata/cpython): n/a (no program ran cleanly)"),
    }
    let pypy_ratios: Vec<f64> = rows.iter().filter_map(|r| r.pypy_ratio).collect();
    if let Some(g) = geomean(&pypy_ratios) {
        println!(
            "Geometric mean of ratios (pypy3/cpython) over {} program(s): {g:.2}",
            pypy_ratios.len()
        );
    }
    println!("Times are medians of the in-process steady-state (`time:`) and first-run (`warmup:`) times.");

    if let Ok(path) = env::var("STRATA_BENCH_SVG") {
        let svg = svg_chart(&rows, engines.len() > 2);
        match fs::write(&path, svg) {
            Ok(()) => println!("SVG chart of the ratios written to {path}"),
            Err(e) => {
                eprintln!("cannot write {path}: {e}");
                all_ok = false;
            }
        }
    }
    Ok(all_ok)
}

/// A Markdown table: first and last columns left-aligned, the others right-aligned.
fn markdown_table<'a>(header: &[String], rows: impl Iterator<Item = &'a Vec<String>>) -> String {
    let rows: Vec<&Vec<String>> = rows.collect();
    let widths: Vec<usize> = (0..header.len())
        .map(|i| {
            rows.iter()
                .map(|r| r[i].len())
                .chain([header[i].len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let last = header.len() - 1;
    let line = |cells: &[String]| {
        let cells: Vec<String> = cells
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (c, w))| {
                if i == 0 || i == last {
                    format!("{c:<w$}")
                } else {
                    format!("{c:>w$}")
                }
            })
            .collect();
        format!("| {} |\n", cells.join(" | "))
    };
    let mut out = line(header);
    let rule: Vec<String> = widths
        .iter()
        .enumerate()
        .map(|(i, &w)| {
            if i == 0 || i == last {
                format!(":{}", "-".repeat(w.saturating_sub(1)))
            } else {
                format!("{}:", "-".repeat(w.saturating_sub(1)))
            }
        })
        .collect();
    out.push_str(&format!("| {} |\n", rule.join(" | ")));
    for row in rows {
        out.push_str(&line(row));
    }
    out
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A horizontal bar chart of the time ratios (log scale, 1 = CPython) as a standalone SVG.
fn svg_chart(rows: &[Row], with_pypy: bool) -> String {
    const LABEL_W: f64 = 150.0;
    const PLOT_W: f64 = 600.0;
    const BAR_H: f64 = 12.0;
    const TOP: f64 = 50.0;
    let series: Vec<(&str, &str, Vec<Option<f64>>)> = {
        let mut s = vec![(
            "strata / cpython",
            "#d9534f",
            rows.iter().map(|r| r.ratio).collect(),
        )];
        if with_pypy {
            s.push((
                "pypy3 / cpython",
                "#5b8def",
                rows.iter().map(|r| r.pypy_ratio).collect(),
            ));
        }
        s
    };
    // The axis spans whole powers of two around every ratio and 1.
    let all: Vec<f64> = series
        .iter()
        .flat_map(|(_, _, v)| v.iter().flatten().copied())
        .filter(|v| *v > 0.0)
        .collect();
    let lo = all.iter().fold(1.0f64, |a, &b| a.min(b)).log2().floor();
    let hi = all.iter().fold(1.0f64, |a, &b| a.max(b)).log2().ceil();
    let (lo, hi) = if hi - lo < 2.0 {
        (lo - 1.0, hi + 1.0)
    } else {
        (lo, hi)
    };
    let x_of = |v: f64| LABEL_W + (v.log2() - lo) / (hi - lo) * PLOT_W;
    let group_h = BAR_H * series.len() as f64 + 8.0;
    let height = TOP + group_h * rows.len() as f64 + 40.0;
    let width = LABEL_W + PLOT_W + 80.0;
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="11">"#
    );
    let _ = writeln!(
        svg,
        r#"<rect width="100%" height="100%" fill="white"/><text x="{LABEL_W}" y="18" font-size="14">Time ratio vs CPython (log scale; left of 1 = faster than CPython)</text>"#
    );
    for (i, (label, color, _)) in series.iter().enumerate() {
        let x = LABEL_W + i as f64 * 160.0;
        let _ = writeln!(
            svg,
            r#"<rect x="{x}" y="28" width="10" height="10" fill="{color}"/><text x="{}" y="37">{label}</text>"#,
            x + 14.0
        );
    }
    let bottom = height - 30.0;
    let mut p = lo as i32;
    while p <= hi as i32 {
        let v = 2f64.powi(p);
        let x = x_of(v);
        let (stroke, w) = if p == 0 { ("#000", 1.5) } else { ("#ccc", 0.5) };
        let _ = writeln!(
            svg,
            r#"<line x1="{x:.1}" y1="{}" x2="{x:.1}" y2="{bottom}" stroke="{stroke}" stroke-width="{w}"/><text x="{x:.1}" y="{}" text-anchor="middle">{}</text>"#,
            TOP - 4.0,
            bottom + 14.0,
            if v >= 1.0 {
                format!("{v}")
            } else {
                format!("{v:.3}").trim_end_matches('0').to_string()
            }
        );
        p += 1;
    }
    for (r, row) in rows.iter().enumerate() {
        let y0 = TOP + r as f64 * group_h;
        let _ = writeln!(
            svg,
            r#"<text x="{}" y="{:.1}" text-anchor="end">{}</text>"#,
            LABEL_W - 6.0,
            y0 + group_h / 2.0 + 2.0,
            xml_escape(&row.name)
        );
        for (i, (_, color, values)) in series.iter().enumerate() {
            let y = y0 + i as f64 * BAR_H + 2.0;
            match values[r] {
                Some(v) if v > 0.0 => {
                    let (a, b) = (x_of(1.0), x_of(v));
                    let _ = writeln!(
                        svg,
                        r#"<rect x="{:.1}" y="{y:.1}" width="{:.1}" height="{:.1}" fill="{color}"/><text x="{:.1}" y="{:.1}">{v:.2}</text>"#,
                        a.min(b),
                        (b - a).abs().max(1.0),
                        BAR_H - 2.0,
                        a.max(b) + 3.0,
                        y + BAR_H - 3.0
                    );
                }
                _ => {
                    let _ = writeln!(
                        svg,
                        r##"<text x="{:.1}" y="{:.1}" fill="#888">n/a</text>"##,
                        x_of(1.0) + 3.0,
                        y + BAR_H - 3.0
                    );
                }
            }
        }
    }
    svg.push_str("</svg>\n");
    svg
}

fn main() -> ExitCode {
    let options = Options::from_env();
    let result = if options.quick {
        quick_check(&options.filters)
    } else {
        full_run(&options)
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => {
            eprintln!(
                "\nvs_cpython: FAILED: a program failed or printed a different checksum (see above)"
            );
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("vs_cpython: {e}");
            ExitCode::FAILURE
        }
    }
}
