using System.Text.RegularExpressions;
using Microsoft.ML.OnnxRuntime;
using ZoEngine.Onnx;

namespace ZoEngine.Tests.Onnx;

/// <summary>
/// The zero-copy binding: ONNX Runtime reads the engine's buffers in place, every trainable initializer stays live, and
/// bad models are refused with one line.
/// </summary>
public class OnnxBindingTests
{
    private string _dir = "";

    [SetUp]
    public void CreateScratchFolder() => _dir = Directory.CreateTempSubdirectory("zo-onnx-").FullName;

    [TearDown]
    public void DeleteScratchFolder() => Directory.Delete(_dir, recursive: true);

    private OnnxModelSource Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return OnnxModelSource.FromFile(path);
    }

    private static float[] RunAffine(OnnxZoModel model, float[] x)
    {
        using var input = OrtValue.CreateTensorValueFromMemory(x, [1, 2]);
        using var run = new RunOptions();
        using var outputs = model.Session.Run(run, ["X"], [input], ["Y"]);
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }

    [Test]
    public void Affine_TheSessionReadsTheEngineBuffersInPlace()
    {
        float[] w = [1, 2, 3, 4, 5, 6], b = [10, 20, 30];
        using var model = OnnxZoModel.Load(Write("affine.onnx", OnnxTestModels.Affine(w, b)));
        Assert.That(model.Trainable, Is.EqualTo(new[] { "W", "B" }));
        Assert.That(model.Parameters.TotalLength, Is.EqualTo(9));
        // x·W + b with x = (1, 2): (1+8, 2+10, 3+12) + b.
        Assert.That(RunAffine(model, [1, 2]), Is.EqualTo(new float[] { 19, 32, 45 }));
        model.Parameters["W"].AsSpan()[0] = 100;      // W[0,0]: output 0 gains 99·x0
        model.Parameters["B"].AsSpan()[2] = -30;      // b[2]: output 2 loses 60
        Assert.That(RunAffine(model, [1, 2]), Is.EqualTo(new float[] { 118, 32, -15 }));
        model.Parameters["W"].AsSpan()[0] = 1;
        model.Parameters["B"].AsSpan()[2] = 30;
        Assert.That(RunAffine(model, [1, 2]), Is.EqualTo(new float[] { 19, 32, 45 }));
    }

    [Test]
    public void Affine_ATrainablePatternLeavesTheOthersInsideTheModel()
    {
        using var model = OnnxZoModel.Load(Write("affine.onnx", OnnxTestModels.Affine([1, 2, 3, 4, 5, 6], [10, 20, 30])),
            new OnnxZoModelOptions { Trainable = new Regex("^B$") });
        Assert.That(model.Trainable, Is.EqualTo(new[] { "B" }));
        Assert.That(model.FloatInitializers, Is.EqualTo(new[] { "W", "B" }));
        model.Parameters["B"].AsSpan()[0] = 0;
        Assert.That(RunAffine(model, [1, 2]), Is.EqualTo(new float[] { 9, 32, 45 }));
    }

    [Test]
    public void Affine_JoinsTheCallersParameterSet()
    {
        using var set = new ZoEngine.ParameterSet();
        set.Add("head", 4);
        using (var model = OnnxZoModel.Load(Write("affine.onnx", OnnxTestModels.Affine([1, 2, 3, 4, 5, 6], [10, 20, 30])), new OnnxZoModelOptions { Parameters = set }))
        {
            Assert.That(set.Count, Is.EqualTo(3));
            Assert.That(model.Parameters, Is.SameAs(set));
        }
        Assert.That(set["W"].AsSpan().ToArray(), Is.EqualTo(new float[] { 1, 2, 3, 4, 5, 6 }), "the caller's set outlives the model");
    }

    [Test]
    public void MissingFile_IsOneLine()
    {
        var e = Assert.Throws<OnnxModelException>(() => OnnxZoModel.Load(OnnxModelSource.FromFile(Path.Combine(_dir, "none.onnx"))));
        Assert.That(e!.Message, Does.StartWith("No ONNX model at").And.Not.Contain("\n"));
    }

    [Test]
    public void MissingResourceAssembly_IsOneLine()
    {
        var e = Assert.Throws<OnnxModelException>(() => OnnxZoModel.Load(OnnxModelSource.FromResource("x", Path.Combine(_dir, "none.dll"), "model.onnx")));
        Assert.That(e!.Message, Does.Contain("No assembly at"));
    }

    [Test]
    public void MissingResource_IsOneLine()
    {
        var e = Assert.Throws<OnnxModelException>(() => OnnxZoModel.Load(OnnxModelSource.FromResource("x", OnnxModelSource.MiniLmAssemblyPath, "no.such.resource")));
        Assert.That(e!.Message, Does.Contain("has no resource 'no.such.resource'"));
    }

    [Test]
    public void UnparsableFile_IsNotAnOnnxModel()
    {
        var e = Assert.Throws<OnnxModelException>(() => OnnxZoModel.Load(Write("junk.onnx", [0xff, 0xff, 0xff, 0x07, 1, 2, 3])));
        Assert.That(e!.Message, Does.Contain("is not an ONNX model").And.Not.Contain("\n"));
        var empty = Assert.Throws<OnnxModelException>(() => OnnxZoModel.Load(Write("empty.onnx", [])));
        Assert.That(empty!.Message, Does.Contain("is not an ONNX model"));
    }

    [Test]
    public void NoFloatInitializers_NothingToTrain()
    {
        var e = Assert.Throws<OnnxModelException>(() => OnnxZoModel.Load(Write("ints.onnx", OnnxTestModels.IntegerOnly())));
        Assert.That(e!.Message, Does.Contain("has no float32 initializers"));
    }

    [Test]
    public void PatternMatchingNothing_NamesExamples()
    {
        var e = Assert.Throws<OnnxModelException>(() => OnnxZoModel.Load(Write("affine.onnx", OnnxTestModels.Affine([1, 2, 3, 4, 5, 6], [1, 2, 3])),
            new OnnxZoModelOptions { Trainable = new Regex("encoder") }));
        Assert.That(e!.Message, Does.Contain("matches none of the 2 float32 initializers").And.Contain("'W'"));
    }
}
