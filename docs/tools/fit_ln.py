"""Fits the coefficients c0..c9 of P(f) ~ ln(1+f)/f on [sqrt(1/2)-1, sqrt(2)-1] used by the portable ln of
docs/noise.md: a least-squares fit on Chebyshev-spaced points, re-weighted until the relative error is
equi-oscillating (a Remez-like minimax), then rounded to binary32. Needs numpy (Debian: python3-numpy).
The printed hex words are the ones committed in PortableMath.cs and kernels; rerunning reproduces them."""
import numpy as np, struct
lo, hi = np.sqrt(0.5)-1, np.sqrt(2)-1
x = np.cos(np.linspace(0, np.pi, 20001))*(hi-lo)/2+(hi+lo)/2
x = x[np.abs(x)>1e-12]
target = np.log1p(x)/x
deg=9
V = np.vander(x, deg+1, increasing=True)
w = np.ones_like(x)
for it in range(60):
    c, *_ = np.linalg.lstsq(V*w[:,None], target*w, rcond=None)
    err = (V@c - target)/target
    w = w*(np.abs(err)/np.abs(err).max())**0.3 + 1e-3
for i,ci in enumerate(c):
    f=np.float32(ci); print(i, repr(float(f)), hex(struct.unpack('<I', struct.pack('<f', f))[0]))
