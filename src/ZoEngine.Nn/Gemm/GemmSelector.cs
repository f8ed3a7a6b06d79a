namespace ZoEngine.Nn.Gemm;

/// <summary>
/// Which CPU GEMM the engine uses: OpenBLAS when the library loads (DESIGN §5: a real BLAS when the system has one),
/// otherwise <see cref="BlockedGemm"/>. The choice is made once per process and <see cref="Describe()"/> says it in
/// one line, with the reason when OpenBLAS was not taken.
/// </summary>
public static class GemmSelector
{
    private static readonly Lazy<(IGemm Gemm, string Line)> Choice = new(Choose);

    /// <summary>The GEMM to use by default on this machine.</summary>
    public static IGemm Default => Choice.Value.Gemm;

    /// <summary>One log line, e.g. "gemm: openblas (libopenblas.so.0: OpenBLAS 0.3.21 …, 2 threads)" or
    /// "gemm: blocked-simd (256-bit, up to 2 threads); OpenBLAS not used: …".</summary>
    public static string Describe() => Choice.Value.Line;

    /// <summary>
    /// A GEMM by name: "auto" (<see cref="Default"/>), "openblas", "blocked" or "reference".
    /// </summary>
    /// <exception cref="ArgumentException">The name is unknown, or "openblas" was asked for and does not load (the message says why).</exception>
    public static IGemm Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        switch (name.ToLowerInvariant())
        {
            case "auto":
                return Default;
            case "openblas":
                return OpenBlasGemm.TryCreate(out string reason) ?? throw new ArgumentException($"GEMM 'openblas' is unavailable: {reason}", nameof(name));
            case "blocked":
                return new BlockedGemm();
            case "reference":
                return ReferenceGemm.Instance;
            default:
                throw new ArgumentException($"Unknown GEMM '{name}'; use auto, openblas, blocked or reference.", nameof(name));
        }
    }

    /// <summary>The one-line description of any GEMM, as <see cref="Describe()"/> writes it.</summary>
    public static string Describe(IGemm gemm)
    {
        ArgumentNullException.ThrowIfNull(gemm);
        return gemm switch
        {
            OpenBlasGemm o => o.Description,
            BlockedGemm b => b.Description,
            _ => gemm.Name,
        };
    }

    private static (IGemm, string) Choose()
    {
        if (OpenBlasGemm.TryCreate(out string reason) is { } blas)
            return (blas, $"gemm: {blas.Description}");
        var blocked = new BlockedGemm();
        return (blocked, $"gemm: {blocked.Description}; OpenBLAS not used: {reason}");
    }
}
