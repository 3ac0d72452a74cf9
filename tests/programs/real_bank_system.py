"""A small bank with dataclasses, custom exceptions and a transaction log (integer cents)."""
from dataclasses import dataclass, field
from typing import List, Optional


class BankError(Exception):
    """Base class for bank errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {fmt(account.balance)}, needs {fmt(amount)}")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class UnknownAccount(BankError, KeyError):
    pass


def fmt(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}${cents // 100:,}.{cents % 100:02d}"


@dataclass(order=True)
class Transaction:
    seq: int
    kind: str
    amount: int
    memo: str = ""


@dataclass
class Account:
    number: int
    owner: str
    balance: int = 0
    overdraft: int = 0
    frozen: bool = False
    history: List[Transaction] = field(default_factory=list, repr=False)

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def deposit(self, amount, seq, memo=""):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(Transaction(seq, "deposit", amount, memo))

    def withdraw(self, amount, seq, memo=""):
        self._check()
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(Transaction(seq, "withdraw", amount, memo))


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self._seq = 0
        self._next_number = 1001

    def seq(self):
        self._seq += 1
        return self._seq

    def open(self, owner, initial=0, overdraft=0):
        acct = Account(self._next_number, owner, overdraft=overdraft)
        self._next_number += 1
        self.accounts[acct.number] = acct
        if initial:
            acct.deposit(initial, self.seq(), "opening")
        return acct

    def get(self, number) -> Account:
        try:
            return self.accounts[number]
        except KeyError:
            raise UnknownAccount(number) from None

    def transfer(self, src, dst, amount):
        a, b = self.get(src), self.get(dst)
        s = self.seq()
        a.withdraw(amount, s, f"to {dst}")
        try:
            b.deposit(amount, s, f"from {src}")
        except BankError:
            a.balance += amount
            a.history.pop()
            raise

    def apply_interest(self, rate_bp):
        for acct in self.accounts.values():
            if acct.balance > 0 and not acct.frozen:
                interest = acct.balance * rate_bp // 10000
                if interest:
                    acct.deposit(interest, self.seq(), "interest")

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank("First Strata")
alice = bank.open("Alice", 150_000)
bob = bank.open("Bob", 2_500, overdraft=10_000)
carol = bank.open("Carol")
print(alice)
print(bob)

operations = [
    ("transfer", 1001, 1002, 20_000),
    ("transfer", 1002, 1003, 30_000),
    ("transfer", 1002, 1003, 5_000),
    ("withdraw", 1003, 99_999),
    ("freeze", 1003),
    ("transfer", 1001, 1003, 100),
    ("transfer", 1001, 1009, 100),
    ("deposit", 1001, -5),
    ("deposit", 1002, 12_345),
]
for op in operations:
    try:
        if op[0] == "transfer":
            bank.transfer(*op[1:])
        elif op[0] == "withdraw":
            bank.get(op[1]).withdraw(op[2], bank.seq())
        elif op[0] == "deposit":
            bank.get(op[1]).deposit(op[2], bank.seq())
        elif op[0] == "freeze":
            bank.get(op[1]).frozen = True
        print("ok   ", op)
    except InsufficientFunds as e:
        print("funds", op, "->", e, "| short by", fmt(e.amount - e.account.balance))
    except UnknownAccount as e:
        print("nokey", op, "->", repr(e), isinstance(e, KeyError))
    except BankError as e:
        print("bank ", op, "->", type(e).__name__, e)
    except ValueError as e:
        print("value", op, "->", e)

bank.apply_interest(125)
print()
print(f"{'acct':>6} {'owner':<8} {'balance':>12} {'txns':>5}")
for acct in sorted(bank.accounts.values(), key=lambda a: -a.balance):
    print(f"{acct.number:>6} {acct.owner:<8} {fmt(acct.balance):>12} {len(acct.history):>5}")
print("total:", fmt(bank.total()))
all_tx = sorted(t for a in bank.accounts.values() for t in a.history)
for t in all_tx:
    print(f"  #{t.seq:<3} {t.kind:<9} {fmt(t.amount):>11}  {t.memo}")
largest: Optional[Transaction] = max(all_tx, key=lambda t: t.amount, default=None)
print("largest:", largest)
