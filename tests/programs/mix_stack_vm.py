# A tiny stack VM with an assembler, labels, calls and error handling
class VMError(Exception):
    pass
def assemble(src):
    code, labels = [], {}
    for line in src.strip().splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        parts = line.split()
        op, args = parts[0].upper(), parts[1:]
        code.append((op, [int(a) if a.lstrip("-").isdigit() else a for a in args]))
    return [(op, [labels.get(a, a) if isinstance(a, str) else a for a in args]) for op, args in code]
class VM:
    def __init__(self, code):
        self.code, self.stack, self.calls, self.pc, self.out = code, [], [], 0, []
        self.steps = 0
    def pop(self):
        if not self.stack:
            raise VMError(f"stack underflow at pc={self.pc - 1}")
        return self.stack.pop()
    def run(self, limit=10000):
        binops = {"ADD": lambda a, b: a + b, "SUB": lambda a, b: a - b, "MUL": lambda a, b: a * b,
                  "DIV": lambda a, b: a // b, "MOD": lambda a, b: a % b, "LT": lambda a, b: int(a < b), "EQ": lambda a, b: int(a == b)}
        while self.pc < len(self.code):
            self.steps += 1
            if self.steps > limit:
                raise VMError("step limit exceeded")
            op, args = self.code[self.pc]
            self.pc += 1
            if op == "PUSH":
                self.stack.append(args[0])
            elif op in binops:
                b, a = self.pop(), self.pop()
                try:
                    self.stack.append(binops[op](a, b))
                except ZeroDivisionError as e:
                    raise VMError(f"{op} failed: {e}") from e
            elif op == "DUP":
                v = self.pop()
                self.stack += [v, v]
            elif op == "SWAP":
                b, a = self.pop(), self.pop()
                self.stack += [b, a]
            elif op == "OVER":
                self.stack.append(self.stack[-2])
            elif op == "DROP":
                self.pop()
            elif op == "JMP":
                self.pc = args[0]
            elif op == "JZ":
                if self.pop() == 0:
                    self.pc = args[0]
            elif op == "CALL":
                self.calls.append(self.pc)
                self.pc = args[0]
            elif op == "RET":
                self.pc = self.calls.pop()
            elif op == "PRINT":
                self.out.append(self.pop())
            elif op == "HALT":
                break
            else:
                raise VMError(f"unknown op {op}")
        return self.out
SIMPLE = """
    push 0
    push 1
top:
    dup
    print
    push 2
    mul
    dup
    push 100
    lt
    jz end
    jmp top
end:
    halt
"""
print(VM(assemble(SIMPLE)).run())
print(assemble("push 1\nlbl:\njmp lbl"))
for prog in ["push 1\npush 0\ndiv", "add", "push 1\nfrob", "l:\njmp l"]:
    try:
        print(VM(assemble(prog)).run(limit=50))
    except VMError as e:
        print("VMError:", e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)
collatz = """
    push 27
loop:
    dup
    print
    dup
    push 1
    eq
    jz cont
    halt
cont:
    dup
    push 2
    mod
    jz even
    push 3
    mul
    push 1
    add
    jmp loop
even:
    push 2
    div
    jmp loop
"""
vm = VM(assemble(collatz))
res = vm.run()
print(len(res), max(res), res[:8], vm.steps)
