# small library lending system
from collections import defaultdict
from dataclasses import dataclass, field

@dataclass
class Book:
    isbn: str
    title: str
    author: str
    copies: int = 1

@dataclass
class Member:
    name: str
    limit: int = 2
    loans: list = field(default_factory=list)

class LibraryError(Exception):
    pass

class Library:
    def __init__(self):
        self.books = {}
        self.members = {}
        self.history = []
        self.waitlist = defaultdict(list)
    def add_book(self, book):
        if book.isbn in self.books:
            self.books[book.isbn].copies += book.copies
        else:
            self.books[book.isbn] = book
    def join(self, name, limit=2):
        self.members[name] = Member(name, limit)
    def lend(self, name, isbn):
        m = self.members.get(name)
        if m is None:
            raise LibraryError(f"unknown member {name}")
        b = self.books.get(isbn)
        if b is None:
            raise LibraryError(f"unknown book {isbn}")
        if len(m.loans) >= m.limit:
            raise LibraryError(f"{name} at limit {m.limit}")
        if b.copies == 0:
            self.waitlist[isbn].append(name)
            return f"{name} waitlisted for {b.title}"
        b.copies -= 1
        m.loans.append(isbn)
        self.history.append(("lend", name, isbn))
        return f"{name} borrowed {b.title}"
    def give_back(self, name, isbn):
        m = self.members[name]
        m.loans.remove(isbn)
        self.books[isbn].copies += 1
        self.history.append(("return", name, isbn))
        msgs = [f"{name} returned {self.books[isbn].title}"]
        if self.waitlist[isbn]:
            nxt = self.waitlist[isbn].pop(0)
            msgs.append(self.lend(nxt, isbn))
        return "; ".join(msgs)
    def report(self):
        for isbn in sorted(self.books):
            b = self.books[isbn]
            print(f"  {isbn:<6}{b.title:<22}{b.author:<12}{b.copies:>2}")

lib = Library()
lib.add_book(Book("b1", "Dune", "Herbert", 2))
lib.add_book(Book("b2", "Neuromancer", "Gibson"))
lib.add_book(Book("b3", "Foundation", "Asimov"))
lib.add_book(Book("b2", "Neuromancer", "Gibson"))
for n in ["ann", "ben", "cy"]:
    lib.join(n, limit=3 if n == "cy" else 2)
ops = [("lend", "ann", "b1"), ("lend", "ben", "b1"), ("lend", "cy", "b1"), ("lend", "ann", "b3"),
       ("lend", "ann", "b2"), ("lend", "zed", "b1"), ("lend", "cy", "b9"), ("return", "ben", "b1"),
       ("lend", "cy", "b2"), ("lend", "ben", "b3"), ("return", "ann", "b3")]
for op, who, isbn in ops:
    try:
        if op == "lend":
            print(lib.lend(who, isbn))
        else:
            print(lib.give_back(who, isbn))
    except LibraryError as e:
        print("error:", e)
lib.report()
print({m.name: m.loans for m in lib.members.values()})
counts = defaultdict(int)
for kind, _, isbn in lib.history:
    if kind == "lend":
        counts[isbn] += 1
print("popular:", sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print("waitlist:", {k: v for k, v in lib.waitlist.items() if v})
