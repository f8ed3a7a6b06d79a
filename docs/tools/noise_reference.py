#!/usr/bin/env python3
"""Independent reference implementation of the ZoEngine noise contract (docs/noise.md).

This module was written from docs/noise.md alone (plus the Philox known-answer table in
tests/data/philox_kat.txt), without looking at the C# or CUDA sources, so that it can be used to
cross-check every backend bit for bit. It uses only the Python standard library.

binary32 arithmetic is emulated exactly (IEEE 754 round-to-nearest-even, one rounding per operation, no
flush-to-zero, no contraction):

* multiplication of two binary32 values: the product is exact in binary64 (24 + 24 <= 53 significant bits and the
  exponent range of binary64 covers every product of binary32 values, subnormals included), so it is rounded once
  to binary32 with struct.pack('<f', ...) (a C float cast, round-to-nearest-even);
* addition, subtraction and fma: the exact result is computed with fractions.Fraction and rounded once to binary32
  by round_to_f32() below (never through binary64, so there is no double rounding); IEEE signed-zero rules are
  applied when the exact result is zero;
* square root: math.sqrt in binary64 of a binary32 value, then rounded to binary32, is the correctly rounded
  binary32 square root, because binary64 has 53 >= 2*24 + 2 significant bits (double rounding is innocuous for
  sqrt under that condition);
* int -> float conversions used by the contract are exact by construction.

Usage (run with /usr/bin/python3):

    python3 docs/tools/noise_reference.py kat tests/data/philox_kat.txt
        check the Philox4x32-10 known-answer table; exit status 1 on any mismatch.
    python3 docs/tools/noise_reference.py golden > tests/data/noise_golden.txt
        print the golden table.
    python3 docs/tools/noise_reference.py noise --seed S --tensor T --start J --count N [--dist gaussian|rademacher]
        print N elements, one per line: "J 0xBITS DECIMAL" (see format_f32 for DECIMAL).
    python3 docs/tools/noise_reference.py derive PARENT INDEX
        print the SplitMix64-derived seed (docs/noise.md section 8) in decimal.
    python3 docs/tools/noise_reference.py check [--n-err N] [--n-stats N]
        sanity checks: max |error| against a binary64 Box-Muller of the same uniforms, mean and variance,
        and ulp errors of ln_portable and sincos_turns on sample points.

Integer arguments (seeds, tensor ids, indices) accept decimal or 0x-prefixed hexadecimal.
"""

import argparse
import math
import struct
import sys
from fractions import Fraction

MASK32 = 0xFFFFFFFF
MASK64 = 0xFFFFFFFFFFFFFFFF

# ---------------------------------------------------------------------------------------------------------------
# binary32 emulation
# ---------------------------------------------------------------------------------------------------------------


def f32_from_bits(bits):
    """The binary32 value with the given 32-bit pattern, as a Python float (exact)."""
    return struct.unpack('<f', struct.pack('<I', bits & MASK32))[0]


def f32_bits(x):
    """The 32-bit pattern of a Python float that holds a binary32 value (exact, no rounding happens)."""
    return struct.unpack('<I', struct.pack('<f', x))[0]


def _signbit(x):
    return math.copysign(1.0, x) < 0


def round_to_f32(q, negative_zero=False):
    """Round an exact rational q once to binary32, round-to-nearest-even.

    Handles normal and subnormal results, ties to even, the sign, underflow to a signed zero and overflow to
    infinity. `negative_zero` gives the sign of the result when q is exactly zero (the caller applies the IEEE
    rule for exact zeros, which a Fraction cannot carry).
    """
    if q == 0:
        return -0.0 if negative_zero else 0.0
    neg = q < 0
    a = -q if neg else q
    num, den = a.numerator, a.denominator
    # floor(log2(a)) is e or e - 1
    e = num.bit_length() - den.bit_length()
    if (num << -e if e < 0 else num) < (den << e if e > 0 else den):
        e -= 1
    # now 2^e <= a < 2^(e+1); the quantum (ulp) of binary32 at this binade, subnormals share 2^-149
    qe = max(e, -126) - 23
    if qe >= 0:
        n_num, n_den = num, den << qe
    else:
        n_num, n_den = num << -qe, den
    n, r = divmod(n_num, n_den)
    twice = 2 * r
    if twice > n_den or (twice == n_den and (n & 1)):
        n += 1
    if n == 0:  # underflow to zero keeps the sign of the exact value
        return -0.0 if neg else 0.0
    # n <= 2^24; n * 2^qe >= 2^128 means overflow (RNE overflows to infinity)
    if n.bit_length() + qe > 128:
        return -math.inf if neg else math.inf
    v = math.ldexp(n, qe)  # exact: n has at most 25 bits, qe in binary64 range
    return -v if neg else v


def _check_finite(*xs):
    for x in xs:
        if not math.isfinite(x):
            raise ValueError('non-finite operand: the contract never produces one')


def f32_mul(a, b):
    """binary32 a*b: exact in binary64, rounded once to binary32."""
    p = a * b  # exact (see module docstring); keeps IEEE signed zeros
    try:
        return struct.unpack('<f', struct.pack('<f', p))[0]
    except OverflowError:
        return math.copysign(math.inf, p)


def f32_add(a, b):
    """binary32 a+b, exact sum rounded once."""
    _check_finite(a, b)
    s = Fraction(a) + Fraction(b)
    # exact zero: -0 only when both operands are -0 (round-to-nearest-even)
    return round_to_f32(s, negative_zero=(s == 0 and _signbit(a) and _signbit(b)))


def f32_sub(a, b):
    """binary32 a-b (negation is exact)."""
    return f32_add(a, -b)


def f32_fma(a, b, c):
    """binary32 fma(a, b, c) = a*b + c with one rounding."""
    _check_finite(a, b, c)
    s = Fraction(a) * Fraction(b) + Fraction(c)
    negz = False
    if s == 0 and (a == 0 or b == 0) and c == 0:
        # both addends are zeros: the sum keeps their sign if they agree, else +0
        negz = (_signbit(a) != _signbit(b)) and _signbit(c)
    return round_to_f32(s, negative_zero=negz)


def f32_sqrt(x):
    """Correctly rounded binary32 sqrt: binary64 sqrt of a binary32 value rounded to binary32 is correctly
    rounded since 53 >= 2*24 + 2. math.sqrt(-0.0) is -0.0, as IEEE requires."""
    if x < 0:
        raise ValueError('sqrt of a negative number')
    return struct.unpack('<f', struct.pack('<f', math.sqrt(x)))[0]


def f32_neg_bits(x):
    """Flip the sign bit (xor 0x80000000): exact, also for zeros."""
    return f32_from_bits(f32_bits(x) ^ 0x80000000)


# ---------------------------------------------------------------------------------------------------------------
# Section 1: Philox4x32-10
# ---------------------------------------------------------------------------------------------------------------

PHILOX_M0 = 0xD2511F53
PHILOX_M1 = 0xCD9E8D57
PHILOX_W0 = 0x9E3779B9
PHILOX_W1 = 0xBB67AE85


def philox4x32_10(ctr, key):
    """Philox4x32 with 10 rounds. ctr: 4 words, key: 2 words. Returns the 4 output words."""
    c0, c1, c2, c3 = (w & MASK32 for w in ctr)
    k0, k1 = (w & MASK32 for w in key)
    for rnd in range(10):
        if rnd:
            k0 = (k0 + PHILOX_W0) & MASK32
            k1 = (k1 + PHILOX_W1) & MASK32
        p0 = PHILOX_M0 * c0
        p1 = PHILOX_M1 * c2
        c0, c1, c2, c3 = ((p1 >> 32) ^ c1 ^ k0) & MASK32, p1 & MASK32, ((p0 >> 32) ^ c3 ^ k1) & MASK32, p0 & MASK32
    return (c0, c1, c2, c3)


def check_kat(path, out=sys.stdout):
    """Check the known-answer table; returns (passed, failed)."""
    passed = failed = 0
    with open(path) as fh:
        for line in fh:
            line = line.split('#', 1)[0].strip()
            if not line:
                continue
            cols = line.split()
            name, rounds = cols[0], int(cols[1])
            if name != 'philox4x32' or rounds != 10:
                print('skip: %s' % line, file=out)
                continue
            words = [int(c, 16) for c in cols[2:12]]
            ctr, key, want = words[0:4], words[4:6], tuple(words[6:10])
            got = philox4x32_10(ctr, key)
            if got == want:
                passed += 1
            else:
                failed += 1
                print('MISMATCH ctr=%s key=%s want=%s got=%s' % (
                    ' '.join('%08x' % w for w in ctr), ' '.join('%08x' % w for w in key),
                    ' '.join('%08x' % w for w in want), ' '.join('%08x' % w for w in got)), file=out)
    return passed, failed


# ---------------------------------------------------------------------------------------------------------------
# Section 2: counter and key of an element
# ---------------------------------------------------------------------------------------------------------------


def fnv1a32(name):
    """Default tensor id: 32-bit FNV-1a of the UTF-8 name (offset basis 2166136261, prime 16777619)."""
    h = 2166136261
    for byte in name.encode('utf-8'):
        h = ((h ^ byte) * 16777619) & MASK32
    return h


def philox_block(seed, tensor, block):
    """The 4 words of block `block` (= j >> 2) of tensor `tensor` under 64-bit seed `seed`."""
    seed &= MASK64
    key = (seed & MASK32, seed >> 32)
    ctr = (block & MASK32, (block >> 32) & MASK32, tensor & MASK32, 0)
    return philox4x32_10(ctr, key)


# ---------------------------------------------------------------------------------------------------------------
# Section 5: portable ln
# ---------------------------------------------------------------------------------------------------------------

LN_C = [f32_from_bits(b) for b in (
    0x3F800000, 0xBEFFFFFC, 0x3EAAAAA8, 0xBE800214, 0x3E4CD1F6,
    0xBE2A1388, 0x3E1138CD, 0xBE079CE8, 0x3E0424F1, 0xBD9C151D)]
LN2_HI = f32_from_bits(0x3F317180)
LN2_LO = f32_from_bits(0x3717F7D1)
_SQRT2_BITS = 0x3FB504F3


def ln_portable(x):
    """Portable binary32 natural log of x, for x in [2^-24, 1] (docs/noise.md section 5)."""
    bits = f32_bits(x)
    e = (bits >> 23) - 127
    mbits = (bits & 0x007FFFFF) | 0x3F800000
    if mbits > _SQRT2_BITS:
        mbits -= 0x00800000
        e += 1
    m = f32_from_bits(mbits)  # reinterpretation of the bit pattern (see ambiguity note in the report)
    f = f32_sub(m, 1.0)
    p = LN_C[9]
    for k in range(8, -1, -1):
        p = f32_fma(p, f, LN_C[k])
    lm = f32_mul(f, p)
    ef = float(e)  # exact
    return f32_fma(ef, LN2_HI, f32_fma(ef, LN2_LO, lm))


# ---------------------------------------------------------------------------------------------------------------
# Section 6: portable sin/cos of turns
# ---------------------------------------------------------------------------------------------------------------

SC_C = [f32_from_bits(b) for b in (0x3F800000, 0xC19DE9E6, 0x4281E0F8, 0xC2AAE9E4, 0x4270FA83, 0xC1D368F9)]
SC_S = [f32_from_bits(b) for b in (0x40C90FDB, 0xC2255DE7, 0x42A335E3, 0xC2996966, 0x42283C1A)]
_TWO_M24 = 2.0 ** -24


def sincos_turns(n):
    """(cos, sin) of 2*pi*n*2^-24 for an integer n in [0, 2^24), binary32 (docs/noise.md section 6)."""
    if not 0 <= n < (1 << 24):
        raise ValueError('n out of range')
    k = (n + (1 << 21)) >> 22
    rem = n - (k << 22)
    t = float(rem) * _TWO_M24  # exact, |t| <= 1/8
    t2 = f32_mul(t, t)
    pc = SC_C[5]
    for i in (4, 3, 2, 1):
        pc = f32_fma(pc, t2, SC_C[i])
    c = f32_fma(pc, t2, SC_C[0])
    ps = SC_S[4]
    for i in (3, 2, 1, 0):
        ps = f32_fma(ps, t2, SC_S[i])
    s = f32_mul(t, ps)
    q = k & 3
    cq, sq = (s, c) if (q & 1) else (c, s)
    cos = f32_neg_bits(cq) if ((q + 1) & 2) else cq
    sin = f32_neg_bits(sq) if (q & 2) else sq
    return cos, sin


# ---------------------------------------------------------------------------------------------------------------
# Sections 3 and 4: Gaussian and Rademacher elements
# ---------------------------------------------------------------------------------------------------------------

_MINUS_TWO = -2.0


def box_muller_pair(a, b):
    """The two binary32 Gaussians (z_even, z_odd) of a word pair (a, b)."""
    u1 = float((a >> 8) + 1) * _TWO_M24  # exact
    r = f32_sqrt(f32_mul(ln_portable(u1), _MINUS_TWO))
    cos, sin = sincos_turns(b >> 8)
    return f32_mul(r, cos), f32_mul(r, sin)


def gaussian_block(seed, tensor, block):
    """The four Gaussian elements 4*block .. 4*block+3."""
    x0, x1, x2, x3 = philox_block(seed, tensor, block)
    z0, z1 = box_muller_pair(x0, x1)
    z2, z3 = box_muller_pair(x2, x3)
    return (z0, z1, z2, z3)


def gaussian(seed, tensor, j):
    """Gaussian element j of tensor `tensor` under seed `seed`, a binary32 value as a Python float."""
    words = philox_block(seed, tensor, j >> 2)
    lane = j & 3
    pair = lane & 2
    z = box_muller_pair(words[pair], words[pair + 1])
    return z[lane & 1]


def rademacher_bits(seed, tensor, j):
    word = philox_block(seed, tensor, j >> 2)[j & 3]
    return 0x3F800000 | (word & 0x80000000)


def rademacher(seed, tensor, j):
    """Rademacher element j: +1 or -1 by the sign bit of its Philox word."""
    return f32_from_bits(rademacher_bits(seed, tensor, j))


def stream(seed, tensor, start, count, dist='gaussian'):
    """Yield (j, value) for j = start .. start+count-1, reusing each Philox block."""
    cache_block, cache = None, None
    for j in range(start, start + count):
        blk = j >> 2
        if blk != cache_block:
            cache_block = blk
            if dist == 'gaussian':
                cache = gaussian_block(seed, tensor, blk)
            elif dist == 'rademacher':
                words = philox_block(seed, tensor, blk)
                cache = tuple(f32_from_bits(0x3F800000 | (w & 0x80000000)) for w in words)
            else:
                raise ValueError('unknown dist %r' % dist)
        yield j, cache[j & 3]


# ---------------------------------------------------------------------------------------------------------------
# Section 8: seeds
# ---------------------------------------------------------------------------------------------------------------

SPLITMIX_GAMMA = 0x9E3779B97F4A7C15


def splitmix_mix(z):
    z &= MASK64
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
    return z ^ (z >> 31)


def derive(parent, i):
    """derive(parent, i) = mix(parent + (i + 1) * 0x9E3779B97F4A7C15), 64-bit wrap-around."""
    return splitmix_mix((parent + (i + 1) * SPLITMIX_GAMMA) & MASK64)


# ---------------------------------------------------------------------------------------------------------------
# Output helpers
# ---------------------------------------------------------------------------------------------------------------


def format_f32(x):
    """Shortest decimal that round-trips the binary32 value x.

    Tries '%.{p}g' for p = 1..9 and returns the first string whose correctly rounded binary32 value (decimal ->
    Fraction -> round_to_f32, no intermediate binary64) has the same bits as x. The notation is whatever Python's
    %g picks: plain for exponents -4..p-1, otherwise lowercase 'e' with a signed two-digit-minimum exponent
    (e.g. '1e-05', '-1.2345678', '0.5', '-0' for negative zero, '1' for one). This is NOT C#'s "R" format
    textually (C# would print '1E-05'); compare values, or bits, not strings.
    """
    bits = f32_bits(x)
    if not math.isfinite(x):
        return repr(x)
    for p in range(1, 10):
        s = '%.*g' % (p, x)
        q = Fraction(s)
        if f32_bits(round_to_f32(q, negative_zero=s.startswith('-'))) == bits:
            return s
    raise AssertionError('9 significant digits always round-trip binary32')


# ---------------------------------------------------------------------------------------------------------------
# Golden table
# ---------------------------------------------------------------------------------------------------------------

GOLDEN_SEEDS = [0, 1, 42, 0xFFFFFFFFFFFFFFFF, 0x0123456789ABCDEF]
GOLDEN_TENSORS = [0, 1, 2166136261, 4294967295]
GOLDEN_INDICES = list(range(12)) + [1023, 4096 + 3, (1 << 32) * 4 + 1, (1 << 40) + 2]
GOLDEN_DERIVE = [(0, 0), (0, 1), (42, 0), (42, 7), (1, 1000), (0xFFFFFFFFFFFFFFFF, 0),
                 (0xFFFFFFFFFFFFFFFF, 1), (0x0123456789ABCDEF, 3)]
GOLDEN_LN_K = [1, 2, 3, 1000, 1 << 23, (1 << 24) - 1, 1 << 24]
GOLDEN_SINCOS_N = [0, 1, (1 << 21) - 1, 1 << 21, 1 << 22, 3 * (1 << 22) + 5, (1 << 24) - 1]


def golden_lines():
    yield '# ZoEngine noise golden values.'
    yield '# Generated by docs/tools/noise_reference.py (`python3 docs/tools/noise_reference.py golden`), an'
    yield '# independent standard-library Python reimplementation written from docs/noise.md alone.'
    yield '# Integers are decimal; *_bits / bits_hex are binary32 bit patterns as 8 lowercase hex digits.'
    yield '# Row kinds:'
    yield '#   gaussian   seed tensor index bits_hex   element `index` of tensor id `tensor`, 64-bit seed `seed` (sec. 2, 3)'
    yield '#   rademacher seed tensor index bits_hex   same element, Rademacher distribution (sec. 4)'
    yield '#   derive     parent index result          SplitMix64 derive(parent, index) (sec. 8)'
    yield '#   ln         n bits_in bits_out           portable ln (sec. 5) of u = n * 2^-24'
    yield '#   sincos     n cos_bits sin_bits          sincos_turns(n) (sec. 6), cos and sin of 2*pi*n*2^-24'
    for dist in ('gaussian', 'rademacher'):
        for seed in GOLDEN_SEEDS:
            for tensor in GOLDEN_TENSORS:
                for j in GOLDEN_INDICES:
                    if dist == 'gaussian':
                        bits = f32_bits(gaussian(seed, tensor, j))
                    else:
                        bits = rademacher_bits(seed, tensor, j)
                    yield '%s %d %d %d %08x' % (dist, seed, tensor, j, bits)
    for parent, i in GOLDEN_DERIVE:
        yield 'derive %d %d %d' % (parent, i, derive(parent, i))
    for k in GOLDEN_LN_K:
        u = float(k) * _TWO_M24
        yield 'ln %d %08x %08x' % (k, f32_bits(u), f32_bits(ln_portable(u)))
    for n in GOLDEN_SINCOS_N:
        c, s = sincos_turns(n)
        yield 'sincos %d %08x %08x' % (n, f32_bits(c), f32_bits(s))


# ---------------------------------------------------------------------------------------------------------------
# Sanity checks
# ---------------------------------------------------------------------------------------------------------------


def _ulp32(x):
    x = abs(x)
    if x < 2.0 ** -126:
        return 2.0 ** -149
    return 2.0 ** (math.frexp(x)[1] - 24)


def run_checks(n_err=20000, n_stats=100000, seed=42, tensor=fnv1a32('layer0.weight'), out=sys.stdout):
    # 1. Gaussian vs binary64 Box-Muller of the same uniforms
    max_err, worst = 0.0, None
    words_cache = {}
    for j, z in stream(seed, tensor, 0, n_err):
        blk = j >> 2
        if blk not in words_cache:
            words_cache = {blk: philox_block(seed, tensor, blk)}
        w = words_cache[blk]
        pair = j & 2
        a, b = w[pair], w[pair + 1]
        u1 = ((a >> 8) + 1) * 2.0 ** -24
        th = 2.0 * math.pi * (b >> 8) * 2.0 ** -24
        r = math.sqrt(-2.0 * math.log(u1))
        ref = r * (math.cos(th) if (j & 1) == 0 else math.sin(th))
        err = abs(z - ref)
        if err > max_err:
            max_err, worst = err, (j, z, ref)
    print('gaussian vs binary64 Box-Muller over %d elements (seed %d, tensor %d): max |err| = %.3e at j=%d '
          '(f32 %r, f64 %r)' % (n_err, seed, tensor, max_err, worst[0], worst[1], worst[2]), file=out)

    # 2. mean / variance
    s1 = s2 = 0.0
    for _, z in stream(seed, tensor, 0, n_stats):
        s1 += z
        s2 += z * z
    mean = s1 / n_stats
    var = s2 / n_stats - mean * mean
    print('gaussian mean/variance over %d elements: mean = %.5f (sd of estimate %.5f), variance = %.5f' % (
        n_stats, mean, 1.0 / math.sqrt(n_stats), var), file=out)
    s1 = 0.0
    for _, z in stream(seed, tensor, 0, n_stats, 'rademacher'):
        s1 += z
    print('rademacher mean over %d elements: %.5f' % (n_stats, s1 / n_stats), file=out)

    # 3. ln_portable and sincos_turns in ulps against binary64 libm
    worst_ln = 0.0
    ks = list(range(1, 4097)) + list(range(1 << 23, (1 << 23) + 4096)) + \
        [(1 << 24) - i for i in range(4096)] + [(i * 2654435761) % (1 << 24) + 1 for i in range(8192)]
    for k in ks:
        u = k * 2.0 ** -24
        got = ln_portable(u)
        ref = math.log(u)
        if ref != 0:
            worst_ln = max(worst_ln, abs(got - ref) / _ulp32(ref))
        elif got != 0:
            worst_ln = math.inf
    print('ln_portable: max error %.3f ulp (of the exact value) over %d points' % (worst_ln, len(ks)), file=out)
    worst_sc = 0.0
    ns = list(range(0, 4096)) + [(i * 2654435761) % (1 << 24) for i in range(16384)] + \
        [m * (1 << 21) + d for m in range(8) for d in (-2, -1, 0, 1, 2) if 0 <= m * (1 << 21) + d < (1 << 24)]
    for n in ns:
        c, s = sincos_turns(n)
        th = 2.0 * math.pi * n * 2.0 ** -24
        for got, ref in ((c, math.cos(th)), (s, math.sin(th))):
            # absolute error in units of 2^-24 (ulp of 1 is 2^-23), meaningful near zeros of sin/cos
            worst_sc = max(worst_sc, abs(got - ref) / 2.0 ** -24)
    print('sincos_turns: max |err| = %.3f * 2^-24 over %d points' % (worst_sc, len(ns)), file=out)
    return max_err


# ---------------------------------------------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------------------------------------------


def _int(s):
    return int(s, 0)


def main(argv=None):
    ap = argparse.ArgumentParser(description='Independent reference of the ZoEngine noise contract (docs/noise.md).')
    sub = ap.add_subparsers(dest='cmd', required=True)
    k = sub.add_parser('kat', help='check a Philox4x32-10 known-answer table')
    k.add_argument('path')
    sub.add_parser('golden', help='print the golden table')
    n = sub.add_parser('noise', help='print elements of the stream')
    n.add_argument('--seed', type=_int, required=True)
    n.add_argument('--tensor', type=_int, required=True)
    n.add_argument('--start', type=_int, default=0)
    n.add_argument('--count', type=_int, default=8)
    n.add_argument('--dist', choices=('gaussian', 'rademacher'), default='gaussian')
    d = sub.add_parser('derive', help='SplitMix64 derive(parent, index)')
    d.add_argument('parent', type=_int)
    d.add_argument('index', type=_int)
    c = sub.add_parser('check', help='sanity checks against binary64')
    c.add_argument('--n-err', type=int, default=20000)
    c.add_argument('--n-stats', type=int, default=100000)
    args = ap.parse_args(argv)

    if args.cmd == 'kat':
        passed, failed = check_kat(args.path)
        print('philox KAT: %d passed, %d failed' % (passed, failed))
        return 0 if failed == 0 and passed > 0 else 1
    if args.cmd == 'golden':
        for line in golden_lines():
            print(line)
        return 0
    if args.cmd == 'noise':
        for j, v in stream(args.seed & MASK64, args.tensor & MASK32, args.start, args.count, args.dist):
            print('%d 0x%08x %s' % (j, f32_bits(v), format_f32(v)))
        return 0
    if args.cmd == 'derive':
        print(derive(args.parent & MASK64, args.index))
        return 0
    if args.cmd == 'check':
        run_checks(args.n_err, args.n_stats)
        return 0
    return 2


if __name__ == '__main__':
    sys.exit(main())
