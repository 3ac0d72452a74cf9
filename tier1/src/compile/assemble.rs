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
    instrs: Vec<Ins>,
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
    let (mut instrs, labels, handlers) = optimize(instrs, labels, handlers)?;
    let (labels, handlers) = (&labels[..], &handlers[..]);
    let count = instrs.len();
    let label_index = |l: Label| -> Result<usize, AssembleError> {
        match labels.get(l.0 as usize) {
            Some(Some(i)) if *i < count => Ok(*i),
            _ => Err(AssembleError(format!("unbound label {}", l.0))),
        }
    };
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

/// A unit after `optimize`: its instructions, label positions and handlers.
type Optimized = (Vec<Ins>, Vec<Option<usize>>, Vec<Handler>);

fn is_unconditional_jump(op: Opcode) -> bool {
    matches!(op, Opcode::JUMP_FORWARD | Opcode::JUMP_BACKWARD)
}

/// Peephole clean-up before assembly: jumps to unconditional jumps go straight to the final
/// target, and unreachable instructions (dead code after return/raise/break/continue, jumps
/// made redundant) and unconditional jumps to the next instruction are dropped.
fn optimize(
    mut instrs: Vec<Ins>,
    labels: &[Option<usize>],
    handlers: &[Handler],
) -> Result<Optimized, AssembleError> {
    let n = instrs.len();
    let target_of = |l: Label| labels.get(l.0 as usize).copied().flatten();
    // Jump threading.
    for i in 0..n {
        let op = instrs[i].op;
        let threadable = is_unconditional_jump(op)
            || matches!(
                op,
                Opcode::POP_JUMP_IF_FALSE
                    | Opcode::POP_JUMP_IF_TRUE
                    | Opcode::POP_JUMP_IF_NONE
                    | Opcode::POP_JUMP_IF_NOT_NONE
            );
        if !threadable {
            continue;
        }
        let Some(mut label) = instrs[i].target else {
            continue;
        };
        for _ in 0..8 {
            match target_of(label).and_then(|t| instrs.get(t)) {
                Some(next) if is_unconditional_jump(next.op) && next.target.is_some() => {
                    match next.target {
                        Some(l) if l != label => label = l,
                        _ => break,
                    }
                }
                _ => break,
            }
        }
        instrs[i].target = Some(label);
    }

    let (_, depth) = max_stack_depth(&instrs, labels, handlers)?;
    let mut keep: Vec<bool> = depth.iter().map(Option::is_some).collect();
    // A used handler whose depth is measured at an unreachable instruction: leave the code as
    // it is rather than guess.
    let used_handler_unreachable = instrs.iter().enumerate().any(|(i, ins)| {
        keep[i]
            && ins
                .handler
                .and_then(|h| handlers.get(h as usize))
                .is_some_and(|h| depth.get(h.setup_at).copied().flatten().is_none())
    });
    if used_handler_unreachable {
        return Ok((instrs, labels.to_vec(), handlers.to_vec()));
    }
    // The first kept instruction at or after each position.
    let next_kept = |keep: &[bool], from: usize| (from..n).find(|&j| keep[j]).unwrap_or(n);
    for i in 0..n {
        if !keep[i] || !is_unconditional_jump(instrs[i].op) {
            continue;
        }
        if let Some(t) = instrs[i].target.and_then(target_of) {
            if t > i && next_kept(&keep, i + 1) == next_kept(&keep, t) {
                keep[i] = false;
            }
        }
    }
    if keep.iter().all(|&k| k) {
        return Ok((instrs, labels.to_vec(), handlers.to_vec()));
    }
    let mut new_index = vec![0usize; n + 1];
    let mut count = 0;
    for i in 0..n {
        new_index[i] = count;
        if keep[i] {
            count += 1;
        }
    }
    new_index[n] = count;
    let new_labels: Vec<Option<usize>> = labels
        .iter()
        .map(|l| l.map(|i| new_index[i.min(n)]))
        .collect();
    let new_handlers: Vec<Handler> = handlers
        .iter()
        .map(|h| Handler {
            setup_at: new_index[h.setup_at.min(n)],
            ..h.clone()
        })
        .collect();
    let kept: Vec<Ins> = instrs
        .into_iter()
        .zip(keep)
        .filter_map(|(ins, k)| k.then_some(ins))
        .collect();
    // A label may now point past the end only if nothing reachable uses it.
    if kept.is_empty() {
        return Err(AssembleError("no reachable instructions".into()));
    }
    let last = kept.len() - 1;
    let new_labels = new_labels
        .into_iter()
        .map(|l| l.map(|i| i.min(last)))
        .collect();
    Ok((kept, new_labels, new_handlers))
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
