//! `str` storage: UTF-8 with the length in code points and an ASCII flag (O(1) indexing and
//! slicing for ASCII text; a lazily built code-point offset index otherwise), a cached hash, and
//! the interner that makes identifier strings unique and immortal.
//! String *methods* are in `builtins::str_methods`.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Mutex;

use super::builtin_types;
use super::typeobj::{alloc, alloc_immortal, Layout};
use super::value::{Payload, Value};

/// Hash value meaning "not computed yet".
const HASH_UNSET: i64 = -1;

pub struct StrData {
    text: Box<str>,
    char_len: usize,
    ascii: bool,
    hash: AtomicI64,
    /// Byte offset of every 64th code point, for non-ASCII strings.
    index: OnceCell<Vec<usize>>,
}

impl Payload for StrData {
    const LAYOUT: Layout = Layout::Str;
}

impl StrData {
    pub fn new(text: &str) -> StrData {
        let ascii = text.is_ascii();
        StrData {
            char_len: if ascii {
                text.len()
            } else {
                text.chars().count()
            },
            text: text.into(),
            ascii,
            hash: AtomicI64::new(HASH_UNSET),
            index: OnceCell::new(),
        }
    }

    pub fn from_string(text: String) -> StrData {
        let ascii = text.is_ascii();
        StrData {
            char_len: if ascii {
                text.len()
            } else {
                text.chars().count()
            },
            text: text.into_boxed_str(),
            ascii,
            hash: AtomicI64::new(HASH_UNSET),
            index: OnceCell::new(),
        }
    }

    #[inline(always)]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in code points.
    #[inline(always)]
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    #[inline(always)]
    pub fn is_ascii(&self) -> bool {
        self.ascii
    }

    /// The cached hash (computed on first use).
    #[inline(always)]
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != HASH_UNSET {
            return h;
        }
        let h = hash_str(&self.text);
        self.hash.store(h, Ordering::Relaxed);
        h
    }

    /// Byte offset of code point `i` (i <= char_len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.ascii {
            return i;
        }
        if i >= self.char_len {
            return self.text.len();
        }
        let index = self.index.get_or_init(|| {
            self.text
                .char_indices()
                .step_by(64)
                .map(|(b, _)| b)
                .collect()
        });
        let start = index[i / 64];
        let rest = i % 64;
        match self.text[start..].char_indices().nth(rest) {
            Some((b, _)) => start + b,
            None => self.text.len(),
        }
    }

    /// Code point `i` (i < char_len).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.ascii {
            return self.text.as_bytes().get(i).map(|&b| b as char);
        }
        let off = self.byte_offset(i);
        self.text[off..].chars().next()
    }

    /// Substring of code points `start..end`.
    pub fn substring(&self, start: usize, end: usize) -> &str {
        let end = end.min(self.char_len);
        let start = start.min(end);
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        &self.text[a..b]
    }
}

/// The str hash: any well-mixed function is faithful (CPython randomizes str hashes).
pub fn hash_str(s: &str) -> i64 {
    // FNV-1a over the bytes, then a final avalanche (splitmix64).
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in s.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^= h >> 31;
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// A new str Value.
pub fn new_str(text: &str) -> Value {
    if text.is_empty() {
        return super::singletons().empty_str.clone();
    }
    alloc(&builtin_types().str.value(), StrData::new(text))
}

/// A new str Value from an owned String (no copy).
pub fn new_string(text: String) -> Value {
    if text.is_empty() {
        return super::singletons().empty_str.clone();
    }
    alloc(&builtin_types().str.value(), StrData::from_string(text))
}

/// The text of a str Value (subclasses included).
#[inline(always)]
pub fn as_str(v: &Value) -> Option<&str> {
    v.downcast::<StrData>().map(|s| s.as_str())
}

/// The payload of a str Value.
#[inline(always)]
pub fn str_data(v: &Value) -> Option<&StrData> {
    v.downcast::<StrData>()
}

struct Interner {
    map: HashMap<Box<str>, usize>,
}

static INTERNER: Mutex<Option<Interner>> = Mutex::new(None);

/// The unique, immortal str for `text` (identifiers, attribute names, constants).
pub fn intern(text: &str) -> Value {
    let mut guard = INTERNER.lock().unwrap_or_else(|e| e.into_inner());
    let interner = guard.get_or_insert_with(|| Interner {
        map: HashMap::new(),
    });
    if let Some(&raw) = interner.map.get(text) {
        // SAFETY: interned strings are immortal; the word is a live object.
        return unsafe { Value::from_raw_word(raw) };
    }
    let v = alloc_immortal(builtin_types().str.raw(), StrData::new(text));
    let raw = v.into_raw();
    interner.map.insert(text.into(), raw);
    // SAFETY: as above.
    unsafe { Value::from_raw_word(raw) }
}
