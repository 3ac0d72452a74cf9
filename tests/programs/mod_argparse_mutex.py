# argparse: mutually exclusive groups, exit_on_error, custom actions, version
import argparse
import io
import sys
sys.stderr = captured = io.StringIO()  # error messages are checked on stdout below
m = argparse.ArgumentParser(prog='mx')
g = m.add_mutually_exclusive_group()
g.add_argument('-a', action='store_true'); g.add_argument('-b', action='store_true'); g.add_argument('--cc', type=int)
g2 = m.add_mutually_exclusive_group(required=True)
g2.add_argument('--on', action='store_true'); g2.add_argument('--off', action='store_true')
m.print_help()
for args in (['-a', '--on'], ['-a', '-b', '--on'], ['-ab', '--on'], ['--cc', '3', '-a', '--on'], [], ['--on', '--off'], ['--on', '--cc', 'x']):
    try: print(m.parse_args(args))
    except SystemExit as e: print('exit', e.code)
e = argparse.ArgumentParser(prog='e', exit_on_error=False)
e.add_argument('--n', type=int)
try: e.parse_args(['--n', 'q'])
except argparse.ArgumentError as exc: print('caught', exc)
class Up(argparse.Action):
    def __call__(self, parser, ns, values, option_string=None):
        setattr(ns, self.dest, values.upper() + str(option_string))
u = argparse.ArgumentParser(prog='u', add_help=False)
u.add_argument('--name', action=Up, default='nobody')
u.add_argument('--ver', action='version', version='%(prog)s 1.0')
u.add_argument('--ac', action='append_const', const=1, dest='acc')
u.add_argument('--nf', action='store_false')
u.add_argument('cmd', nargs=argparse.REMAINDER)
for args in (['--name', 'bob', '--ac', '--ac', '--nf', 'run', '-x', '--y'], []):
    print(sorted(vars(u.parse_args(args)).items()))
u.print_help()
try: u.parse_args(['--ver'])
except SystemExit as e: print('exit', e.code)

sys.stderr = sys.__stderr__
print(captured.getvalue(), end='')
