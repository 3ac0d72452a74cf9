"""A text adventure driven by a scripted list of commands (state machine)."""
from enum import Enum, auto


class State(Enum):
    EXPLORING = auto()
    FIGHTING = auto()
    WON = auto()
    DEAD = auto()


ROOMS = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Shelves of rotting books.", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "It smells of old soup.", "exits": {"west": "hall", "down": "cellar"}, "items": ["knife"]},
    "cellar": {"desc": "Dark and damp.", "exits": {"up": "kitchen", "east": "vault"}, "items": [], "monster": "rat king"},
    "vault": {"desc": "Gold glitters everywhere.", "exits": {"west": "cellar"}, "items": ["crown"], "locked": True},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.state = State.EXPLORING
        self.hp = 10
        self.monster_hp = 6
        self.turns = 0
        self.rooms = {name: dict(data, items=list(data["items"])) for name, data in ROOMS.items()}

    def say(self, msg):
        print(f"[{self.turns:02d} {self.state.name.lower():<9} hp={self.hp:>2}] {msg}")

    def handle(self, line):
        self.turns += 1
        verb, _, noun = line.partition(" ")
        handler = getattr(self, f"{self.state.name.lower()}_{verb}", None)
        if handler is None:
            self.say(f"You can't '{verb}' while {self.state.name.lower()}.")
            return
        handler(noun)

    def exploring_look(self, _):
        room = self.rooms[self.room]
        items = ", ".join(room["items"]) or "nothing"
        exits = ", ".join(sorted(room["exits"]))
        self.say(f"{room['desc']} You see: {items}. Exits: {exits}.")

    def exploring_go(self, direction):
        room = self.rooms[self.room]
        if direction not in room["exits"]:
            self.say(f"No exit {direction}.")
            return
        target = room["exits"][direction]
        if self.rooms[target].get("locked"):
            if "key" in self.inventory:
                self.rooms[target]["locked"] = False
                self.say("You unlock the door with the key.")
            else:
                self.say("The door is locked.")
                return
        if target in ("cellar",) and "lamp" not in self.inventory:
            self.say("It is too dark to go there without a lamp.")
            return
        self.room = target
        self.say(f"You go {direction} to the {target}.")
        if self.rooms[target].get("monster"):
            self.state = State.FIGHTING
            self.say(f"The {self.rooms[target]['monster']} attacks!")

    def exploring_take(self, item):
        items = self.rooms[self.room]["items"]
        if item in items:
            items.remove(item)
            self.inventory.append(item)
            self.say(f"Taken: {item}.")
            if item == "crown":
                self.state = State.WON
                self.say("You found the crown. You win!")
        else:
            self.say(f"There is no {item} here.")

    def exploring_inventory(self, _):
        self.say("You carry: " + (", ".join(sorted(self.inventory)) or "nothing"))

    def fighting_attack(self, _):
        damage = 3 if "knife" in self.inventory else 1
        self.monster_hp -= damage
        self.say(f"You hit for {damage}; monster hp {max(self.monster_hp, 0)}.")
        if self.monster_hp <= 0:
            del self.rooms[self.room]["monster"]
            self.state = State.EXPLORING
            self.say("The monster flees squeaking.")
            return
        self.hp -= 4
        if self.hp <= 0:
            self.state = State.DEAD
            self.say("You have died.")

    def fighting_flee(self, _):
        self.state = State.EXPLORING
        self.room = "kitchen"
        self.say("You run back up to the kitchen.")


def play(script):
    game = Game()
    for line in script:
        if game.state in (State.WON, State.DEAD):
            break
        game.handle(line)
    print(f"--> final state {game.state}, turns {game.turns}, inventory {sorted(game.inventory)}")
    return game


play(["look", "go north", "take key", "take sword", "go south", "go east", "go down",
      "take lamp", "go west", "take lamp", "go east", "take knife", "go down", "look",
      "attack", "attack", "look", "go east", "look", "take crown", "look"])
print()
play(["go east", "go west", "take lamp", "go east", "go down", "look", "attack", "flee",
      "inventory", "go down", "attack", "attack", "attack", "dance"])
print([s.name for s in State], State(3), State["DEAD"].value)
