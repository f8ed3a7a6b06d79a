using System.Globalization;
using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>
/// One description of a network the engine can build: an MLP (<see cref="MlpOptions"/>) or a convolutional network
/// (<see cref="ConvNetOptions"/>). It builds the network, names it, and writes and parses the key/value metadata that
/// describes it (a training log's header), so that a reader rebuilds the same initial weights on any machine.
/// </summary>
/// <remarks>
/// Metadata keys. Both kinds: <c>model.kind</c> (mlp, resmlp, cnn, resnet, mnist-cnn), <c>model.width</c>,
/// <c>model.depth</c>, <c>model.classes</c>, <c>model.activation</c> (the <see cref="ActivationKind"/> name, "Gelu")
/// and <c>init.seed</c>. An MLP adds <c>model.inputs</c> (features); a convolutional network adds <c>model.input</c>
/// (the map, "1x28x28") and <c>model.stages</c>. The MLP keys are those logs have carried since before convolutional
/// networks existed, so old logs parse unchanged.
/// </remarks>
public sealed record NetworkSpec
{
    private NetworkSpec(MlpOptions? mlp, ConvNetOptions? conv)
    {
        Mlp = mlp;
        Conv = conv;
    }

    /// <summary>The MLP's options, or null for a convolutional network.</summary>
    public MlpOptions? Mlp { get; }

    /// <summary>The convolutional network's options, or null for an MLP.</summary>
    public ConvNetOptions? Conv { get; }

    /// <summary>Whether this is a convolutional network.</summary>
    public bool IsConvolutional => Conv is not null;

    /// <summary>The architecture's name: mlp, resmlp, cnn, resnet or mnist-cnn.</summary>
    public string Name => Conv is { } c ? ConvNet.KindName(c.Kind) : Mlp!.Residual ? "resmlp" : "mlp";

    /// <summary>The initialisation seed.</summary>
    public ulong Seed => Conv?.Seed ?? Mlp!.Seed;

    /// <summary>Input features per sample (C·H·W for a convolutional network).</summary>
    public int Inputs => Conv?.Input.Features ?? Mlp!.Inputs;

    /// <summary>An MLP.</summary>
    public static NetworkSpec Of(MlpOptions mlp) => new(mlp ?? throw new ArgumentNullException(nameof(mlp)), null);

    /// <summary>A convolutional network.</summary>
    public static NetworkSpec Of(ConvNetOptions conv) => new(null, conv ?? throw new ArgumentNullException(nameof(conv)));

    /// <summary>The same network with another initialisation seed.</summary>
    public NetworkSpec WithSeed(ulong seed) => Conv is { } c ? Of(c with { Seed = seed }) : Of(Mlp! with { Seed = seed });

    /// <summary>
    /// The same network on samples of <paramref name="input"/>: an MLP takes its C·H·W features, a convolutional network
    /// the map itself.
    /// </summary>
    public NetworkSpec WithInput(SpatialShape input) => Conv is { } c ? Of(c with { Input = input }) : Of(Mlp! with { Inputs = input.Features });

    /// <summary>Builds the initial network.</summary>
    /// <exception cref="ArgumentException">The options are invalid, or a layer's geometry does not fit (the message names the layer and the sizes).</exception>
    public Sequential<T> Create<T>() where T : unmanaged, IBinaryFloatingPointIeee754<T> =>
        Conv is { } c ? ConvNet.Create<T>(c) : Nn.Mlp.Create<T>(Mlp!);

    /// <summary>
    /// The shape in one line for reports: "depth=8 width=128 activation=gelu", with "stages=2" for cnn and resnet
    /// (mnist-cnn has a fixed shape and says only its activation).
    /// </summary>
    public string Describe()
    {
        string activation = (Conv?.Activation ?? Mlp!.Activation).ToString().ToLowerInvariant();
        return Conv switch
        {
            null => string.Create(CultureInfo.InvariantCulture, $"depth={Mlp!.Depth} width={Mlp.Width} activation={activation}"),
            { Kind: ConvNetKind.MnistCnn } => $"activation={activation}",
            var c => string.Create(CultureInfo.InvariantCulture, $"depth={c.Depth} width={c.Width} stages={c.Stages} activation={activation}"),
        };
    }

    /// <summary>The metadata that describes this network (see the remarks of <see cref="NetworkSpec"/>).</summary>
    public IEnumerable<KeyValuePair<string, string>> ToMetadata()
    {
        static string I(long v) => v.ToString(CultureInfo.InvariantCulture);
        yield return new("model.kind", Name);
        if (Conv is { } c)
        {
            yield return new("model.input", $"{I(c.Input.Channels)}x{I(c.Input.Height)}x{I(c.Input.Width)}");
            yield return new("model.width", I(c.Width));
            yield return new("model.depth", I(c.Depth));
            yield return new("model.stages", I(c.Stages));
            yield return new("model.classes", I(c.Classes));
            yield return new("model.activation", c.Activation.ToString());
            yield return new("init.seed", c.Seed.ToString(CultureInfo.InvariantCulture));
            yield break;
        }
        var m = Mlp!;
        yield return new("model.inputs", I(m.Inputs));
        yield return new("model.width", I(m.Width));
        yield return new("model.depth", I(m.Depth));
        yield return new("model.classes", I(m.Classes));
        yield return new("model.activation", m.Activation.ToString());
        yield return new("init.seed", m.Seed.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The network that <see cref="ToMetadata"/> wrote; <paramref name="get"/> returns a key's value or null.</summary>
    /// <exception cref="FormatException">A key is missing or its value does not parse, or the options are invalid; the message names the key.</exception>
    public static NetworkSpec FromMetadata(Func<string, string?> get)
    {
        ArgumentNullException.ThrowIfNull(get);
        string Req(string k) => get(k) ?? throw new FormatException($"The metadata has no '{k}'.");
        int Int(string k, int min) => int.TryParse(Req(k), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v) && v >= min
            ? v
            : throw new FormatException($"The metadata's '{k}' = '{Req(k)}' is not a whole number ≥ {min}.");
        var activation = Enum.TryParse<ActivationKind>(Req("model.activation"), ignoreCase: false, out var a) && Enum.IsDefined(a)
            ? a
            : throw new FormatException($"The metadata's 'model.activation' = '{Req("model.activation")}' is not a {nameof(ActivationKind)}.");
        ulong seed = ulong.TryParse(Req("init.seed"), NumberStyles.None, CultureInfo.InvariantCulture, out ulong s)
            ? s
            : throw new FormatException($"The metadata's 'init.seed' = '{Req("init.seed")}' is not an unsigned 64-bit integer.");
        string kind = Req("model.kind");
        NetworkSpec spec;
        if (kind is "mlp" or "resmlp")
        {
            spec = Of(new MlpOptions
            {
                Inputs = Int("model.inputs", 1),
                Width = Int("model.width", 1),
                Depth = Int("model.depth", 2),
                Classes = Int("model.classes", 1),
                Activation = activation,
                Residual = kind == "resmlp",
                Seed = seed,
            });
        }
        else if (ConvNet.ParseKind(kind) is { } convKind)
        {
            string shape = Req("model.input");
            var sizes = shape.Split('x').Select(d => int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : 0).ToArray();
            if (sizes.Length != 3 || sizes.Contains(0))
                throw new FormatException($"The metadata's 'model.input' = '{shape}' is not a map CxHxW of positive sizes.");
            spec = Of(new ConvNetOptions
            {
                Kind = convKind,
                Input = new SpatialShape(sizes[0], sizes[1], sizes[2]),
                Width = Int("model.width", 1),
                Depth = Int("model.depth", 1),
                Stages = Int("model.stages", 1),
                Classes = Int("model.classes", 1),
                Activation = activation,
                Seed = seed,
            });
        }
        else
        {
            throw new FormatException($"The metadata's 'model.kind' = '{kind}' is not mlp, resmlp, cnn, resnet or mnist-cnn.");
        }
        try
        {
            spec.Validate();
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"The metadata describes a {kind} that cannot be built: {e.Message}", e);
        }
        return spec;
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (Conv is { } c)
            c.Validate();
        else
            Mlp!.Validate();
    }
}
