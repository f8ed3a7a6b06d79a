using Microsoft.ML.OnnxRuntime;
using ZoEngine.Onnx;

namespace ZoEngine.Tests.Onnx;

/// <summary>all-MiniLM-L6-v2 bound to a parameter set: the published embedding, and every initializer live.</summary>
[NonParallelizable]
public class MiniLmTests
{
    private OnnxZoModel _model = null!;
    private TextEncoder _encoder = null!;

    [OneTimeSetUp]
    public void Load()
    {
        _model = OnnxZoModel.Load(OnnxModelSource.MiniLm, new OnnxZoModelOptions { IntraOpThreads = 1 });
        using var vocabulary = new StreamReader(OnnxModelSource.MiniLmVocabulary.Open());
        _encoder = new TextEncoder(_model, vocabulary, maxTokens: 16);
    }

    [OneTimeTearDown]
    public void Unload() => _model.Dispose();

    private float[] Embed(string text)
    {
        var ids = new long[_encoder.MaxTokens];
        _encoder.Tokenize(text, ids);
        var e = new float[_encoder.Hidden];
        Assert.That(_encoder.Embed(ids, 1, e), Is.True);
        return e;
    }

    [Test]
    public void Model_Has103FloatInitializersOf22713216Parameters()
    {
        Assert.That(_model.Trainable, Has.Count.EqualTo(103));
        Assert.That(_model.TrainableParameters, Is.EqualTo(22_713_216));
        Assert.That(_encoder.Hidden, Is.EqualTo(384));
    }

    [Test]
    public void ExampleSentence_MatchesThePublishedEmbedding()
    {
        var e = Embed("This is an example sentence");
        // sentence-transformers' all-MiniLM-L6-v2 model card; the card prints 4 decimals, so 5e-5 is its rounding.
        float[] published = [0.0677f, 0.0635f, 0.0487f, 0.0793f];
        for (int i = 0; i < 4; i++)
            Assert.That(e[i], Is.EqualTo(published[i]).Within(5e-5 + 1e-5), $"element {i}");
        Assert.That(e.Sum(x => (double)x * x), Is.EqualTo(1).Within(1e-5), "L2-normalised");
    }

    [Test]
    public void Tokenize_WritesIntoTheCallersRow_WhichTheNextCallLeavesAlone()
    {
        var first = new long[_encoder.MaxTokens];
        var second = new long[_encoder.MaxTokens];
        int n1 = _encoder.Tokenize("This is an example sentence", first);
        long[] kept = [.. first];
        int n2 = _encoder.Tokenize("Each sentence is converted", second);
        Assert.That(first, Is.EqualTo(kept), "the first row is not a view of a reused buffer");
        Assert.That(n1, Is.EqualTo(7), "[CLS] this is an example sentence [SEP]");
        Assert.That(first[0], Is.EqualTo(101));
        Assert.That(first[n1 - 1], Is.EqualTo(102));
        Assert.That(first[n1..], Is.All.EqualTo(0), "padded with [PAD] = 0");
        Assert.That(second[..n2], Is.Not.EqualTo(first[..n2]));
        var texts = ZoEngine.Onnx.FineTuning.TokenizedTexts.Create(_encoder, ["This is an example sentence"], [0]);
        Assert.That(texts.Example(0).ToArray().Select(x => (long)x), Is.EqualTo(kept), "ids survive the float rows exactly");
    }

    /// <summary>Every output of the session (last hidden states and pooler output), flattened.</summary>
    private float[] AllOutputs(long[] ids)
    {
        long[] mask = [.. ids.Select(i => i != 0 ? 1L : 0L)], types = new long[ids.Length];
        long[] shape = [1, ids.Length];
        using var a = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var b = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var c = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var run = new RunOptions();
        var names = _model.Session.OutputMetadata.Keys.ToArray();
        using var outputs = _model.Session.Run(run, ["input_ids", "attention_mask", "token_type_ids"], [a, b, c], names);
        return [.. outputs.SelectMany(o => o.GetTensorDataAsSpan<float>().ToArray())];
    }

    [Test]
    public void EveryTrainableInitializer_MovesTheOutput_AndRestoringRestoresItExactly()
    {
        var ids = new long[_encoder.MaxTokens];
        _encoder.Tokenize("Never trust a computer you cannot throw out of a window.", ids);
        var baseline = AllOutputs(ids);
        Assert.That(baseline.Max(Math.Abs), Is.GreaterThan(0));
        var dead = new List<string>();
        var invariant = new List<string>();
        foreach (var tensor in _model.Parameters)
        {
            var span = tensor.AsSpan();
            var saved = span.ToArray();
            // Scale and shift, so that zero biases and unit LayerNorm gains change too.
            for (int i = 0; i < span.Length; i++)
                span[i] = span[i] * 1.5f + 0.01f;
            var moved = AllOutputs(ids);
            saved.CopyTo(span);
            double change = moved.Zip(baseline, (x, y) => Math.Abs(x - y)).Max();
            // A silent copy leaves the outputs bit for bit as they were (a forward is deterministic: see the last assert).
            if (change == 0)
                dead.Add(tensor.Name);
            // The attention key bias adds q·b to every score of a query alike, which softmax cancels: it moves the output
            // only by rounding. Every other initializer must move it for real.
            else if (change < 1e-4)
                invariant.Add(tensor.Name);
        }
        Assert.That(dead, Is.Empty, "initializers whose change the session did not see (a silent copy)");
        Assert.That(invariant, Is.EqualTo(Enumerable.Range(0, 6).Select(l => $"encoder.layer.{l}.attention.self.key.bias")));
        Assert.That(AllOutputs(ids), Is.EqualTo(baseline), "restored buffers give the baseline bit for bit");
    }
}
