//! `_random`: the Mersenne Twister MT19937 core behind the bundled `random` module, seeded and
//! drawn exactly like CPython's `_random.Random` (init_by_array over the seed's 32-bit words,
//! 53-bit floats from two draws, getrandbits by 32-bit words), plus the SHA-512 used by
//! version-2 str/bytes seeding.
//!
//! The generator state lives in a `bytearray` owned by the Python-level `Random` instance
//! (624 little-endian words followed by the index), so instances are independent and ordinary
//! garbage collection applies.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::Zero;

use crate::interp::Vm;
use crate::object::bytearray::{as_bytearray, bytes_like};
use crate::object::dict::new_dict;
use crate::object::func::{new_module, Args};
use crate::object::int::{as_int, int_from_bigint, int_from_i64, new_float};
use crate::object::seq::{as_tuple, new_bytes, new_tuple};
use crate::object::str::new_str;
use crate::object::{none, ExcKind, PyErr, PyResult, Value};

use super::args::check_positional;
use super::{add_function, add_value};

const N: usize = 624;
const M: usize = 397;
/// Bytes of generator state: N words plus the index word.
pub const STATE_BYTES: usize = (N + 1) * 4;

struct Mt<'a>(&'a mut [u8]);

impl Mt<'_> {
    #[inline]
    fn get(&self, i: usize) -> u32 {
        let b = &self.0[i * 4..i * 4 + 4];
        u32::from_le_bytes([b[0], b[1], b[2], b[3]])
    }

    #[inline]
    fn set(&mut self, i: usize, v: u32) {
        self.0[i * 4..i * 4 + 4].copy_from_slice(&v.to_le_bytes());
    }

    fn index(&self) -> usize {
        self.get(N) as usize
    }

    fn init_genrand(&mut self, s: u32) {
        self.set(0, s);
        let mut prev = s;
        for i in 1..N {
            let v = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
            self.set(i, v);
            prev = v;
        }
        self.set(N, N as u32);
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mut i = 1usize;
        let mut j = 0usize;
        let len = key.len().max(1);
        let mut k = N.max(len);
        while k > 0 {
            let prev = self.get(i - 1);
            let kj = key.get(j).copied().unwrap_or(0);
            let v = (self.get(i) ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(kj)
                .wrapping_add(j as u32);
            self.set(i, v);
            i += 1;
            j += 1;
            if i >= N {
                self.set(0, self.get(N - 1));
                i = 1;
            }
            if j >= len {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            let prev = self.get(i - 1);
            let v = (self.get(i) ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            self.set(i, v);
            i += 1;
            if i >= N {
                self.set(0, self.get(N - 1));
                i = 1;
            }
            k -= 1;
        }
        self.set(0, 0x8000_0000);
    }

    fn genrand(&mut self) -> u32 {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        const MATRIX_A: u32 = 0x9908_b0df;
        let mut mti = self.index();
        if mti >= N {
            for kk in 0..N {
                let y = (self.get(kk) & UPPER) | (self.get((kk + 1) % N) & LOWER);
                let mag = if y & 1 == 1 { MATRIX_A } else { 0 };
                let v = self.get((kk + M) % N) ^ (y >> 1) ^ mag;
                self.set(kk, v);
            }
            mti = 0;
        }
        let mut y = self.get(mti);
        self.set(N, (mti + 1) as u32);
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    fn random(&mut self) -> f64 {
        let a = self.genrand() >> 5;
        let b = self.genrand() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }

    fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 32 {
            return BigInt::from(self.genrand() >> (32 - k));
        }
        let words = ((k - 1) / 32 + 1) as usize;
        let mut out = Vec::with_capacity(words);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.genrand();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_biguint(Sign::Plus, BigUint::from_slice(&out))
    }
}

fn with_state<R>(v: &Value, f: impl FnOnce(&mut Mt<'_>) -> R) -> PyResult<R> {
    let ba = as_bytearray(v)
        .filter(|b| b.len() == STATE_BYTES)
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "invalid random generator state"))?;
    Ok(ba.with_mut(|data| f(&mut Mt(&mut data[..]))))
}

fn seed(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "seed", 2, 2)?;
    let key: Vec<u32> = match as_int(&args.all[1]) {
        Some(i) => {
            let b = i.to_bigint();
            if b.is_zero() {
                vec![0]
            } else {
                b.magnitude().to_u32_digits()
            }
        }
        None => {
            // Seed from the clock and process id (CPython uses os.urandom).
            let t = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0);
            let pid = std::process::id();
            vec![t as u32, (t >> 32) as u32, (t >> 64) as u32, pid]
        }
    };
    with_state(&args.all[0], |mt| mt.init_by_array(&key))?;
    Ok(none())
}

fn random(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "random", 1, 1)?;
    Ok(new_float(with_state(&args.all[0], |mt| mt.random())?))
}

fn bits_arg(v: &Value) -> PyResult<u64> {
    let i = as_int(v).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!(
                "'{}' object cannot be interpreted as an integer",
                v.type_data().name()
            ),
        )
    })?;
    if i.is_negative() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "number of bits must be non-negative",
        ));
    }
    i.to_i64().map(|k| k as u64).ok_or_else(|| {
        PyErr::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        )
    })
}

fn getrandbits(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "getrandbits", 2, 2)?;
    let k = bits_arg(&args.all[1])?;
    if k == 0 {
        return Ok(int_from_i64(0));
    }
    if k > (1 << 31) {
        return Err(PyErr::new(ExcKind::MemoryError, ""));
    }
    Ok(int_from_bigint(with_state(&args.all[0], |mt| {
        mt.getrandbits(k)
    })?))
}

/// `randbelow(state, n)`: a uniform int in [0, n) by rejection over getrandbits(n.bit_length()).
fn randbelow(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "randbelow", 2, 2)?;
    let n = as_int(&args.all[1])
        .map(|i| i.to_bigint())
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "randbelow() needs an int"))?;
    if n.sign() != Sign::Plus {
        return Ok(int_from_i64(0));
    }
    let k = n.bits();
    if let Some(small) = num_traits::ToPrimitive::to_u64(&n) {
        if k <= 32 {
            let r = with_state(&args.all[0], |mt| loop {
                let r = (mt.genrand() >> (32 - k)) as u64;
                if r < small {
                    break r;
                }
            })?;
            return Ok(int_from_i64(r as i64));
        }
    }
    Ok(int_from_bigint(with_state(&args.all[0], |mt| loop {
        let r = mt.getrandbits(k);
        if r < n {
            break r;
        }
    })?))
}

fn getstate(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "getstate", 1, 1)?;
    let items = with_state(&args.all[0], |mt| {
        (0..=N)
            .map(|i| int_from_i64(mt.get(i) as i64))
            .collect::<Vec<_>>()
    })?;
    Ok(new_tuple(items))
}

fn setstate(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "setstate", 2, 2)?;
    let t = as_tuple(&args.all[1])
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "state vector must be a tuple"))?;
    let items = t.items();
    if items.len() != N + 1 {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "state vector is the wrong size",
        ));
    }
    let mut words = Vec::with_capacity(N + 1);
    for v in items {
        let w = as_int(v)
            .and_then(|i| i.to_i64())
            .filter(|w| (0..=u32::MAX as i64).contains(w))
            .ok_or_else(|| {
                PyErr::new(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C unsigned long",
                )
            })?;
        words.push(w as u32);
    }
    if words[N] as usize > N {
        return Err(PyErr::new(ExcKind::ValueError, "invalid state"));
    }
    with_state(&args.all[0], |mt| {
        for (i, w) in words.iter().enumerate() {
            mt.set(i, *w);
        }
    })?;
    Ok(none())
}

// ---- SHA-512 ----------------------------------------------------------------------------------

const K: [u64; 80] = [
    0x428a2f98d728ae22,
    0x7137449123ef65cd,
    0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc,
    0x3956c25bf348b538,
    0x59f111f1b605d019,
    0x923f82a4af194f9b,
    0xab1c5ed5da6d8118,
    0xd807aa98a3030242,
    0x12835b0145706fbe,
    0x243185be4ee4b28c,
    0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f,
    0x80deb1fe3b1696b1,
    0x9bdc06a725c71235,
    0xc19bf174cf692694,
    0xe49b69c19ef14ad2,
    0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5,
    0x240ca1cc77ac9c65,
    0x2de92c6f592b0275,
    0x4a7484aa6ea6e483,
    0x5cb0a9dcbd41fbd4,
    0x76f988da831153b5,
    0x983e5152ee66dfab,
    0xa831c66d2db43210,
    0xb00327c898fb213f,
    0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2,
    0xd5a79147930aa725,
    0x06ca6351e003826f,
    0x142929670a0e6e70,
    0x27b70a8546d22ffc,
    0x2e1b21385c26c926,
    0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df,
    0x650a73548baf63de,
    0x766a0abb3c77b2a8,
    0x81c2c92e47edaee6,
    0x92722c851482353b,
    0xa2bfe8a14cf10364,
    0xa81a664bbc423001,
    0xc24b8b70d0f89791,
    0xc76c51a30654be30,
    0xd192e819d6ef5218,
    0xd69906245565a910,
    0xf40e35855771202a,
    0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8,
    0x1e376c085141ab53,
    0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63,
    0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc,
    0x78a5636f43172f60,
    0x84c87814a1f0ab72,
    0x8cc702081a6439ec,
    0x90befffa23631e28,
    0xa4506cebde82bde9,
    0xbef9a3f7b2c67915,
    0xc67178f2e372532b,
    0xca273eceea26619c,
    0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e,
    0xf57d4f7fee6ed178,
    0x06f067aa72176fba,
    0x0a637dc5a2c898a6,
    0x113f9804bef90dae,
    0x1b710b35131c471b,
    0x28db77f523047d84,
    0x32caab7b40c72493,
    0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6,
    0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec,
    0x6c44198c4a475817,
];
const H0: [u64; 8] = [
    0x6a09e667f3bcc908,
    0xbb67ae8584caa73b,
    0x3c6ef372fe94f82b,
    0xa54ff53a5f1d36f1,
    0x510e527fade682d1,
    0x9b05688c2b3e6c1f,
    0x1f83d9abfb41bd6b,
    0x5be0cd19137e2179,
];

pub fn sha512(data: &[u8]) -> [u8; 64] {
    let mut h = H0;
    let mut msg = data.to_vec();
    let bit_len = (data.len() as u128).wrapping_mul(8);
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&bit_len.to_be_bytes());
    for block in msg.chunks_exact(128) {
        let mut w = [0u64; 80];
        for (t, chunk) in block.chunks_exact(8).enumerate() {
            let mut b = [0u8; 8];
            b.copy_from_slice(chunk);
            w[t] = u64::from_be_bytes(b);
        }
        for t in 16..80 {
            let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
            let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16]
                .wrapping_add(s0)
                .wrapping_add(w[t - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for t in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[t])
                .wrapping_add(w[t]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (i, x) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&x.to_be_bytes());
    }
    out
}

fn sha512_fn(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional(&args, "sha512", 1, 1)?;
    let data = bytes_like(&args.all[0]).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!(
                "object supporting the buffer API required, not '{}'",
                args.all[0].type_data().name()
            ),
        )
    })?;
    Ok(new_bytes(sha512(&data).to_vec()))
}

pub fn make_module() -> Value {
    let d = new_dict();
    add_value(&d, "__name__", new_str("_random"));
    add_value(&d, "STATE_BYTES", int_from_i64(STATE_BYTES as i64));
    add_function(&d, "seed", seed);
    add_function(&d, "random", random);
    add_function(&d, "getrandbits", getrandbits);
    add_function(&d, "randbelow", randbelow);
    add_function(&d, "getstate", getstate);
    add_function(&d, "setstate", setstate);
    add_function(&d, "sha512", sha512_fn);
    new_module("_random", d)
}
