//! The specializer: inline caches filled at run time and checked by guards. Today it holds the
//! attribute caches of LOAD_ATTR / STORE_ATTR (instance values, `__slots__`, methods); the
//! adaptive rewriting of opcodes into specialized forms builds on these caches next.

pub mod attr;
pub mod module_attr;
