using ZoEngine.Nn;

namespace ZoEngine.Tests.Nn;

/// <summary>
/// <see cref="NetworkSpec"/>: its metadata round-trips every architecture to a network with the same parameters, the
/// MLP keys are the ones older logs carry, and damaged metadata names the key at fault.
/// </summary>
public class NetworkSpecTests
{
    private static readonly MlpOptions Mlp = new() { Inputs = 12, Width = 5, Depth = 4, Classes = 3, Activation = ActivationKind.Tanh, Residual = true, Seed = 17 };

    private static IEnumerable<NetworkSpec> Specs()
    {
        yield return NetworkSpec.Of(Mlp);
        yield return NetworkSpec.Of(Mlp with { Residual = false, Activation = ActivationKind.Gelu, Seed = ulong.MaxValue });
        yield return NetworkSpec.Of(new ConvNetOptions { Kind = ConvNetKind.Cnn, Input = new SpatialShape(2, 9, 7), Depth = 3, Width = 3, Stages = 2, Classes = 4, Seed = 5 });
        yield return NetworkSpec.Of(new ConvNetOptions { Kind = ConvNetKind.ResNet, Input = new SpatialShape(1, 8, 8), Depth = 2, Width = 2, Stages = 2, Activation = ActivationKind.Gelu, Seed = 6 });
        yield return NetworkSpec.Of(new ConvNetOptions { Kind = ConvNetKind.MnistCnn, Input = new SpatialShape(1, 10, 10), Classes = 10, Seed = 7 });
    }

    [TestCaseSource(nameof(Specs))]
    public void Metadata_RoundTrips_ToTheSameNetwork(NetworkSpec spec)
    {
        var metadata = spec.ToMetadata().ToDictionary(p => p.Key, p => p.Value);
        var parsed = NetworkSpec.FromMetadata(k => metadata.GetValueOrDefault(k));
        Assert.That(parsed, Is.EqualTo(spec));
        Assert.That(parsed.Name, Is.EqualTo(spec.Name));
        var a = spec.Create<float>();
        var b = parsed.Create<float>();
        Assert.That(b.ParameterNames, Is.EqualTo(a.ParameterNames));
        Assert.That(a.ParameterCount, Is.GreaterThan(0));
        for (int i = 0; i < a.Parameters.Count; i++)
            Assert.That(b.Parameters[i].Value.Span.ToArray(), Is.EqualTo(a.Parameters[i].Value.Span.ToArray()), a.ParameterNames[i]);
        Assert.That(a.Parameters.Sum(p => p.Value.Span.ToArray().Sum(Math.Abs)), Is.GreaterThan(0), "the weights are initialised, not zero");
    }

    [Test]
    public void MlpMetadata_HasExactlyTheKeysOlderLogsCarry()
    {
        var metadata = NetworkSpec.Of(Mlp).ToMetadata().ToList();
        Assert.That(metadata.Select(p => $"{p.Key}={p.Value}"), Is.EqualTo(new[]
        {
            "model.kind=resmlp", "model.inputs=12", "model.width=5", "model.depth=4", "model.classes=3", "model.activation=Tanh", "init.seed=17",
        }));
    }

    [Test]
    public void ConvMetadata_WritesTheMapAndStages()
    {
        var spec = Specs().ElementAt(2);
        var metadata = spec.ToMetadata().ToDictionary(p => p.Key, p => p.Value);
        Assert.That(metadata["model.kind"], Is.EqualTo("cnn"));
        Assert.That(metadata["model.input"], Is.EqualTo("2x9x7"));
        Assert.That(metadata["model.stages"], Is.EqualTo("2"));
        Assert.That(metadata, Does.Not.ContainKey("model.inputs"));
        Assert.That(spec.Describe(), Is.EqualTo("depth=3 width=3 stages=2 activation=relu"));
        Assert.That(spec.Inputs, Is.EqualTo(2 * 9 * 7));
    }

    [TestCase("model.kind", "vgg", "'model.kind' = 'vgg' is not mlp, resmlp, cnn, resnet or mnist-cnn")]
    [TestCase("model.input", "1x9", "'model.input' = '1x9' is not a map CxHxW")]
    [TestCase("model.input", "1x0x9", "'model.input' = '1x0x9' is not a map CxHxW")]
    [TestCase("model.stages", null, "has no 'model.stages'")]
    [TestCase("model.stages", "9", "cannot be built: A cnn has 1 to 8 stages, got 9")]
    [TestCase("model.activation", "relu", "'model.activation' = 'relu' is not a ActivationKind")]
    [TestCase("init.seed", "-1", "'init.seed' = '-1' is not an unsigned 64-bit integer")]
    public void DamagedConvMetadata_NamesTheKey(string key, string? value, string expected)
    {
        var metadata = Specs().ElementAt(2).ToMetadata().ToDictionary(p => p.Key, p => (string?)p.Value);
        metadata[key] = value;
        var e = Assert.Throws<FormatException>(() => NetworkSpec.FromMetadata(k => metadata.GetValueOrDefault(k)));
        Assert.That(e!.Message, Does.Contain(expected));
    }

    [Test]
    public void WithInputAndSeed_ChangeOnlyThoseSettings()
    {
        var conv = Specs().ElementAt(3).WithInput(new SpatialShape(1, 28, 28)).WithSeed(9);
        Assert.That(conv.Conv, Is.EqualTo(Specs().ElementAt(3).Conv! with { Input = new SpatialShape(1, 28, 28), Seed = 9 }));
        var mlp = NetworkSpec.Of(Mlp).WithInput(new SpatialShape(1, 28, 28));
        Assert.That(mlp.Mlp, Is.EqualTo(Mlp with { Inputs = 784 }));
    }
}
