namespace ZoEngine.Cuda;

/// <summary>
/// Backend selection by name: <c>auto | cpu | cuda | emulated</c>. <c>auto</c> takes the GPU only when cuInit
/// succeeds and a device exists, and otherwise the CPU with one line that gives the driver's reason; asking for
/// <c>cuda</c> without a device is a <see cref="CudaUnavailableException"/> with that reason, never a crash.
/// </summary>
public static class BackendSelector
{
    /// <summary>The names <see cref="Create"/> accepts.</summary>
    public static readonly IReadOnlyList<string> Names = ["auto", "cpu", "cuda", "emulated"];

    /// <summary>Creates the backend called <paramref name="name"/>.</summary>
    /// <param name="name">auto, cpu, cuda or emulated.</param>
    /// <param name="note">For auto: one line saying what was chosen and why. Null otherwise.</param>
    public static IZoBackend Create(string name, out string? note)
    {
        note = null;
        switch (name)
        {
            case "cpu":
                return new CpuBackend(threads: 0);
            case "emulated":
                return new EmulatedBackend();
            case "cuda":
                if (!CudaBackend.IsAvailable(out string why))
                    throw new CudaUnavailableException($"The cuda backend needs a CUDA device: {why}.");
                return new CudaBackend();
            case "auto":
                if (!CudaBackend.IsAvailable(out string reason))
                {
                    note = $"backend auto: cpu ({reason})";
                    return new CpuBackend(threads: 0);
                }
                try
                {
                    var cuda = new CudaBackend();
                    note = $"backend auto: cuda ({cuda.Description})";
                    return cuda;
                }
                catch (Exception e) when (e is CudaException or CudaUnavailableException or InvalidDataException)
                {
                    note = $"backend auto: cpu (the CUDA device could not be used: {e.Message})";
                    return new CpuBackend(threads: 0);
                }
            default:
                throw new ArgumentException($"Unknown backend '{name}': use one of {string.Join(", ", Names)}.", nameof(name));
        }
    }
}
