using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Onnx;

namespace ZoEngine.Onnx;

/// <summary>How <see cref="OnnxZoModel.Load"/> binds a model.</summary>
public sealed record OnnxZoModelOptions
{
    /// <summary>
    /// The float32 initializers to train: those whose name this pattern finds (<see cref="Regex.IsMatch(string)"/>);
    /// all of them when null.
    /// </summary>
    public Regex? Trainable { get; init; }

    /// <summary>
    /// The set the trainable initializers join (a head's tensors may join it before or after); a set owned by the model
    /// when null. Either way the tensors are engine-allocated host buffers in that set.
    /// </summary>
    public ParameterSet? Parameters { get; init; }

    /// <summary>ONNX Runtime's intra-op threads; 0 lets it choose (one per core).</summary>
    public int IntraOpThreads { get; init; }
}

/// <summary>
/// An ONNX model whose trainable float32 initializers live in a ZoEngine <see cref="ParameterSet"/> and are read by
/// ONNX Runtime in place: the engine perturbs and updates them, and the next <c>Run</c> sees the change with no copy.
/// </summary>
/// <remarks>
/// <para>Each trainable initializer is copied once into an engine buffer and handed to the session with
/// <c>SessionOptions.AddInitializer</c> over that buffer. Two settings keep the binding live and single:</para>
/// <list type="bullet">
/// <item><c>session.disable_prepacking = 1</c>: otherwise ONNX Runtime copies MatMul weights into packed buffers at
/// session creation and those initializers stop responding to changes (37 of all-MiniLM-L6-v2's 103).</item>
/// <item>The model handed to ONNX Runtime marks the trainable initializers as external data at a placeholder: it never
/// holds their bytes, so it cannot keep a second copy of them.</item>
/// </list>
/// <para>Graph optimizations are limited to the basic level, which folds no initializer into a new constant; a test
/// perturbs every trainable initializer in turn and checks that the output moves.</para>
/// </remarks>
public sealed class OnnxZoModel : IDisposable
{
    /// <summary>The external-data location written into the rewritten model; nothing is read from it.</summary>
    internal const string Placeholder = "zoengine-bound-in-memory.bin";

    private readonly ParameterSet _parameters;
    private readonly bool _ownsParameters;
    private readonly List<OrtValue> _bound = [];
    private readonly SessionOptions _options;
    private bool _disposed;

    private OnnxZoModel(ParameterSet parameters, bool owns, SessionOptions options, InferenceSession session, IReadOnlyList<string> trainable, IReadOnlyList<string> floatInitializers, long modelBytes)
    {
        _parameters = parameters;
        _ownsParameters = owns;
        _options = options;
        Session = session;
        Trainable = trainable;
        FloatInitializers = floatInitializers;
        ModelBytes = modelBytes;
    }

    /// <summary>The session that runs the forward pass over the bound buffers.</summary>
    public InferenceSession Session { get; }

    /// <summary>The set holding the trainable initializers (and whatever else the caller added to it).</summary>
    public ParameterSet Parameters => _parameters;

    /// <summary>Names of the trainable initializers, in model order; each is a tensor of <see cref="Parameters"/>.</summary>
    public IReadOnlyList<string> Trainable { get; }

    /// <summary>Names of every float32 initializer of the model, trainable or not.</summary>
    public IReadOnlyList<string> FloatInitializers { get; }

    /// <summary>Size of the model as loaded, in bytes.</summary>
    public long ModelBytes { get; }

    /// <summary>Parameters of the trainable initializers.</summary>
    public long TrainableParameters => Trainable.Sum(n => _parameters[n].Length);

    /// <summary>Loads, binds and opens a session over the model from <paramref name="source"/>.</summary>
    /// <exception cref="OnnxModelException">The source is missing, is not an ONNX model, has no float32 initializers,
    /// or the trainable pattern matches none of them (nothing is allocated then); or ONNX Runtime cannot open the model,
    /// in which case a caller's <see cref="OnnxZoModelOptions.Parameters"/> keeps the tensors already added to it and
    /// should be disposed.</exception>
    public static OnnxZoModel Load(OnnxModelSource source, OnnxZoModelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= new OnnxZoModelOptions();
        var (model, bytes) = Parse(source);
        var floats = FloatInitializersOf(model, source.Name);
        var chosen = Choose(floats, options.Trainable, source.Name);
        var parameters = options.Parameters ?? new ParameterSet();
        bool owns = options.Parameters is null;
        var values = new List<OrtValue>();
        SessionOptions? sessionOptions = null;
        try
        {
            sessionOptions = new SessionOptions
            {
                IntraOpNumThreads = options.IntraOpThreads,
                InterOpNumThreads = 1,
                ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
                GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_BASIC,
            };
            sessionOptions.AddSessionConfigEntry("session.disable_prepacking", "1");
            foreach (var tensor in chosen)
            {
                long length = ElementCount(tensor);
                var p = parameters.Add(tensor.Name, length);
                CopyData(tensor, p.AsSpan(), source.Name);
                tensor.RawData = ByteString.Empty;
                tensor.FloatData.Clear();
                tensor.DataLocation = TensorProto.Types.DataLocation.External;
                tensor.ExternalData.Clear();
                tensor.ExternalData.Add(new StringStringEntryProto { Key = "location", Value = Placeholder });
                tensor.ExternalData.Add(new StringStringEntryProto { Key = "offset", Value = "0" });
                tensor.ExternalData.Add(new StringStringEntryProto { Key = "length", Value = (length * sizeof(float)).ToString(System.Globalization.CultureInfo.InvariantCulture) });
                unsafe
                {
                    var value = OrtValue.CreateTensorValueWithData(OrtMemoryInfo.DefaultInstance, TensorElementType.Float, [.. tensor.Dims],
                        (nint)p.Pointer, length * sizeof(float));
                    values.Add(value);
                    sessionOptions.AddInitializer(tensor.Name, value);
                }
            }
            var session = CreateSession(model, sessionOptions, chosen.Max(t => ElementCount(t)) * sizeof(float));
            var result = new OnnxZoModel(parameters, owns, sessionOptions, session, [.. chosen.Select(t => t.Name)], [.. floats.Select(t => t.Name)], bytes);
            result._bound.AddRange(values);
            return result;
        }
        catch (OnnxRuntimeException e)
        {
            Cleanup();
            throw new OnnxModelException($"ONNX Runtime cannot open '{source.Name}': {e.Message.ReplaceLineEndings(" ")}", e);
        }
        catch
        {
            Cleanup();
            throw;
        }

        void Cleanup()
        {
            foreach (var v in values)
                v.Dispose();
            sessionOptions?.Dispose();
            // A caller's set keeps the tensors already added (a set cannot remove them): the documented reason to
            // dispose it after a failed load. Throwing about that here would hide the cause.
            if (owns)
                parameters.Dispose();
        }
    }

    /// <summary>
    /// The initial values of the initializers that <see cref="Load"/> would train, without opening a session: what a
    /// replay needs to rebuild the starting point.
    /// </summary>
    /// <exception cref="OnnxModelException">As for <see cref="Load"/>.</exception>
    public static void ReadTrainable(OnnxModelSource source, Regex? trainable, ParameterSet destination)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        var (model, _) = Parse(source);
        foreach (var tensor in Choose(FloatInitializersOf(model, source.Name), trainable, source.Name))
        {
            var p = destination.Add(tensor.Name, ElementCount(tensor));
            CopyData(tensor, p.AsSpan(), source.Name);
        }
    }

    /// <summary>Closes the session and releases the bound buffers (and the set, when the model owns it).</summary>
    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        Session.Dispose();
        foreach (var v in _bound)
            v.Dispose();
        _options.Dispose();
        if (_ownsParameters)
            _parameters.Dispose();
    }

    /// <summary>
    /// Opens the rewritten model from a scratch folder that also holds the placeholder: ONNX Runtime checks that an
    /// external data file exists (and, for a model given as bytes, that it lies under the working directory) even for
    /// initializers it is handed. The placeholder is sparse, so it takes no disk space; the folder goes once the session
    /// is open, because the session reads nothing more from it.
    /// </summary>
    private static InferenceSession CreateSession(ModelProto model, SessionOptions options, long placeholderBytes)
    {
        var folder = Directory.CreateTempSubdirectory("zoengine-onnx-");
        try
        {
            string path = Path.Combine(folder.FullName, "model.onnx");
            using (var file = File.Create(path))
                model.WriteTo(file);
            using (var placeholder = File.Create(Path.Combine(folder.FullName, Placeholder)))
                placeholder.SetLength(placeholderBytes);
            return new InferenceSession(path, options);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    internal static (ModelProto Model, long Bytes) Parse(OnnxModelSource source)
    {
        using var stream = source.Open();
        long bytes = stream.CanSeek ? stream.Length : -1;
        ModelProto model;
        try
        {
            model = ModelProto.Parser.ParseFrom(stream);
        }
        catch (InvalidProtocolBufferException e)
        {
            throw new OnnxModelException($"'{source.Name}' is not an ONNX model: {e.Message.ReplaceLineEndings(" ")}", e);
        }
        if (model.Graph is null || model.Graph.Node.Count == 0)
            throw new OnnxModelException($"'{source.Name}' is not an ONNX model: it has no graph nodes.");
        return (model, bytes);
    }

    private static List<TensorProto> FloatInitializersOf(ModelProto model, string name)
    {
        var floats = model.Graph.Initializer.Where(t => t.DataType == (int)TensorProto.Types.DataType.Float).ToList();
        if (floats.Count == 0)
            throw new OnnxModelException($"'{name}' has no float32 initializers: there is nothing to train.");
        foreach (var t in floats)
        {
            if (t.DataLocation == TensorProto.Types.DataLocation.External)
                throw new OnnxModelException($"'{name}' keeps initializer '{t.Name}' in an external data file; only models that hold their weights inline can be bound.");
        }
        return floats;
    }

    private static List<TensorProto> Choose(List<TensorProto> floats, Regex? trainable, string name)
    {
        if (trainable is null)
            return floats;
        var chosen = floats.Where(t => trainable.IsMatch(t.Name)).ToList();
        if (chosen.Count == 0)
            throw new OnnxModelException($"The trainable pattern '{trainable}' matches none of the {floats.Count} float32 initializers of '{name}' (for example '{floats[0].Name}', '{floats[^1].Name}').");
        return chosen;
    }

    private static long ElementCount(TensorProto t)
    {
        long n = 1;
        foreach (long d in t.Dims)
            n = checked(n * d);
        return n;
    }

    internal static void CopyData(TensorProto t, Span<float> destination, string name)
    {
        if (!t.RawData.IsEmpty)
        {
            if (t.RawData.Length != destination.Length * sizeof(float))
                throw new OnnxModelException($"Initializer '{t.Name}' of '{name}' has {t.RawData.Length} bytes of data for {destination.Length} floats.");
            // ONNX stores raw tensor data little-endian, as this machine is.
            MemoryMarshal.Cast<byte, float>(t.RawData.Span).CopyTo(destination);
            return;
        }
        if (t.FloatData.Count != destination.Length)
            throw new OnnxModelException($"Initializer '{t.Name}' of '{name}' has {t.FloatData.Count} floats of data for {destination.Length} elements.");
        for (int i = 0; i < destination.Length; i++)
            destination[i] = t.FloatData[i];
    }
}
