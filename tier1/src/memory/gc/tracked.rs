//! Which objects the cycle collector sees: every object whose payload can hold references is
//! allocated with a `GcLinks` prefix that links it into its allocating thread's list. Linking
//! and unlinking take the list's lock (skipped while single-threaded); an object freed by
//! another thread unlinks itself from the list it was linked into. Lists of exited threads
//! are reused by new threads, so their objects stay visible. Knows nothing about payloads.

use std::cell::Cell;
use std::ptr;
use std::sync::Mutex;

use crate::object::header::ObjHeader;
use crate::thread::critical::ObjLock;

/// The prefix of a tracked allocation: `[GcLinks][ObjHeader][payload]`.
#[repr(C)]
pub struct GcLinks {
    prev: Cell<*mut GcLinks>,
    next: Cell<*mut GcLinks>,
    list: Cell<*const GcList>,
}

/// Bytes between the start of a tracked allocation and its object header.
pub const PREFIX: usize = std::mem::size_of::<GcLinks>();

/// A doubly linked list of tracked objects with a sentinel node.
pub struct GcList {
    lock: ObjLock,
    head: GcLinks,
}

// SAFETY: the links are only touched inside the list's critical section (or while the world is
// stopped, by the collector), so sharing the list between threads is sound.
unsafe impl Sync for GcList {}
// SAFETY: as above.
unsafe impl Send for GcList {}

impl GcList {
    fn new() -> &'static GcList {
        let list: &'static GcList = Box::leak(Box::new(GcList {
            lock: ObjLock::new(),
            head: GcLinks {
                prev: Cell::new(ptr::null_mut()),
                next: Cell::new(ptr::null_mut()),
                list: Cell::new(ptr::null()),
            },
        }));
        let sentinel = &list.head as *const GcLinks as *mut GcLinks;
        list.head.prev.set(sentinel);
        list.head.next.set(sentinel);
        list
    }

    fn link(&'static self, node: &GcLinks) {
        let _cs = self.lock.enter();
        let sentinel = &self.head as *const GcLinks as *mut GcLinks;
        let first = self.head.next.get();
        node.prev.set(sentinel);
        node.next.set(first);
        node.list.set(self);
        // SAFETY: `first` is the sentinel or a linked node of this list; nodes stay valid while
        // linked (they unlink before their memory is freed), and we hold the list's lock.
        unsafe { (*first).prev.set(node as *const GcLinks as *mut GcLinks) };
        self.head.next.set(node as *const GcLinks as *mut GcLinks);
    }

    fn unlink(&self, node: &GcLinks) {
        let _cs = self.lock.enter();
        let (prev, next) = (node.prev.get(), node.next.get());
        // SAFETY: `prev` and `next` are linked nodes (or the sentinel) of this list, valid while
        // linked; we hold the list's lock.
        unsafe {
            (*prev).next.set(next);
            (*next).prev.set(prev);
        }
        node.prev.set(ptr::null_mut());
        node.next.set(ptr::null_mut());
    }

    /// The headers of the linked objects. Only while no thread can link or unlink (the world
    /// is stopped, or the process is single-threaded and the caller allocates nothing).
    fn for_each(&self, out: &mut Vec<*mut ObjHeader>) {
        let sentinel = &self.head as *const GcLinks as *mut GcLinks;
        let mut node = self.head.next.get();
        while node != sentinel {
            out.push((node as usize + PREFIX) as *mut ObjHeader);
            // SAFETY: linked nodes are valid (see `link`).
            node = unsafe { (*node).next.get() };
        }
    }
}

/// Every list ever created (threads' and reusable ones).
static ALL_LISTS: Mutex<Vec<&'static GcList>> = Mutex::new(Vec::new());
/// Lists of exited threads, handed to new threads.
static FREE_LISTS: Mutex<Vec<&'static GcList>> = Mutex::new(Vec::new());

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

thread_local! {
    static MY_LIST: Cell<Option<&'static GcList>> = const { Cell::new(None) };
}

fn my_list() -> &'static GcList {
    MY_LIST.with(|l| match l.get() {
        Some(list) => list,
        None => {
            let list = lock(&FREE_LISTS).pop().unwrap_or_else(|| {
                let list = GcList::new();
                lock(&ALL_LISTS).push(list);
                list
            });
            l.set(Some(list));
            list
        }
    })
}

/// Links a new tracked allocation (its `GcLinks` prefix) into this thread's list.
#[inline]
pub fn track(links: &GcLinks) {
    my_list().link(links);
}

/// Unlinks a tracked allocation before its memory is freed.
#[inline]
pub fn untrack(links: &GcLinks) {
    let list = links.list.get();
    if !list.is_null() {
        // SAFETY: lists are leaked: they live for the whole process.
        unsafe { (*list).unlink(links) };
        links.list.set(ptr::null());
    }
}

/// The calling thread is exiting: its list (and the objects in it) goes to the next new thread.
pub fn release_thread_list() {
    if let Some(list) = MY_LIST.with(|l| l.take()) {
        lock(&FREE_LISTS).push(list);
    }
}

/// Every tracked object's header. Only while the world is stopped (or single-threaded).
pub fn all_tracked() -> Vec<*mut ObjHeader> {
    let lists = lock(&ALL_LISTS).clone();
    let mut out = Vec::new();
    for list in lists {
        list.for_each(&mut out);
    }
    out
}

/// A fresh, unlinked prefix.
pub fn new_links() -> GcLinks {
    GcLinks {
        prev: Cell::new(ptr::null_mut()),
        next: Cell::new(ptr::null_mut()),
        list: Cell::new(ptr::null()),
    }
}
