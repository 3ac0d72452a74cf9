//! Thread-level synchronization primitives of the free-threaded runtime. Today: the 1-byte
//! object mutex. Thread states, critical sections and stop-the-world arrive with the thread
//! runtime and build on it.

pub mod mutex;
