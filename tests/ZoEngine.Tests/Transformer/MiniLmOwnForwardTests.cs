using Microsoft.ML.OnnxRuntime;
using ZoEngine.Cuda;
using ZoEngine.Nn;
using ZoEngine.Nn.Gemm;
using ZoEngine.Onnx;
using ZoEngine.Workloads.Data;

namespace ZoEngine.Tests.Transformer;

/// <summary>
/// all-MiniLM-L6-v2 in ZoEngine's own layers against ONNX Runtime running the same model file: the sentence
/// embeddings of 256 fortunes, the published embedding of "This is an example sentence", and the model's two outputs.
/// </summary>
[NonParallelizable]
public class MiniLmOwnForwardTests
{
    private const int Tokens = 32;
    private OnnxZoModel _ort = null!;
    private TextEncoder _tokenizer = null!;
    private OnnxTransformer _own = null!;
    private EncoderForward<float> _forward = null!;

    [OneTimeSetUp]
    public void Load()
    {
        _ort = OnnxZoModel.Load(OnnxModelSource.MiniLm, new OnnxZoModelOptions { IntraOpThreads = 1 });
        using var vocabulary = new StreamReader(OnnxModelSource.MiniLmVocabulary.Open());
        _tokenizer = new TextEncoder(_ort, vocabulary, Tokens);
        _own = OnnxTransformer.Load(OnnxModelSource.MiniLm);
        _forward = new EncoderForward<float>(_own.Encoder, NnContext<float>.Cpu(GemmSelector.Default), capacitySequences: 32, capacityTokens: Tokens);
    }

    [OneTimeTearDown]
    public void Unload() => _ort.Dispose();

    private (long[] Ids, Tensor<float> IdTensor, Tensor<float> Mask) Tokenize(IReadOnlyList<string> texts)
    {
        var ids = new long[texts.Count * Tokens];
        for (int i = 0; i < texts.Count; i++)
            _tokenizer.Tokenize(texts[i], ids.AsSpan(i * Tokens, Tokens));
        var idTensor = new Tensor<float>(texts.Count, Tokens);
        var mask = new Tensor<float>(texts.Count, Tokens);
        for (int i = 0; i < ids.Length; i++)
        {
            idTensor.Span[i] = ids[i];
            mask.Span[i] = ids[i] != 0 ? 1 : 0;
        }
        return (ids, idTensor, mask);
    }

    private float[] Own(IReadOnlyList<string> texts)
    {
        var (_, ids, mask) = Tokenize(texts);
        return _forward.Run(ids, mask).Span.ToArray();
    }

    private float[] Ort(IReadOnlyList<string> texts)
    {
        var (ids, _, _) = Tokenize(texts);
        var e = new float[texts.Count * _tokenizer.Hidden];
        Assert.That(_tokenizer.Embed(ids, texts.Count, e), Is.True);
        return e;
    }

    [Test]
    public void SentenceEmbeddingsOf256Fortunes_EqualOnnxRuntimes_Within1e4()
    {
        var data = Fortunes.Load(Fortunes.DefaultCategories);
        var texts = data.Entries.SelectMany(entries => entries.Take(64)).ToList();
        Assert.That(texts, Has.Count.EqualTo(256));
        double max = 0, sum = 0, largest = 0;
        long count = 0;
        int worst = -1;
        for (int start = 0; start < texts.Count; start += 32)
        {
            var batch = texts.GetRange(start, 32);
            var own = Own(batch);
            var ort = Ort(batch);
            for (int i = 0; i < own.Length; i++)
            {
                double d = Math.Abs((double)own[i] - ort[i]);
                if (d > max)
                    (max, worst) = (d, start + i / 384);
                sum += d;
                largest = Math.Max(largest, Math.Abs(ort[i]));
                count++;
            }
        }
        TestContext.Out.WriteLine($"own vs ONNX Runtime, {texts.Count} fortunes × {Tokens} tokens: max |Δ| = {max:E3} (text {worst}), mean |Δ| = {sum / count:E3}, over {count} elements; largest |e| = {largest:F4}");
        Assert.That(largest, Is.GreaterThan(0.1), "the embeddings are not all near zero");
        // The bound. Both are float32 forwards of the same weights; they differ in summation order (GEMM blocking,
        // LayerNorm in binary64 here), the exact erf against ONNX Runtime's, and masking by exclusion against −10000.
        Assert.That(max, Is.LessThanOrEqualTo(1e-4));
    }

    /// <summary>
    /// The Emulated comparison: the host build of the kernels behind the CUDA code path. Four fortunes take
    /// about 7 s there, so they run in the suite; the 256 of the figure take about 7.5 minutes on one core
    /// (zo_nn_gemm on the host, about 0.7·10⁹ multiply-adds a second), so they run by name. The device ops themselves
    /// are checked against the CPU ops in TransformerDeviceOpsTests.
    /// </summary>
    [Test]
    public void OnTheEmulatedDevice_SentenceEmbeddingsOf4Fortunes_EqualOnnxRuntimes_Within1e4() => CompareOnEmulated(1);

    [Test, Explicit("About 7.5 minutes of Emulated kernels (8 batches of 32 MiniLM sentences on the host build): run it by name.")]
    public void OnTheEmulatedDevice_SentenceEmbeddingsOf256Fortunes_EqualOnnxRuntimes_Within1e4() => CompareOnEmulated(64);

    private void CompareOnEmulated(int perCategory)
    {
        using var backend = new EmulatedBackend();
        using var ops = new DeviceNnOps(backend);
        var model = OnnxTransformer.Load(OnnxModelSource.MiniLm, backend.Memory);
        var forward = new EncoderForward<float>(model.Encoder, new NnContext<float>(ops), capacitySequences: 32, capacityTokens: Tokens);
        var texts = Fortunes.Load(Fortunes.DefaultCategories).Entries.SelectMany(entries => entries.Take(perCategory)).ToList();
        double max = 0, sum = 0, cpuMax = 0;
        long count = 0;
        for (int start = 0; start < texts.Count; start += 32)
        {
            var batch = texts.GetRange(start, Math.Min(32, texts.Count - start));
            var (_, ids, mask) = Tokenize(batch);
            var own = forward.Run(ids.To(backend.Memory), mask.To(backend.Memory)).ToHost().Span.ToArray();
            var ort = Ort(batch);
            var cpu = Own(batch);
            for (int i = 0; i < own.Length; i++)
            {
                double d = Math.Abs((double)own[i] - ort[i]);
                max = Math.Max(max, d);
                sum += d;
                cpuMax = Math.Max(cpuMax, Math.Abs(own[i] - cpu[i]));
                count++;
            }
        }
        TestContext.Out.WriteLine($"emulated vs ONNX Runtime, {texts.Count} fortunes × {Tokens} tokens: max |Δ| = {max:E3}, mean |Δ| = {sum / count:E3}; emulated vs own CPU: max |Δ| = {cpuMax:E3}");
        Assert.That(count, Is.EqualTo(texts.Count * 384L));
        Assert.That(max, Is.LessThanOrEqualTo(1e-4));
    }

    [Test]
    public void ExampleSentence_MatchesThePublishedEmbedding_AndOnnxRuntime()
    {
        var own = Own(["This is an example sentence"]);
        var ort = Ort(["This is an example sentence"]);
        // sentence-transformers' all-MiniLM-L6-v2 model card prints 4 decimals: 5e-5 is its rounding.
        float[] published = [0.0677f, 0.0635f, 0.0487f, 0.0793f];
        for (int i = 0; i < 4; i++)
            Assert.That(own[i], Is.EqualTo(published[i]).Within(5e-5 + 1e-5), $"element {i}");
        Assert.That(own.Sum(x => (double)x * x), Is.EqualTo(1).Within(1e-5));
        Assert.That(own.Zip(ort, (a, b) => Math.Abs(a - b)).Max(), Is.LessThan(1e-5));
    }

    [Test]
    public void LastHiddenStateAndPooler_EqualOnnxRuntimesOutputs()
    {
        string[] texts = ["Never trust a computer you cannot throw out of a window.", "A short one.", "This is an example sentence"];
        var (ids, idTensor, mask) = Tokenize(texts);
        _forward.Run(idTensor, mask);
        var hidden = _forward.LastHiddenState.Span.ToArray();
        var pooler = _forward.Pooler().Span.ToArray();
        long[] maskLong = [.. ids.Select(i => i != 0 ? 1L : 0L)], types = new long[ids.Length];
        long[] shape = [texts.Length, Tokens];
        using var a = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var b = OrtValue.CreateTensorValueFromMemory(maskLong, shape);
        using var c = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var run = new RunOptions();
        using var outputs = _ort.Session.Run(run, ["input_ids", "attention_mask", "token_type_ids"], [a, b, c], ["last_hidden_state", "924"]);
        var ortHidden = outputs[0].GetTensorDataAsSpan<float>().ToArray();
        var ortPooler = outputs[1].GetTensorDataAsSpan<float>().ToArray();
        double hiddenMax = 0;
        for (int r = 0; r < ids.Length; r++)
        {
            // Padding rows are computed by both but mean nothing; the embedding never reads them.
            if (ids[r] == 0)
                continue;
            for (int j = 0; j < 384; j++)
                hiddenMax = Math.Max(hiddenMax, Math.Abs(hidden[r * 384 + j] - ortHidden[r * 384 + j]));
        }
        double poolerMax = pooler.Zip(ortPooler, (x, y) => Math.Abs(x - y)).Max();
        TestContext.Out.WriteLine($"last hidden state (real tokens) max |Δ| = {hiddenMax:E3} (largest |h| = {ortHidden.Max(Math.Abs):F3}); pooler max |Δ| = {poolerMax:E3}");
        // Hidden states are LayerNorm outputs of magnitude up to ~6: float32 roundings (6e-8 relative each) of two
        // differently ordered forwards through six layers; measured 2e-6 here, bounded with a 5x margin. The pooler is a
        // tanh of one row of them (measured 1.4e-7).
        Assert.That(hiddenMax, Is.LessThan(1e-5));
        Assert.That(poolerMax, Is.LessThan(1e-5));
        Assert.That(ortPooler.Max(Math.Abs), Is.GreaterThan(0.1));
    }
}
