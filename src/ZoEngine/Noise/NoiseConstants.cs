namespace ZoEngine.Noise;

/// <summary>
/// The coefficients of <see cref="PortableMath"/> as C# constants. The SIMD kernels read these, not the arrays: a
/// constant is folded into the instruction (a broadcast memory operand), whereas a static array costs a class
/// initialisation check, a load and a bounds check per use inside the hot loop. Each literal is the shortest decimal
/// that rounds to the documented bits; a test checks every one against the bit tables of <see cref="PortableMath"/>.
/// </summary>
internal static class NoiseConstants
{
    public const float Ln0 = 1f;
    public const float Ln1 = -0.499999881f;
    public const float Ln2 = 0.333333254f;
    public const float Ln3 = -0.250015855f;
    public const float Ln4 = 0.200019687f;
    public const float Ln5 = -0.166090131f;
    public const float Ln6 = 0.14181824f;
    public const float Ln7 = -0.132434487f;
    public const float Ln8 = 0.12904717f;
    public const float Ln9 = -0.0762121454f;

    public const float Cos0 = 1f;
    public const float Cos1 = -19.7392082f;
    public const float Cos2 = 64.9393921f;
    public const float Cos3 = -85.4568176f;
    public const float Cos4 = 60.2446404f;
    public const float Cos5 = -26.4262562f;

    public const float Sin0 = 6.28318548f;
    public const float Sin1 = -41.3417015f;
    public const float Sin2 = 81.6052475f;
    public const float Sin3 = -76.7058563f;
    public const float Sin4 = 42.0586929f;

    public const float Ln2Hi = 0.693138123f;
    public const float Ln2Lo = 9.05800061e-06f;

    /// <summary>The constants in table order, for the test that pins them to the bit tables.</summary>
    internal static float[] LnTable => [Ln0, Ln1, Ln2, Ln3, Ln4, Ln5, Ln6, Ln7, Ln8, Ln9];
    internal static float[] CosTable => [Cos0, Cos1, Cos2, Cos3, Cos4, Cos5];
    internal static float[] SinTable => [Sin0, Sin1, Sin2, Sin3, Sin4];
}
