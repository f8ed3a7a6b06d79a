using System.Numerics;
using ZoEngine.Noise;

namespace ZoEngine.Nn;

/// <summary>The shape of a multilayer perceptron built by <see cref="Mlp.Create{T}"/>.</summary>
public sealed record MlpOptions
{
    /// <summary>Input features (784 for Fashion-MNIST).</summary>
    public required int Inputs { get; init; }

    /// <summary>Hidden width W of every hidden activation.</summary>
    public required int Width { get; init; }

    /// <summary>Number of units L ≥ 2: the input unit, L − 2 hidden units, and the output unit.</summary>
    public required int Depth { get; init; }

    /// <summary>Output features (classes).</summary>
    public required int Classes { get; init; }

    /// <summary>σ of the input and hidden units.</summary>
    public ActivationKind Activation { get; init; } = ActivationKind.Gelu;

    /// <summary>Whether hidden units are residual, a + σ(W·a + b).</summary>
    public bool Residual { get; init; }

    /// <summary>Initialisation seed; the same seed gives the same weights in float32 and float64.</summary>
    public ulong Seed { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (Inputs < 1 || Width < 1 || Classes < 1)
            throw new ArgumentException($"An MLP needs at least one input, hidden and output feature, got {Inputs}, {Width}, {Classes}.");
        if (Depth < 2)
            throw new ArgumentException($"An MLP has an input unit and an output unit, so its depth L is at least 2, got {Depth}.");
        if (!Enum.IsDefined(Activation))
            throw new ArgumentException($"Unknown activation {Activation}.");
    }
}

/// <summary>Builds MLPs as <see cref="Sequential{T}"/> networks of HZO units.</summary>
public static class Mlp
{
    /// <summary>
    /// Units: σ(W₁·x + b₁) [Inputs→W]; L − 2 hidden units σ(W·a + b) [W→W], or a + σ(W·a + b) when residual;
    /// and the output unit W_L·a + b_L [W→Classes], which feeds the loss.
    /// </summary>
    /// <remarks>
    /// Weights are N(0, g²/fan_in) with the engine's seeded Philox Gaussians (tensor id 0, seed derived per unit), with
    /// g = √2 for ReLU and GELU (He), 1 otherwise and for the output unit. Residual branches are further scaled by
    /// 1/√(L − 2), so that each adds about 1/(L−2) of the stream's variance and the stream stays O(1) at any depth.
    /// Biases start at 0. The values are rounded to float32 first and then widened for float64, so that both
    /// precisions start from the same network.
    /// </remarks>
    public static Sequential<T> Create<T>(MlpOptions options) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        int hidden = options.Depth - 2;
        double gain = options.Activation is ActivationKind.Relu or ActivationKind.Gelu ? Math.Sqrt(2.0) : 1.0;
        double branchScale = options.Residual && hidden > 0 ? 1.0 / Math.Sqrt(hidden) : 1.0;
        var units = new Layer<T>[options.Depth];
        units[0] = new Chain<T>(Init(new Linear<T>(options.Inputs, options.Width), options.Seed, 1, gain),
            new Activation<T>(options.Activation, options.Width));
        for (int l = 2; l < options.Depth; l++)
        {
            var chain = new Chain<T>(Init(new Linear<T>(options.Width, options.Width), options.Seed, l, gain * branchScale),
                new Activation<T>(options.Activation, options.Width));
            units[l - 1] = options.Residual ? new Residual<T>(chain) : chain;
        }
        units[^1] = Init(new Linear<T>(options.Width, options.Classes), options.Seed, options.Depth, 1.0);
        return new Sequential<T>(units);
    }

    private static Linear<T> Init<T>(Linear<T> layer, ulong seed, int unit, double gain) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var w = layer.Weight.Value;
        var z = new float[w.Length];
        NoiseStream.Generate(NoiseKind.Gaussian, SeedMixer.Derive(seed, (ulong)unit), 0, 0, z);
        double std = gain / Math.Sqrt(w.Cols);
        var span = w.Span;
        for (int i = 0; i < span.Length; i++)
            span[i] = T.CreateTruncating((float)(z[i] * std));
        return layer;
    }
}
