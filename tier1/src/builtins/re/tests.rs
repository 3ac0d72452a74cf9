//! Unit tests for the regex engine: parsing errors, matching semantics (greedy/lazy, groups,
//! backreferences, lookaround, flags) and deep inputs that must not recurse.

use super::compile::compile;
use super::matcher::{execute, Mode};
use super::parse::{parse, FLAG_IGNORECASE, FLAG_MULTILINE, FLAG_VERBOSE};

fn run(pat: &str, flags: u32, text: &str, mode: Mode) -> Option<Vec<Option<(usize, usize)>>> {
    let chars: Vec<char> = pat.chars().collect();
    let p = parse(&chars, flags, false).expect("pattern parses");
    let prog = compile(&p.node, p.groups);
    let t: Vec<char> = text.chars().collect();
    execute(&prog, &t[..], 0, t.len(), mode, false).map(|r| r.spans)
}

fn search(pat: &str, text: &str) -> Option<(usize, usize)> {
    run(pat, 0, text, Mode::Search).and_then(|s| s[0])
}

fn err(pat: &str) -> (String, Option<usize>) {
    let chars: Vec<char> = pat.chars().collect();
    let e = parse(&chars, 0, false).expect_err("pattern fails");
    (e.msg, e.pos)
}

#[test]
fn literals_and_classes() {
    assert_eq!(search("abc", "xxabcx"), Some((2, 5)));
    assert_eq!(search("[a-c]+", "zzbcaz"), Some((2, 5)));
    assert_eq!(search("[^a-c]+", "abxyc"), Some((2, 4)));
    assert_eq!(search(r"\d+", "ab123c"), Some((2, 5)));
    assert_eq!(search(r"\w+", "  héllo "), Some((2, 7)));
    assert_eq!(search(r"\bfoo\b", "a foo b"), Some((2, 5)));
    assert_eq!(search(r"\Bfoo", "a foo xfoo"), Some((7, 10)));
    assert_eq!(search(r"[]a]+", "x]a]"), Some((1, 4)));
}

#[test]
fn quantifiers() {
    assert_eq!(search("a{2,3}", "aaaa"), Some((0, 3)));
    assert_eq!(search("a{2,3}?", "aaaa"), Some((0, 2)));
    assert_eq!(search("<.*>", "<a><b>"), Some((0, 6)));
    assert_eq!(search("<.*?>", "<a><b>"), Some((0, 3)));
    assert_eq!(search("(ab)+", "ababab"), Some((0, 6)));
    assert_eq!(search("(ab){2}", "ababab"), Some((0, 4)));
    assert_eq!(search("(a|b)*?c", "abac"), Some((0, 4)));
    assert_eq!(search("(a*)*b", "aaab"), Some((0, 4)));
    assert_eq!(search("x{,2}y", "xxxy"), Some((1, 4)));
    assert_eq!(search("a{", "a{"), Some((0, 2)));
}

#[test]
fn groups_and_backrefs() {
    let s = run(r"(\w+) (\w+)", 0, "hello world", Mode::Match).expect("match");
    assert_eq!(s, vec![Some((0, 11)), Some((0, 5)), Some((6, 11))]);
    assert_eq!(search(r"(\w)\1", "abccd"), Some((2, 4)));
    assert_eq!(
        search(r"(?P<q>['\x22]).*?(?P=q)", "say 'hi' now"),
        Some((4, 8))
    );
    let s = run("(a)|(b)", 0, "b", Mode::Match).expect("match");
    assert_eq!(s, vec![Some((0, 1)), None, Some((0, 1))]);
    assert_eq!(search(r"(a)?(?(1)b|c)", "c"), Some((0, 1)));
}

#[test]
fn lookaround() {
    assert_eq!(search(r"foo(?=bar)", "foobaz foobar"), Some((7, 10)));
    assert_eq!(search(r"foo(?!bar)", "foobar foobaz"), Some((7, 10)));
    assert_eq!(search(r"(?<=\$)\d+", "cost: $42"), Some((7, 9)));
    assert_eq!(search(r"(?<!\$)\b\d+", "$42 17"), Some((4, 6)));
    assert_eq!(search(r"(?>a+)b", "aaab"), Some((0, 4)));
    assert_eq!(search(r"(?>a+)a", "aaaa"), None);
    assert_eq!(search(r"a++a", "aaaa"), None);
}

#[test]
fn flags_and_anchors() {
    assert_eq!(
        run("HELLO", FLAG_IGNORECASE, "hello", Mode::Match).map(|s| s[0]),
        Some(Some((0, 5)))
    );
    assert_eq!(
        run("^b$", FLAG_MULTILINE, "a\nb\nc", Mode::Search).map(|s| s[0]),
        Some(Some((2, 3)))
    );
    assert_eq!(search("^b$", "a\nb\nc"), None);
    assert_eq!(search("a$", "a\n"), Some((0, 1)));
    assert_eq!(search(r"a\Z", "a\n"), None);
    assert_eq!(
        run("a b # comment\n c", FLAG_VERBOSE, "abc", Mode::Match).map(|s| s[0]),
        Some(Some((0, 3)))
    );
    assert_eq!(search("(?i)[a-c]+", "xABCx"), Some((1, 4)));
    assert_eq!(search("(?x) a b", "ab"), Some((0, 2)));
    assert_eq!(search("a(?i:b)c", "aBc"), Some((0, 3)));
    assert_eq!(search("a(?i:b)c", "aBC"), None);
    assert_eq!(
        run("a|ab", 0, "ab", Mode::FullMatch).map(|s| s[0]),
        Some(Some((0, 2)))
    );
}

#[test]
fn errors() {
    assert_eq!(
        err("(abc"),
        ("missing ), unterminated subpattern".into(), Some(0))
    );
    assert_eq!(err("abc)"), ("unbalanced parenthesis".into(), Some(3)));
    assert_eq!(err("*a"), ("nothing to repeat".into(), Some(0)));
    assert_eq!(err("a**"), ("multiple repeat".into(), Some(2)));
    assert_eq!(err("[a-"), ("unterminated character set".into(), Some(0)));
    assert_eq!(err("[z-a]"), ("bad character range z-a".into(), Some(1)));
    assert_eq!(err(r"\q"), (r"bad escape \q".into(), Some(0)));
    assert_eq!(err(r"(a)\2"), ("invalid group reference 2".into(), Some(4)));
    assert_eq!(
        err(r"(?<=a+)b"),
        ("look-behind requires fixed-width pattern".into(), None)
    );
    assert_eq!(
        err("(?P<1a>x)"),
        ("bad character in group name '1a'".into(), Some(4))
    );
    assert_eq!(
        err("a{3,2}"),
        ("min repeat greater than max repeat".into(), Some(2))
    );
}

#[test]
fn long_inputs_do_not_recurse() {
    let text: String = "ab".repeat(50_000);
    assert_eq!(search("(?:ab)*$", &text), Some((0, 100_000)));
    assert_eq!(
        run("(a|b)*", 0, &text, Mode::Match).map(|s| s[1]),
        Some(Some((99_999, 100_000)))
    );
    assert_eq!(search(".*?$", &text), Some((0, 100_000)));
    let deep = format!("{}x{}", "(".repeat(1000), ")".repeat(1000));
    let chars: Vec<char> = deep.chars().collect();
    assert!(parse(&chars, 0, false).is_err_and(|e| e.recursion));
}
