using ZoEngine.Cuda;
using ZoEngine.Nn.Gemm;

namespace ZoEngine.Nn;

/// <summary>
/// <see cref="INnOps{T}"/> on a <see cref="DeviceBackend"/>: every operand is a tensor in the backend's memory, and
/// every op is one launch of a kernel from kernels/zo_nn.cu (or zo_probe.cu) on the backend's stream, so a model moved
/// there (<see cref="Sequential{T}.MoveTo"/>) runs its forward, backward and HZO probes without host copies. On CUDA,
/// <see cref="MatMul"/> is cuBLAS; on the emulated backend, and on CUDA where cuBLAS does not load, it is the
/// zo_nn_gemm kernel, which sums k in ascending order exactly as <see cref="ReferenceGemm"/> does.
/// </summary>
/// <remarks>
/// Agreement with <see cref="CpuNnOps{T}"/> (docs/hzo.md, "Tensors on a backend"): every op whose result is made of
/// IEEE additions, multiplications, divisions and square roots in a fixed order is equal bit for bit, because the
/// kernels are compiled with --fmad=false and follow the CPU op's order. GELU, tanh and the softmax call exp, erfc,
/// tanh and log, whose last bit differs between math libraries: those agree to a few ulps. GEMM through cuBLAS sums
/// in its own order. The host code that checks for non-finite values and reads losses synchronises with the stream.
/// Only float32 runs on a device.
/// </remarks>
public sealed unsafe partial class DeviceNnOps : INnOps<float>, IDisposable
{
    private readonly NnKernels _kernels;
    private readonly CudaBlas? _blas;
    private NativeBuffer? _labels;
    private NativeBuffer? _heldLabels;
    private NativeBuffer? _losses;
    private NativeBuffer? _flags;
    private float[] _lossesHost = [];
    private ulong[] _flagsHost = [];

    /// <summary>
    /// Creates the ops on <paramref name="backend"/>, which must outlive them. On a <see cref="CudaBackend"/> the
    /// products go through cuBLAS when <paramref name="useCublas"/> is true and cuBLAS loads.
    /// </summary>
    public DeviceNnOps(DeviceBackend backend, bool useCublas = true)
    {
        ArgumentNullException.ThrowIfNull(backend);
        _kernels = new NnKernels(backend);
        Backend = backend;
        if (useCublas && backend is CudaBackend cuda && CudaBlas.TryProbe(out _))
            _blas = new CudaBlas(cuda);
    }

    /// <summary>The backend whose memory and stream the ops use.</summary>
    public DeviceBackend Backend { get; }

    /// <inheritdoc />
    public string Name => Backend.Name;

    /// <inheritdoc />
    public string GemmName => _blas is null ? "zo_nn_gemm" : "cublas";

    /// <inheritdoc />
    public IParameterMemory Memory => Backend.Memory;

    /// <inheritdoc />
    public void MatMul(Tensor<float> a, Transpose transA, Tensor<float> b, Transpose transB, Tensor<float> c, float alpha, float beta)
    {
        var (m, n, k, lda, ldb, ldc) = GemmDispatch.Shape(a, transA, b, transB, c);
        float* pa = On(a, nameof(a)), pb = On(b, nameof(b)), pc = On(c, nameof(c));
        if (m == 0 || n == 0)
            return;
        bool ta = transA == Transpose.Yes, tb = transB == Transpose.Yes;
        if (_blas is not null)
            _blas.Sgemm(ta, tb, m, n, k, alpha, (ulong)pa, lda, (ulong)pb, ldb, beta, (ulong)pc, ldc);
        else
            _kernels.Gemm(ta, tb, m, n, k, alpha, pa, lda, pb, ldb, beta, pc, ldc);
    }

    /// <inheritdoc />
    public void AddRowVector(Tensor<float> y, Tensor<float> bias)
    {
        ArgumentNullException.ThrowIfNull(y);
        Shapes.Require(bias, 1, y.Cols, nameof(bias));
        _kernels.AddRowVector(On(y, nameof(y)), On(bias, nameof(bias)), y.Rows, y.Cols);
    }

    /// <inheritdoc />
    public void AccumulateColumnSums(Tensor<float> x, Tensor<float> sums)
    {
        ArgumentNullException.ThrowIfNull(x);
        Shapes.Require(sums, 1, x.Cols, nameof(sums));
        _kernels.AccumulateColumnSums(On(x, nameof(x)), On(sums, nameof(sums)), x.Rows, x.Cols);
    }

    /// <inheritdoc />
    public void Add(Tensor<float> a, Tensor<float> b, Tensor<float> sum)
    {
        Shapes.RequireSame(a, b, nameof(a), nameof(b));
        Shapes.RequireSame(a, sum, nameof(a), nameof(sum));
        _kernels.Add(On(a, nameof(a)), On(b, nameof(b)), On(sum, nameof(sum)), a.Length);
    }

    /// <inheritdoc />
    public void AddScalar(Tensor<float> x, float value, Tensor<float> y)
    {
        Shapes.RequireSame(x, y, nameof(x), nameof(y));
        _kernels.AddScalar(On(x, nameof(x)), value, On(y, nameof(y)), x.Length);
    }

    /// <inheritdoc />
    public void Activate(ActivationKind kind, Tensor<float> z, Tensor<float> a)
    {
        Shapes.RequireSame(z, a, nameof(z), nameof(a));
        _kernels.Activate(KernelKind(kind), On(z, nameof(z)), On(a, nameof(a)), z.Length);
    }

    /// <inheritdoc />
    public void ActivationBackward(ActivationKind kind, Tensor<float> z, Tensor<float> a, Tensor<float> dA, Tensor<float> dZ)
    {
        Shapes.RequireSame(z, a, nameof(z), nameof(a));
        Shapes.RequireSame(z, dA, nameof(z), nameof(dA));
        Shapes.RequireSame(z, dZ, nameof(z), nameof(dZ));
        _kernels.ActivationBackward(KernelKind(kind), On(z, nameof(z)), On(a, nameof(a)), On(dA, nameof(dA)), On(dZ, nameof(dZ)), z.Length);
    }

    /// <inheritdoc />
    public void CentralDifference(Tensor<float> plus, Tensor<float> minus, float h, Tensor<float> dA, Tensor<float> dZ)
    {
        Shapes.RequireSame(plus, minus, nameof(plus), nameof(minus));
        Shapes.RequireSame(plus, dA, nameof(plus), nameof(dA));
        Shapes.RequireSame(plus, dZ, nameof(plus), nameof(dZ));
        _kernels.CentralDifference(On(plus, nameof(plus)), On(minus, nameof(minus)), h, On(dA, nameof(dA)), On(dZ, nameof(dZ)), plus.Length);
    }

    /// <inheritdoc />
    /// <remarks>
    /// The labels go to the device and the per-sample losses come back (B floats each way); the mean is summed on the
    /// host in binary64, in row order, as the CPU op does.
    /// </remarks>
    public double SoftmaxCrossEntropy(Tensor<float> logits, ReadOnlySpan<int> labels, Tensor<float>? dLogits)
    {
        SoftmaxMath.CheckArguments(logits, labels, dLogits);
        int classes = logits.Cols;
        float* pLogits = On(logits, nameof(logits));
        float* pGradient = dLogits is null ? null : On(dLogits, nameof(dLogits));
        int rows = logits.Rows;
        var labelBuffer = Scratch(ref _labels, (long)rows * sizeof(int));
        var lossBuffer = Scratch(ref _losses, (long)rows * sizeof(float));
        fixed (int* pl = labels)
            Memory.CopyFromHost(pl, labelBuffer.Pointer, (long)rows * sizeof(int));
        _kernels.SoftmaxCrossEntropy(pLogits, (int*)labelBuffer.Pointer, pGradient, (float*)lossBuffer.Pointer, rows, classes, 1f / rows);
        if (_lossesHost.Length < rows)
            _lossesHost = new float[rows];
        fixed (float* pd = _lossesHost)
            Memory.CopyToHost(lossBuffer.Pointer, pd, (long)rows * sizeof(float));
        double total = 0;
        for (int r = 0; r < rows; r++)
            total += _lossesHost[r];
        return total / rows;
    }

    /// <summary>
    /// Uploads a batch's labels once, for the <see cref="SoftmaxCrossEntropyOfHeldLabels"/> evaluations that follow:
    /// a zeroth-order step evaluates the loss of one batch several times, and only the first needs the labels sent.
    /// </summary>
    public void HoldLabels(ReadOnlySpan<int> labels)
    {
        var labelBuffer = Scratch(ref _heldLabels, Math.Max(1, labels.Length) * (long)sizeof(int));
        fixed (int* pl = labels)
            Memory.CopyFromHost(pl, labelBuffer.Pointer, (long)labels.Length * sizeof(int));
        HeldLabelCount = labels.Length;
    }

    /// <summary>How many labels <see cref="HoldLabels"/> last uploaded.</summary>
    public int HeldLabelCount { get; private set; }

    /// <summary>
    /// The mean softmax cross-entropy of <paramref name="logits"/> against held labels [first, first + rows), reduced
    /// on the device: the per-sample losses are summed there as Σ trunc(ℓ·2²⁴) (<see cref="DeviceBackend.SumFixed(float*, long, int)"/>,
    /// order-independent), so one 16-byte read is the only transfer. The result agrees with
    /// <see cref="SoftmaxCrossEntropy"/> to about 2⁻²⁴ per sample, not bit for bit. NaN when a sample's loss is not
    /// finite (a diverged model), so that the caller reports it as a non-finite loss.
    /// // logits: [rows, C]
    /// </summary>
    public double SoftmaxCrossEntropyOfHeldLabels(Tensor<float> logits, int first)
    {
        ArgumentNullException.ThrowIfNull(logits);
        int rows = logits.Rows;
        if (first < 0 || rows < 1 || first > HeldLabelCount - rows)
            throw new ArgumentException($"Labels [{first}, {first + rows}) are outside the {HeldLabelCount} held labels.", nameof(first));
        var lossBuffer = Scratch(ref _losses, (long)rows * sizeof(float));
        _kernels.SoftmaxCrossEntropy(On(logits, nameof(logits)), (int*)_heldLabels!.Pointer + first, null, (float*)lossBuffer.Pointer, rows, logits.Cols, 1f / rows);
        long bad = Backend.TrySumFixed((float*)lossBuffer.Pointer, rows, HeldLossScaleExponent, out long sum);
        return bad != 0 ? double.NaN : Math.ScaleB(sum, -HeldLossScaleExponent) / rows;
    }

    // 2⁻²⁴ resolves a per-sample loss near ln 10 ≈ 2.3 finer than its float32 ulp (2⁻²²), and leaves 2³⁸ of headroom.
    private const int HeldLossScaleExponent = 24;

    /// <inheritdoc />
    public void ProbeJacobianBatched(Tensor<float> baseline, Tensor<float> weight, float h, int firstProbe, Tensor<float> probes)
    {
        ProbeLayout.CheckJacobian(baseline, weight, firstProbe, probes);
        Backend.ProbeJacobianBatched(On(baseline, nameof(baseline)), On(weight, nameof(weight)), On(probes, nameof(probes)),
            baseline.Rows, weight.Cols, weight.Rows, firstProbe, probes.Rows, h);
    }

    /// <inheritdoc />
    public void ProbeInputs(Tensor<float> anchor, float h, int firstProbe, Tensor<float> probes)
    {
        ProbeLayout.CheckAnchor(anchor, firstProbe, probes);
        _kernels.ProbeInputs(On(anchor, nameof(anchor)), h, anchor.Rows, anchor.Cols, firstProbe, probes.Rows, On(probes, nameof(probes)));
    }

    /// <inheritdoc />
    public void ProbeSkip(Tensor<float> anchor, float h, int firstProbe, Tensor<float> probes)
    {
        ProbeLayout.CheckAnchor(anchor, firstProbe, probes);
        _kernels.ProbeSkip(On(anchor, nameof(anchor)), h, anchor.Rows, anchor.Cols, firstProbe, probes.Rows, On(probes, nameof(probes)));
    }

    /// <inheritdoc />
    public void ProbeContract(Tensor<float> outputs, Tensor<float> deltaOut, float h, int firstProbe, Tensor<float> deltaIn)
    {
        ProbeLayout.CheckContract(outputs, deltaOut, firstProbe, deltaIn);
        _kernels.ProbeContract(On(outputs, nameof(outputs)), On(deltaOut, nameof(deltaOut)), h, deltaIn.Rows, deltaIn.Cols,
            outputs.Cols, firstProbe, outputs.Rows, On(deltaIn, nameof(deltaIn)));
    }

    /// <inheritdoc />
    /// <remarks>
    /// One search per tensor into its own slot of a device buffer, all enqueued between one upload of the initial
    /// slots and one read of the answers: two transfers per call, however many tensors.
    /// </remarks>
    public (int Tensor, int Index) FirstNonFinite(IReadOnlyList<Tensor<float>> tensors)
    {
        ArgumentNullException.ThrowIfNull(tensors);
        int n = tensors.Count;
        var pointers = new nint[n];
        for (int t = 0; t < n; t++)
            pointers[t] = (nint)On(tensors[t], nameof(tensors));
        if (n == 0)
            return (-1, -1);
        long bytes = (long)n * sizeof(ulong);
        var slots = (ulong*)Scratch(ref _flags, bytes).Pointer;
        if (_flagsHost.Length < n)
            _flagsHost = new ulong[n];
        var host = _flagsHost.AsSpan(0, n);
        host.Fill(ulong.MaxValue);
        fixed (ulong* h = host)
        {
            Memory.CopyFromHost(h, slots, bytes);
            for (int t = 0; t < n; t++)
                _kernels.FindNonFinite((float*)pointers[t], tensors[t].Length, slots + t);
            Memory.CopyToHost(slots, h, bytes);
        }
        for (int t = 0; t < n; t++)
        {
            if (host[t] != ulong.MaxValue)
                return (t, (int)host[t]);
        }
        return (-1, -1);
    }

    /// <inheritdoc />
    public void SgdUpdate(Tensor<float> value, Tensor<float> gradient, Tensor<float>? velocity, float learningRate, float momentum, float weightDecay, bool first)
    {
        Shapes.RequireSame(value, gradient, nameof(value), nameof(gradient));
        if (velocity is not null)
            Shapes.RequireSame(value, velocity, nameof(value), nameof(velocity));
        _kernels.Sgd(On(value, nameof(value)), On(gradient, nameof(gradient)), velocity is null ? null : On(velocity, nameof(velocity)),
            value.Length, learningRate, momentum, weightDecay, first);
    }

    /// <inheritdoc />
    public void AdamUpdate(Tensor<float> value, Tensor<float> gradient, Tensor<float> m, Tensor<float> v, float stepSize, float invSqrtCorrection2, float beta1, float beta2, float epsilon, float weightDecay)
    {
        Shapes.RequireSame(value, gradient, nameof(value), nameof(gradient));
        Shapes.RequireSame(value, m, nameof(value), nameof(m));
        Shapes.RequireSame(value, v, nameof(value), nameof(v));
        _kernels.Adam(On(value, nameof(value)), On(gradient, nameof(gradient)), On(m, nameof(m)), On(v, nameof(v)), value.Length,
            stepSize, invSqrtCorrection2, beta1, beta2, epsilon, weightDecay);
    }

    /// <summary>Frees the label and loss scratch and the cuBLAS handle; the backend stays with its owner.</summary>
    public void Dispose()
    {
        _labels?.Dispose();
        _heldLabels?.Dispose();
        _losses?.Dispose();
        _flags?.Dispose();
        _blas?.Dispose();
    }

    /// <summary>The device address of an operand, after checking that it lives in this backend's memory.</summary>
    private float* On(Tensor<float> tensor, string name)
    {
        ArgumentNullException.ThrowIfNull(tensor, name);
        if (!ReferenceEquals(tensor.Placement, Memory))
            throw new ArgumentException($"{name} ({tensor}) is in {tensor.Placement.Name} memory but these ops run on {Memory.Name}: move it there first (Tensor.To, Sequential.MoveTo).", name);
        return tensor.DevicePointer;
    }

    private NativeBuffer Scratch(ref NativeBuffer? buffer, long bytes)
    {
        if (buffer is null || buffer.Bytes < bytes)
        {
            buffer?.Dispose();
            buffer = Memory.Allocate(Math.Max(bytes, 256));
        }
        return buffer;
    }

    private static int KernelKind(ActivationKind kind) => kind switch
    {
        ActivationKind.Identity => 0,
        ActivationKind.Relu => 1,
        ActivationKind.Gelu => 2,
        ActivationKind.Tanh => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown activation."),
    };
}
