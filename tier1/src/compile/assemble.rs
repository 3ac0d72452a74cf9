//! The assembler: turns one code unit's instruction list (symbolic labels, per-instruction
//! exception handlers) into the final `CodeObject` fields: absolute jump targets with EXTENDED_ARG
//! sizing to a fixpoint, zero-filled inline caches, the exception table, per-unit locations and the
//! maximum stack depth (flow analysis with `stack_effect`, handlers included).

use crate::bytecode::opcodes::{has_jump, is_terminator, stack_effect};
use crate::bytecode::{ExceptionEntry, Location, Opcode};

/// A jump target, resolved when the unit is assembled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(pub u32);

/// One instruction before assembly.
#[derive(Clone, Debug)]
pub(crate) struct Ins {
    pub op: Opcode,
    pub arg: u32,
    pub target: Option<Label>,
    pub loc: Location,
    /// Index into the unit's handlers: the innermost exception handler covering it.
    pub handler: Option<u32>,
}

/// An exception handler: where it jumps, whether it pushes lasti, and how its depth is found:
/// the stack depth on entry to instruction `setup_at`, plus `depth_adjust`.
#[derive(Clone, Debug)]
pub(crate) struct Handler {
    pub label: Label,
    pub push_lasti: bool,
    pub setup_at: usize,
    pub depth_adjust: i32,
}

/// The assembled form.
pub(crate) struct Assembled {
    pub code: Vec<u16>,
    pub locations: Vec<Location>,
    pub exception_table: Vec<ExceptionEntry>,
    pub max_stack: u32,
}

/// An internal inconsistency (a compiler bug), reported as an error rather than a panic.
#[derive(Debug)]
pub(crate) struct AssembleError(pub String);

fn ext_units(arg: u32) -> usize {
    match arg {
        0..=0xff => 0,
        0x100..=0xffff => 1,
        0x1_0000..=0xff_ffff => 2,
        _ => 3,
    }
}

pub(crate) fn assemble(
    mut instrs: Vec<Ins>,
    labels: &[Option<usize>],
    handlers: &[Handler],
) -> Result<Assembled, AssembleError> {
    let label_index = |l: Label| -> Result<usize, AssembleError> {
        match labels.get(l.0 as usize) {
            Some(Some(i)) => Ok(*i),
            _ => Err(AssembleError(format!("unbound label {}", l.0))),
        }
    };
    // Labels must point at an instruction.
    for (i, ins) in instrs.iter().enumerate() {
        if let Some(t) = ins.target {
            let idx = label_index(t)?;
            if idx >= instrs.len() {
                return Err(AssembleError(format!("label past the end at {i}")));
            }
        }
    }
    for h in handlers {
        let idx = label_index(h.label)?;
        if idx >= instrs.len() {
            return Err(AssembleError("handler label past the end".into()));
        }
    }
    // Jump direction decides JUMP_FORWARD vs JUMP_BACKWARD.
    for (i, ins) in instrs.iter_mut().enumerate() {
        if matches!(ins.op, Opcode::JUMP_FORWARD | Opcode::JUMP_BACKWARD) {
            if let Some(t) = ins.target {
                let idx = label_index(t)?;
                ins.op = if idx <= i {
                    Opcode::JUMP_BACKWARD
                } else {
                    Opcode::JUMP_FORWARD
                };
            }
        }
    }
    let max_stack = max_stack_depth(&instrs, labels, handlers)?;

    // Sizes to a fixpoint (sizes only grow).
    let n = instrs.len();
    let mut ext = vec![0usize; n];
    let mut offsets = vec![0usize; n + 1];
    loop {
        let mut pos = 0;
        for i in 0..n {
            offsets[i] = pos;
            pos += ext[i] + 1 + instrs[i].op.cache_entries();
        }
        offsets[n] = pos;
        let mut changed = false;
        for i in 0..n {
            let arg = match instrs[i].target {
                Some(t) => offsets[label_index(t)?] as u32,
                None => instrs[i].arg,
            };
            let e = ext_units(arg);
            if e > ext[i] {
                ext[i] = e;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    for ins in instrs.iter_mut() {
        if let Some(t) = ins.target {
            ins.arg = offsets[label_index(t)?] as u32;
        }
    }
    let mut code = Vec::with_capacity(offsets[n]);
    let mut locations = Vec::with_capacity(offsets[n]);
    for (i, ins) in instrs.iter().enumerate() {
        let e = ext[i];
        for k in (1..=e).rev() {
            let byte = (ins.arg >> (8 * k)) & 0xff;
            code.push(Opcode::EXTENDED_ARG as u16 | (byte as u16) << 8);
            locations.push(ins.loc);
        }
        code.push(ins.op as u16 | ((ins.arg & 0xff) as u16) << 8);
        locations.push(ins.loc);
        for _ in 0..ins.op.cache_entries() {
            code.push(0);
            locations.push(ins.loc);
        }
    }

    // Exception table: coalesce runs of instructions with the same handler.
    let depths = &max_stack.1;
    let mut table: Vec<ExceptionEntry> = Vec::new();
    for (i, ins) in instrs.iter().enumerate() {
        let Some(h) = ins.handler else { continue };
        let Some(handler) = handlers.get(h as usize) else {
            return Err(AssembleError("bad handler index".into()));
        };
        let Some(depth) = handler_depth(handler, depths) else {
            continue;
        };
        let start = offsets[i] as u32;
        let end = offsets[i + 1] as u32;
        let target = offsets[label_index(handler.label)?] as u32;
        if let Some(last) = table.last_mut() {
            if last.end == start
                && last.handler == target
                && last.depth == depth
                && last.push_lasti == handler.push_lasti
            {
                last.end = end;
                continue;
            }
        }
        table.push(ExceptionEntry {
            start,
            end,
            handler: target,
            depth,
            push_lasti: handler.push_lasti,
        });
    }
    Ok(Assembled {
        code,
        locations,
        exception_table: table,
        max_stack: max_stack.0,
    })
}

fn handler_depth(h: &Handler, depths: &[Option<u32>]) -> Option<u32> {
    let d = (*depths.get(h.setup_at)?)? as i32 + h.depth_adjust;
    (d >= 0).then_some(d as u32)
}

/// Flow analysis: the stack depth on entry to each instruction (None when unreachable) and the
/// maximum depth reached anywhere.
fn max_stack_depth(
    instrs: &[Ins],
    labels: &[Option<usize>],
    handlers: &[Handler],
) -> Result<(u32, Vec<Option<u32>>), AssembleError> {
    let n = instrs.len();
    let mut depth: Vec<Option<u32>> = vec![None; n];
    let mut max = 0u32;
    if n == 0 {
        return Ok((0, depth));
    }
    depth[0] = Some(0);
    let target_of = |l: Label| labels.get(l.0 as usize).copied().flatten();
    let mut worklist = vec![0usize];
    let mut handler_pending: Vec<usize> = Vec::new();
    let mut rounds = 0;
    loop {
        while let Some(start) = worklist.pop() {
            let mut i = start;
            while let Some(d) = depth[i] {
                let ins = &instrs[i];
                max = max.max(d);
                // The handler covering this instruction.
                if let Some(h) = ins.handler {
                    if let Some(handler) = handlers.get(h as usize) {
                        match handler_depth(handler, &depth) {
                            Some(hd) => {
                                let entry = hd + u32::from(handler.push_lasti) + 1;
                                if let Some(t) = target_of(handler.label) {
                                    if t < n && merge(&mut depth, t, entry) {
                                        worklist.push(t);
                                    }
                                }
                            }
                            None => handler_pending.push(i),
                        }
                    }
                }
                let op = ins.op;
                if has_jump(op) {
                    let jd = d as i32 + stack_effect(op, ins.arg, true);
                    if jd < 0 {
                        return Err(AssembleError(format!(
                            "stack underflow at {i} ({})",
                            op.name()
                        )));
                    }
                    max = max.max(jd as u32);
                    if let Some(t) = ins.target.and_then(target_of) {
                        if t < n && merge(&mut depth, t, jd as u32) {
                            worklist.push(t);
                        }
                    }
                }
                if is_terminator(op) {
                    break;
                }
                let nd = d as i32 + stack_effect(op, ins.arg, false);
                if nd < 0 {
                    return Err(AssembleError(format!(
                        "stack underflow at {i} ({})",
                        op.name()
                    )));
                }
                max = max.max(nd as u32);
                if i + 1 >= n {
                    break;
                }
                if merge(&mut depth, i + 1, nd as u32) {
                    i += 1;
                } else {
                    break;
                }
            }
        }
        if handler_pending.is_empty() || rounds > 4 {
            break;
        }
        rounds += 1;
        worklist.append(&mut handler_pending);
    }
    Ok((max, depth))
}

/// Records depth `d` on entry to `i`; true when that is new information.
fn merge(depth: &mut [Option<u32>], i: usize, d: u32) -> bool {
    match depth[i] {
        None => {
            depth[i] = Some(d);
            true
        }
        Some(old) if d > old => {
            depth[i] = Some(d);
            true
        }
        _ => false,
    }
}
