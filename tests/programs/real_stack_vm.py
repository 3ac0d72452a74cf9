"""A tiny assembler and stack-based bytecode VM with calls, jumps and a trace."""
from enum import IntEnum


class Op(IntEnum):
    PUSH = 1
    POP = 2
    ADD = 3
    SUB = 4
    MUL = 5
    DIV = 6
    DUP = 7
    SWAP = 8
    JMP = 9
    JZ = 10
    CALL = 11
    RET = 12
    LOAD = 13
    STORE = 14
    PRINT = 15
    HALT = 16
    LT = 17
    OVER = 18


class VMError(Exception):
    def __init__(self, msg, pc):
        super().__init__(f"{msg} (pc={pc})")
        self.pc = pc


def assemble(source):
    code, labels, fixups = [], {}, []
    for raw in source.splitlines():
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        name, *args = line.split()
        code.append(Op[name.upper()])
        for a in args:
            if a.lstrip("-").isdigit():
                code.append(int(a))
            else:
                fixups.append((len(code), a))
                code.append(0)
    for pos, label in fixups:
        if label not in labels:
            raise KeyError(f"undefined label {label}")
        code[pos] = labels[label]
    return code


ARGS = {Op.PUSH, Op.JMP, Op.JZ, Op.CALL, Op.LOAD, Op.STORE}


class VM:
    def __init__(self, code, max_steps=100_000):
        self.code = code
        self.stack, self.frames, self.vars = [], [], {}
        self.output = []
        self.steps = 0
        self.max_steps = max_steps

    def pop(self, pc):
        if not self.stack:
            raise VMError("stack underflow", pc)
        return self.stack.pop()

    def run(self):
        pc = 0
        binops = {Op.ADD: int.__add__, Op.SUB: int.__sub__, Op.MUL: int.__mul__,
                  Op.LT: lambda a, b: int(a < b)}
        while True:
            self.steps += 1
            if self.steps > self.max_steps:
                raise VMError("step limit exceeded", pc)
            op = Op(self.code[pc])
            arg = self.code[pc + 1] if op in ARGS else None
            here, pc = pc, pc + (2 if op in ARGS else 1)
            if op in binops:
                b, a = self.pop(here), self.pop(here)
                self.stack.append(binops[op](a, b))
            elif op is Op.DIV:
                b, a = self.pop(here), self.pop(here)
                if b == 0:
                    raise VMError("division by zero", here)
                self.stack.append(a // b)
            elif op is Op.PUSH:
                self.stack.append(arg)
            elif op is Op.POP:
                self.pop(here)
            elif op is Op.DUP:
                v = self.pop(here)
                self.stack += [v, v]
            elif op is Op.OVER:
                self.stack.append(self.stack[-2])
            elif op is Op.SWAP:
                b, a = self.pop(here), self.pop(here)
                self.stack += [b, a]
            elif op is Op.JMP:
                pc = arg
            elif op is Op.JZ:
                if self.pop(here) == 0:
                    pc = arg
            elif op is Op.CALL:
                self.frames.append(pc)
                pc = arg
            elif op is Op.RET:
                pc = self.frames.pop()
            elif op is Op.LOAD:
                self.stack.append(self.vars.get(arg, 0))
            elif op is Op.STORE:
                self.vars[arg] = self.pop(here)
            elif op is Op.PRINT:
                self.output.append(self.pop(here))
            elif op is Op.HALT:
                return self.output


FACT = """
    push 10
    call fact
    print
    push 0
    store 0          ; i = 0
loop:
    load 0
    push 8
    lt
    jz done
    load 0
    call square
    print
    load 0
    push 1
    add
    store 0
    jmp loop
done:
    halt
fact:               ; n -> n!
    dup
    jz fact_base
    dup
    push 1
    sub
    call fact
    mul
    ret
fact_base:
    pop
    push 1
    ret
square:
    dup
    mul
    ret
"""

code = assemble(FACT)
print("bytecode length:", len(code))
print("disassembly head:", [Op(code[0]).name, code[1], Op(code[2]).name, code[3]])
vm = VM(code)
print("output:", vm.run())
print("steps:", vm.steps, "max stack frames left:", len(vm.frames))

programs = {
    "underflow": "push 1\nadd\nhalt",
    "divzero": "push 4\npush 0\ndiv\nhalt",
    "forever": "top:\njmp top",
    "badlabel": "jmp nowhere",
    "gcd": "push 1071\npush 462\ng:\ndup\njz e\nswap\nover\npush 0\nadd\nswap\ncall mod\njmp g\n"
           "e:\npop\nprint\nhalt\nmod:\nover\nover\ndiv\nmul\nsub\nret",
}
for name, src in programs.items():
    try:
        print(name, "->", VM(assemble(src), max_steps=500).run())
    except VMError as e:
        print(name, "-> VMError:", e, "| pc attr:", e.pc)
    except KeyError as e:
        print(name, "-> KeyError:", e)
print(Op.ADD, repr(Op.HALT), Op(5).name, Op.MUL + 1, sorted(Op)[-1].name)
