using System.Security.Cryptography;

namespace ZoEngine.Tests.Support;

/// <summary>½‖x‖² over the flattened set, summed in double in index order: allocation-free and exact on integers.</summary>
public sealed class HalfSquaredNorm : IObjective
{
    public int Calls;

    public float Evaluate(ParameterSet parameters)
    {
        Calls++;
        double s = 0;
        foreach (var t in parameters)
            foreach (float x in t.AsSpan())
                s += (double)x * x;
        return (float)(0.5 * s);
    }
}

/// <summary>Returns a bad value on one chosen call and the wrapped objective otherwise.</summary>
public sealed class FailingObjective(IObjective inner, int failOnCall, float bad) : IObjective
{
    private int _calls;

    public float Evaluate(ParameterSet parameters) => _calls++ == failOnCall ? bad : inner.Evaluate(parameters);
}

/// <summary>Counts the passes over θ that a backend makes, delegating the work.</summary>
public sealed class CountingBackend(IZoBackend inner) : IZoBackend
{
    public int Passes;
    public string Name => inner.Name;
    public string Description => inner.Description;
    public IParameterMemory Memory => inner.Memory;
    public void Synchronize() => inner.Synchronize();
    public void Combine(ParameterSet p, ReadOnlySpan<NoiseTerm> terms) { if (!terms.IsEmpty) Passes++; inner.Combine(p, terms); }
    public void Update(ParameterSet p, OptimizerState? s, in UpdateRule r, ReadOnlySpan<NoiseTerm> restore, in GradientSource g) { Passes++; inner.Update(p, s, r, restore, g); }
    public long NoiseSquaredNormFixed(ParameterSet l, ZoEngine.Noise.NoiseKind k, ulong seed) => inner.NoiseSquaredNormFixed(l, k, seed);
    public void Fill(ParameterSet p, ZoEngine.Noise.NoiseKind k, ulong seed, float scale) => inner.Fill(p, k, seed, scale);
    public float GetCoordinate(ParameterSet p, long i) => inner.GetCoordinate(p, i);
    public void SetCoordinate(ParameterSet p, long i, float v) => inner.SetCoordinate(p, i, v);
    public void Copy(ParameterSet s, ParameterSet d) { Passes++; inner.Copy(s, d); }
    public OptimizerState AllocateState(ParameterSet l, bool m, bool v, StatePrecision p) => inner.AllocateState(l, m, v, p);
    public void Dispose() => inner.Dispose();
}

public static class ParameterHash
{
    public static string Sha256(ParameterSet p)
    {
        using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var flat = new float[p.TotalLength];
        p.CopyToHost(flat);
        h.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(flat.AsSpan()));
        return Convert.ToHexStringLower(h.GetHashAndReset());
    }
}
