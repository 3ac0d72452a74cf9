# argparse: a usage error ends the program with status 2
import argparse
p = argparse.ArgumentParser(prog='calc')
p.add_argument('-n', '--num', type=int, required=True)
p.add_argument('op', choices=['add', 'sub'])
print(p.parse_args(['add', '-n', '4']))
p.parse_args(['add', '--num', 'four'])
print('not reached')
