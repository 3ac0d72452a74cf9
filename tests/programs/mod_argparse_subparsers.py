# argparse: sub-commands
import argparse
import io
import sys
sys.stderr = captured = io.StringIO()  # error messages are checked on stdout below
p = argparse.ArgumentParser(prog='tool')
p.add_argument('--verbose', '-v', action='store_true', help='be chatty')
sub = p.add_subparsers(dest='cmd', help='sub-command help')
a = sub.add_parser('add', help='add things')
a.add_argument('x', type=int)
a.add_argument('--force', action='store_true')
r = sub.add_parser('remove', help='remove things', aliases=['rm'])
r.add_argument('names', nargs='*')
c = sub.add_parser('config')
c.add_argument('key'); c.add_argument('value', nargs='?')
p.print_help()
a.print_help()
r.print_help()
for args in (['add', '3'], ['-v', 'add', '4', '--force'], ['rm', 'a', 'b'], ['config', 'k'], [], ['add'], ['add', 'x'], ['nope'], ['add', '1', '--zz'], ['remove']):
    try: print(p.parse_args(args))
    except SystemExit as e: print('exit', e.code)

sys.stderr = sys.__stderr__
print(captured.getvalue(), end='')
