using System.Globalization;
using ZoEngine.Nn;
using ZoEngine.Workloads.Training;

namespace ZoEngine.Cli;

/// <summary>
/// A network trained by 'zo train fashion-mnist' with a zeroth-order method, as its log header describes it: the
/// network's shape and initial weights' seed (<see cref="NetworkSpec"/>, which rebuilds the starting weights on any
/// machine) and the data order (batch size, shuffle seed and order, the training examples used), so that 'zo replay'
/// can rebuild the start and a reader can tell which batches the run saw. Replay itself needs only the start: the steps
/// are (seed, coefficients).
/// </summary>
internal sealed record NetworkProblem(NetworkSpec Network, string Dataset, int Batch, int ShuffleSeed, BatchOrder Order, int TrainExamples, string Method)
{
    /// <summary>The value of the header's "problem" key for these logs.</summary>
    public const string Kind = "network";

    public IEnumerable<KeyValuePair<string, string>> ToMetadata()
    {
        static string I(long v) => v.ToString(CultureInfo.InvariantCulture);
        yield return new("problem", Kind);
        yield return new("network.dataset", Dataset);
        yield return new("network.method", Method);
        foreach (var entry in Network.ToMetadata())
            yield return entry;
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
        NetworkSpec spec;
        try
        {
            spec = NetworkSpec.FromMetadata(get);
        }
        catch (FormatException e)
        {
            throw Damaged(e.Message.Replace("The metadata", "The log header", StringComparison.Ordinal));
        }
        return new NetworkProblem(spec, Req("network.dataset"), Int("data.batch", 1), Int("data.shuffle_seed", int.MinValue),
            Enum<BatchOrder>("data.order"), Int("data.train_examples", 1), Req("network.method"));
    }

    /// <summary>The initial network, in <paramref name="memory"/>.</summary>
    public Sequential<float> CreateModel(IParameterMemory memory) => Network.Create<float>().MoveTo(memory);

    private static ZoCliException Damaged(string message) => new(message, ExitCodes.Damaged);
}
