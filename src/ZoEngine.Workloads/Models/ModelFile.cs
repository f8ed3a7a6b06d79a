using System.Globalization;
using ZoEngine.Nn;

namespace ZoEngine.Workloads.Models;

/// <summary>
/// Nn models saved as safetensors: every parameter as an F32 tensor under its unique name ("3.f.0.weight"), and the
/// architecture in <c>__metadata__</c>, so that a model file alone rebuilds the network it was saved from.
/// </summary>
/// <remarks>
/// The architectures the engine can rebuild are the MLPs of <see cref="Mlp"/> (plain and residual) and the
/// convolutional networks of <see cref="ConvNet"/> (cnn, resnet, mnist-cnn). Loading builds the
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
        CopyTensors(file, model, path, $"{options.Depth}-unit MLP");
        return (model, options);
    }

    /// <summary>Fills the model's parameters from the file's tensors, which must be exactly its parameters by name and shape.</summary>
    private static void CopyTensors(SafeTensorsFile file, Sequential<float> model, string path, string architecture)
    {
        var byName = new Dictionary<string, SafeTensor>(StringComparer.Ordinal);
        foreach (var t in file.Tensors)
            byName[t.Name] = t;
        for (int i = 0; i < model.Parameters.Count; i++)
        {
            string name = model.ParameterNames[i];
            var value = model.Parameters[i].Value;
            if (!byName.Remove(name, out var t))
                throw new SafeTensorsException(path, $"lacks parameter '{name}' of its {architecture}");
            if (t.Shape.Length != 2 || t.Shape[0] != value.Rows || t.Shape[1] != value.Cols)
                throw new SafeTensorsException(path, $"has '{name}' of shape [{string.Join(", ", t.Shape)}] where its architecture needs [{value.Rows}, {value.Cols}]");
            value.CopyFrom(t.Values);
        }
        if (byName.Count > 0)
            throw new SafeTensorsException(path, $"holds tensors its architecture does not have: {string.Join(", ", byName.Keys.Take(3))}");
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
        if (ConvNet.ParseKind(architecture) is not null)
            throw new SafeTensorsException(path, $"describes a '{architecture}' convolutional network; load it with ModelFile.LoadConvNet");
        if (architecture is not ("mlp" or "resmlp"))
            throw new SafeTensorsException(path, $"describes a '{architecture}' model; this engine rebuilds mlp, resmlp, cnn, resnet and mnist-cnn");
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

    /// <summary>Saves the convolutional network <paramref name="model"/>, built from <paramref name="options"/>, to <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException">The model does not have the structure <paramref name="options"/> describes.</exception>
    public static void Save(string path, Sequential<float> model, ConvNetOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        var reference = ConvNet.Create<float>(options);
        if (!reference.ParameterNames.SequenceEqual(model.ParameterNames)
            || !reference.Parameters.Zip(model.Parameters).All(p => p.First.Value.Rows == p.Second.Value.Rows && p.First.Value.Cols == p.Second.Value.Cols))
            throw new ArgumentException($"The model's parameters are not those of the {ConvNet.KindName(options.Kind)} its options describe.", nameof(model));
        var tensors = new List<SafeTensor>(model.Parameters.Count);
        for (int i = 0; i < model.Parameters.Count; i++)
        {
            var value = model.Parameters[i].Value.ToHost();
            tensors.Add(new SafeTensor(model.ParameterNames[i], [value.Rows, value.Cols], value.Span.ToArray()));
        }
        SafeTensors.Write(path, tensors, Describe(options));
    }

    /// <summary>Saves <paramref name="model"/>, built from <paramref name="spec"/> (an MLP or a convolutional network), to <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException">The model does not have the structure <paramref name="spec"/> describes.</exception>
    public static void Save(string path, Sequential<float> model, NetworkSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Conv is { } conv)
            Save(path, model, conv);
        else
            Save(path, model, spec.Mlp!);
    }

    /// <summary>
    /// Loads any model this engine saves, an MLP or a convolutional network, whichever the file's metadata names: what a
    /// command that takes "a model" needs.
    /// </summary>
    /// <returns>The network, on the host, and its architecture's name (mlp, resmlp, cnn, resnet, mnist-cnn).</returns>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="SafeTensorsException">The file is damaged, is not a ZoEngine model, or does not match its architecture.</exception>
    public static (Sequential<float> Model, string Architecture) LoadAny(string path)
    {
        var metadata = SafeTensors.Read(path).Metadata;
        string architecture = metadata.TryGetValue(ArchitectureKey, out string? a)
            ? a
            : throw new SafeTensorsException(path, $"has no '{ArchitectureKey}' in its metadata, so it is not a model this engine saved and cannot be rebuilt");
        return ConvNet.ParseKind(architecture) is not null ? (LoadConvNet(path).Model, architecture) : (Load(path).Model, architecture);
    }

    /// <summary>Loads the convolutional network at <paramref name="path"/>: its architecture from the metadata, its values from the tensors.</summary>
    /// <returns>The network, on the host, and the options it was built from.</returns>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="SafeTensorsException">
    /// The file is damaged, is not a ZoEngine convolutional network, or its tensors are not the ones its architecture needs.
    /// </exception>
    public static (Sequential<float> Model, ConvNetOptions Options) LoadConvNet(string path)
    {
        var file = SafeTensors.Read(path);
        var options = ParseConvNet(file.Metadata, path);
        Sequential<float> model;
        try
        {
            model = ConvNet.Create<float>(options);
        }
        catch (ArgumentException e)
        {
            throw new SafeTensorsException(path, $"describes a {ConvNet.KindName(options.Kind)} that cannot be built ({e.Message})");
        }
        CopyTensors(file, model, path, ConvNet.KindName(options.Kind));
        return (model, options);
    }

    private static Dictionary<string, string> Describe(ConvNetOptions o) => new()
    {
        [ArchitectureKey] = ConvNet.KindName(o.Kind),
        ["conv.input"] = $"{I(o.Input.Channels)}x{I(o.Input.Height)}x{I(o.Input.Width)}",
        ["conv.classes"] = I(o.Classes),
        ["conv.depth"] = I(o.Depth),
        ["conv.width"] = I(o.Width),
        ["conv.stages"] = I(o.Stages),
        ["conv.activation"] = o.Activation.ToString().ToLowerInvariant(),
        ["conv.seed"] = o.Seed.ToString(CultureInfo.InvariantCulture),
    };

    private static ConvNetOptions ParseConvNet(IReadOnlyDictionary<string, string> m, string path)
    {
        if (!m.TryGetValue(ArchitectureKey, out string? architecture))
            throw new SafeTensorsException(path, $"has no '{ArchitectureKey}' in its metadata, so it is not a model this engine saved and cannot be rebuilt");
        if (ConvNet.ParseKind(architecture) is not { } kind)
            throw new SafeTensorsException(path, $"describes a '{architecture}' model, not a convolutional network (cnn, resnet, mnist-cnn)");
        int Int(string key) => m.TryGetValue(key, out string? v) && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0
            ? n
            : throw new SafeTensorsException(path, $"has no positive integer '{key}' in its metadata");
        var dims = m.TryGetValue("conv.input", out string? shape) ? shape.Split('x') : [];
        var sizes = dims.Select(d => int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : 0).ToArray();
        if (sizes.Length != 3 || sizes.Contains(0))
            throw new SafeTensorsException(path, "has no 'conv.input' of the form CxHxW in its metadata");
        var activation = m.TryGetValue("conv.activation", out string? a) && Enum.TryParse<ActivationKind>(a, ignoreCase: true, out var act) && Enum.IsDefined(act)
            ? act
            : throw new SafeTensorsException(path, "has no known 'conv.activation' in its metadata");
        ulong seed = m.TryGetValue("conv.seed", out string? s) && ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out ulong v) ? v : 0;
        var options = new ConvNetOptions
        {
            Kind = kind,
            Input = new SpatialShape(sizes[0], sizes[1], sizes[2]),
            Classes = Int("conv.classes"),
            Depth = Int("conv.depth"),
            Width = Int("conv.width"),
            Stages = Int("conv.stages"),
            Activation = activation,
            Seed = seed,
        };
        return options;
    }

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
}
