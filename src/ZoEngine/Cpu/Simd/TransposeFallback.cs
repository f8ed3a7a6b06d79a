using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ZoEngine.Cpu.Simd;

/// <summary>
/// Lane-by-lane transposes for machines without the x86 shuffles (Arm, or a width the hardware emulates). They move
/// bits only, so results are identical to the shuffle forms; they are just slower.
/// </summary>
internal static unsafe class TransposeFallback
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Transpose4<TV>(ref TV a, ref TV b, ref TV c, ref TV d) where TV : unmanaged
    {
        int n = sizeof(TV) / sizeof(float);
        float* src = stackalloc float[4 * n];
        float* dst = stackalloc float[4 * n];
        *(TV*)src = a;
        *(TV*)(src + n) = b;
        *(TV*)(src + 2 * n) = c;
        *(TV*)(src + 3 * n) = d;
        for (int block = 0; block < n; block++)
            for (int lane = 0; lane < 4; lane++)
                dst[4 * block + lane] = src[lane * n + block];
        a = *(TV*)dst;
        b = *(TV*)(dst + n);
        c = *(TV*)(dst + 2 * n);
        d = *(TV*)(dst + 3 * n);
    }
}
