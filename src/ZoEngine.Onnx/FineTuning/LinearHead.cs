namespace ZoEngine.Onnx.FineTuning;

/// <summary>
/// A linear classifier on sentence embeddings, logits = W·e + b, whose W [classes, width] and b [classes] are tensors of
/// a <see cref="ParameterSet"/> (the same set as the model's trainable initializers, so one ZO step perturbs both).
/// </summary>
/// <remarks>
/// It runs in C# rather than as nodes appended to the graph: it is 0.1 % of the work of a forward, and in C# its exact
/// gradient (linear probing), its centroid initialisation and the loss need no second session or graph surgery.
/// </remarks>
public sealed unsafe class LinearHead
{
    // Where the head lives in device memory (the own forward on a device), W and b above are a host copy of these.
    private readonly ParameterTensor? _deviceWeight, _deviceBias;
    private readonly IParameterMemory? _device;

    /// <summary>Name of W in the parameter set.</summary>
    public const string WeightName = "head.weight";

    /// <summary>Name of b in the parameter set.</summary>
    public const string BiasName = "head.bias";

    /// <summary>
    /// The norm of each initial weight row: logits start as this times the cosine between an embedding and its class
    /// centroid, so that cosine gaps of 0.05–0.2 between classes give logit gaps of 1–4, a well-conditioned start for
    /// the cross-entropy.
    /// </summary>
    public const float CentroidScale = 20f;

    /// <summary>Adds W and b, zeroed, to <paramref name="parameters"/>.</summary>
    public LinearHead(ParameterSet parameters, int classes, int width)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        Classes = classes;
        Width = width;
        Weight = parameters.Add(WeightName, (long)classes * width);
        Bias = parameters.Add(BiasName, classes);
    }

    private LinearHead(ParameterSet device, ParameterSet host, int classes, int width)
        : this(host, classes, width)
    {
        _device = device.Memory;
        _deviceWeight = device.Add(WeightName, (long)classes * width);
        _deviceBias = device.Add(BiasName, classes);
    }

    /// <summary>
    /// A head whose W and b are tensors of <paramref name="device"/>, a set in device memory where the engine perturbs
    /// and updates them with the model's weights, while the head's arithmetic runs on the host: this object keeps a host
    /// copy in <paramref name="host"/>, which <see cref="Logits"/> refreshes first (<see cref="Pull"/>, 4·(classes·width
    /// + classes) bytes) and which <see cref="Push"/> writes back after a host-side update.
    /// </summary>
    public static LinearHead Mirrored(ParameterSet device, ParameterSet host, int classes, int width)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(host);
        return new LinearHead(device, host, classes, width);
    }

    /// <summary>Copies W and b from the device set into the host copy; nothing for a head in host memory.</summary>
    public void Pull()
    {
        if (_device is null)
            return;
        _device.CopyToHost(_deviceWeight!.Pointer, Weight.Pointer, Weight.Length * sizeof(float));
        _device.CopyToHost(_deviceBias!.Pointer, Bias.Pointer, Bias.Length * sizeof(float));
    }

    /// <summary>Copies the host copy of W and b into the device set; nothing for a head in host memory.</summary>
    public void Push()
    {
        if (_device is null)
            return;
        _device.CopyFromHost(Weight.Pointer, _deviceWeight!.Pointer, Weight.Length * sizeof(float));
        _device.CopyFromHost(Bias.Pointer, _deviceBias!.Pointer, Bias.Length * sizeof(float));
    }

    /// <summary>Classes, the output width.</summary>
    public int Classes { get; }

    /// <summary>Embedding width, the input width.</summary>
    public int Width { get; }

    /// <summary>W, row-major. // [Classes, Width]</summary>
    public ParameterTensor Weight { get; }

    /// <summary>b. // [Classes]</summary>
    public ParameterTensor Bias { get; }

    /// <summary>
    /// Sets W's row c to <see cref="CentroidScale"/> times the unit mean of class c's embeddings, and b to 0: the
    /// nearest-centroid (cosine) classifier of the pretrained embeddings, which is the zero-shot method.
    /// </summary>
    /// <param name="embeddings">Training embeddings. // [rows, Width]</param>
    /// <param name="labels">Their classes. // [rows]</param>
    /// <exception cref="ArgumentException">A class has no example.</exception>
    public void InitializeFromCentroids(ReadOnlySpan<float> embeddings, ReadOnlySpan<int> labels)
    {
        var sums = new double[Classes * Width];
        var counts = new int[Classes];
        for (int r = 0; r < labels.Length; r++)
        {
            counts[labels[r]]++;
            for (int j = 0; j < Width; j++)
                sums[labels[r] * Width + j] += embeddings[r * Width + j];
        }
        var w = Weight.AsSpan();
        for (int c = 0; c < Classes; c++)
        {
            if (counts[c] == 0)
                throw new ArgumentException($"Class {c} has no training example to take a centroid of.", nameof(labels));
            double norm = 0;
            for (int j = 0; j < Width; j++)
                norm += sums[c * Width + j] * sums[c * Width + j];
            norm = Math.Max(Math.Sqrt(norm), 1e-12);
            for (int j = 0; j < Width; j++)
                w[c * Width + j] = (float)(CentroidScale * sums[c * Width + j] / norm);
        }
        Bias.AsSpan().Clear();
    }

    /// <summary>logits = W·e + b for each row.</summary>
    /// <param name="embeddings">// [rows, Width]</param>
    /// <param name="rows">Rows.</param>
    /// <param name="logits">// [rows, Classes]</param>
    public void Logits(ReadOnlySpan<float> embeddings, int rows, Span<float> logits)
    {
        Pull();
        var w = Weight.AsSpan();
        var b = Bias.AsSpan();
        for (int r = 0; r < rows; r++)
        {
            var e = embeddings.Slice(r * Width, Width);
            for (int c = 0; c < Classes; c++)
                logits[r * Classes + c] = System.Numerics.Tensors.TensorPrimitives.Dot(w.Slice(c * Width, Width), e) + b[c];
        }
    }

    /// <summary>
    /// Mean softmax cross-entropy of <paramref name="logits"/> against <paramref name="labels"/>, in double; with
    /// <paramref name="dLogits"/>, also its gradient with respect to the logits, (softmax − one-hot)/rows.
    /// </summary>
    /// <returns>The mean loss, and the number of rows whose first arg-max is the label.</returns>
    public static (double Loss, int Correct) CrossEntropy(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, int classes, Span<float> dLogits = default)
    {
        double total = 0;
        int correct = 0, rows = labels.Length;
        for (int r = 0; r < rows; r++)
        {
            var z = logits.Slice(r * classes, classes);
            int best = 0;
            for (int c = 1; c < classes; c++)
            {
                if (z[c] > z[best])
                    best = c;
            }
            if (best == labels[r])
                correct++;
            double max = z[best], sum = 0;
            for (int c = 0; c < classes; c++)
                sum += Math.Exp(z[c] - max);
            total += max + Math.Log(sum) - z[labels[r]];
            if (!dLogits.IsEmpty)
            {
                for (int c = 0; c < classes; c++)
                    dLogits[r * classes + c] = (float)((Math.Exp(z[c] - max) / sum - (c == labels[r] ? 1 : 0)) / rows);
            }
        }
        return (total / rows, correct);
    }
}
