using ZoEngine.Nn;
using ZoEngine.Workloads.Data;
using ZoEngine.Workloads.Training;

namespace ZoEngine.Workloads.Analysis;

/// <summary>
/// The pieces of 'zo bench hzo-cost --model cnn|resnet' and 'zo bench hzo-fidelity --model cnn|resnet' (docs/hzo.md):
/// the gradient methods that run on a convolutional network, the exact probe-row count each must report, Fashion-MNIST
/// batches at a multiple of 28×28, and the fidelity of HZO+SPP against backprop through backprop training.
/// </summary>
public static class ConvHzoBench
{
    /// <summary>Fashion-MNIST's image side.</summary>
    public const int Side = 28;

    /// <summary>The gradient methods of the conv cost figure: backprop, HZO with and without SPP, neuron-wise and CGE.</summary>
    public static IReadOnlyList<string> Methods { get; } = ["bp", "hzo", "hzo-nospp", "neuronwise", "cge"];

    /// <summary>
    /// The gradient method <paramref name="name"/> (one of <see cref="Methods"/>) over a convolutional network, as
    /// <see cref="GradientStepMethod.CreateGradient"/> builds it for training. CGE estimates every weight (density 1,
    /// DeepZero's coordinate-wise estimate without pruning) with the mask seed <paramref name="seed"/>, and needs a host
    /// model.
    /// </summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Methods"/>.</exception>
    public static IGradientMethod<float> CreateGradient(string name, Sequential<float> model, NnContext<float> context, ulong seed) =>
        GradientStepMethod.CreateGradient(name, model, context, SoftmaxCrossEntropy<float>.Instance, new CgeOptions { Seed = seed });

    /// <summary>
    /// The probe rows per sample that method <paramref name="name"/> must count on <paramref name="model"/>, written
    /// from docs/hzo.md §5, and the formula's name: HZO walks the split tree with R(k, j) = 2·C_k·min(r, H_k)·min(r, W_k)
    /// under SPP and 2·|a_k| without (<see cref="HzoCost.HzoProbes{T}"/>); neuron-wise probes every a_l, l = 1..L−1,
    /// through the L − l units after it, Σ 2·|a_l|·(L − l); backprop and CGE push no probe rows (CGE's evaluations are
    /// forward rows of perturbed weights).
    /// </summary>
    public static (string Formula, long Rows) ProbeRowsPerSample(string name, Sequential<float> model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return name switch
        {
            "hzo" => ("Σ R_spp·(j−k)", HzoCost.HzoProbes(model, spatialParallel: true)),
            "hzo-nospp" => ("Σ 2|a_k|·(j−k)", HzoCost.HzoProbes(model, spatialParallel: false)),
            "neuronwise" => ("Σ 2|a_l|·(L−l)", Enumerable.Range(1, model.Depth - 1).Sum(l => 2L * model.Width(l) * (model.Depth - l))),
            "bp" or "cge" => ("0", 0),
            _ => throw new ArgumentException($"Unknown gradient method '{name}'; use {string.Join(", ", Methods)}.", nameof(name)),
        };
    }

    /// <summary>
    /// The input map of Fashion-MNIST at <paramref name="resolution"/>×<paramref name="resolution"/>: a positive
    /// multiple of 28, reached by nearest-neighbour upsampling (<see cref="Upsample"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The resolution is not a positive multiple of 28.</exception>
    public static int UpsampleFactor(int resolution) =>
        resolution >= Side && resolution % Side == 0
            ? resolution / Side
            : throw new ArgumentException($"The resolution must be a positive multiple of {Side} (nearest-neighbour upsampling of the {Side}×{Side} images), got {resolution}.");

    /// <summary>
    /// Nearest-neighbour upsampling by an integer <paramref name="factor"/>: output pixel (c, y, x) is input pixel
    /// (c, ⌊y/f⌋, ⌊x/f⌋), so every image keeps its values and its content covers the larger map exactly.
    /// </summary>
    /// <param name="x">The batch. // [B, C·H·W]</param>
    /// <param name="shape">One row's map.</param>
    /// <param name="factor">f ≥ 1.</param>
    /// <returns>A new host tensor. // [B, C·fH·fW]</returns>
    public static Tensor<float> Upsample(Tensor<float> x, SpatialShape shape, int factor)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentOutOfRangeException.ThrowIfLessThan(factor, 1);
        if (x.Cols != shape.Features)
            throw new ArgumentException($"A row of {x.Cols} features is not a {shape} map.", nameof(x));
        int h = shape.Height * factor, w = shape.Width * factor;
        var y = new Tensor<float>(x.Rows, shape.Channels * h * w);
        var src = x.Span;
        var dst = y.Span;
        for (int s = 0; s < x.Rows; s++)
        {
            for (int c = 0; c < shape.Channels; c++)
            {
                for (int yy = 0; yy < h; yy++)
                {
                    int from = s * x.Cols + (c * shape.Height + yy / factor) * shape.Width;
                    int to = s * y.Cols + (c * h + yy) * w;
                    for (int xx = 0; xx < w; xx++)
                        dst[to + xx] = src[from + xx / factor];
                }
            }
        }
        return y;
    }

    /// <summary>
    /// The first <paramref name="count"/> images of <paramref name="split"/> at <paramref name="factor"/> times
    /// Fashion-MNIST's resolution, and their labels.
    /// </summary>
    public static (Tensor<float> X, int[] Labels) Batch(ILabelledExamples split, int count, int factor)
    {
        ArgumentNullException.ThrowIfNull(split);
        var x = new Tensor<float>(count, split.Features);
        int[] labels = new int[count];
        BatchSource.Gather(split, [.. Enumerable.Range(0, count)], x, labels);
        return (factor == 1 ? x : Upsample(x, new SpatialShape(1, Side, Side), factor), labels);
    }

    /// <summary>
    /// Trains <paramref name="model"/> with backprop + Adam on <paramref name="train"/> (batches cycling through one
    /// shuffle, as the MLP fidelity study does) and, at each step count of <paramref name="checkpoints"/> (ascending; 0 is
    /// the initialisation), compares HZO's gradient of the evaluation batch with backprop's per unit and overall.
    /// </summary>
    /// <param name="model">The network, in the context's memory; its parameters end trained to the last checkpoint.</param>
    /// <param name="context">Ops and counters (host or device).</param>
    /// <param name="train">Training images at the model's input resolution.</param>
    /// <param name="trainBatch">Rows per training step.</param>
    /// <param name="learningRate">Adam's learning rate.</param>
    /// <param name="seed">Seed of the batch order.</param>
    /// <param name="evalX">The evaluation batch, in the context's memory. // [B, in]</param>
    /// <param name="evalLabels">Its labels. // [B]</param>
    /// <param name="checkpoints">Step counts at which to compare, ascending.</param>
    /// <param name="options">HZO's options (SPP on by default).</param>
    /// <returns>One point per checkpoint reached, and why the training stopped early (null when it reached them all).</returns>
    public static (IReadOnlyList<FidelityPoint> Points, string? Divergence) FidelityThroughTraining(Sequential<float> model, NnContext<float> context, ILabelledExamples train, int trainBatch, double learningRate, ulong seed,
        Tensor<float> evalX, int[] evalLabels, IReadOnlyList<int> checkpoints, HzoOptions options)
    {
        ArgumentNullException.ThrowIfNull(checkpoints);
        var recent = new RecentLosses(20);
        var trainer = new TrainingLoop(
            new GradientStepMethod(new Backprop<float>(model, context, SoftmaxCrossEntropy<float>.Instance), new DenseAdam<float>(model, learningRate, ops: ReferenceEquals(context.Memory, HostMemory.Instance) ? null : context.Ops), learningRate, context),
            new BatchSource(train, trainBatch, (int)(seed & 0x7fffffff) ^ 0x5eed, BatchOrder.CycleOnePermutation),
            new TrainingOptions { Epochs = null, EvaluationsPerEpoch = 0 }, evaluation: null, recent);
        var points = new List<FidelityPoint>();
        foreach (int step in checkpoints)
        {
            if (trainer.RunTo(step).Divergence is { } diverged)
                return (points, $"the backprop training {diverged}");
            var (agreement, loss) = HzoFidelity.Compare(model, context, evalX, evalLabels, options);
            points.Add(new FidelityPoint(step, agreement, loss, recent.Mean));
        }
        return (points, null);
    }
}

/// <summary>HZO against backprop at one checkpoint of <see cref="ConvHzoBench.FidelityThroughTraining"/>.</summary>
/// <param name="Step">Training steps taken.</param>
/// <param name="Agreement">Overall first, then per unit.</param>
/// <param name="Loss">Backprop's mean loss of the evaluation batch.</param>
/// <param name="TrainLoss">Mean loss of the last 20 training steps (NaN at step 0).</param>
public readonly record struct FidelityPoint(int Step, IReadOnlyList<GradientAgreement> Agreement, double Loss, double TrainLoss);
