"""Hand-written encoders: base64, run-length, Caesar/Vigenere via str.translate, CRC32 and hex dumps."""
import string
from typing import NamedTuple

B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"


def b64encode(data: bytes) -> str:
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        chars = [B64[(n >> s) & 63] for s in (18, 12, 6, 0)]
        if len(chunk) < 3:
            chars[len(chunk) + 1:] = "=" * (3 - len(chunk))
        out.append("".join(chars))
    return "".join(out)


def b64decode(text: str) -> bytes:
    text = text.rstrip("=")
    bits = "".join(f"{B64.index(c):06b}" for c in text)
    usable = len(bits) - len(bits) % 8
    return bytes(int(bits[i:i + 8], 2) for i in range(0, usable, 8))


def rle_encode(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}" if j - i > 1 else s[i])
        i = j
    return "".join(out)


def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or 1))
            num = ""
    return "".join(out)


def caesar(text, shift):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lo + up, lo[shift:] + lo[:shift] + up[shift:] + up[:shift])
    return text.translate(table)


def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            shift = ord(key[k % len(key)].lower()) - ord("a")
            shift = -shift if decrypt else shift
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def crc32(data: bytes) -> int:
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 & -(crc & 1))
    return crc ^ 0xFFFFFFFF


def hexdump(data: bytes, width=16):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{off:08x}  {hexpart:<{width * 3 - 1}}  |{text}|")
    return "\n".join(lines)


class Packet(NamedTuple):
    version: int
    flags: int
    payload: bytes

    def pack(self) -> bytes:
        body = self.version.to_bytes(1, "big") + self.flags.to_bytes(2, "little") + \
            len(self.payload).to_bytes(2, "big") + self.payload
        return body + crc32(body).to_bytes(4, "big")

    @classmethod
    def unpack(cls, raw: bytes) -> "Packet":
        body, check = raw[:-4], int.from_bytes(raw[-4:], "big")
        if crc32(body) != check:
            raise ValueError(f"checksum mismatch: {crc32(body):#010x} != {check:#010x}")
        n = int.from_bytes(body[3:5], "big")
        return cls(body[0], int.from_bytes(body[1:3], "little"), bytes(body[5:5 + n]))


samples = [b"", b"f", b"fo", b"foo", b"foobar", "héllo wörld ✓".encode("utf-8"), bytes(range(250, 256))]
for s in samples:
    enc = b64encode(s)
    print(f"{s!r:<40} {enc:<28} roundtrip={b64decode(enc) == s}")
for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabcccd"]:
    enc = rle_encode(s)
    print(enc, rle_decode(enc) == s, f"{len(enc) / len(s):.0%}")
msg = "The Quick Brown Fox, 2024!"
print(caesar(msg, 3), "|", caesar(caesar(msg, 3), 23))
secret = vigenere("Attack at dawn!", "LEMON")
print(secret, "|", vigenere(secret, "LEMON", decrypt=True))
print(f"crc32(b'123456789') = {crc32(b'123456789'):#010x}", hex(crc32(b"The quick brown fox jumps over the lazy dog")))
pkt = Packet(2, 0x8001, b"hello, strata\x00\xff")
raw = pkt.pack()
print(hexdump(raw))
print(Packet.unpack(raw) == pkt, Packet.unpack(raw))
corrupt = bytearray(raw)
corrupt[6] ^= 0x20
try:
    Packet.unpack(bytes(corrupt))
except ValueError as e:
    print("ValueError:", e)
print(pkt._replace(flags=0)._asdict(), Packet._fields)
print("removed vowels:", msg.translate(str.maketrans("", "", "aeiouAEIOU")), "|", "Straße".casefold(), "|", "a\tbc\td".expandtabs(4) + "|")
print(bytes.fromhex("de ad be ef").hex("-"), bytearray(b"abc").upper(), (1234).to_bytes(4, "little", signed=True).hex())
