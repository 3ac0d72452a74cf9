//! The regular-expression engine behind `re`: `parse` (pattern syntax → tree), `compile`
//! (tree → instructions), `matcher` (explicit-stack backtracking over code points) and `module`
//! (the native `_strata_re` module used by the bundled `tier1/lib/re.py`).

pub mod compile;
pub mod matcher;
pub mod module;
pub mod parse;

#[cfg(test)]
mod tests;
