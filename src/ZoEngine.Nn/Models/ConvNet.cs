using System.Numerics;
using ZoEngine.Noise;

namespace ZoEngine.Nn;

/// <summary>The convolutional architectures <see cref="ConvNet.Create{T}"/> builds.</summary>
public enum ConvNetKind
{
    /// <summary>"cnn": a plain stack of conv3×3 + σ units in stages, then a GlobalAvgPool → Linear head unit.</summary>
    Cnn,
    /// <summary>"resnet": a conv3×3 + σ stem, stages of <see cref="ConvResidual{T}"/> blocks, then a GlobalAvgPool → Linear head unit.</summary>
    ResNet,
    /// <summary>"mnist-cnn": the network of PyTorch's MNIST example (examples/mnist/main.py) without its dropout.</summary>
    MnistCnn,
}

/// <summary>The shape of a convolutional network built by <see cref="ConvNet.Create{T}"/>.</summary>
public sealed record ConvNetOptions
{
    /// <summary>Which architecture.</summary>
    public ConvNetKind Kind { get; init; } = ConvNetKind.Cnn;

    /// <summary>The input map (1×28×28 for Fashion-MNIST).</summary>
    public SpatialShape Input { get; init; } = new(1, 28, 28);

    /// <summary>Output features (classes).</summary>
    public int Classes { get; init; } = 10;

    /// <summary>cnn: the number of conv units; resnet: the number of residual blocks (the stem and head come on top). Unused by mnist-cnn.</summary>
    public int Depth { get; init; } = 4;

    /// <summary>Channels of the first stage; each later stage doubles them. Unused by mnist-cnn.</summary>
    public int Width { get; init; } = 16;

    /// <summary>Stages of the body; every stage after the first starts with a stride-2 unit. Unused by mnist-cnn.</summary>
    public int Stages { get; init; } = 2;

    /// <summary>σ of every hidden unit (ReLU in PyTorch's MNIST example).</summary>
    public ActivationKind Activation { get; init; } = ActivationKind.Relu;

    /// <summary>Initialisation seed; the same seed gives the same weights in float32 and float64.</summary>
    public ulong Seed { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (!Enum.IsDefined(Kind))
            throw new ArgumentException($"Unknown convolutional network kind {Kind}.");
        if (Input.Channels < 1 || Input.Height < 1 || Input.Width < 1)
            throw new ArgumentException($"The input map {Input} needs at least one channel, row and column.");
        if (Classes < 1)
            throw new ArgumentException($"A network needs at least one class, got {Classes}.");
        if (!Enum.IsDefined(Activation))
            throw new ArgumentException($"Unknown activation {Activation}.");
        if (Kind == ConvNetKind.MnistCnn)
            return;
        if (Stages < 1 || Stages > 8)
            throw new ArgumentException($"A {ConvNet.KindName(Kind)} has 1 to 8 stages, got {Stages}.");
        if (Depth < Stages)
            throw new ArgumentException($"A {ConvNet.KindName(Kind)} of {Stages} stages needs depth ≥ {Stages} (a unit per stage), got {Depth}.");
        if (Width < 1 || (long)Width << (Stages - 1) > 1 << 16)
            throw new ArgumentException($"Width {Width} must be at least 1, and {Width}·2^{Stages - 1} channels at most 65536.");
    }
}

/// <summary>
/// Builds convolutional networks as <see cref="Sequential{T}"/> networks of HZO units. Every unit of the body maps a
/// C×H×W map to a map (<see cref="Spatial.Map{T}"/> answers for it, so SPP can probe it); what is not spatial (global
/// pooling, the flattening linear layers, the classifier) sits in the head units at the end.
/// </summary>
public static class ConvNet
{
    /// <summary>The command-line name of a kind: "cnn", "resnet" or "mnist-cnn".</summary>
    public static string KindName(ConvNetKind kind) => kind switch
    {
        ConvNetKind.Cnn => "cnn",
        ConvNetKind.ResNet => "resnet",
        ConvNetKind.MnistCnn => "mnist-cnn",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown convolutional network kind."),
    };

    /// <summary>The kind named <paramref name="name"/> ("cnn", "resnet", "mnist-cnn"), or null.</summary>
    public static ConvNetKind? ParseKind(string name) => name switch
    {
        "cnn" => ConvNetKind.Cnn,
        "resnet" => ConvNetKind.ResNet,
        "mnist-cnn" => ConvNetKind.MnistCnn,
        _ => null,
    };

    /// <summary>
    /// The network. Stage i (0-based) of S holds body units [⌊i·D/S⌋, ⌊(i+1)·D/S⌋) with Width·2ⁱ channels, and its first
    /// unit has stride 2 when i &gt; 0. All 3×3 convolutions pad by 1, so a stride-1 unit keeps H×W and a stride-2 unit
    /// gives ⌊(H − 1)/2⌋ + 1.
    /// <list type="bullet">
    /// <item>cnn: D units σ(conv3×3(a)), then the head GlobalAvgPool → Linear(C → classes).</item>
    /// <item>resnet: a stem σ(conv3×3(x)) to Width channels, D <see cref="ConvResidual{T}"/> blocks, the same head.</item>
    /// <item>mnist-cnn: σ(conv3×3 1→32, no padding); σ(conv3×3 32→64) → 2×2 max pool; σ(Linear(64·⌊(H−4)/2⌋·⌊(W−4)/2⌋ → 128))
    /// (9216 → 128 at 28×28); Linear(128 → classes). PyTorch's dropout is the identity at inference and is left out; its
    /// log-softmax is part of the loss here (softmax cross-entropy on the logits).</item>
    /// </list>
    /// </summary>
    /// <remarks>
    /// Weights are N(0, g²/fan_in) from the engine's seeded Philox Gaussians (seed derived per unit, tensor id = the
    /// layer's index in its unit), fan_in = Cin·k·k for a convolution, g = √2 for ReLU and GELU (He), 1 otherwise, for
    /// the shortcut projections and for the classifier. A residual block's second convolution is further scaled by
    /// 1/√D, so that each block adds about 1/D of the stream's variance and the stream stays O(1) at any depth, as in
    /// the residual MLP. Biases start at 0. Values are rounded to float32 first and then widened for float64.
    /// </remarks>
    public static Sequential<T> Create<T>(ConvNetOptions options) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        double gain = options.Activation is ActivationKind.Relu or ActivationKind.Gelu ? Math.Sqrt(2.0) : 1.0;
        var units = options.Kind switch
        {
            ConvNetKind.Cnn => PlainUnits<T>(options, gain),
            ConvNetKind.ResNet => ResidualUnits<T>(options, gain),
            _ => MnistUnits<T>(options, gain),
        };
        return new Sequential<T>([.. units]);
    }

    private static List<Layer<T>> PlainUnits<T>(ConvNetOptions o, double gain) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var units = new List<Layer<T>>();
        var shape = o.Input;
        for (int u = 0; u < o.Depth; u++)
        {
            var (channels, stride) = StageOf(o, u);
            var conv = new Conv2d<T>(shape, channels, 3, stride, 1);
            Init(conv.Weight, o.Seed, units.Count + 1, 0, gain);
            units.Add(new Chain<T>(conv, new Activation<T>(o.Activation, conv.OutFeatures)));
            shape = conv.OutShape;
        }
        units.Add(Head<T>(shape, o, units.Count + 1));
        return units;
    }

    private static List<Layer<T>> ResidualUnits<T>(ConvNetOptions o, double gain) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var units = new List<Layer<T>>();
        var stem = new Conv2d<T>(o.Input, o.Width, 3, 1, 1);
        Init(stem.Weight, o.Seed, 1, 0, gain);
        units.Add(new Chain<T>(stem, new Activation<T>(o.Activation, stem.OutFeatures)));
        var shape = stem.OutShape;
        double branchScale = 1.0 / Math.Sqrt(o.Depth);
        for (int b = 0; b < o.Depth; b++)
        {
            var (channels, stride) = StageOf(o, b);
            var block = new ConvResidual<T>(shape, channels, stride, o.Activation);
            int unit = units.Count + 1;
            Init(block.First.Weight, o.Seed, unit, 0, gain);
            Init(block.Second.Weight, o.Seed, unit, 1, gain * branchScale);
            if (block.Projection is not null)
                Init(block.Projection.Weight, o.Seed, unit, 2, 1.0);
            units.Add(block);
            shape = block.OutShape;
        }
        units.Add(Head<T>(shape, o, units.Count + 1));
        return units;
    }

    private static List<Layer<T>> MnistUnits<T>(ConvNetOptions o, double gain) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var conv1 = new Conv2d<T>(o.Input, 32, 3);
        Init(conv1.Weight, o.Seed, 1, 0, gain);
        var conv2 = new Conv2d<T>(conv1.OutShape, 64, 3);
        Init(conv2.Weight, o.Seed, 2, 0, gain);
        var pool = new MaxPool2d<T>(conv2.OutShape, 2);
        var fc1 = new Linear<T>(pool.OutFeatures, 128);
        Init(fc1.Weight, o.Seed, 3, 0, gain);
        var fc2 = new Linear<T>(128, o.Classes);
        Init(fc2.Weight, o.Seed, 4, 0, 1.0);
        return
        [
            new Chain<T>(conv1, new Activation<T>(o.Activation, conv1.OutFeatures)),
            new Chain<T>(conv2, new Activation<T>(o.Activation, conv2.OutFeatures), pool),
            new Chain<T>(fc1, new Activation<T>(o.Activation, 128)),
            fc2,
        ];
    }

    /// <summary>Channels and stride of body unit <paramref name="u"/> (0-based) of <paramref name="o"/>.Depth.</summary>
    private static (int Channels, int Stride) StageOf(ConvNetOptions o, int u)
    {
        int stage = 0;
        while (stage + 1 < o.Stages && (stage + 1) * o.Depth / o.Stages <= u)
            stage++;
        bool first = u == stage * o.Depth / o.Stages;
        return (o.Width << stage, first && stage > 0 ? 2 : 1);
    }

    private static Chain<T> Head<T>(SpatialShape shape, ConvNetOptions o, int unit) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var classifier = new Linear<T>(shape.Channels, o.Classes);
        Init(classifier.Weight, o.Seed, unit, 1, 1.0);
        return new Chain<T>(new GlobalAvgPool<T>(shape), classifier);
    }

    private static void Init<T>(Parameter<T> weight, ulong seed, int unit, int layer, double gain) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var w = weight.Value;
        var z = new float[w.Length];
        NoiseStream.Generate(NoiseKind.Gaussian, SeedMixer.Derive(seed, (ulong)unit), (uint)layer, 0, z);
        double std = gain / Math.Sqrt(w.Cols);
        var span = w.Span;
        for (int i = 0; i < span.Length; i++)
            span[i] = T.CreateTruncating((float)(z[i] * std));
    }
}
