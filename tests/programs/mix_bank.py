# Bank account simulation with custom exceptions
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.shortfall = amount - account.balance
class AccountFrozen(BankError):
    pass
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []
    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} is frozen")
    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
    def __repr__(self):
        return f"<Account {self.id} {self.owner} {self.balance}>"
class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []
    def open(self, owner, initial=0):
        acct = Account(owner, initial)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        try:
            a.withdraw(amount)
            try:
                b.deposit(amount)
            except BankError:
                a.deposit(amount)
                raise
        except BankError as e:
            self.log.append(("failed", src, dst, amount, type(e).__name__))
            return False
        else:
            self.log.append(("ok", src, dst, amount))
            return True
        finally:
            self.log.append(("attempt", src, dst))
bank = Bank()
alice = bank.open("alice", 100)
bob = bank.open("bob", 50)
carol = bank.open("carol")
print(alice, bob, carol)
print(bank.transfer(1, 2, 30), bank.transfer(2, 3, 200), bank.transfer(2, 3, 80))
carol.frozen = True
print(bank.transfer(1, 3, 10), alice)
carol.frozen = False
try:
    alice.withdraw(1000)
except InsufficientFunds as e:
    print("error:", e, "shortfall", e.shortfall)
try:
    alice.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    bank.transfer(1, 99, 5)
except KeyError as e:
    print("no such account", e)
for entry in bank.log:
    print(entry)
print(sorted(bank.accounts.values(), key=lambda a: -a.balance))
print(alice.history, bob.history, carol.history)
print(sum(a.balance for a in bank.accounts.values()))
