# json: loads of all value kinds, hooks, and JSONDecodeError messages/positions
import json
for s in ['', ' ', '[1,]', '{"a":1,}', '{a:1}', '{"a" 1}', '[1 2]', '{"a":1 "b":2}', '"abc', '"a\x01"', '"\\x"', '"\\u12"', '"\\u12zz"', '[1] x', 'tru', '-', '01', '1.', '1e', '[', '{', '{"a"', '{"a":', 'nul', 'NaN', '-Infinity', '\ufeff[]', '[\n1,\n  ?]', '"\\ud83d\\ude00"', '1.5e3', '-0', '-0.0', '123456789012345678901234567890', '{"a":{"b":[]}}', ' [ 1 , 2.5 , "x\\ty" , true , false , null , { } , [ ] ] ', '"\\u00e9\\n\\"\\\\\\/"', '{"a": 1, "a": 2}', '1E+2', '-12.5e-1', '"\u20ac"']:
    try:
        print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), 'ERR', e, e.pos, e.lineno, e.colno, repr(e.msg))
try:
    json.loads(5)
except TypeError as e:
    print(type(e).__name__, e)
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads(bytearray(b'{"k": null}')))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda t: int(t) * 10))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[NaN]', parse_constant=lambda c: 'const:' + c))
print(json.JSONDecoder().raw_decode('[1, 2] trailing'))
print(issubclass(json.JSONDecodeError, ValueError))
