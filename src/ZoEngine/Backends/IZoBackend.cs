using ZoEngine.Noise;

namespace ZoEngine;

/// <summary>
/// The narrow, op-level interface every backend implements (DESIGN §5). Estimators and optimizers are written against
/// it once; the contract tests run it per backend. All noise is regenerated from (seed, tensor id, index) inside the
/// ops, so the same call gives the same bits on every backend.
/// </summary>
public interface IZoBackend : IDisposable
{
    /// <summary>Short name used in logs and by <c>--backend</c>.</summary>
    string Name { get; }

    /// <summary>A line describing the hardware path in use (vector width, device).</summary>
    string Description { get; }

    /// <summary>
    /// The memory this backend's parameter sets and optimizer states live in. Create sets for it with
    /// <c>new ParameterSet(backend.Memory)</c>; every op refuses a set from another memory.
    /// </summary>
    IParameterMemory Memory { get; }

    /// <summary>
    /// Waits until every op queued so far has finished. Ops may run asynchronously (CUDA queues them on a stream);
    /// an objective that reads θ through its own code must see them done, so trainers call this before each evaluation.
    /// </summary>
    void Synchronize();

    /// <summary>θ += Σ_k c_k·z(s_k), one fused pass over θ. An empty list leaves θ untouched.</summary>
    void Combine(ParameterSet parameters, ReadOnlySpan<NoiseTerm> terms);

    /// <summary>
    /// One fused pass over (θ, m, v): apply the restore combination to θ, then the update rule with the gradient
    /// estimate regenerated from its terms (or read from its coordinates).
    /// </summary>
    void Update(ParameterSet parameters, OptimizerState? state, in UpdateRule rule, ReadOnlySpan<NoiseTerm> restore, in GradientSource gradient);

    /// <summary>
    /// Σ_j trunc(z_j²·2²⁴) over the whole set as an integer: the order-independent squared norm of a direction, so
    /// that a sphere direction's scale is the same bits on every backend. ‖z‖² = result·2⁻²⁴.
    /// </summary>
    long NoiseSquaredNormFixed(ParameterSet layout, NoiseKind kind, ulong seed);

    /// <summary>θ = scale·z(seed): used for initial points and for inspecting the noise.</summary>
    void Fill(ParameterSet parameters, NoiseKind kind, ulong seed, float scale);

    /// <summary>Reads flat element <paramref name="index"/>.</summary>
    float GetCoordinate(ParameterSet parameters, long index);

    /// <summary>Writes flat element <paramref name="index"/>.</summary>
    void SetCoordinate(ParameterSet parameters, long index, float value);

    /// <summary>Copies <paramref name="source"/> into <paramref name="destination"/> (same layout).</summary>
    void Copy(ParameterSet source, ParameterSet destination);

    /// <summary>Allocates zeroed moment buffers for <paramref name="layout"/>.</summary>
    OptimizerState AllocateState(ParameterSet layout, bool firstMoment, bool secondMoment, StatePrecision precision);
}
