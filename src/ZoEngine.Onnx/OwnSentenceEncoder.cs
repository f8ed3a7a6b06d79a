using ZoEngine.Nn;
using ZoEngine.Nn.Gemm;

namespace ZoEngine.Onnx;

/// <summary>
/// A sentence encoder on the engine's own transformer layers (<see cref="EncoderForward{T}"/>): the model loaded from
/// ONNX by <see cref="OnnxTransformer.Load"/> into the ops' memory, a CPU or a device. Each call uploads the ids and
/// the mask ([rows, MaxTokens] each), runs the inference-mode forward there, and brings the embeddings back to the
/// host ([rows, Hidden]); the linear head of the fine-tuning task runs on the host.
/// </summary>
/// <remarks>Buffers are allocated once for <c>capacityRows</c>; a call allocates nothing after the first at its row count.</remarks>
public sealed class OwnSentenceEncoder : ISentenceEncoder
{
    /// <summary>
    /// The own forward's ops on the CPU with <paramref name="threads"/> threads for OpenBLAS (a setting of the whole
    /// process) and for the row ops; 0 leaves OpenBLAS its own count and gives the row ops one thread per core.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is negative.</exception>
    public static CpuNnOps<float> CpuOps(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        var gemm = GemmSelector.Default;
        if (threads > 0 && gemm is OpenBlasGemm blas)
            blas.Threads = threads;
        return new CpuNnOps<float>(gemm, threads > 0 ? threads : Environment.ProcessorCount);
    }

    private readonly EncoderForward<float> _forward;
    private readonly Tensor<float> _ids, _mask;
    private readonly float[] _idStage, _maskStage;

    /// <summary>Encodes with <paramref name="model"/> through <paramref name="ops"/>.</summary>
    /// <param name="model">The encoder, in the ops' memory.</param>
    /// <param name="ops">Ops of the backend the model lives on; they must also be transformer ops.</param>
    /// <param name="maxTokens">Tokens per text, [CLS] and [SEP] included (at most the model's positions).</param>
    /// <param name="capacityRows">The most rows one call encodes.</param>
    public OwnSentenceEncoder(OnnxTransformer model, INnOps<float> ops, int maxTokens, int capacityRows)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(ops);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokens, 3);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacityRows, 1);
        var context = new NnContext<float>(ops);
        _forward = new EncoderForward<float>(model.Encoder, context, capacityRows, maxTokens);
        MaxTokens = maxTokens;
        Hidden = model.Encoder.Config.Hidden;
        using (MemoryAccounting.Attribute(ops.Memory, MemoryCategory.Inputs))
        {
            _ids = context.Allocate(capacityRows, maxTokens);
            _mask = context.Allocate(capacityRows, maxTokens);
        }
        _idStage = new float[capacityRows * maxTokens];
        _maskStage = new float[capacityRows * maxTokens];
    }

    /// <inheritdoc/>
    public int MaxTokens { get; }

    /// <inheritdoc/>
    public int Hidden { get; }

    /// <inheritdoc/>
    public long Forwards { get; private set; }

    /// <inheritdoc/>
    public long RowsEncoded { get; private set; }

    /// <summary>Bytes of the forward's activations and of its attention workspace (one layer's, reused).</summary>
    public long ForwardBytes => _forward.ActivationBytes + _forward.WorkspaceBytes;

    /// <inheritdoc/>
    public bool Embed(ReadOnlySpan<long> ids, int rows, Span<float> embeddings)
    {
        int t = MaxTokens;
        if (rows < 1 || rows > _forward.CapacitySequences)
            throw new ArgumentOutOfRangeException(nameof(rows), rows, $"This encoder takes 1 … {_forward.CapacitySequences} rows per call.");
        if (ids.Length != rows * t || embeddings.Length != rows * Hidden)
            throw new ArgumentException($"{rows} rows need {rows * t} ids and {rows * Hidden} embedding floats; got {ids.Length} and {embeddings.Length}.");
        // Ids go to the device as floats, exactly: BERT vocabularies are far below 2^24.
        for (int i = 0; i < rows * t; i++)
        {
            _idStage[i] = ids[i];
            _maskStage[i] = ids[i] != 0 ? 1f : 0f;
        }
        var idView = _ids.SliceRows(0, rows);
        var maskView = _mask.SliceRows(0, rows);
        idView.CopyFrom(_idStage.AsSpan(0, rows * t));
        maskView.CopyFrom(_maskStage.AsSpan(0, rows * t));
        _forward.Run(idView, maskView).CopyTo(embeddings);
        Forwards++;
        RowsEncoded += rows;
        foreach (float e in embeddings)
        {
            if (!float.IsFinite(e))
                return false;
        }
        return true;
    }
}
