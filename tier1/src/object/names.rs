//! Interned identifier strings that the runtime looks up on hot paths (attribute hooks and
//! descriptor protocol). Looking a type attribute up by one of these skips hashing and string
//! comparison in the type attribute cache.

use std::sync::OnceLock;

use super::str::intern;
use super::value::Value;

/// The pre-interned names (immortal strs).
pub struct Names {
    pub getattribute: Value,
    pub getattr: Value,
    pub setattr: Value,
    pub delattr: Value,
    pub get: Value,
    pub set: Value,
    pub delete: Value,
}

struct Shared(Names);
// SAFETY: the names are immortal interned strings, never mutated after creation.
unsafe impl Send for Shared {}
// SAFETY: see above.
unsafe impl Sync for Shared {}

static NAMES: OnceLock<Shared> = OnceLock::new();

/// The pre-interned names.
#[inline]
pub fn names() -> &'static Names {
    &NAMES
        .get_or_init(|| {
            Shared(Names {
                getattribute: intern("__getattribute__"),
                getattr: intern("__getattr__"),
                setattr: intern("__setattr__"),
                delattr: intern("__delattr__"),
                get: intern("__get__"),
                set: intern("__set__"),
                delete: intern("__delete__"),
            })
        })
        .0
}
