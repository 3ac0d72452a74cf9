//! What the cycle collector asks of each payload: the references an object holds (exactly the
//! counted ones: reporting an uncounted one could make a live object look unreachable), and
//! how to take them out to break a cycle. Payloads not listed hold no cycle-forming references.

use std::mem::ManuallyDrop;

use crate::interp::generator::GenData;
use crate::object::dict::{DictData, DictViewData};
use crate::object::exception::ExcData;
use crate::object::func::{
    BuiltinData, CellData, ClassMethodData, FunctionData, MemberDescrData, MethodData, ModuleData,
    PropertyData, StaticMethodData, SuperData,
};
use crate::object::header::ObjHeader;
use crate::object::iter::{IterData, IterState};
use crate::object::seq::{ListData, TupleData};
use crate::object::set::as_set_table;
use crate::object::typeobj::{instance_data, Layout, TypeData};
use crate::object::weakref::WeakRefData;
use crate::object::Value;

/// A borrowed view of an object header as a Value (never dropped).
pub fn borrowed(ptr: *mut ObjHeader) -> ManuallyDrop<Value> {
    // SAFETY: callers pass live objects; the ManuallyDrop never releases the reference.
    ManuallyDrop::new(unsafe { Value::from_raw_word(ptr as usize) })
}

/// Reports every counted reference `obj` holds, its heap type included.
pub fn visit_refs(obj: &Value, visit: &mut dyn FnMut(&Value)) {
    let Some(h) = obj.header() else { return };
    if obj.type_data().is_heap() {
        // Every object holds a counted reference to its type (`alloc`).
        visit(&borrowed(
            h.ob_type.load(std::sync::atomic::Ordering::Relaxed) as *mut ObjHeader,
        ));
    }
    match obj.layout() {
        Layout::List => with(obj, |l: &ListData| l.visit_refs(visit)),
        Layout::Tuple => with(obj, |t: &TupleData| t.items().iter().for_each(&mut *visit)),
        Layout::Dict => with(obj, |d: &DictData| d.visit_refs(visit)),
        Layout::Set | Layout::FrozenSet => {
            if let Some(s) = as_set_table(obj) {
                s.visit_refs(visit);
            }
        }
        Layout::Type => with(obj, |t: &TypeData| t.visit_refs(visit)),
        Layout::Function => with(obj, |f: &FunctionData| f.visit_refs(visit)),
        Layout::Builtin => with(obj, |b: &BuiltinData| {
            b.self_.iter().for_each(&mut *visit);
            b.owner.iter().for_each(&mut *visit);
        }),
        Layout::Method => with(obj, |m: &MethodData| {
            visit(&m.func);
            visit(&m.self_);
        }),
        Layout::Cell => with(obj, |c: &CellData| c.visit_refs(visit)),
        Layout::Module => with(obj, |m: &ModuleData| {
            visit(&m.name);
            visit(&m.dict);
        }),
        Layout::Property => with(obj, |p: &PropertyData| {
            for v in [&p.fget, &p.fset, &p.fdel, &p.doc].into_iter().flatten() {
                visit(v);
            }
        }),
        Layout::StaticMethod => with(obj, |s: &StaticMethodData| visit(&s.0)),
        Layout::ClassMethod => with(obj, |c: &ClassMethodData| visit(&c.0)),
        Layout::Super => with(obj, |s: &SuperData| {
            visit(&s.ty);
            visit(&s.obj);
            visit(&s.obj_type);
        }),
        Layout::MemberDescr => with(obj, |m: &MemberDescrData| {
            visit(&m.name);
            visit(&m.owner);
        }),
        Layout::DictView => with(obj, |d: &DictViewData| visit(&d.dict)),
        Layout::Iter => with(obj, |i: &IterData| i.visit_refs(visit)),
        Layout::Exception => with(obj, |e: &ExcData| e.visit_refs(visit)),
        Layout::Generator => with(obj, |g: &GenData| g.visit_refs(visit)),
        Layout::WeakRef => with(obj, |w: &WeakRefData| w.visit_refs(visit)),
        Layout::Code => with(obj, |c: &crate::object::func::CodeData| {
            c.consts.iter().for_each(&mut *visit);
            c.names.iter().for_each(&mut *visit);
            c.varnames.iter().for_each(&mut *visit);
            c.cell_names.iter().for_each(&mut *visit);
            visit(&c.name);
            visit(&c.qualname);
            visit(&c.filename);
        }),
        _ => {}
    }
    if let Some(inst) = instance_data(obj) {
        inst.visit_refs(visit);
    }
}

/// Whether objects of `v`'s layout are tracked (allocated with the collector's prefix).
pub fn is_tracked_layout(v: &Value) -> bool {
    crate::object::typeobj::instance_data(v).is_some()
        || matches!(
            v.layout(),
            Layout::List
                | Layout::Tuple
                | Layout::Dict
                | Layout::Set
                | Layout::FrozenSet
                | Layout::Type
                | Layout::Function
                | Layout::Builtin
                | Layout::Method
                | Layout::Cell
                | Layout::Module
                | Layout::Property
                | Layout::StaticMethod
                | Layout::ClassMethod
                | Layout::Super
                | Layout::MemberDescr
                | Layout::DictView
                | Layout::Iter
                | Layout::Exception
                | Layout::Generator
                | Layout::WeakRef
        )
}

fn with<T: crate::object::Payload>(obj: &Value, f: impl FnOnce(&T)) {
    if let Some(p) = obj.downcast::<T>() {
        f(p);
    }
}

/// Takes out the references of `obj` that can close a cycle (the collector's `tp_clear`); the
/// caller drops what comes back, after every member of the garbage was cleared.
pub fn clear_refs(obj: &Value, out: &mut Vec<Box<dyn std::any::Any>>) {
    match obj.layout() {
        Layout::List => with(obj, |l: &ListData| {
            out.push(Box::new(l.replace_all(Vec::new())))
        }),
        Layout::Dict => with(obj, |d: &DictData| out.push(Box::new(d.clear()))),
        Layout::Set | Layout::FrozenSet => {
            if let Some(s) = as_set_table(obj) {
                out.push(Box::new(s.clear()));
            }
        }
        Layout::Type => with(obj, |t: &TypeData| out.push(Box::new(t.clear_refs()))),
        Layout::Function => with(obj, |f: &FunctionData| out.push(Box::new(f.clear_refs()))),
        Layout::Cell => with(obj, |c: &CellData| out.push(Box::new(c.set(None)))),
        Layout::Exception => with(obj, |e: &ExcData| out.push(Box::new(e.clear_refs()))),
        Layout::Generator => with(obj, |g: &GenData| out.push(Box::new(g.clear_refs()))),
        Layout::WeakRef => with(obj, |w: &WeakRefData| out.push(Box::new(w.clear_refs()))),
        Layout::Iter => with(obj, |i: &IterData| {
            out.push(Box::new(i.replace_state(IterState::Exhausted)))
        }),
        _ => {}
    }
    if let Some(inst) = instance_data(obj) {
        out.push(Box::new(inst.clear_refs()));
    }
}
