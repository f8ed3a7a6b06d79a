using ZoEngine.Cuda.Kernels;
using ZoEngine.Cuda.Runtime;

namespace ZoEngine.Cuda;

/// <summary>
/// The launches of kernels/zo_transformer.cu: the transformer-encoder ops of ZoEngine.Nn (ITransformerOps) on the
/// memory and stream of a <see cref="DeviceBackend"/>. Each repeats the CPU op's binary32 operations in the same
/// order (docs/kernels.md), so results are its bits, except the softmax's exp (an ulp or two).
/// </summary>
/// <remarks>
/// Every pointer is device memory of <see cref="Backend"/> (shapes in the comments, row-major). Ids, types and masks
/// are read as given: the caller checks their values. Launches are asynchronous on the backend's stream; an op over
/// zero rows launches nothing.
/// </remarks>
public sealed unsafe class TransformerKernels
{
    private readonly DeviceRuntime _runtime;
    private readonly KernelHandle _embed, _layerNorm, _softmax, _meanPool, _normalize, _firstTokens;

    /// <summary>Finds the kernels in the image of <paramref name="backend"/>'s device.</summary>
    public TransformerKernels(DeviceBackend backend)
    {
        ArgumentNullException.ThrowIfNull(backend);
        backend.ThrowIfDisposed();
        Backend = backend;
        _runtime = backend.Runtime;
        _embed = _runtime.FindKernel("zo_tf_embed");
        _layerNorm = _runtime.FindKernel("zo_tf_layernorm");
        _softmax = _runtime.FindKernel("zo_tf_masked_softmax");
        _meanPool = _runtime.FindKernel("zo_tf_mean_pool");
        _normalize = _runtime.FindKernel("zo_tf_l2_normalize");
        _firstTokens = _runtime.FindKernel("zo_tf_first_tokens");
    }

    /// <summary>The backend whose memory, stream and block size the launches use.</summary>
    public DeviceBackend Backend { get; }

    /// <summary>
    /// out[r] = (words[ids[r]] + typeTable[types[r] or 0]) + positions[r mod tokens].
    /// // ids, types: [rows]; words: [V, width]; positions: [P, width]; typeTable: [TT, width]; out: [rows, width]
    /// </summary>
    public void Embed(float* ids, float* types, float* words, float* positions, float* typeTable, float* output, int rows, int tokens, int width)
    {
        if (!Rows(rows, width))
            return;
        ArgumentOutOfRangeException.ThrowIfLessThan(tokens, 1);
        var args = new ZoTfEmbedArgs { Ids = ids, Types = types, Words = words, Positions = positions, TypeTable = typeTable, Out = output, Rows = rows, Tokens = tokens, Width = width };
        _runtime.Launch(_embed, RowGrid(rows), (uint)Backend.BlockSize, args);
    }

    /// <summary>y = (x − mean)/√(var + ε)·γ + β per row (mean and variance in binary64); y may be x. // x, y: [rows, width]; gamma, beta: [width]</summary>
    public void LayerNorm(float* x, float* gamma, float* beta, float epsilon, float* y, int rows, int width)
    {
        if (!Rows(rows, width))
            return;
        var args = new ZoTfLayerNormArgs { X = x, Gamma = gamma, Beta = beta, Y = y, Rows = rows, Width = width, Epsilon = epsilon };
        _runtime.Launch(_layerNorm, Backend.GridFor(rows), (uint)Backend.BlockSize, args);
    }

    /// <summary>In place, softmax of each score row over the keys its sequence's mask keeps. // scores: [rows = B·heads·tokens, tokens]; mask: [B, tokens]</summary>
    public void MaskedSoftmax(float* scores, float* mask, int rows, int tokens, int heads)
    {
        if (!Rows(rows, tokens))
            return;
        ArgumentOutOfRangeException.ThrowIfLessThan(heads, 1);
        var args = new ZoTfSoftmaxArgs { Scores = scores, Mask = mask, Rows = rows, Tokens = tokens, Heads = heads };
        _runtime.Launch(_softmax, Backend.GridFor(rows), (uint)Backend.BlockSize, args);
    }

    /// <summary>pooled[b] = mean of the kept rows of sequence b. // hidden: [sequences·tokens, width]; mask: [sequences, tokens]; pooled: [sequences, width]</summary>
    public void MeanPool(float* hidden, float* mask, float* pooled, int sequences, int tokens, int width)
    {
        if (!Rows(sequences, width))
            return;
        ArgumentOutOfRangeException.ThrowIfLessThan(tokens, 1);
        var args = new ZoTfPoolArgs { Hidden = hidden, Mask = mask, Pooled = pooled, Sequences = sequences, Tokens = tokens, Width = width };
        _runtime.Launch(_meanPool, Backend.GridFor((long)sequences * width), (uint)Backend.BlockSize, args);
    }

    /// <summary>y[r] = x[r]/max(‖x[r]‖, 1e-12); y may be x. // x, y: [rows, width]</summary>
    public void L2Normalize(float* x, float* y, int rows, int width)
    {
        if (!Rows(rows, width))
            return;
        var args = new ZoTfRowsArgs { X = x, Y = y, Rows = rows, Width = width, Stride = 1 };
        _runtime.Launch(_normalize, Backend.GridFor(rows), (uint)Backend.BlockSize, args);
    }

    /// <summary>y[r] = x[r·stride]. // x: [rows·stride, width]; y: [rows, width]</summary>
    public void FirstTokens(float* x, float* y, int rows, int stride, int width)
    {
        if (!Rows(rows, width))
            return;
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, 1);
        var args = new ZoTfRowsArgs { X = x, Y = y, Rows = rows, Width = width, Stride = stride };
        _runtime.Launch(_firstTokens, RowGrid(rows), (uint)Backend.BlockSize, args);
    }

    private bool Rows(int rows, int width)
    {
        Backend.ThrowIfDisposed();
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        return rows > 0 && width > 0;
    }

    private uint RowGrid(long rows) =>
        (uint)Math.Clamp(rows, 1, (long)_runtime.MultiprocessorCount * _runtime.BlocksPerMultiprocessor);
}
