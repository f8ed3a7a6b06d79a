using Google.Protobuf;
using Onnx;
using ZoEngine.Cuda;
using ZoEngine.Nn;
using ZoEngine.Onnx;

namespace ZoEngine.Tests.Transformer;

/// <summary>
/// Reading all-MiniLM-L6-v2 into the own encoder: the name → parameter table, the parameter set it shares with the
/// ONNX Runtime binding, the backend's memory, and the refusal of doctored models with the difference named.
/// </summary>
[NonParallelizable]
public class OnnxTransformerLoadTests
{
    private ModelProto _model = null!;

    [OneTimeSetUp]
    public void Parse()
    {
        using var stream = OnnxModelSource.MiniLm.Open();
        _model = ModelProto.Parser.ParseFrom(stream);
    }

    [Test]
    public void MiniLm_Maps103InitializersOf22713216Parameters_ToTheMiniLmShape()
    {
        var loaded = OnnxTransformer.Load(OnnxModelSource.MiniLm);
        // ε is a float32 constant in the graph: 1e-12 rounded to float32, read as a double.
        Assert.That(loaded.Encoder.Config.LayerNormEpsilon, Is.EqualTo((double)1e-12f));
        Assert.That(loaded.Encoder.Config with { LayerNormEpsilon = 1e-12 }, Is.EqualTo(TransformerConfig.MiniLmL6));
        Assert.That(loaded.Mapping, Has.Count.EqualTo(103));
        Assert.That(loaded.Encoder.ParameterCount, Is.EqualTo(22_713_216));
        Assert.That(loaded.Mapping.Select(m => m.Path).Distinct().Count(), Is.EqualTo(103), "one parameter per initializer");
        // Read off the graph (MatMul_34 multiplies by 927 and Add_35 adds the query bias, and so on for layer 0).
        var byName = loaded.Mapping.ToDictionary(m => m.OnnxName, m => m.Path);
        Assert.That(byName["927"], Is.EqualTo("encoder.layer.0.attention.self.query.weight"));
        Assert.That(byName["928"], Is.EqualTo("encoder.layer.0.attention.self.key.weight"));
        Assert.That(byName["931"], Is.EqualTo("encoder.layer.0.attention.self.value.weight"));
        Assert.That(byName["937"], Is.EqualTo("encoder.layer.0.attention.output.dense.weight"));
        Assert.That(byName["938"], Is.EqualTo("encoder.layer.0.intermediate.dense.weight"));
        Assert.That(byName["939"], Is.EqualTo("encoder.layer.0.output.dense.weight"));
        Assert.That(byName["pooler.dense.weight"], Is.EqualTo("pooler.dense.weight"));
        Assert.That(loaded.Mapping.Where(m => m.OnnxName != m.Path).Count(), Is.EqualTo(36), "the 6 × 6 numbered projection weights");
    }

    [Test]
    public void WrappedParameters_AreTheOnnxRuntimeBindingsBytes_NamesAndOrder()
    {
        var loaded = OnnxTransformer.Load(OnnxModelSource.MiniLm);
        using var own = loaded.WrapParameters();
        using var ort = OnnxZoModel.Load(OnnxModelSource.MiniLm, new OnnxZoModelOptions { IntraOpThreads = 1 });
        Assert.That(own.Select(t => t.Name), Is.EqualTo(ort.Parameters.Select(t => t.Name)));
        Assert.That(own.Select(t => t.Id), Is.EqualTo(ort.Parameters.Select(t => t.Id)), "the same noise ids");
        Assert.That(ParameterDigest.Sha256Hex(own), Is.EqualTo(ParameterDigest.Sha256Hex(ort.Parameters)));
        // The set is the encoder's own memory: a change through it is a change of the encoder.
        own[0].AsSpan()[5] += 1;
        Assert.That(loaded.Encoder.WordEmbeddings.Value.Span[5], Is.EqualTo(own[0].AsSpan()[5]));
    }

    [Test]
    public void LoadedIntoADeviceMemory_TheSetLivesThere_WithTheSameBytes()
    {
        using var backend = new EmulatedBackend();
        var host = OnnxTransformer.Load(OnnxModelSource.MiniLm);
        var device = OnnxTransformer.Load(OnnxModelSource.MiniLm, backend.Memory);
        Assert.That(device.Encoder.Parameters.All(p => ReferenceEquals(p.Placement, backend.Memory)));
        using var onDevice = device.WrapParameters();
        using var onHost = host.WrapParameters();
        Assert.That(onDevice.Memory, Is.SameAs(backend.Memory));
        Assert.That(ParameterDigest.Sha256Hex(onDevice), Is.EqualTo(ParameterDigest.Sha256Hex(onHost)));
    }

    private OnnxModelException Refusal(Action<ModelProto> doctor)
    {
        var copy = _model.Clone();
        doctor(copy);
        byte[] bytes = copy.ToByteArray();
        return Assert.Throws<OnnxModelException>(() => OnnxTransformer.Load(new OnnxModelSource("doctored", () => new MemoryStream(bytes))))!;
    }

    private static TensorProto Initializer(ModelProto m, string name) => m.Graph.Initializer.Single(t => t.Name == name);

    [Test]
    public void AMissingInitializer_IsNamed() =>
        Assert.That(Refusal(m => m.Graph.Initializer.Remove(Initializer(m, "encoder.layer.2.output.LayerNorm.bias"))).Message,
            Does.Contain("'doctored' is not a BERT encoder").And.Contain("no float initializer 'encoder.layer.2.output.LayerNorm.bias'"));

    [Test]
    public void AnExtraFloatInitializer_IsNamed() =>
        Assert.That(Refusal(m => m.Graph.Initializer.Add(new TensorProto { Name = "classifier.weight", DataType = 1, Dims = { 2 }, FloatData = { 1, 2 } })).Message,
            Does.Contain("1 float initializer(s) have no place in the encoder: classifier.weight"));

    [Test]
    public void AWeightOfTheWrongShape_IsNamed() =>
        Assert.That(Refusal(m =>
        {
            var w = Initializer(m, "938");
            w.Dims.Clear();
            w.Dims.Add([1536, 384]);
        }).Message, Does.Contain("initializer '938' (encoder.layer.0.intermediate.dense.weight) has shape [1536, 384]; the encoder expects [384, 1536]"));

    [Test]
    public void ATanhGelu_IsRefused() =>
        Assert.That(Refusal(m => m.Graph.Node.First(n => n.OpType == "Erf").OpType = "Tanh").Message,
            Does.Contain("5 Erf node(s) for 6 layer(s)"));

    [Test]
    public void AnotherAttentionScale_IsRefused() =>
        Assert.That(Refusal(m =>
        {
            // The Div before layer 3's softmax divides by a Constant √32; make it 8.
            var softmax = m.Graph.Node.Where(n => n.OpType == "Softmax").ElementAt(3);
            var add = m.Graph.Node.Single(n => n.Output.Contains(softmax.Input[0]));
            var div = m.Graph.Node.Single(n => n.OpType == "Div" && add.Input.Contains(n.Output[0]));
            var constant = m.Graph.Node.Single(n => n.Output.Contains(div.Input[1]));
            constant.Attribute[0].T.RawData = ByteString.CopyFrom(BitConverter.GetBytes(8f));
        }).Message, Does.Contain("are not QKᵀ divided by √32 (found 8)"));

    [Test]
    public void AMissingInput_IsNamed() =>
        Assert.That(Refusal(m => m.Graph.Input.Remove(m.Graph.Input.Single(i => i.Name == "attention_mask"))).Message,
            Does.Contain("no input 'attention_mask'"));

    [Test]
    public void ABiasAddedToSomethingOtherThanAMatMul_IsNamed() =>
        Assert.That(Refusal(m => m.Graph.Node.Single(n => n.OpType == "MatMul" && n.Input.Contains("928")).OpType = "Add").Message,
            Does.Contain("the bias 'encoder.layer.0.attention.self.key.bias' is added to the output of Add").And.Contain("not of a MatMul"));
}
