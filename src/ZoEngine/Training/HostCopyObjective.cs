namespace ZoEngine;

/// <summary>
/// Evaluates an objective written for host memory on parameters that live in a device's memory: θ is copied into a
/// host set of the same layout (allocated once) before each evaluation. Host sets pass straight through. This is the
/// bridge for host-side losses (the synthetic functions, a CPU model) on the CUDA and Emulated backends; a model that
/// runs on the device reads θ there instead and needs no copy.
/// </summary>
public sealed class HostCopyObjective : IObjective, IDisposable
{
    private readonly IObjective _inner;
    private ParameterSet? _host;
    private float[]? _flat;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    public HostCopyObjective(IObjective inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <inheritdoc />
    public float Evaluate(ParameterSet parameters)
    {
        if (parameters.Memory.IsHostAccessible)
            return _inner.Evaluate(parameters);
        if (_host is null || _flat is null || _flat.Length != parameters.TotalLength)
        {
            _host?.Dispose();
            _host = parameters.CloneLayoutIn(HostMemory.Instance);
            _flat = new float[parameters.TotalLength];
        }
        parameters.CopyToHost(_flat);
        _host.CopyFromHost(_flat);
        return _inner.Evaluate(_host);
    }

    /// <summary>Frees the host copy.</summary>
    public void Dispose() => _host?.Dispose();
}
