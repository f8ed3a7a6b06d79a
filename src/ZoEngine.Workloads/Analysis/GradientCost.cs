using System.Diagnostics;
using ZoEngine.Estimators;
using ZoEngine.Nn;
using ZoEngine.Optimizers;
using ZoEngine.Workloads.Training;

namespace ZoEngine.Workloads.Analysis;

/// <summary>
/// One (method, depth) cell of the HZO cost figure ('zo bench hzo-cost'): a gradient method (bp, hzo, neuronwise) or
/// one-query SPSA on a fixed batch, warmed up once, and its timings.
/// </summary>
public sealed class GradientCostCell : IDisposable
{
    private readonly Func<EvaluationCounts> _run;
    private readonly ZoNetworkTrainer? _mezo;

    /// <summary>Builds the cell; nothing is timed yet.</summary>
    /// <param name="method">bp, hzo, neuronwise or spsa.</param>
    /// <param name="depth">The model's depth, for reports.</param>
    /// <param name="model">The model, in the context's memory.</param>
    /// <param name="context">Ops and counters.</param>
    /// <param name="x">The batch, in the context's memory. // [B, in]</param>
    /// <param name="labels">Its labels. // [B]</param>
    /// <param name="seed">SPSA's run seed.</param>
    /// <param name="device">The device to synchronise at the end of each timed gradient; null on the host.</param>
    public GradientCostCell(string method, int depth, Sequential<float> model, NnContext<float> context, Tensor<float> x, int[] labels, ulong seed, Cuda.DeviceBackend? device)
    {
        Method = method;
        Depth = depth;
        var loss = SoftmaxCrossEntropy<float>.Instance;
        if (method == "spsa")
        {
            // One-query MeZO with a zero learning rate: the step is the two probes and the fused restore passes, and
            // the weights stay where they are, so every repetition times the same work.
            var config = new RunConfiguration { RunSeed = seed, Estimator = EstimatorOptions.MeZo(1e-3f), Optimizer = new OptimizerOptions { Kind = OptimizerKind.Sgd, LearningRate = 0f } };
            var mezo = new ZoNetworkTrainer(model, context, loss, config);
            _mezo = mezo;
            _run = () =>
            {
                mezo.Step(x, labels);
                return mezo.LastCounts;
            };
        }
        else
        {
            _run = Timed(GradientStepMethod.CreateGradient(method, model, context, loss), x, labels, device);
        }
    }

    /// <summary>Builds the cell over a gradient method that is already bound to its model; nothing is timed yet.</summary>
    /// <param name="method">The method's name in reports.</param>
    /// <param name="depth">The model's depth, for reports.</param>
    /// <param name="gradient">The gradient method.</param>
    /// <param name="x">The batch, in the method's memory. // [B, in]</param>
    /// <param name="labels">Its labels. // [B]</param>
    /// <param name="device">The device to synchronise at the end of each timed gradient; null on the host.</param>
    public GradientCostCell(string method, int depth, IGradientMethod<float> gradient, Tensor<float> x, int[] labels, Cuda.DeviceBackend? device)
    {
        ArgumentNullException.ThrowIfNull(gradient);
        Method = method;
        Depth = depth;
        _run = Timed(gradient, x, labels, device);
    }

    private Func<EvaluationCounts> Timed(IGradientMethod<float> gradient, Tensor<float> x, int[] labels, Cuda.DeviceBackend? device) => () =>
    {
        var result = gradient.Compute(x, labels);
        // The last launches are still queued when Compute returns: the time is the device's, to the end.
        device?.Synchronize();
        ProbeBytes = result.PeakProbeBytes;
        TraceBytes = result.TraceBytes;
        return result.Counts;
    };

    /// <summary>bp, hzo, neuronwise or spsa.</summary>
    public string Method { get; }

    /// <summary>The model's depth.</summary>
    public int Depth { get; }

    /// <summary>Seconds of each timed gradient.</summary>
    public List<double> Seconds { get; } = [];

    /// <summary>Work of the last gradient.</summary>
    public EvaluationCounts Counts { get; private set; }

    /// <summary>Peak probe memory of the last gradient (0 for bp and spsa).</summary>
    public long ProbeBytes { get; private set; }

    /// <summary>Forward-trace memory of the last gradient (0 for spsa).</summary>
    public long TraceBytes { get; private set; }

    /// <summary>One untimed warm-up on the first call, then <paramref name="reps"/> timed gradients.</summary>
    public void Time(int reps)
    {
        if (Seconds.Count == 0)
            _run();
        for (int i = 0; i < reps; i++)
        {
            long t0 = Stopwatch.GetTimestamp();
            Counts = _run();
            Seconds.Add(Stopwatch.GetElapsedTime(t0).TotalSeconds);
        }
    }

    /// <summary>Frees the SPSA trainer's buffers.</summary>
    public void Dispose() => _mezo?.Dispose();

    /// <summary>
    /// Times <paramref name="rounds"/> passes over all cells, <paramref name="reps"/> gradients per cell and pass, so
    /// that a burst of other load cannot set all of a cell's timings. In the first pass, taken in the cells' order
    /// (by depth), a method whose gradient took longer than <paramref name="maxSeconds"/> is skipped in its later cells.
    /// </summary>
    public static void TimeRoundRobin(IReadOnlyList<GradientCostCell> cells, int reps, int rounds, double maxSeconds)
    {
        var skipped = new HashSet<string>();
        for (int round = 0; round < rounds; round++)
        {
            foreach (var cell in cells)
            {
                if (skipped.Contains(cell.Method) && cell.Seconds.Count == 0)
                    continue;
                cell.Time(reps);
                if (round == 0 && cell.Seconds.Min() > maxSeconds)
                    skipped.Add(cell.Method);
            }
        }
    }
}
