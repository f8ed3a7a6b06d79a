using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace ZoEngine.Nn.Gemm;

/// <summary>The operands of one GEMM call as raw pointers, so that parallel row chunks can share them.</summary>
internal readonly unsafe struct GemmOperands<T>(Transpose transA, Transpose transB, int m, int n, int k, T alpha, T* a, int lda,
    T* b, int ldb, T beta, T* c, int ldc)
    where T : unmanaged
{
    public readonly Transpose TransA = transA, TransB = transB;
    public readonly int M = m, N = n, K = k, Lda = lda, Ldb = ldb, Ldc = ldc;
    public readonly T Alpha = alpha, Beta = beta;
    public readonly T* A = a, B = b, C = c;
}

/// <summary>
/// The blocked GEMM for one (element type, width), in the GotoBLAS/BLIS loop order: column blocks of B (NC), then
/// depth blocks (KC), then row blocks of A (MC), then MR×NR register tiles. A and B blocks are packed into contiguous
/// micro-panels (zero-padded at the edges) so that the micro-kernel streams both with unit stride.
/// </summary>
/// <remarks>
/// Every element of C is computed the same way wherever it sits: C ← β·C once, then for each depth block in order,
/// acc ← Σ fma over p in order from 0, and C ← fma(α, acc, C). The depth blocks are fixed sizes, not a function of
/// the row range, the width or the thread count, so the result is bit-identical across all of them.
/// </remarks>
internal static unsafe class BlockedKernel<T, TV, L>
    where T : unmanaged, IFloatingPointIeee754<T>
    where TV : struct
    where L : struct, IGemmLanes<T, TV>
{
    /// <summary>Rows per register tile: 6 rows × 2 vectors = 12 accumulators, plus 2 B vectors and 1 broadcast = 15 of
    /// the 16 registers of AVX2 (the classic 6×16 float kernel).</summary>
    public const int MR = 6;

    /// <summary>Depth block: a B micro-panel of KC×NR (16 KiB for float at 256 bits) stays in a 32 KiB L1 while the
    /// kernel runs. Fixed for every width, because it decides the summation order.</summary>
    public const int KC = 256;

    /// <summary>Row block: the packed A block of MC×KC (120 KiB float, 240 KiB double) stays in a 512 KiB L2.</summary>
    public const int MC = 120;

    /// <summary>Column block: the packed B block of KC×NC (2 MiB float) stays in L3.</summary>
    public const int NC = 2048;

    private static int NR => 2 * L.Count;

    /// <summary>C rows [rowStart, rowEnd) of the product; other rows are neither read nor written.</summary>
    public static void Rows(in GemmOperands<T> op, int rowStart, int rowEnd)
    {
        int rows = rowEnd - rowStart;
        if (rows <= 0 || op.N == 0)
            return;
        ScaleC(op, rowStart, rowEnd);
        if (op.K == 0 || op.Alpha == T.Zero)
            return;

        int nr = NR;
        int ncMax = Math.Min(NC, RoundUp(op.N, nr));
        int kcMax = Math.Min(KC, op.K);
        int mcMax = Math.Min(MC, RoundUp(rows, MR));
        // Room to move each buffer's start to a 64-byte boundary, so that panel loads do not split cache lines.
        const int Pad = 64;
        T[] bufferA = ArrayPool<T>.Shared.Rent(mcMax * kcMax + Pad);
        T[] bufferB = ArrayPool<T>.Shared.Rent(ncMax * kcMax + Pad);
        try
        {
            fixed (T* baseA = bufferA)
            fixed (T* baseB = bufferB)
            {
                T* packA = Align(baseA), packB = Align(baseB);
                T* tile = stackalloc T[MR * 2 * 64 / sizeof(T)]; // [MR, NR] for the widest NR (512 bits)
                for (int jc = 0; jc < op.N; jc += NC)
                {
                    int nc = Math.Min(NC, op.N - jc);
                    for (int pc = 0; pc < op.K; pc += KC)
                    {
                        int kc = Math.Min(KC, op.K - pc);
                        PackB(op, pc, jc, kc, nc, packB);
                        for (int ic = rowStart; ic < rowEnd; ic += MC)
                        {
                            int mc = Math.Min(MC, rowEnd - ic);
                            PackA(op, ic, pc, mc, kc, packA);
                            for (int jr = 0; jr < nc; jr += nr)
                            {
                                int nrr = Math.Min(nr, nc - jr);
                                T* panelB = packB + (long)jr * kc;
                                for (int ir = 0; ir < mc; ir += MR)
                                {
                                    T* cTile = op.C + (long)(ic + ir) * op.Ldc + jc + jr;
                                    MicroKernel(kc, packA + (long)ir * kc, panelB, cTile, op.Ldc, op.Alpha, Math.Min(MR, mc - ir), nrr, tile);
                                }
                            }
                        }
                    }
                }
            }
        }
        finally
        {
            ArrayPool<T>.Shared.Return(bufferA);
            ArrayPool<T>.Shared.Return(bufferB);
        }
    }

    /// <summary>
    /// acc[MR, NR] = Σ_p a[p, :] ⊗ b[p, :] over one depth block, then C ← fma(α, acc, C) on the mr×nr part that exists.
    /// // a: [kc, MR] packed; b: [kc, NR] packed; c: [mr rows, ldc]; tile: [MR, NR] scratch for edge tiles
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MicroKernel(int kc, T* a, T* b, T* c, int ldc, T alpha, int mr, int nr, T* tile)
    {
        int w = L.Count;
        TV c00 = L.Zero, c01 = L.Zero, c10 = L.Zero, c11 = L.Zero, c20 = L.Zero, c21 = L.Zero;
        TV c30 = L.Zero, c31 = L.Zero, c40 = L.Zero, c41 = L.Zero, c50 = L.Zero, c51 = L.Zero;
        for (int p = 0; p < kc; p++)
        {
            TV b0 = L.Load(b), b1 = L.Load(b + w);
            TV x = L.Broadcast(a[0]);
            c00 = L.Fma(x, b0, c00);
            c01 = L.Fma(x, b1, c01);
            x = L.Broadcast(a[1]);
            c10 = L.Fma(x, b0, c10);
            c11 = L.Fma(x, b1, c11);
            x = L.Broadcast(a[2]);
            c20 = L.Fma(x, b0, c20);
            c21 = L.Fma(x, b1, c21);
            x = L.Broadcast(a[3]);
            c30 = L.Fma(x, b0, c30);
            c31 = L.Fma(x, b1, c31);
            x = L.Broadcast(a[4]);
            c40 = L.Fma(x, b0, c40);
            c41 = L.Fma(x, b1, c41);
            x = L.Broadcast(a[5]);
            c50 = L.Fma(x, b0, c50);
            c51 = L.Fma(x, b1, c51);
            a += MR;
            b += 2 * w;
        }

        if (mr == MR && nr == 2 * w)
        {
            TV av = L.Broadcast(alpha);
            Update(c, w, av, c00, c01);
            Update(c += ldc, w, av, c10, c11);
            Update(c += ldc, w, av, c20, c21);
            Update(c += ldc, w, av, c30, c31);
            Update(c += ldc, w, av, c40, c41);
            Update(c + ldc, w, av, c50, c51);
            return;
        }
        // Edge tile: the padded lanes hold products with the zero padding; only the mr×nr that exist are written.
        int ntile = 2 * w;
        L.Store(tile, c00); L.Store(tile + w, c01);
        L.Store(tile + ntile, c10); L.Store(tile + ntile + w, c11);
        L.Store(tile + 2 * ntile, c20); L.Store(tile + 2 * ntile + w, c21);
        L.Store(tile + 3 * ntile, c30); L.Store(tile + 3 * ntile + w, c31);
        L.Store(tile + 4 * ntile, c40); L.Store(tile + 4 * ntile + w, c41);
        L.Store(tile + 5 * ntile, c50); L.Store(tile + 5 * ntile + w, c51);
        for (int i = 0; i < mr; i++)
        {
            T* row = c + (long)i * ldc;
            for (int j = 0; j < nr; j++)
                row[j] = T.FusedMultiplyAdd(alpha, tile[i * ntile + j], row[j]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Update(T* c, int w, TV alpha, TV acc0, TV acc1)
    {
        L.Store(c, L.Fma(alpha, acc0, L.Load(c)));
        L.Store(c + w, L.Fma(alpha, acc1, L.Load(c + w)));
    }

    /// <summary>C ← β·C on the row range, with β = 0 writing zeros without reading C (BLAS: NaN in C must not leak).</summary>
    private static void ScaleC(in GemmOperands<T> op, int rowStart, int rowEnd)
    {
        if (op.Beta == T.One)
            return;
        for (int i = rowStart; i < rowEnd; i++)
        {
            var row = new Span<T>(op.C + (long)i * op.Ldc, op.N);
            if (op.Beta == T.Zero)
            {
                row.Clear();
                continue;
            }
            for (int j = 0; j < row.Length; j++)
                row[j] *= op.Beta;
        }
    }

    /// <summary>
    /// Packs op(A)[ic.., pc..] (mc×kc) as ⌈mc/MR⌉ micro-panels of [kc, MR], rows past mc zero.
    /// // dst: [⌈mc/MR⌉, kc, MR]
    /// </summary>
    private static void PackA(in GemmOperands<T> op, int ic, int pc, int mc, int kc, T* dst)
    {
        for (int ir = 0; ir < mc; ir += MR, dst += (long)kc * MR)
        {
            int mr = Math.Min(MR, mc - ir);
            if (op.TransA == Transpose.No)
            {
                // Element (i, p) of op(A) is A[i, p]: walk each stored row along p.
                for (int r = 0; r < MR; r++)
                {
                    if (r >= mr)
                    {
                        for (int p = 0; p < kc; p++)
                            dst[p * MR + r] = T.Zero;
                        continue;
                    }
                    T* src = op.A + (long)(ic + ir + r) * op.Lda + pc;
                    for (int p = 0; p < kc; p++)
                        dst[p * MR + r] = src[p];
                }
            }
            else
            {
                // Element (i, p) is A[p, i]: the MR rows of one p are contiguous in the stored row p.
                for (int p = 0; p < kc; p++)
                {
                    T* src = op.A + (long)(pc + p) * op.Lda + ic + ir;
                    T* d = dst + p * MR;
                    for (int r = 0; r < mr; r++)
                        d[r] = src[r];
                    for (int r = mr; r < MR; r++)
                        d[r] = T.Zero;
                }
            }
        }
    }

    /// <summary>
    /// Packs op(B)[pc.., jc..] (kc×nc) as ⌈nc/NR⌉ micro-panels of [kc, NR], columns past nc zero.
    /// // dst: [⌈nc/NR⌉, kc, NR]
    /// </summary>
    private static void PackB(in GemmOperands<T> op, int pc, int jc, int kc, int nc, T* dst)
    {
        int nr = NR, w = L.Count;
        for (int jr = 0; jr < nc; jr += nr, dst += (long)kc * nr)
        {
            int nrr = Math.Min(nr, nc - jr);
            if (op.TransB == Transpose.No)
            {
                // Element (p, j) is B[p, j]: each p contributes NR contiguous elements of its stored row.
                for (int p = 0; p < kc; p++)
                {
                    T* src = op.B + (long)(pc + p) * op.Ldb + jc + jr;
                    T* d = dst + p * nr;
                    if (nrr == nr)
                    {
                        L.Store(d, L.Load(src));
                        L.Store(d + w, L.Load(src + w));
                        continue;
                    }
                    for (int j = 0; j < nrr; j++)
                        d[j] = src[j];
                    for (int j = nrr; j < nr; j++)
                        d[j] = T.Zero;
                }
            }
            else
            {
                // Element (p, j) is B[j, p]: walk each stored row j along p.
                for (int j = 0; j < nr; j++)
                {
                    if (j >= nrr)
                    {
                        for (int p = 0; p < kc; p++)
                            dst[p * nr + j] = T.Zero;
                        continue;
                    }
                    T* src = op.B + (long)(jc + jr + j) * op.Ldb + pc;
                    for (int p = 0; p < kc; p++)
                        dst[p * nr + j] = src[p];
                }
            }
        }
    }

    private static int RoundUp(int x, int multiple) => (x + multiple - 1) / multiple * multiple;

    private static T* Align(T* p) => (T*)(((nint)p + 63) & ~(nint)63);
}
