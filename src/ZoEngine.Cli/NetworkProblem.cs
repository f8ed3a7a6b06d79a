using System.Globalization;
using ZoEngine.Nn;
using ZoEngine.Workloads.Training;

namespace ZoEngine.Cli;

/// <summary>
/// A network trained by 'zo train fashion-mnist' with a zeroth-order method, as its log header describes it: the MLP's
/// shape and initial weights' seed (which rebuild the starting weights on any machine) and the data order (batch size,
/// shuffle seed and order, the training examples used), so that 'zo replay' can rebuild the start and a reader can
/// tell which batches the run saw. Replay itself needs only the start: the steps are (seed, coefficients).
/// </summary>
internal sealed record NetworkProblem(MlpOptions Mlp, string Dataset, int Batch, int ShuffleSeed, BatchOrder Order, int TrainExamples, string Method)
{
    /// <summary>The value of the header's "problem" key for these logs.</summary>
    public const string Kind = "network";

    public IEnumerable<KeyValuePair<string, string>> ToMetadata()
    {
        static string I(long v) => v.ToString(CultureInfo.InvariantCulture);
        yield return new("problem", Kind);
        yield return new("network.dataset", Dataset);
        yield return new("network.method", Method);
        yield return new("model.kind", Mlp.Residual ? "resmlp" : "mlp");
        yield return new("model.inputs", I(Mlp.Inputs));
        yield return new("model.width", I(Mlp.Width));
        yield return new("model.depth", I(Mlp.Depth));
        yield return new("model.classes", I(Mlp.Classes));
        yield return new("model.activation", Mlp.Activation.ToString());
        yield return new("init.seed", Mlp.Seed.ToString(CultureInfo.InvariantCulture));
        yield return new("data.batch", I(Batch));
        yield return new("data.shuffle_seed", I(ShuffleSeed));
        yield return new("data.order", Order.ToString());
        yield return new("data.train_examples", I(TrainExamples));
    }

    /// <summary>The network a header describes; a header that does not parse is damaged input (exit 3).</summary>
    public static NetworkProblem FromMetadata(Func<string, string?> get)
    {
        string Req(string k) => get(k) ?? throw Damaged($"The log header has no '{k}': it was not written by 'zo train'.");
        int Int(string k, int min) => int.TryParse(Req(k), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v) && v >= min
            ? v
            : throw Damaged($"The log header's '{k}' = '{Req(k)}' is not a whole number ≥ {min}.");
        T Enum<T>(string k) where T : struct, System.Enum => System.Enum.TryParse<T>(Req(k), ignoreCase: false, out var v) && System.Enum.IsDefined(v)
            ? v
            : throw Damaged($"The log header's '{k}' = '{Req(k)}' is not a {typeof(T).Name}.");
        bool residual = Req("model.kind") switch
        {
            "resmlp" => true,
            "mlp" => false,
            var other => throw Damaged($"The log header's 'model.kind' = '{other}' is not mlp or resmlp."),
        };
        var mlp = new MlpOptions
        {
            Inputs = Int("model.inputs", 1),
            Width = Int("model.width", 1),
            Depth = Int("model.depth", 2),
            Classes = Int("model.classes", 1),
            Activation = Enum<ActivationKind>("model.activation"),
            Residual = residual,
            Seed = ulong.TryParse(Req("init.seed"), NumberStyles.None, CultureInfo.InvariantCulture, out ulong s)
                ? s
                : throw Damaged($"The log header's 'init.seed' = '{Req("init.seed")}' is not an unsigned 64-bit integer."),
        };
        return new NetworkProblem(mlp, Req("network.dataset"), Int("data.batch", 1), Int("data.shuffle_seed", int.MinValue),
            Enum<BatchOrder>("data.order"), Int("data.train_examples", 1), Req("network.method"));
    }

    /// <summary>The initial network, in <paramref name="memory"/>.</summary>
    public Sequential<float> CreateModel(IParameterMemory memory) => ZoEngine.Nn.Mlp.Create<float>(Mlp).MoveTo(memory);

    private static ZoCliException Damaged(string message) => new(message, ExitCodes.Damaged);
}
