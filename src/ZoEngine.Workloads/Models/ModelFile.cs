using System.Globalization;
using ZoEngine.Nn;

namespace ZoEngine.Workloads.Models;

/// <summary>
/// Nn models saved as safetensors: every parameter as an F32 tensor under its unique name ("3.f.0.weight"), and the
/// architecture in <c>__metadata__</c>, so that a model file alone rebuilds the network it was saved from.
/// </summary>
/// <remarks>
/// The architectures the engine can rebuild are the MLPs of <see cref="Mlp"/> (plain and residual). Loading builds the
/// network from the metadata, then requires the file's tensors to be exactly the network's: the same names, in any
/// order, with the same shapes, none missing and none extra.
/// </remarks>
public static class ModelFile
{
    /// <summary>The <c>__metadata__</c> key that marks a ZoEngine model and says its architecture.</summary>
    public const string ArchitectureKey = "zoengine.architecture";

    /// <summary>Saves <paramref name="model"/>, built from <paramref name="options"/>, to <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException">The model does not have the structure <paramref name="options"/> describes.</exception>
    public static void Save(string path, Sequential<float> model, MlpOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        var reference = Mlp.Create<float>(options);
        if (!reference.ParameterNames.SequenceEqual(model.ParameterNames))
            throw new ArgumentException("The model's parameters are not those of the MLP its options describe.", nameof(model));
        var tensors = new List<SafeTensor>(model.Parameters.Count);
        for (int i = 0; i < model.Parameters.Count; i++)
        {
            var value = model.Parameters[i].Value.ToHost();
            tensors.Add(new SafeTensor(model.ParameterNames[i], [value.Rows, value.Cols], value.Span.ToArray()));
        }
        SafeTensors.Write(path, tensors, Describe(options));
    }

    /// <summary>Loads the model at <paramref name="path"/>: its architecture from the metadata, its values from the tensors.</summary>
    /// <returns>The network, on the host, and the options it was built from.</returns>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="SafeTensorsException">
    /// The file is damaged, is not a ZoEngine model, or its tensors are not the ones its architecture needs.
    /// </exception>
    public static (Sequential<float> Model, MlpOptions Options) Load(string path)
    {
        var file = SafeTensors.Read(path);
        var options = Parse(file.Metadata, path);
        var model = Mlp.Create<float>(options);
        var byName = new Dictionary<string, SafeTensor>(StringComparer.Ordinal);
        foreach (var t in file.Tensors)
            byName[t.Name] = t;
        for (int i = 0; i < model.Parameters.Count; i++)
        {
            string name = model.ParameterNames[i];
            var value = model.Parameters[i].Value;
            if (!byName.Remove(name, out var t))
                throw new SafeTensorsException(path, $"lacks parameter '{name}' of its {options.Depth}-unit MLP");
            if (t.Shape.Length != 2 || t.Shape[0] != value.Rows || t.Shape[1] != value.Cols)
                throw new SafeTensorsException(path, $"has '{name}' of shape [{string.Join(", ", t.Shape)}] where its architecture needs [{value.Rows}, {value.Cols}]");
            value.CopyFrom(t.Values);
        }
        if (byName.Count > 0)
            throw new SafeTensorsException(path, $"holds tensors its architecture does not have: {string.Join(", ", byName.Keys.Take(3))}");
        return (model, options);
    }

    private static Dictionary<string, string> Describe(MlpOptions o) => new()
    {
        [ArchitectureKey] = o.Residual ? "resmlp" : "mlp",
        ["mlp.inputs"] = I(o.Inputs),
        ["mlp.width"] = I(o.Width),
        ["mlp.depth"] = I(o.Depth),
        ["mlp.classes"] = I(o.Classes),
        ["mlp.activation"] = o.Activation.ToString().ToLowerInvariant(),
        ["mlp.seed"] = o.Seed.ToString(CultureInfo.InvariantCulture),
    };

    private static MlpOptions Parse(IReadOnlyDictionary<string, string> m, string path)
    {
        if (!m.TryGetValue(ArchitectureKey, out string? architecture))
            throw new SafeTensorsException(path, $"has no '{ArchitectureKey}' in its metadata, so it is not a model this engine saved and cannot be rebuilt");
        if (architecture is not ("mlp" or "resmlp"))
            throw new SafeTensorsException(path, $"describes a '{architecture}' model; this engine rebuilds mlp and resmlp");
        int Int(string key) => m.TryGetValue(key, out string? v) && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0
            ? n
            : throw new SafeTensorsException(path, $"has no positive integer '{key}' in its metadata");
        var activation = m.TryGetValue("mlp.activation", out string? a) && Enum.TryParse<ActivationKind>(a, ignoreCase: true, out var kind) && Enum.IsDefined(kind)
            ? kind
            : throw new SafeTensorsException(path, "has no known 'mlp.activation' in its metadata");
        ulong seed = m.TryGetValue("mlp.seed", out string? s) && ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out ulong v) ? v : 0;
        var options = new MlpOptions
        {
            Inputs = Int("mlp.inputs"),
            Width = Int("mlp.width"),
            Depth = Int("mlp.depth"),
            Classes = Int("mlp.classes"),
            Activation = activation,
            Residual = architecture == "resmlp",
            Seed = seed,
        };
        try
        {
            options.Validate();
        }
        catch (ArgumentException e)
        {
            throw new SafeTensorsException(path, $"describes an MLP that cannot be built ({e.Message})");
        }
        return options;
    }

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
}
