//! printf-style (`%`) string formatting core with CPython 3.11 semantics: parses a
//! format string into literal pieces and conversion specs, and renders one already
//! converted int/float/str given its flags, width and precision.
//! Knows nothing of runtime objects: the interpreter fetches arguments and glues.

use super::numfmt::{float_to_string_code, int_to_decimal_string};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// One `%[(key)][flags][width|*][.precision|*][hlL]type` conversion.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PercentSpec {
    /// Mapping key from `%(key)s`.
    pub key: Option<String>,
    /// `-` flag (left justify).
    pub left: bool,
    /// `+` flag.
    pub plus: bool,
    /// ` ` flag.
    pub blank: bool,
    /// `#` flag.
    pub alt: bool,
    /// `0` flag.
    pub zero: bool,
    /// Field width (set by [`PercentSpec::set_star_width`] for `*`).
    pub width: Option<usize>,
    /// Width was `*`: the caller must fetch an int argument (before the precision one).
    pub width_star: bool,
    /// Precision (set by [`PercentSpec::set_star_precision`] for `.*`).
    pub precision: Option<usize>,
    /// Precision was `.*`: the caller must fetch an int argument.
    pub precision_star: bool,
    /// Conversion character (may be unsupported: see [`PercentSpec::is_supported`]).
    pub conv: char,
    /// Character index of the conversion character in the format string.
    pub index: usize,
}

impl PercentSpec {
    /// Apply a `*` width argument: negative means left-justify (CPython semantics).
    pub fn set_star_width(&mut self, w: i64) {
        if w < 0 {
            self.left = true;
        }
        self.width = Some(w.unsigned_abs().min(i64::MAX as u64) as usize);
    }

    /// Apply a `.*` precision argument: negative counts as 0.
    pub fn set_star_precision(&mut self, p: i64) {
        self.precision = Some(p.max(0) as usize);
    }

    /// Whether `conv` is one of d i u o x X e E f F g G c r s a.
    pub fn is_supported(&self) -> bool {
        matches!(
            self.conv,
            'd' | 'i'
                | 'u'
                | 'o'
                | 'x'
                | 'X'
                | 'e'
                | 'E'
                | 'f'
                | 'F'
                | 'g'
                | 'G'
                | 'c'
                | 'r'
                | 's'
                | 'a'
        )
    }

    /// ValueError message for an unsupported conversion (CPython raises it after
    /// fetching the argument for this conversion).
    pub fn unsupported_message(&self) -> String {
        let c = self.conv as u32;
        let shown = if (31..=126).contains(&c) {
            self.conv
        } else {
            '?'
        };
        format!(
            "unsupported format character '{}' (0x{:x}) at index {}",
            shown, c, self.index
        )
    }
}

/// A piece of a parsed `%` format string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentPiece {
    /// Literal text (`%%` already turned into `%`).
    Literal(String),
    /// A conversion.
    Spec(PercentSpec),
}

/// A parse error (ValueError), raised after the caller has processed all pieces
/// before it. CPython looks up `key` (if any) and fetches `stars` `*` arguments
/// for the failing conversion before raising, so errors from those come first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentError {
    /// The ValueError message, e.g. "incomplete format".
    pub message: String,
    /// Mapping key of the failing conversion, looked up before the error.
    pub key: Option<String>,
    /// Number of `*` arguments fetched before the error.
    pub stars: usize,
}

/// A parsed `%` format string: pieces in order, then possibly an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentFormat {
    /// Pieces before the error (or all of them).
    pub pieces: Vec<PercentPiece>,
    /// Error found after `pieces`, if any.
    pub error: Option<PercentError>,
}

/// Parse a `%` format string the way CPython's `PyUnicode_Format` scans it.
pub fn parse_percent_format(fmt: &str) -> PercentFormat {
    let chars: Vec<char> = fmt.chars().collect();
    let n = chars.len();
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut pos = 0usize;
    while pos < n {
        if chars[pos] != '%' {
            lit.push(chars[pos]);
            pos += 1;
            continue;
        }
        pos += 1;
        if pos < n && chars[pos] == '%' {
            lit.push('%');
            pos += 1;
            continue;
        }
        if !lit.is_empty() {
            pieces.push(PercentPiece::Literal(std::mem::take(&mut lit)));
        }
        match parse_one(&chars, &mut pos) {
            Ok(spec) => pieces.push(PercentPiece::Spec(spec)),
            Err(e) => {
                return PercentFormat {
                    pieces,
                    error: Some(e),
                }
            }
        }
    }
    if !lit.is_empty() {
        pieces.push(PercentPiece::Literal(lit));
    }
    PercentFormat {
        pieces,
        error: None,
    }
}

/// Parse one conversion starting just after its `%`.
fn parse_one(chars: &[char], pos: &mut usize) -> Result<PercentSpec, PercentError> {
    let n = chars.len();
    let mut spec = PercentSpec::default();
    let mut stars = 0usize;
    let err = |msg: &str, spec: &PercentSpec, stars: usize| PercentError {
        message: msg.to_string(),
        key: spec.key.clone(),
        stars,
    };
    if *pos < n && chars[*pos] == '(' {
        *pos += 1;
        let keystart = *pos;
        let mut pcount = 1;
        while pcount > 0 && *pos < n {
            match chars[*pos] {
                ')' => pcount -= 1,
                '(' => pcount += 1,
                _ => {}
            }
            *pos += 1;
        }
        if pcount > 0 {
            return Err(err("incomplete format key", &spec, 0));
        }
        spec.key = Some(chars[keystart..*pos - 1].iter().collect());
    }
    let mut ch = '\0';
    let mut exhausted = false;
    let next = |ch: &mut char, exhausted: &mut bool, pos: &mut usize| -> bool {
        if *pos < n {
            *ch = chars[*pos];
            *pos += 1;
            true
        } else {
            *exhausted = true;
            false
        }
    };
    // Flags.
    while next(&mut ch, &mut exhausted, pos) {
        match ch {
            '-' => spec.left = true,
            '+' => spec.plus = true,
            ' ' => spec.blank = true,
            '#' => spec.alt = true,
            '0' => spec.zero = true,
            _ => break,
        }
    }
    if exhausted {
        return Err(err("incomplete format", &spec, stars));
    }
    // Width.
    if ch == '*' {
        spec.width_star = true;
        stars += 1;
        next(&mut ch, &mut exhausted, pos);
    } else if ch.is_ascii_digit() {
        let mut w: i64 = i64::from(ch as u8 - b'0');
        while next(&mut ch, &mut exhausted, pos) {
            if !ch.is_ascii_digit() {
                break;
            }
            let d = i64::from(ch as u8 - b'0');
            if w > (i64::MAX - d) / 10 {
                return Err(err("width too big", &spec, stars));
            }
            w = w * 10 + d;
        }
        spec.width = Some(w as usize);
    }
    // Precision.
    if !exhausted && ch == '.' {
        spec.precision = Some(0);
        if next(&mut ch, &mut exhausted, pos) {
            if ch == '*' {
                spec.precision_star = true;
                stars += 1;
                next(&mut ch, &mut exhausted, pos);
            } else if ch.is_ascii_digit() {
                let mut p: i64 = i64::from(ch as u8 - b'0');
                while next(&mut ch, &mut exhausted, pos) {
                    if !ch.is_ascii_digit() {
                        break;
                    }
                    let d = i64::from(ch as u8 - b'0');
                    if p > (i64::from(i32::MAX) - d) / 10 {
                        return Err(err("precision too big", &spec, stars));
                    }
                    p = p * 10 + d;
                }
                spec.precision = Some(p as usize);
            }
        }
    }
    // Length modifiers are ignored.
    if !exhausted && matches!(ch, 'h' | 'l' | 'L') {
        next(&mut ch, &mut exhausted, pos);
    }
    if exhausted {
        return Err(err("incomplete format", &spec, stars));
    }
    spec.conv = ch;
    spec.index = *pos - 1;
    Ok(spec)
}

/// Port of CPython's `unicode_format_arg_output`: pad `s` per `spec`; `numeric`
/// says whether sign handling applies (true for d i u o x X e E f F g G).
fn output(s: &str, spec: &PercentSpec, numeric: bool) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut sign = numeric;
    let fill = if sign && spec.zero { '0' } else { ' ' };
    let mut len = chars.len() as i64;
    let mut width: i64 = spec.width.map_or(-1, |w| w.min(i64::MAX as usize) as i64);
    let prec: i64 = spec
        .precision
        .map_or(-1, |p| p.min(i64::MAX as usize) as i64);
    if (width == -1 || width <= len) && (prec == -1 || prec >= len) && !(spec.plus || spec.blank) {
        return s.to_string();
    }
    if matches!(spec.conv, 's' | 'r' | 'a') && prec >= 0 && len > prec {
        len = prec;
    }
    let mut pindex = 0usize;
    let mut signchar = '\0';
    if sign {
        match chars.first() {
            Some(&c) if c == '-' || c == '+' => {
                signchar = c;
                len -= 1;
                pindex += 1;
            }
            _ => {
                if spec.plus {
                    signchar = '+';
                } else if spec.blank {
                    signchar = ' ';
                } else {
                    sign = false;
                }
            }
        }
    }
    if width < len {
        width = len;
    }
    let mut out = String::with_capacity(width.max(0) as usize + 2);
    let alt_prefix = spec.alt && matches!(spec.conv, 'x' | 'X' | 'o');
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    if alt_prefix {
        if fill != ' ' {
            out.extend(chars.iter().skip(pindex).take(2));
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !spec.left {
        out.extend(std::iter::repeat_n(fill, (width - len) as usize));
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.extend(chars.iter().skip(pindex).take(2));
            pindex += 2;
        }
    }
    out.extend(chars.iter().skip(pindex).take(len.max(0) as usize));
    if width > len {
        out.extend(std::iter::repeat_n(' ', (width - len) as usize));
    }
    out
}

/// Render an int for `%d %i %u %o %x %X` (the caller converts non-int numbers first).
/// Err is a ValueError message (decimal digit limit) or the OverflowError
/// "precision too large".
pub fn format_percent_int(x: &BigInt, spec: &PercentSpec) -> Result<String, String> {
    let prec = spec.precision.unwrap_or(0);
    if prec > (i32::MAX - 3) as usize {
        return Err("precision too large".to_string());
    }
    let (digits, prefix) = match spec.conv {
        'o' => (x.magnitude().to_str_radix(8), "0o"),
        'x' | 'X' => (x.magnitude().to_str_radix(16), "0x"),
        _ => (int_to_decimal_string(&x.abs())?, ""),
    };
    let mut s = String::with_capacity(digits.len() + prec + 3);
    if x.is_negative() {
        s.push('-');
    }
    if spec.alt {
        s.push_str(prefix);
    }
    if prec > digits.len() {
        s.extend(std::iter::repeat_n('0', prec - digits.len()));
    }
    s.push_str(&digits);
    if spec.conv == 'X' {
        s = s.to_ascii_uppercase();
    }
    Ok(output(&s, spec, true))
}

/// Render a float for `%e %E %f %F %g %G` (default precision 6).
pub fn format_percent_float(x: f64, spec: &PercentSpec) -> String {
    let prec = spec.precision.unwrap_or(6);
    let s = float_to_string_code(x, spec.conv, prec, spec.alt);
    output(&s, spec, true)
}

/// Pad an already converted string for `%s %r %a %c` (precision truncates s/r/a).
pub fn pad_percent_str(s: &str, spec: &PercentSpec) -> String {
    output(s, spec, false)
}

/// The character for `%c` given an int argument; Err is the OverflowError message.
pub fn percent_char_from_int(x: &BigInt) -> Result<char, String> {
    const MSG: &str = "%c arg not in range(0x110000)";
    let v = x.to_u32().ok_or_else(|| MSG.to_string())?;
    if v > 0x10ffff {
        return Err(MSG.to_string());
    }
    Ok(char::from_u32(v).unwrap_or('\u{fffd}'))
}

#[cfg(test)]
mod tests {
    use super::super::numfmt::vectors::{f, int, load};
    use super::*;

    enum Arg {
        I(BigInt),
        F(f64),
        S(String),
    }

    /// A miniature of the interpreter's glue: apply a tuple of args.
    fn apply(fmt: &str, args: &[Arg]) -> String {
        let parsed = parse_percent_format(fmt);
        let mut out = String::new();
        let mut idx = 0usize;
        let next = |idx: &mut usize| -> Result<&Arg, String> {
            let a = args
                .get(*idx)
                .ok_or_else(|| "!not enough arguments for format string".to_string());
            *idx += 1;
            a
        };
        let star = |a: &Arg| -> Result<i64, String> {
            match a {
                Arg::I(v) => Ok(v.to_i64().unwrap_or(0)),
                _ => Err("!* wants int".to_string()),
            }
        };
        for piece in parsed.pieces {
            match piece {
                PercentPiece::Literal(s) => out.push_str(&s),
                PercentPiece::Spec(mut spec) => {
                    let r: Result<String, String> = (|| {
                        if spec.width_star {
                            let w = star(next(&mut idx)?)?;
                            spec.set_star_width(w);
                        }
                        if spec.precision_star {
                            let p = star(next(&mut idx)?)?;
                            spec.set_star_precision(p);
                        }
                        let a = next(&mut idx)?;
                        if !spec.is_supported() {
                            return Err(format!("!{}", spec.unsupported_message()));
                        }
                        match (spec.conv, a) {
                            ('d' | 'i' | 'u' | 'o' | 'x' | 'X', Arg::I(v)) => {
                                format_percent_int(v, &spec).map_err(|e| format!("!{}", e))
                            }
                            ('d' | 'i' | 'u', Arg::F(v)) => {
                                let i = crate_float_trunc(*v);
                                format_percent_int(&i, &spec).map_err(|e| format!("!{}", e))
                            }
                            ('e' | 'E' | 'f' | 'F' | 'g' | 'G', Arg::F(v)) => {
                                Ok(format_percent_float(*v, &spec))
                            }
                            ('e' | 'E' | 'f' | 'F' | 'g' | 'G', Arg::I(v)) => {
                                let fv = super::super::numfmt::int_to_f64(v).unwrap_or(f64::NAN);
                                Ok(format_percent_float(fv, &spec))
                            }
                            ('s', Arg::S(s)) => Ok(pad_percent_str(s, &spec)),
                            ('s' | 'r', Arg::I(v)) => Ok(pad_percent_str(&v.to_string(), &spec)),
                            ('r', Arg::S(s)) => Ok(pad_percent_str(&format!("'{}'", s), &spec)),
                            ('c', Arg::I(v)) => percent_char_from_int(v)
                                .map(|c| pad_percent_str(&c.to_string(), &spec))
                                .map_err(|e| format!("!{}", e)),
                            ('c', Arg::S(s)) => Ok(pad_percent_str(s, &spec)),
                            _ => Err("!TypeError".to_string()),
                        }
                    })();
                    match r {
                        Ok(s) => out.push_str(&s),
                        Err(e) => return e,
                    }
                }
            }
        }
        if let Some(e) = parsed.error {
            for _ in 0..e.stars {
                if let Err(m) = next(&mut idx) {
                    return m;
                }
            }
            return format!("!{}", e.message);
        }
        if idx < args.len() {
            return "!not all arguments converted during string formatting".to_string();
        }
        out
    }

    fn crate_float_trunc(v: f64) -> BigInt {
        super::super::numfmt::float_trunc_to_int(v).unwrap_or_default()
    }

    fn parse_args(s: &str) -> Vec<Arg> {
        if s.is_empty() {
            return vec![];
        }
        s.split('\u{1f}')
            .map(|a| match a.split_at(2) {
                ("i:", v) => Arg::I(int(v)),
                ("f:", v) => Arg::F(f(v)),
                (_, v) => Arg::S(v.to_string()),
            })
            .collect()
    }

    #[test]
    fn cpython_percent_vectors() {
        let mut n = 0;
        let mut failures = vec![];
        for row in load() {
            if row[0] != "pct" {
                continue;
            }
            n += 1;
            let got = apply(&row[1], &parse_args(&row[2]));
            if got != row[3] {
                failures.push(format!("{:?}: got {:?}", row, got));
            }
        }
        assert!(n > 300, "too few percent vectors: {}", n);
        if !failures.is_empty() {
            let k = failures.len();
            failures.truncate(60);
            panic!("{} failures:\n{}", k, failures.join("\n"));
        }
    }

    #[test]
    fn parse_shapes() {
        let p = parse_percent_format("a%%b%(x)-*.*ld%");
        assert_eq!(p.pieces.len(), 2);
        match &p.pieces[1] {
            PercentPiece::Spec(s) => {
                assert_eq!(s.key.as_deref(), Some("x"));
                assert!(s.left && s.width_star && s.precision_star);
                assert_eq!(s.conv, 'd');
                assert_eq!(s.index, 13);
            }
            other => panic!("unexpected {:?}", other),
        }
        assert_eq!(
            p.error.map(|e| e.message),
            Some("incomplete format".to_string())
        );
        assert_eq!(
            parse_percent_format("%(ab").error.map(|e| e.message),
            Some("incomplete format key".to_string())
        );
    }
}
