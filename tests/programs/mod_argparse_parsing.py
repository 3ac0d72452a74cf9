# argparse: parsing variety (types, nargs, counts, abbreviations, errors via SystemExit)
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
for a in (['f1'], ['f1', 'f2', '-n', '5', '-vvq'], ['-n7', 'a', '--mode=b', '--tag', 't1', '--tag=t2'],
          ['--num', '-3', 'x', '-x', '1.5', '2', '--const', '-o'], ['a', '-o', 'z', '--', '-q'], ['--verb', 'a', '--a-r', 'V'],
          ['a', '-n', 'x'], ['a', '--mode', 'z'], ['a', '-n'], [], ['a', '--bogus', 'b'], ['-x', '1'], ['--mo', 'a']):
    try:
        print(p.parse_args(a))
    except SystemExit as e:
        print('exit', e.code)
print(p.parse_known_args(['a', '--zz', 'q']))
ns = argparse.Namespace(a=1, b='x')
print(ns, ns == argparse.Namespace(a=1, b='x'), 'a' in ns, ns.b)


sys.stderr = sys.__stderr__
print(captured.getvalue(), end='')
