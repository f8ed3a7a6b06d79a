using System.Diagnostics;
using System.Runtime;
using ZoEngine.Estimators;
using ZoEngine.Optimizers;

namespace ZoEngine.Onnx.FineTuning;

/// <summary>What <see cref="OnnxStepBench.Run"/> measured: times in seconds, memory in bytes of resident set.</summary>
/// <param name="Parameters">Trainable parameters of the model (the head's not included).</param>
/// <param name="SessionSeconds">Binding and session creation (<see cref="OnnxZoModel.Load"/>), parsing included.</param>
/// <param name="ForwardSeconds">Median forward pass of one batch (embeddings only).</param>
/// <param name="MezoStepSeconds">Median MeZO step (2 forward passes, 3 fused passes over θ).</param>
/// <param name="RAdaZoStepSeconds">Median R-AdaZO step (2 forward passes, one fused (θ, m, v) pass).</param>
/// <param name="RssAfterLoad">Resident set after loading and a full compacting collection, before any forward.</param>
/// <param name="PeakForward">Peak resident set over forward passes (counted from after the load).</param>
/// <param name="PeakMezo">Peak resident set over MeZO steps.</param>
/// <param name="PeakRAdaZo">Peak resident set over R-AdaZO steps, its two state buffers included.</param>
/// <param name="ManagedAfterLoad">Managed heap bytes after the load's collection (the .NET share of the resident set).</param>
/// <param name="AnonymousAfterLoad">Anonymous (heap) part of <paramref name="RssAfterLoad"/>; the rest is mapped files (code).</param>
public sealed record OnnxStepBenchResult(long Parameters, double SessionSeconds, double ForwardSeconds, double MezoStepSeconds, double RAdaZoStepSeconds,
    long RssAfterLoad, long PeakForward, long PeakMezo, long PeakRAdaZo, long ManagedAfterLoad, long AnonymousAfterLoad)
{
    /// <summary>Bytes of the trainable parameters in float32.</summary>
    public long ParameterBytes => Parameters * sizeof(float);

    /// <summary>What ONNX Runtime's forward adds over the loaded process: its working memory for one batch.</summary>
    public long ForwardWorkingBytes => PeakForward - RssAfterLoad;
}

/// <summary>
/// Forward latency, ZO step times and peak resident set of fine-tuning all-MiniLM-L6-v2 (or another text encoder),
/// on fixed full-length inputs (no padding), in one process: the peak is reset (Linux <c>/proc/self/clear_refs</c>)
/// before each phase, so each peak is that phase's alone.
/// </summary>
public static class OnnxStepBench
{
    /// <summary>Measures one configuration.</summary>
    /// <param name="model">The model.</param>
    /// <param name="threads">ONNX Runtime's intra-op threads.</param>
    /// <param name="batch">Texts per forward pass.</param>
    /// <param name="tokens">Tokens per text.</param>
    /// <param name="repeats">Timed repetitions of each phase (after one warm-up).</param>
    public static OnnxStepBenchResult Run(OnnxModelSource model, int threads, int batch, int tokens, int repeats)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(tokens, 3);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        var clock = Stopwatch.StartNew();
        using var theta = new ParameterSet();
        using var onnx = OnnxZoModel.Load(model, new OnnxZoModelOptions { Parameters = theta, IntraOpThreads = threads });
        double session = clock.Elapsed.TotalSeconds;
        using var vocabulary = new StreamReader(OnnxModelSource.MiniLmVocabulary.Open());
        var encoder = new TextEncoder(onnx, vocabulary, tokens);
        var head = new LinearHead(theta, HeadClasses(batch), encoder.Hidden);
        var (ids, labels) = FixedBatch(batch, tokens);
        var texts = new float[batch * encoder.Hidden];
        var longIds = new long[ids.Length];
        TokenizedTexts.ToIds(ids, longIds);
        encoder.Embed(longIds, batch, texts);
        head.InitializeFromCentroids(texts, labels);

        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        long managed = GC.GetTotalMemory(false);
        long rss = Status("VmRSS"), anonymous = Status("RssAnon");
        ResetPeak();
        double forward = Median(repeats, () => encoder.Embed(longIds, batch, texts));
        long peakForward = Status("VmHWM");

        var objective = new FewShotObjective(encoder, head);
        objective.SetBatch(ids, labels);
        using var backend = new CpuBackend();
        double StepTime(OptimizerKind kind, out long peak)
        {
            var config = new RunConfiguration { RunSeed = 1, Estimator = EstimatorOptions.MeZo(1e-3f), Optimizer = new OptimizerOptions { Kind = kind, LearningRate = 1e-6f } };
            ResetPeak();
            using var trainer = new ZoTrainer(backend, theta, objective, config);
            double t = Median(repeats, () => trainer.Step());
            peak = Status("VmHWM");
            return t;
        }
        double mezo = StepTime(OptimizerKind.Sgd, out long peakMezo);
        double radazo = StepTime(OptimizerKind.RAdaZo, out long peakRAdaZo);
        return new OnnxStepBenchResult(onnx.TrainableParameters, session, forward, mezo, radazo, rss, peakForward, peakMezo, peakRAdaZo, managed, anonymous);
    }

    /// <summary>
    /// The inputs of every phase: [CLS] w … w [SEP] with ordinary WordPiece ids, every position real so that no row is
    /// cheaper than another, as the floats a batch holds; labels cycle through <see cref="HeadClasses"/> classes, so that
    /// every class has a row to take the head's centroid from.
    /// </summary>
    /// <summary>Classes of the benchmarks' head: 4, or fewer for a smaller batch (at least 2).</summary>
    internal static int HeadClasses(int batch) => Math.Clamp(batch, 2, 4);

    internal static (float[] Ids, int[] Labels) FixedBatch(int batch, int tokens)
    {
        var ids = new float[batch * tokens];
        for (int r = 0; r < batch; r++)
        {
            for (int k = 0; k < tokens; k++)
                ids[r * tokens + k] = k == 0 ? 101 : k == tokens - 1 ? 102 : 2000 + (r * 31 + k * 7) % 5000;
        }
        return (ids, [.. Enumerable.Range(0, batch).Select(r => r % HeadClasses(batch))]);
    }

    /// <summary>
    /// The memory a backprop full fine-tune with Adam would hold, in float32, computed (not measured): parameters,
    /// gradients, Adam's two moments, and the activations a BERT encoder keeps for its backward pass.
    /// </summary>
    /// <remarks>
    /// Activations per layer, for B texts of T tokens, width H, A heads and a 4H feed-forward: the attention input, Q, K,
    /// V, context, output-projection input, two LayerNorm inputs and outputs and the feed-forward input and output
    /// (12·B·T·H in all), the feed-forward's pre- and post-GELU (8·B·T·H), and the attention scores and probabilities
    /// (2·A·B·T²); plus the embedding output B·T·H. Framework workspace and allocator slack come on top.
    /// </remarks>
    public static (long Parameters, long Gradients, long AdamState, long Activations) BackpropBytes(long parameters, int layers, int batch, int tokens, int hidden, int heads)
    {
        long bth = (long)batch * tokens * hidden;
        long perLayer = 20 * bth + 2L * heads * batch * tokens * tokens;
        long activations = (layers * perLayer + bth) * sizeof(float);
        long p = parameters * sizeof(float);
        return (p, p, 2 * p, activations);
    }

    /// <summary>The median time of <paramref name="repeats"/> runs of <paramref name="action"/>, after one untimed run unless told not to.</summary>
    internal static double Median(int repeats, Action action, bool warmUp = true)
    {
        if (warmUp)
            action();
        var times = new double[repeats];
        for (int i = 0; i < repeats; i++)
        {
            var t = Stopwatch.StartNew();
            action();
            times[i] = t.Elapsed.TotalSeconds;
        }
        Array.Sort(times);
        return repeats % 2 == 1 ? times[repeats / 2] : (times[repeats / 2 - 1] + times[repeats / 2]) / 2;
    }

    /// <summary>A "kB" line of /proc/self/status, in bytes (0 where the file does not exist: not Linux).</summary>
    private static long Status(string key)
    {
        if (!File.Exists("/proc/self/status"))
            return 0;
        foreach (string line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(key + ":", StringComparison.Ordinal))
                return long.Parse(line[(key.Length + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        return 0;
    }

    /// <summary>Resets the peak resident set (VmHWM) to the current one (Linux 4.0+).</summary>
    private static void ResetPeak()
    {
        if (File.Exists("/proc/self/clear_refs"))
            File.WriteAllText("/proc/self/clear_refs", "5");
    }
}
