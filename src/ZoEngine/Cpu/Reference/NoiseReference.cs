using ZoEngine.Noise;

namespace ZoEngine.Cpu.Reference;

/// <summary>
/// The noise contract of DESIGN §2 written as plainly as possible, one element at a time. It is the specification
/// that the SIMD path and every kernel are tested against, not a path the engine runs in production.
/// </summary>
public static class NoiseReference
{
    /// <summary>2⁻²⁴, the resolution of the 24-bit uniforms.</summary>
    public const float TwoPowMinus24 = 1f / 16777216f;

    /// <summary>The four Philox words of block <paramref name="block"/> (elements 4·block .. 4·block+3) of tensor <paramref name="tensorId"/>.</summary>
    public static (uint X0, uint X1, uint X2, uint X3) Words(ulong seed, uint tensorId, ulong block) =>
        Philox4x32.Compute((uint)block, (uint)(block >> 32), tensorId, 0, (uint)seed, (uint)(seed >> 32));

    /// <summary>The Philox word that element <paramref name="index"/> takes: lane index &amp; 3 of its block.</summary>
    public static uint Word(ulong seed, uint tensorId, ulong index)
    {
        var (x0, x1, x2, x3) = Words(seed, tensorId, index >> 2);
        return (index & 3) switch { 0 => x0, 1 => x1, 2 => x2, _ => x3 };
    }

    /// <summary>u1 = ((x &gt;&gt; 8) + 1)·2⁻²⁴ ∈ (0, 1], exact in binary32.</summary>
    public static float UniformOpenZero(uint x) => (float)((x >> 8) + 1) * TwoPowMinus24;

    /// <summary>u2 = (x &gt;&gt; 8)·2⁻²⁴ ∈ [0, 1), exact in binary32.</summary>
    public static float UniformClosedZero(uint x) => (float)(x >> 8) * TwoPowMinus24;

    /// <summary>The Box–Muller radius r = √(−2 ln u1) of the word that supplies u1.</summary>
    public static float Radius(uint x) => MathF.Sqrt(PortableMath.Log(UniformOpenZero(x)) * -2f);

    /// <summary>Gaussian element <paramref name="index"/> of tensor <paramref name="tensorId"/> under <paramref name="seed"/>.</summary>
    public static float Gaussian(ulong seed, uint tensorId, ulong index)
    {
        var (x0, x1, x2, x3) = Words(seed, tensorId, index >> 2);
        uint lane = (uint)(index & 3);
        // Lanes 0 and 1 share the pair (x0, x1); lanes 2 and 3 share (x2, x3).
        uint a = lane < 2 ? x0 : x2;
        uint b = lane < 2 ? x1 : x3;
        float r = Radius(a);
        var (cos, sin) = PortableMath.SinCosTurns24(b >> 8);
        return r * ((lane & 1) == 0 ? cos : sin);
    }

    /// <summary>Rademacher element: +1 or −1 from the sign bit of the element's word.</summary>
    public static float Rademacher(ulong seed, uint tensorId, ulong index) =>
        BitConverter.UInt32BitsToSingle(0x3F800000u | (Word(seed, tensorId, index) & 0x80000000u));

    /// <summary>Element of the given stream.</summary>
    public static float Element(NoiseKind kind, ulong seed, uint tensorId, ulong index) =>
        kind == NoiseKind.Gaussian ? Gaussian(seed, tensorId, index) : Rademacher(seed, tensorId, index);

    /// <summary>
    /// The fixed-point term of z² that the deterministic norm sums: trunc(fl(z·z)·2²⁴) as an integer. Integer sums
    /// are associative, so every backend and every reduction order gets the same total.
    /// </summary>
    public static long SquareFixed(float z) => (long)(int)(z * z * NormScale);

    /// <summary>Scale of the fixed-point squares: 2²⁴.</summary>
    public const float NormScale = 16777216f;
}
