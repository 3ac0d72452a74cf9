from . import state

state.loads.append("helper")
VALUE = 10


def greet(who):
    return "hello " + who
