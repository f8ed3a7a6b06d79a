using System.Numerics;
using ZoEngine.Nn.Gemm;

namespace ZoEngine.Nn;

/// <summary>
/// What layers run with: the ops of one device, a scratch <see cref="Workspace{T}"/>, and the counters of work done.
/// One context serves one thread.
/// </summary>
public sealed class NnContext<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>Creates a context over <paramref name="ops"/>.</summary>
    public NnContext(INnOps<T> ops)
        : this(ops, new EvaluationCounter())
    {
    }

    /// <summary>A context over the same ops that counts into <paramref name="counter"/> but has its own workspace.</summary>
    internal NnContext(INnOps<T> ops, EvaluationCounter counter)
    {
        ArgumentNullException.ThrowIfNull(ops);
        Ops = ops;
        Counter = counter;
        Workspace = new Workspace<T>(ops.Memory);
    }

    /// <summary>A CPU context whose GEMM is <paramref name="gemm"/>.</summary>
    public static NnContext<T> Cpu(IGemm gemm) => new(new CpuNnOps<T>(gemm));

    /// <summary>The ops.</summary>
    public INnOps<T> Ops { get; }

    /// <summary>Scratch for layer temporaries and HZO's δ vectors, in the ops' memory.</summary>
    public Workspace<T> Workspace { get; }

    /// <summary>Where this context's tensors live (the ops' memory).</summary>
    public IParameterMemory Memory => Ops.Memory;

    /// <summary>A zeroed [rows, cols] tensor in the ops' memory, for results that outlive a call (activations, traces).</summary>
    public Tensor<T> Allocate(int rows, int cols) => Tensor<T>.Allocate(Ops.Memory, rows, cols);

    /// <summary>Work counters; gradient methods report the difference over one call.</summary>
    public EvaluationCounter Counter { get; }
}

/// <summary>
/// Running totals of work, in the units docs/hzo.md defines: a unit (one top-level layer of a <c>Sequential</c>)
/// applied to one row is one layer evaluation.
/// </summary>
public sealed class EvaluationCounter
{
    /// <summary>Unit evaluations on data rows: forward passes.</summary>
    public long Forward { get; internal set; }

    /// <summary>Unit evaluations on probe rows (a ± h·e_m pushed through a sub-network).</summary>
    public long Probe { get; internal set; }

    /// <summary>Unit backward passes on data rows: backprop, and the local delta rule at HZO's leaves.</summary>
    public long Backward { get; internal set; }

    /// <summary>Per-sample loss evaluations: one per sample for the loss itself, 2C per sample for a probed δ_L.</summary>
    public long Loss { get; internal set; }

    /// <summary>Elementwise activation evaluations made by probed derivatives σ' (two per element).</summary>
    public long ActivationProbes { get; internal set; }

    /// <summary>The totals now.</summary>
    public EvaluationCounts Snapshot() => new(Forward, Probe, Backward, Loss, ActivationProbes);
}

/// <summary>A snapshot or difference of <see cref="EvaluationCounter"/> totals.</summary>
/// <param name="Forward">Unit evaluations on data rows.</param>
/// <param name="Probe">Unit evaluations on probe rows.</param>
/// <param name="Backward">Unit backward passes.</param>
/// <param name="Loss">Per-sample loss evaluations.</param>
/// <param name="ActivationProbes">Elementwise activation evaluations of probed derivatives.</param>
public readonly record struct EvaluationCounts(long Forward, long Probe, long Backward, long Loss, long ActivationProbes)
{
    /// <summary>Forward-type layer evaluations: data rows plus probe rows.</summary>
    public long LayerEvaluations => Forward + Probe;

    /// <summary>The work between two snapshots.</summary>
    public static EvaluationCounts operator -(EvaluationCounts after, EvaluationCounts before) =>
        new(after.Forward - before.Forward, after.Probe - before.Probe, after.Backward - before.Backward,
            after.Loss - before.Loss, after.ActivationProbes - before.ActivationProbes);
}
