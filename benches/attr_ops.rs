//! Criterion microbenchmarks of attribute operations through the embedding API: each measured
//! snippet runs a 1,000-iteration loop of one operation (slot store, slot load, instance value
//! load/store, method call) on objects set up once. Complements the whole-program comparison
//! with CPython in `vs_cpython.rs`; these track tier-1 changes between commits.

use criterion::{criterion_group, criterion_main, Criterion};
use strata::{Config, Engine, JitMode};

const SETUP: &str = r#"
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1.0
        self.y = 2

class Plain:
    def __init__(self):
        self.x = 1
        self.y = 2
    def get(self):
        return self.x

s = Slotted()
p = Plain()
"#;

const CASES: &[(&str, &str)] = &[
    ("slot_store", "for i in range(1000):\n    s.y = i\n"),
    ("slot_load", "for i in range(1000):\n    t = s.y\n"),
    (
        "slot_idiv",
        "for i in range(1000):\n    s.x = s.x / 1.0000001\n",
    ),
    ("instance_store", "for i in range(1000):\n    p.y = i\n"),
    ("instance_load", "for i in range(1000):\n    t = p.x\n"),
    ("method_call", "for i in range(1000):\n    t = p.get()\n"),
];

fn attr_ops(c: &mut Criterion) {
    let config = Config {
        jit: JitMode::Off,
        ..Config::default()
    };
    let mut engine = Engine::new(config, vec!["attr_ops".into()]);
    let setup = engine.prepare(SETUP).expect("setup compiles");
    engine.exec(&setup).expect("setup runs");
    for (name, source) in CASES {
        let code = engine.prepare(source).expect("case compiles");
        engine.exec(&code).expect("case runs");
        c.bench_function(name, |b| b.iter(|| engine.exec(&code).expect("case runs")));
    }
}

criterion_group!(benches, attr_ops);
criterion_main!(benches);
