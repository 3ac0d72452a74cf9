//! Embeds the bundled standard-library modules (`lib/**/*.py`) into the binary: generates a
//! table of (module name, is package, source) that `builtins::import` consults after the native
//! modules and before `sys.path`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, prefix: &str, out: &mut Vec<(String, bool, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        let name = e.file_name().to_string_lossy().to_string();
        if path.is_dir() {
            let init = path.join("__init__.py");
            if init.is_file() {
                let pkg = format!("{prefix}{name}");
                out.push((pkg.clone(), true, init));
                collect(&path, &format!("{pkg}."), out);
            }
        } else if let Some(stem) = name.strip_suffix(".py") {
            if stem != "__init__" {
                out.push((format!("{prefix}{stem}"), false, path));
            }
        }
    }
}

fn main() {
    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("lib");
    println!("cargo:rerun-if-changed={}", lib.display());
    let mut modules = Vec::new();
    collect(&lib, "", &mut modules);
    let mut code = String::from(
        "/// Bundled modules: (dotted name, is a package, source).\n\
         pub static BUNDLED: &[(&str, bool, &str)] = &[\n",
    );
    for (name, is_pkg, path) in &modules {
        println!("cargo:rerun-if-changed={}", path.display());
        let _ = writeln!(
            code,
            "    ({:?}, {}, include_str!({:?})),",
            name,
            is_pkg,
            path.display().to_string()
        );
    }
    code.push_str("];\n");
    let out =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("bundled.rs");
    std::fs::write(out, code).expect("write bundled.rs");
}
