"""Fits the polynomial coefficients of ZoEngine.Nn's erf/erfc (src/ZoEngine.Nn/Layers/ErrorFunction.cs) and writes
the golden table tests/data/erf_golden.txt. Needs mpmath (Debian: python3-mpmath); runs in about a minute.

Pieces, all polynomials evaluated by Horner in binary64 in a variable centred on its interval:
  |x| < 0.75         erf(x)  = x * P(t), t = x^2, P(t) ~ erf(sqrt t)/sqrt t on [0, 0.5625]     (degree 10)
  0.75 <= x < 6      erfc(x) = exp(-x^2) * R_i(x - c_i) on [0.75,1.5], [1.5,2.5], [2.5,4], [4,6]  (degree 16 each)
  x >= 6             erfc(x) = exp(-x^2) / x * S(u), u = 1/x^2 on (0, 1/36]                      (degree 10)
Each fit is mpmath's Chebyshev interpolation at 50 digits; the printed relative error is that of the binary64
Horner evaluation of the rounded coefficients against mpmath, so it includes the rounding of the evaluation.

The float32 GELU uses one branch-free form instead, so that it vectorises (FastErfc in ErrorFunction.cs):
  x >= 0             erfc(x) = t * exp(-x^2 + Q(t)), t = 1/(1 + x/2), Q of degree 12 on [0, 1]
Q's absolute error is erfc's relative error; it is ~7e-9, below binary32's 6e-8 half-ulp.
Rerunning reproduces the committed coefficients and table bit for bit."""
import mpmath as mp
mp.mp.dps = 50

def rel_error(f, co, centre, lo, hi, points=4001):
    worst = 0
    for i in range(points):
        s = lo + (hi - lo) * i / (points - 1)
        v = 0.0
        for p in co:
            v = v * float(s) + p
        t = f(centre + mp.mpf(s))
        worst = max(worst, abs((v - t) / t))
    return worst

def fit(name, f, a, b, deg):
    c = mp.mpf(a + b) / 2
    hw = mp.mpf(b - a) / 2
    poly = mp.chebyfit(lambda s: f(c + s), [-hw, hw], deg + 1)
    co = [float(p) for p in poly]   # highest degree first, as Horner consumes them
    err = rel_error(f, co, c, float(-hw), float(hw))
    print(f"// {name}: [{a}, {b}], degree {deg}, centre {float(c)!r}, binary64 Horner relative error {float(err):.2e}")
    print(f"private static readonly double[] {name} =\n[")
    for p in co:
        print(f"    {p!r},")
    print("];")
    return float(c)

def P(t):
    return mp.erf(mp.sqrt(t)) / mp.sqrt(t) if t > 0 else 2 / mp.sqrt(mp.pi)

def R(x):
    return mp.erfc(x) * mp.exp(x * x)

def S(u):
    return R(1 / mp.sqrt(u)) / mp.sqrt(u) if u > 0 else 1 / mp.sqrt(mp.pi)

fit("SmallP", P, 0, 0.5625, 10)
for i, (a, b) in enumerate([(0.75, 1.5), (1.5, 2.5), (2.5, 4), (4, 6)]):
    fit(f"Tail{i}", R, a, b, 16)
fit("Asymptotic", S, 0, 1 / 36, 10)

def Q(t):
    if t == 0:
        return -mp.log(2 * mp.sqrt(mp.pi))
    x = 2 * (1 - t) / t
    return mp.log(mp.erfc(x) / t) + x * x

poly = mp.chebyfit(Q, [0, 1], 13)
co = [float(p) for p in poly]
worst = 0
for i in range(4001):
    t = i / 4000
    v = 0.0
    for p in co:
        v = v * t + p
    worst = max(worst, abs(v - Q(mp.mpf(t))))
print(f"// FastQ: [0, 1], degree 12, binary64 Horner absolute error {float(worst):.2e} (= relative error of erfc)")
print("private static readonly double[] FastQ =\n[")
for p in co:
    print(f"    {p!r},")
print("];")

# Golden table: x, erf(x), erfc(x), each the binary64 nearest to the exact value, as round-trip decimals.
xs = set()
for k in range(-800, 801):
    xs.add(k / 100)                                  # a regular grid on [-8, 8], every piece and boundary
for e in range(-30, 1):
    xs.add(2.0 ** e); xs.add(-(2.0 ** e))             # tiny arguments: erf(x) ~ 2x/sqrt(pi)
for b in [0.75, 1.5, 2.5, 4.0, 6.0]:
    for d in [-1e-12, 1e-12]:
        xs.add(b + d)                                # both sides of every piece boundary
xs.update([10.0, 15.0, 20.0, 26.0, 27.0, 30.0])      # far tail up to exp underflow
with open("tests/data/erf_golden.txt", "w") as out:
    out.write("# x erf(x) erfc(x): binary64 nearest to the exact value (mpmath, 50 digits); docs/tools/fit_erf.py\n")
    for x in sorted(xs):
        mx = mp.mpf(x)
        out.write(f"{x!r} {float(mp.erf(mx))!r} {float(mp.erfc(mx))!r}\n")
