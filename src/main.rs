//! The `strata` command: run a Python file or `-c` code like `python3` does, on an
//! interpreter thread with a large stack. Exit status as CPython's.

use strata::{Config, Engine, JitMode, Outcome};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const HELP: &str = "usage: strata [option] ... [-c cmd | file] [arg] ...
Options:
  -c cmd        program passed in as string (terminates option list)
  --jit=on|off  tier up to the tracing JIT automatically (on, the default) or run only the
                tier-1 interpreter (off). The JIT is not built yet: both run tier 1.
  -X showrefcount
                print the number of live heap objects at exit
  --dis FILE    print the bytecode of FILE (tier-1 disassembly) instead of running it
  -h, --help    print this help message and exit
  --version     print the version and exit
file            program read from script file
arg ...         arguments passed to program in sys.argv[1:]
";

enum Program {
    File(String),
    Code(String),
    Disassemble(String),
}

fn parse_args(args: Vec<String>) -> Result<(Config, Program, Vec<String>), (String, i32)> {
    let mut config = Config::default();
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-h" | "--help" => return Err((HELP.to_string(), 0)),
            "--version" | "-V" => {
                return Err((
                    format!(
                        "Strata {} (Python 3.11 compatible)\n",
                        env!("CARGO_PKG_VERSION")
                    ),
                    0,
                ))
            }
            "--dis" => {
                let file = args
                    .get(i + 1)
                    .cloned()
                    .ok_or_else(|| ("Argument expected for the --dis option\n".to_string(), 2))?;
                return Ok((config, Program::Disassemble(file.clone()), vec![file]));
            }
            "--jit=off" => config.jit = JitMode::Off,
            "--jit=on" => config.jit = JitMode::On,
            "-X" => {
                i += 1;
                match args.get(i).map(String::as_str) {
                    Some("showrefcount") => config.show_refcount = true,
                    Some(_) => {}
                    None => return Err(("Argument expected for the -X option\n".into(), 2)),
                }
            }
            "-c" => {
                let code = args
                    .get(i + 1)
                    .cloned()
                    .ok_or_else(|| ("Argument expected for the -c option\n".to_string(), 2))?;
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[i + 2..].iter().cloned());
                return Ok((config, Program::Code(code), argv));
            }
            s if s.starts_with("--jit=") => {
                return Err((format!("strata: unknown --jit mode '{}'\n", &s[6..]), 2))
            }
            s if s.starts_with('-') && s.len() > 1 => {
                return Err((format!("unknown option {s}\n{HELP}"), 2))
            }
            _ => {
                let argv = args[i..].to_vec();
                return Ok((config, Program::File(a.clone()), argv));
            }
        }
        i += 1;
    }
    Err((
        "strata: no program given (interactive mode is not supported yet); see --help\n".into(),
        2,
    ))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (config, program, argv) = match parse_args(args) {
        Ok(parsed) => parsed,
        Err((text, code)) => {
            if code == 0 {
                print!("{text}");
            } else {
                eprint!("{text}");
            }
            std::process::exit(code);
        }
    };
    let stack = config.stack_size;
    let worker = std::thread::Builder::new()
        .name("strata-main".into())
        .stack_size(stack)
        .spawn(move || {
            let show = config.show_refcount;
            let mut engine = Engine::new(config, argv);
            let outcome = match program {
                Program::File(path) => engine.run_file(&path),
                Program::Code(code) => engine.run_main(&code, "<string>"),
                Program::Disassemble(path) => engine.disassemble_file(&path),
            };
            if show {
                let live = engine.live_objects();
                if engine.finalized() {
                    eprintln!("[{live} refs, {live} blocks]");
                } else {
                    eprintln!(
                        "[{live} refs, {live} blocks] (finalization skipped: daemon threads still running)"
                    );
                }
            }
            if strata_tier1::thread::running_threads() > 0 {
                // Daemon threads still run and may use any object: the process exits without
                // freeing the interpreter's state under them (CPython does not wait either).
                std::mem::forget(engine);
            }
            outcome
        });
    let status = match worker.map(|h| h.join()) {
        Ok(Ok(Outcome::Exit(code))) => code,
        _ => {
            eprintln!("strata: internal error: the interpreter thread failed");
            70
        }
    };
    std::process::exit(status);
}
