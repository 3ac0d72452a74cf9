# argparse: help and usage layout
import argparse
import io
import sys
sys.stderr = captured = io.StringIO()  # error messages are checked on stdout below
p = argparse.ArgumentParser(prog='demo', description='A demo program that does things with files and numbers.', epilog='See docs for more.')
p.add_argument('files', nargs='+', help='input files')
p.add_argument('-n', '--num', type=int, default=3, help='number of things (default: %(default)s)')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', action='store_true', help='quiet')
p.add_argument('--mode', choices=['a', 'b'], default='a', help='the mode')
p.add_argument('--tag', action='append', help='add a tag; this help text is deliberately long so that it wraps onto more lines')
p.add_argument('--a-really-long-option-name', metavar='VALUE')
p.add_argument('-x', nargs=2, type=float)
p.add_argument('--const', action='store_const', const=42)
p.add_argument('-o', nargs='?', const='c', default='d')
p.add_argument('rest', nargs='*')
g = p.add_argument_group('extra', 'Extra options for testing.')
g.add_argument('--extra', help='extra thing')
p.print_help()

w = argparse.ArgumentParser(prog='wrapper-program', description="""First paragraph
   of the description, which is rather long and will need to be filled to the width.""")
for i in range(8):
    w.add_argument('--option-number-%d' % i, metavar='VAL%d' % i, help='option %d' % i)
w.add_argument('source'); w.add_argument('dest', nargs='?'); w.add_argument('more', nargs='+')
w.print_help()
n = argparse.ArgumentParser(prog='nohelp', add_help=False, usage='%(prog)s [stuff]')
n.add_argument('thing', help='a thing', choices=['x', 'y'])
n.add_argument('--level', type=int, choices=[1, 2, 3], help='level in %(choices)s, default %(default)s')
n.print_help()
try: n.parse_args(['x', '--level', '5'])
except SystemExit as e: print('exit', e.code)

sys.stderr = sys.__stderr__
print(captured.getvalue(), end='')
