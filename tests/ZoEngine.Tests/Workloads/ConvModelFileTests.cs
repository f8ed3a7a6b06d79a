using ZoEngine.Nn;
using ZoEngine.Nn.Gemm;
using ZoEngine.Workloads.Models;

namespace ZoEngine.Tests.Workloads;

/// <summary>cnn, resnet and mnist-cnn through <see cref="ModelFile"/>: saved, rebuilt from the metadata alone, the same outputs.</summary>
[TestFixture]
public sealed class ConvModelFileTests
{
    private static IEnumerable<TestCaseData> Networks()
    {
        yield return new TestCaseData(new ConvNetOptions { Kind = ConvNetKind.Cnn, Input = new(2, 9, 7), Width = 3, Depth = 3, Stages = 2, Classes = 4, Activation = ActivationKind.Gelu, Seed = 5 }).SetName("cnn");
        yield return new TestCaseData(new ConvNetOptions { Kind = ConvNetKind.ResNet, Input = new(1, 8, 8), Width = 2, Depth = 3, Stages = 2, Classes = 3, Activation = ActivationKind.Tanh, Seed = 6 }).SetName("resnet");
        yield return new TestCaseData(new ConvNetOptions { Kind = ConvNetKind.MnistCnn, Seed = 7 }).SetName("mnist-cnn");
    }

    [TestCaseSource(nameof(Networks))]
    public void SavedAndLoaded_HasTheSameParametersAndOutputs(ConvNetOptions options)
    {
        string dir = Directory.CreateTempSubdirectory("zo-conv-model-").FullName;
        try
        {
            var model = ConvNet.Create<float>(options);
            model.Parameters[1].Value.Span[0] = 0.375f;   // not what the seed gives: the file, not the seed, must carry it
            string path = Path.Combine(dir, "m.safetensors");
            ModelFile.Save(path, model, options);
            var (loaded, loadedOptions) = ModelFile.LoadConvNet(path);
            Assert.That(loadedOptions, Is.EqualTo(options));
            Assert.That(loaded.ParameterNames, Is.EqualTo(model.ParameterNames));
            for (int i = 0; i < model.Parameters.Count; i++)
                Assert.That(loaded.Parameters[i].Value.Span.ToArray(), Is.EqualTo(model.Parameters[i].Value.Span.ToArray()), model.ParameterNames[i]);
            var context = NnContext<float>.Cpu(ReferenceGemm.Instance);
            var x = ZoEngine.Tests.Nn.NnFixtures.Gaussian<float>(2, model.InFeatures, 8);
            var expected = model.Predict(context, x).Span.ToArray();
            Assert.That(ZoEngine.Tests.Nn.NnFixtures.MaxAbs([.. expected.Select(v => (double)v)]), Is.GreaterThan(0));
            Assert.That(loaded.Predict(context, x).Span.ToArray(), Is.EqualTo(expected));
            Assert.That(() => ModelFile.Load(path), Throws.TypeOf<SafeTensorsException>().With.Message.Contains("LoadConvNet"));
            var (any, architecture) = ModelFile.LoadAny(path);
            Assert.That(architecture, Is.EqualTo(ConvNet.KindName(options.Kind)));
            Assert.That(any.Predict(context, x).Span.ToArray(), Is.EqualTo(expected), "LoadAny rebuilds the same network");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void BadFilesAndMismatchedModelsAreRefused()
    {
        string dir = Directory.CreateTempSubdirectory("zo-conv-model-").FullName;
        try
        {
            var options = new ConvNetOptions { Kind = ConvNetKind.Cnn, Input = new(1, 6, 6), Width = 2, Depth = 2, Stages = 2, Classes = 3, Seed = 1 };
            var model = ConvNet.Create<float>(options);
            Assert.Throws<ArgumentException>(() => ModelFile.Save(Path.Combine(dir, "x.safetensors"), model, options with { Width = 3 }));
            string path = Path.Combine(dir, "m.safetensors");
            ModelFile.Save(path, model, options);
            var file = SafeTensors.Read(path);
            SafeTensors.Write(Path.Combine(dir, "fewer.safetensors"), [.. file.Tensors.Skip(1)], file.Metadata);
            Assert.That(() => ModelFile.LoadConvNet(Path.Combine(dir, "fewer.safetensors")), Throws.TypeOf<SafeTensorsException>().With.Message.Contains($"lacks parameter '{model.ParameterNames[0]}'"));
            var wrongInput = new Dictionary<string, string>(file.Metadata) { ["conv.input"] = "1x6" };
            SafeTensors.Write(Path.Combine(dir, "input.safetensors"), file.Tensors, wrongInput);
            Assert.That(() => ModelFile.LoadConvNet(Path.Combine(dir, "input.safetensors")), Throws.TypeOf<SafeTensorsException>().With.Message.Contains("conv.input"));
            var tooSmall = new Dictionary<string, string>(file.Metadata) { [ModelFile.ArchitectureKey] = "mnist-cnn", ["conv.input"] = "1x4x4" };
            SafeTensors.Write(Path.Combine(dir, "small.safetensors"), file.Tensors, tooSmall);
            Assert.That(() => ModelFile.LoadConvNet(Path.Combine(dir, "small.safetensors")), Throws.TypeOf<SafeTensorsException>().With.Message.Contains("cannot be built"));
            var mlp = new Dictionary<string, string>(file.Metadata) { [ModelFile.ArchitectureKey] = "mlp" };
            SafeTensors.Write(Path.Combine(dir, "mlp.safetensors"), file.Tensors, mlp);
            Assert.That(() => ModelFile.LoadConvNet(Path.Combine(dir, "mlp.safetensors")), Throws.TypeOf<SafeTensorsException>().With.Message.Contains("not a convolutional network"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
