namespace ZoEngine.Tests.Support;

/// <summary>
/// The backends every contract fixture runs on. CPU widths that the hardware does not accelerate still run, in the
/// runtime's software vectors, so every width's code path is exercised on every machine.
/// </summary>
public static class BackendCases
{
    public static IEnumerable<TestFixtureData> Fixtures()
    {
        foreach (var name in Names)
            yield return new TestFixtureData(name).SetArgDisplayNames(name);
    }

    public static readonly string[] Names = ["cpu-scalar", "cpu-128", "cpu-256", "cpu-512"];

    public static IZoBackend Create(string name) => name switch
    {
        "cpu-scalar" => new CpuBackend(SimdWidth.Scalar),
        "cpu-128" => new CpuBackend(SimdWidth.V128),
        "cpu-256" => new CpuBackend(SimdWidth.V256),
        "cpu-512" => new CpuBackend(SimdWidth.V512),
        _ => throw new ArgumentException($"Unknown backend case '{name}'."),
    };
}
