using System.Globalization;
using System.Runtime.InteropServices;
using Onnx;
using ZoEngine.Nn;

namespace ZoEngine.Onnx;

/// <summary>Where one float initializer of an ONNX model went in a <see cref="TransformerEncoder{T}"/>.</summary>
/// <param name="OnnxName">The initializer's name in the model ("927", "encoder.layer.0.attention.self.query.bias").</param>
/// <param name="Path">The encoder parameter it fills ("encoder.layer.0.attention.self.query.weight").</param>
/// <param name="Dims">The initializer's dimensions, which are also the parameter's layout.</param>
public sealed record InitializerMapping(string OnnxName, string Path, IReadOnlyList<long> Dims);

/// <summary>
/// A BERT-style ONNX encoder (all-MiniLM-L6-v2 and its family) read into ZoEngine's own <see cref="TransformerEncoder{T}"/>:
/// the structure is read from the graph, every float initializer is mapped to one encoder parameter by the
/// rules of docs/transformer.md, and a model whose graph differs is refused with a message that names the difference.
/// </summary>
/// <remarks>
/// Projection weights are named by number in the export ("927"); they are found through the graph: the weight of a
/// projection is the initializer that feeds the MatMul whose output the projection's named bias is added to. Bytes are
/// copied unchanged (the export's [in, out] layout is the encoder's), so <see cref="WrapParameters"/> holds the same
/// float32 bytes, under the same names and in the same order, as <see cref="OnnxZoModel.Parameters"/> of the same
/// model: the same SHA-256 and the same noise ids.
/// </remarks>
public sealed class OnnxTransformer
{
    private static readonly string[] Projections =
        ["attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense", "intermediate.dense", "output.dense"];

    private static readonly string[] Norms = ["attention.output.LayerNorm", "output.LayerNorm"];

    private OnnxTransformer(TransformerEncoder<float> encoder, IReadOnlyList<InitializerMapping> mapping)
    {
        Encoder = encoder;
        Mapping = mapping;
    }

    /// <summary>The encoder, its parameters filled from the model, in the memory <see cref="Load"/> was given.</summary>
    public TransformerEncoder<float> Encoder { get; }

    /// <summary>One row per float initializer of the model, in the model's order.</summary>
    public IReadOnlyList<InitializerMapping> Mapping { get; }

    /// <summary>Reads the model, checks its structure, and fills an encoder with its weights.</summary>
    /// <param name="source">The model (for example <see cref="OnnxModelSource.MiniLm"/>).</param>
    /// <param name="memory">Where the encoder's parameters live (a device backend's memory); the host when null.</param>
    /// <exception cref="OnnxModelException">The model cannot be read, or its graph is not a BERT encoder of the expected form.</exception>
    public static OnnxTransformer Load(OnnxModelSource source, IParameterMemory? memory = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var (model, _) = OnnxZoModel.Parse(source);
        var graph = new GraphIndex(model.Graph, source.Name);
        var config = graph.ReadConfig();
        var encoder = new TransformerEncoder<float>(config);
        var mapping = new List<InitializerMapping>();
        var placed = new Dictionary<string, string>(StringComparer.Ordinal);
        void Place(TensorProto tensor, Parameter<float> parameter)
        {
            var value = parameter.Value;
            // Vectors (biases, LayerNorm) are rank 1 in the model and [1, n] rows in the encoder; matrices keep their shape.
            long[] expected = value.Rows == 1 && tensor.Dims.Count == 1 ? [value.Cols] : [value.Rows, value.Cols];
            if (!tensor.Dims.SequenceEqual(expected))
                throw graph.Error($"initializer '{tensor.Name}' ({parameter.Name}) has shape [{string.Join(", ", tensor.Dims)}]; the encoder expects [{string.Join(", ", expected)}]");
            if (placed.TryGetValue(tensor.Name, out var other))
                throw graph.Error($"initializer '{tensor.Name}' would fill both {other} and {parameter.Name}");
            placed[tensor.Name] = parameter.Name;
            OnnxZoModel.CopyData(tensor, value.Span, source.Name);
        }
        foreach (var p in encoder.Parameters)
            Place(graph.InitializerFor(p.Name), p);
        var extra = graph.FloatInitializers.Where(t => !placed.ContainsKey(t.Name)).Select(t => t.Name).ToList();
        if (extra.Count > 0)
            throw graph.Error($"{extra.Count} float initializer(s) have no place in the encoder: {string.Join(", ", extra.Take(5))}");
        foreach (var t in graph.FloatInitializers)
            mapping.Add(new InitializerMapping(t.Name, placed[t.Name], [.. t.Dims]));
        if (memory is not null)
            encoder.MoveTo(memory);
        return new OnnxTransformer(encoder, mapping);
    }

    /// <summary>
    /// The encoder's parameters as one <see cref="ParameterSet"/> over its own buffers (host arrays pinned in place, or
    /// device buffers addressed where they are), named by the ONNX initializer names in the model's order. Dispose it
    /// to unpin; the encoder must outlive it.
    /// </summary>
    public ParameterSet WrapParameters() => TransformerParameters.Wrap(Encoder, Mapping.Select(m => (m.OnnxName, m.Path)));

    /// <summary>The graph's nodes and initializers indexed by name, and the structural reads of a BERT export.</summary>
    private sealed class GraphIndex
    {
        private readonly string _model;
        private readonly Dictionary<string, TensorProto> _initializers = new(StringComparer.Ordinal);
        private readonly Dictionary<string, NodeProto> _producers = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<NodeProto>> _consumers = new(StringComparer.Ordinal);
        private readonly GraphProto _graph;
        private readonly Dictionary<string, string> _weights = new(StringComparer.Ordinal);

        public GraphIndex(GraphProto graph, string model)
        {
            _graph = graph;
            _model = model;
            foreach (var t in graph.Initializer)
                _initializers[t.Name] = t;
            foreach (var n in graph.Node)
            {
                foreach (var o in n.Output)
                    _producers[o] = n;
                foreach (var i in n.Input)
                {
                    if (!_consumers.TryGetValue(i, out var list))
                        _consumers[i] = list = [];
                    list.Add(n);
                }
            }
            FloatInitializers = [.. graph.Initializer.Where(t => t.DataType == (int)TensorProto.Types.DataType.Float)];
        }

        public IReadOnlyList<TensorProto> FloatInitializers { get; }

        public OnnxModelException Error(string difference) =>
            new($"'{_model}' is not a BERT encoder of the form this loader reads (docs/transformer.md): {difference}.");

        public TensorProto InitializerFor(string path) =>
            _weights.TryGetValue(path, out var name) ? _initializers[name] : Named(path);

        private TensorProto Named(string name) =>
            _initializers.TryGetValue(name, out var t) && t.DataType == (int)TensorProto.Types.DataType.Float
                ? t
                : throw Error($"it has no float initializer '{name}'");

        public TransformerConfig ReadConfig()
        {
            foreach (string input in new[] { "input_ids", "attention_mask" })
            {
                if (_graph.Input.All(i => i.Name != input))
                    throw Error($"it has no input '{input}' (inputs: {string.Join(", ", _graph.Input.Select(i => i.Name))})");
            }
            var words = Named("embeddings.word_embeddings.weight");
            var positions = Named("embeddings.position_embeddings.weight");
            var types = Named("embeddings.token_type_embeddings.weight");
            if (words.Dims.Count != 2 || positions.Dims.Count != 2 || types.Dims.Count != 2)
                throw Error("an embedding table is not a matrix");
            int hidden = (int)words.Dims[1];
            int layers = 0;
            while (_initializers.ContainsKey($"encoder.layer.{layers}.attention.self.query.bias"))
                layers++;
            if (layers == 0)
                throw Error("it has no initializer 'encoder.layer.0.attention.self.query.bias', so no encoder layer was found");
            CountNodes("Softmax", layers, "one attention softmax per layer");
            CountNodes("Erf", layers, "one erf GELU per layer (a tanh-approximated GELU is another function)");
            for (int l = 0; l < layers; l++)
            {
                foreach (string projection in Projections)
                    _weights[$"encoder.layer.{l}.{projection}.weight"] = ProjectionWeight($"encoder.layer.{l}.{projection}.bias");
            }
            CheckPooler();
            var intermediate = Named("encoder.layer.0.intermediate.dense.bias");
            var (heads, headWidth) = Heads($"encoder.layer.0.attention.self.query.bias");
            if (heads * headWidth != hidden)
                throw Error($"{heads} heads of {headWidth} do not make the hidden width {hidden}");
            CheckScale(headWidth);
            double epsilon = Epsilon("embeddings.LayerNorm.weight");
            for (int l = 0; l < layers; l++)
            {
                foreach (string norm in Norms)
                {
                    double e = Epsilon($"encoder.layer.{l}.{norm}.weight");
                    if (e != epsilon)
                        throw Error($"LayerNorm encoder.layer.{l}.{norm} has ε = {e}, the embeddings' has {epsilon}; one ε for all is expected");
                }
            }
            return new TransformerConfig((int)words.Dims[0], (int)positions.Dims[0], (int)types.Dims[0], hidden, heads, (int)intermediate.Dims[^1], layers, epsilon);
        }

        private void CountNodes(string opType, int expected, string why)
        {
            int count = _graph.Node.Count(n => n.OpType == opType);
            if (count != expected)
                throw Error($"it has {count} {opType} node(s) for {expected} layer(s); expected {why}");
        }

        /// <summary>The initializer W of x·W that the named bias is added to: Add(bias, MatMul(x, W)).</summary>
        private string ProjectionWeight(string bias)
        {
            Named(bias);
            var add = Consumers(bias).FirstOrDefault(n => n.OpType == "Add")
                ?? throw Error($"the bias '{bias}' is not added to anything");
            string other = add.Input[0] == bias ? add.Input[1] : add.Input[0];
            if (!_producers.TryGetValue(other, out var matmul) || matmul.OpType != "MatMul")
                throw Error($"the bias '{bias}' is added to the output of {Describe(other)}, not of a MatMul");
            string weight = matmul.Input[1];
            if (!_initializers.TryGetValue(weight, out var w) || w.DataType != (int)TensorProto.Types.DataType.Float || w.Dims.Count != 2)
                throw Error($"the MatMul '{matmul.Name}' before bias '{bias}' does not multiply by a float matrix initializer");
            return weight;
        }

        /// <summary>The pooler is Gemm(h_[CLS], W, b) with transB = 1, then tanh.</summary>
        private void CheckPooler()
        {
            Named("pooler.dense.weight");
            var gemm = Consumers("pooler.dense.weight").FirstOrDefault()
                ?? throw Error("the initializer 'pooler.dense.weight' is used by no node");
            var transB = gemm.Attribute.FirstOrDefault(a => a.Name == "transB");
            if (gemm.OpType != "Gemm" || transB is null || transB.I != 1 || gemm.Input.Count < 3 || gemm.Input[2] != "pooler.dense.bias")
                throw Error($"the pooler is {gemm.OpType} '{gemm.Name}', not Gemm(x, pooler.dense.weight, pooler.dense.bias) with transB = 1");
            if (Consumers(gemm.Output[0]).FirstOrDefault()?.OpType != "Tanh")
                throw Error("the pooler's Gemm is not followed by Tanh");
        }

        /// <summary>(heads, head width): the last two entries of the shape the queries are reshaped to.</summary>
        private (int Heads, int Width) Heads(string queryBias)
        {
            var add = Consumers(queryBias).First(n => n.OpType == "Add");
            var reshape = Consumers(add.Output[0]).FirstOrDefault(n => n.OpType == "Reshape")
                ?? throw Error("the queries are not reshaped into heads");
            var shape = reshape.Input[1];
            long[] dims = _producers.TryGetValue(shape, out var concat) && concat.OpType == "Concat"
                ? [.. concat.Input.Select(ScalarInt)]
                : _initializers.TryGetValue(shape, out var t) ? Int64s(t) : [];
            if (dims.Length != 4 || dims[2] < 1 || dims[3] < 1)
                throw Error($"the queries are reshaped to {Describe(shape)}, not [batch, tokens, heads, head width]");
            return ((int)dims[2], (int)dims[3]);
        }

        /// <summary>Each Softmax reads Add(Div(QKᵀ, √d), mask).</summary>
        private void CheckScale(int headWidth)
        {
            foreach (var softmax in _graph.Node.Where(n => n.OpType == "Softmax"))
            {
                var add = Producer(softmax.Input[0]);
                var div = add?.Input.Select(Producer).FirstOrDefault(n => n?.OpType == "Div");
                double? divisor = div is null ? null : FloatScalar(div.Input[1]);
                if (divisor is not { } d || Math.Abs(d - Math.Sqrt(headWidth)) > 1e-6 * Math.Sqrt(headWidth))
                    throw Error($"the scores of softmax '{softmax.Name}' are not QKᵀ divided by √{headWidth} (found {(divisor is { } x ? x.ToString(CultureInfo.InvariantCulture) : "no such division")})");
            }
        }

        /// <summary>ε of the LayerNorm whose gain is <paramref name="weight"/>: a LayerNormalization node's, or the decomposed form's Sqrt(var + ε).</summary>
        private double Epsilon(string weight)
        {
            Named(weight);
            var user = Consumers(weight).FirstOrDefault()
                ?? throw Error($"the LayerNorm gain '{weight}' is used by no node");
            if (user.OpType == "LayerNormalization")
                return user.Attribute.FirstOrDefault(a => a.Name == "epsilon")?.F ?? 1e-5;
            var div = user.OpType == "Mul" ? user.Input.Select(Producer).FirstOrDefault(n => n?.OpType == "Div") : null;
            var sqrt = div is null ? null : Producer(div.Input[1]);
            var add = sqrt?.OpType == "Sqrt" ? Producer(sqrt.Input[0]) : null;
            double? epsilon = add?.OpType == "Add" ? add.Input.Select(FloatScalar).FirstOrDefault(v => v is not null) : null;
            return epsilon ?? throw Error($"the LayerNorm with gain '{weight}' is neither LayerNormalization nor (x − mean)/Sqrt(var + ε)·γ + β");
        }

        private NodeProto? Producer(string name) => _producers.GetValueOrDefault(name);

        private List<NodeProto> Consumers(string name) => _consumers.GetValueOrDefault(name) ?? [];

        private string Describe(string value) => _producers.TryGetValue(value, out var n) ? $"{n.OpType} '{n.Name}'" : $"'{value}'";

        /// <summary>A scalar float from a Constant node or an initializer; null when the value is neither.</summary>
        private double? FloatScalar(string name)
        {
            var t = _producers.TryGetValue(name, out var n) && n.OpType == "Constant" ? n.Attribute.FirstOrDefault(a => a.Name == "value")?.T
                : _initializers.GetValueOrDefault(name);
            if (t is null || t.DataType != (int)TensorProto.Types.DataType.Float)
                return null;
            if (!t.RawData.IsEmpty)
                return t.RawData.Length == sizeof(float) ? MemoryMarshal.Read<float>(t.RawData.Span) : null;
            return t.FloatData.Count == 1 ? t.FloatData[0] : null;
        }

        /// <summary>A one-element int64 value (a Constant or an initializer); −1 for anything else (a runtime dimension).</summary>
        private long ScalarInt(string name)
        {
            var t = _producers.TryGetValue(name, out var n) && n.OpType == "Constant" ? n.Attribute.FirstOrDefault(a => a.Name == "value")?.T
                : _initializers.GetValueOrDefault(name);
            var values = t is null ? [] : Int64s(t);
            return values.Length == 1 ? values[0] : -1;
        }

        private static long[] Int64s(TensorProto t)
        {
            if (t.DataType != (int)TensorProto.Types.DataType.Int64)
                return [];
            return t.RawData.IsEmpty ? [.. t.Int64Data] : MemoryMarshal.Cast<byte, long>(t.RawData.Span).ToArray();
        }
    }
}
