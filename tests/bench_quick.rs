//! Quick correctness pass over the benchmark programs: runs every `benches/programs/*.py` once
//! at its small `# quick:` size under `strata` and under CPython and requires the same checksum
//! (programs that need a module Strata lacks, declared with `# requires:`, are reported as
//! unsupported and pass). This is `cargo bench --bench vs_cpython -- --quick` as a test.
//!
//! Needs CPython (`STRATA_BENCH_PYTHON`, else `pyenv which python3`, else `python3`). Without
//! it the test is skipped with a message, except under CI (`CI` set), where it fails.
//! `STRATA_TEST_FILTER=word` restricts it to matching program names.

#[path = "../benches/vs_cpython.rs"]
#[allow(dead_code)]
mod vs_cpython;

#[test]
fn bench_programs_match_cpython() {
    let filters: Vec<String> = std::env::var("STRATA_TEST_FILTER")
        .ok()
        .filter(|f| !f.is_empty())
        .into_iter()
        .collect();
    match vs_cpython::quick_check(&filters) {
        Ok(true) => {}
        Ok(false) => panic!("a benchmark program failed or printed a different checksum than CPython (see the output above)"),
        Err(e) if std::env::var_os("CI").is_none() && e.starts_with("cannot run") => {
            eprintln!("skipped: {e}");
        }
        Err(e) if !filters.is_empty() && e.starts_with("no program") => {
            eprintln!("skipped: {e}");
        }
        Err(e) => panic!("{e}"),
    }
}
