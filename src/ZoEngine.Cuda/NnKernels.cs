using ZoEngine.Cuda.Kernels;
using ZoEngine.Cuda.Runtime;

namespace ZoEngine.Cuda;

/// <summary>
/// The launches of kernels/zo_nn.cu: ZoEngine.Nn's tensor ops (its INnOps boundary), the dense SGD and Adam steps and
/// the non-finite check before them, on the memory and stream of a <see cref="DeviceBackend"/>. Each op repeats the
/// binary32 operations of the CPU op in the same order (docs/kernels.md), so results are its bits, except where a
/// transcendental function is involved (GELU, tanh, softmax), which is within an ulp or two.
/// </summary>
/// <remarks>
/// Every pointer is device memory of <see cref="Backend"/> (shapes in the comments, row-major). Launches are
/// asynchronous and ordered on the backend's stream; only <see cref="FindNonFinite(float*, long)"/> waits, to read its answer.
/// An op over zero elements launches nothing. Arguments are checked on the host; pointer contents are not.
/// </remarks>
public sealed unsafe class NnKernels
{
    /// <summary>Threads per block of zo_nn_gemm: one 16×16 output tile.</summary>
    private const int GemmBlock = 256;
    private const int GemmTile = 16;

    private readonly DeviceRuntime _runtime;
    private readonly KernelHandle _addRowVector, _columnSums, _add, _addScalar, _centralDifference, _activate, _activationBackward;
    private readonly KernelHandle _softmax, _probeInputs, _probeSkip, _probeContract, _gemm, _sgd, _adam, _findNonFinite;
    private readonly KernelHandle _sppProbeInputs, _sppContract;

    /// <summary>Finds the kernels in the image of <paramref name="backend"/>'s device.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="backend"/> is null.</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="backend"/> is disposed.</exception>
    public NnKernels(DeviceBackend backend)
    {
        ArgumentNullException.ThrowIfNull(backend);
        backend.ThrowIfDisposed();
        Backend = backend;
        _runtime = backend.Runtime;
        _addRowVector = _runtime.FindKernel("zo_nn_add_row_vector");
        _columnSums = _runtime.FindKernel("zo_nn_column_sums");
        _add = _runtime.FindKernel("zo_nn_add");
        _addScalar = _runtime.FindKernel("zo_nn_add_scalar");
        _centralDifference = _runtime.FindKernel("zo_nn_central_difference");
        _activate = _runtime.FindKernel("zo_nn_activate");
        _activationBackward = _runtime.FindKernel("zo_nn_activation_backward");
        _softmax = _runtime.FindKernel("zo_nn_softmax_xent");
        _probeInputs = _runtime.FindKernel("zo_nn_probe_inputs");
        _probeSkip = _runtime.FindKernel("zo_nn_probe_skip");
        _probeContract = _runtime.FindKernel("zo_nn_probe_contract");
        _gemm = _runtime.FindKernel("zo_nn_gemm");
        _sgd = _runtime.FindKernel("zo_nn_sgd");
        _adam = _runtime.FindKernel("zo_nn_adam");
        _findNonFinite = _runtime.FindKernel("zo_nn_find_nonfinite");
        _sppProbeInputs = _runtime.FindKernel("zo_nn_spp_probe_inputs");
        _sppContract = _runtime.FindKernel("zo_nn_spp_contract");
    }

    /// <summary>The backend whose memory, stream and block size the launches use.</summary>
    public DeviceBackend Backend { get; }

    /// <summary>y[r, c] = y[r, c] + bias[c] for every row. // y: [rows, cols]; bias: [cols]</summary>
    public void AddRowVector(float* y, float* bias, int rows, int cols)
    {
        CheckMatrix(rows, cols);
        if (rows == 0 || cols == 0)
            return;
        RequireNotNull(y, nameof(y), bias, nameof(bias));
        var args = new ZoNnMatrixRowArgs { Matrix = y, Row = bias, Rows = rows, Cols = cols };
        _runtime.Launch(_addRowVector, RowGrid(rows), (uint)Backend.BlockSize, args);
    }

    /// <summary>sums[c] = sums[c] + x[0, c] + x[1, c] + …, rows in ascending order. // x: [rows, cols]; sums: [cols]</summary>
    public void AccumulateColumnSums(float* x, float* sums, int rows, int cols)
    {
        CheckMatrix(rows, cols);
        if (rows == 0 || cols == 0)
            return;
        RequireNotNull(x, nameof(x), sums, nameof(sums));
        var args = new ZoNnMatrixRowArgs { Matrix = x, Row = sums, Rows = rows, Cols = cols };
        _runtime.Launch(_columnSums, Backend.GridFor(cols), (uint)Backend.BlockSize, args);
    }

    /// <summary>sum = a + b elementwise; <paramref name="sum"/> may be <paramref name="a"/> or <paramref name="b"/>. // [count] each</summary>
    public void Add(float* a, float* b, float* sum, long count)
    {
        if (!Elementwise(count))
            return;
        RequireNotNull(a, nameof(a), b, nameof(b), sum, nameof(sum));
        var args = new ZoNnAddArgs { A = a, B = b, Out = sum, Count = count };
        _runtime.Launch(_add, Backend.GridFor(count), (uint)Backend.BlockSize, args);
    }

    /// <summary>y = x + value elementwise; <paramref name="y"/> may be <paramref name="x"/>. // [count] each</summary>
    public void AddScalar(float* x, float value, float* y, long count)
    {
        if (!Elementwise(count))
            return;
        RequireNotNull(x, nameof(x), y, nameof(y));
        var args = new ZoNnAddArgs { A = x, Out = y, Count = count, Value = value };
        _runtime.Launch(_addScalar, Backend.GridFor(count), (uint)Backend.BlockSize, args);
    }

    /// <summary>
    /// dZ = dA · ((plus − minus) / (h + h)) elementwise, h + h rounded in binary32; <paramref name="dZ"/> may be
    /// <paramref name="dA"/>. // [count] each
    /// </summary>
    public void CentralDifference(float* plus, float* minus, float h, float* dA, float* dZ, long count)
    {
        if (!Elementwise(count))
            return;
        RequireNotNull(plus, nameof(plus), minus, nameof(minus), dA, nameof(dA), dZ, nameof(dZ));
        var args = new ZoNnCentralDifferenceArgs { Plus = plus, Minus = minus, DA = dA, DZ = dZ, Count = count, H = h };
        _runtime.Launch(_centralDifference, Backend.GridFor(count), (uint)Backend.BlockSize, args);
    }

    /// <summary>
    /// a = σ(z) elementwise for <paramref name="kind"/> = ZoEngine.Nn.ActivationKind (0 identity, 1 ReLU, 2 GELU, 3 tanh);
    /// <paramref name="a"/> may be <paramref name="z"/>. ReLU maps −0 to +0 and keeps NaN; GELU (the erfc form) and
    /// tanh are evaluated in binary64 and rounded once. // [count] each
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not 0 to 3.</exception>
    public void Activate(int kind, float* z, float* a, long count)
    {
        CheckKind(kind);
        if (!Elementwise(count))
            return;
        RequireNotNull(z, nameof(z), a, nameof(a));
        var args = new ZoNnActivationArgs { Z = z, A = a, Count = count, Kind = kind };
        _runtime.Launch(_activate, Backend.GridFor(count), (uint)Backend.BlockSize, args);
    }

    /// <summary>
    /// dZ = dA ⊙ σ'(z) elementwise, from z and a = σ(z) (tanh uses a: dA·(1 − a·a)); <paramref name="dZ"/> may be
    /// <paramref name="dA"/>. ReLU passes dA where z &gt; 0, a NaN z through, and +0 elsewhere; GELU's slope and its
    /// product with dA are binary64, rounded once. // [count] each
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not 0 to 3.</exception>
    public void ActivationBackward(int kind, float* z, float* a, float* dA, float* dZ, long count)
    {
        CheckKind(kind);
        if (!Elementwise(count))
            return;
        RequireNotNull(z, nameof(z), a, nameof(a), dA, nameof(dA), dZ, nameof(dZ));
        var args = new ZoNnActivationArgs { Z = z, A = a, DA = dA, DZ = dZ, Count = count, Kind = kind };
        _runtime.Launch(_activationBackward, Backend.GridFor(count), (uint)Backend.BlockSize, args);
    }

    /// <summary>
    /// Per row, the softmax cross-entropy loss log Σ e^(y_c) − y_label as ZoEngine.Nn's SoftmaxMath.Loss computes it
    /// (max and sum taken in column order) into <paramref name="losses"/>, and, when <paramref name="dLogits"/> is not
    /// null, (softmax − onehot)·<paramref name="invBatch"/>. The caller checks the labels before uploading them; a label
    /// outside [0, classes) yields a NaN loss (and NaN gradient row) instead of a stray read.
    /// // logits, dLogits: [rows, classes]; labels, losses: [rows]
    /// </summary>
    public void SoftmaxCrossEntropy(float* logits, int* labels, float* dLogits, float* losses, int rows, int classes, float invBatch)
    {
        if (rows < 0 || classes < 1)
            throw new ArgumentException($"Softmax cross-entropy needs rows ≥ 0 and at least one class; got {rows} rows of {classes} classes.");
        if (rows == 0)
            return;
        RequireNotNull(logits, nameof(logits), labels, nameof(labels), losses, nameof(losses));
        var args = new ZoNnSoftmaxArgs { Logits = logits, Labels = labels, DLogits = dLogits, Losses = losses, Rows = rows, Classes = classes, InvBatch = invBatch };
        _runtime.Launch(_softmax, Backend.GridFor(rows), (uint)Backend.BlockSize, args);
    }

    /// <summary>
    /// HZO's probe inputs: probes[r] = anchor[s] with element m replaced by anchor[s, m] ± h, for global probe row
    /// g = firstProbe + r (s = g / 2W, m = (g mod 2W) / 2, + for even g; the layout of INnOps).
    /// // anchor: [samples, width]; probes: [count, width]
    /// </summary>
    public void ProbeInputs(float* anchor, float h, int samples, int width, int firstProbe, int count, float* probes) =>
        Probe(_probeInputs, anchor, h, samples, width, firstProbe, count, probes);

    /// <summary>
    /// The identity path of a residual block under probing: probes[r, c] = probes[r, c] + (c == m ? anchor[s, m] ± h :
    /// anchor[s, c]), rows as in <see cref="ProbeInputs"/>. // anchor: [samples, width]; probes: [count, width]
    /// </summary>
    public void ProbeSkip(float* anchor, float h, int samples, int width, int firstProbe, int count, float* probes) =>
        Probe(_probeSkip, anchor, h, samples, width, firstProbe, count, probes);

    /// <summary>
    /// The Jacobian-target product of a probe chunk: deltaIn[s, m] = (Σ_c (outputs[r, c] − outputs[r + 1, c])·deltaOut[s, c],
    /// c ascending) / (h + h) for each coordinate pair (r, r + 1) of the chunk; other elements of deltaIn are left
    /// alone. // outputs: [count, classes]; deltaOut: [samples, classes]; deltaIn: [samples, width]
    /// </summary>
    public void ProbeContract(float* outputs, float* deltaOut, float h, int samples, int width, int classes, int firstProbe, int count, float* deltaIn)
    {
        Backend.ThrowIfDisposed();
        CheckProbeRange(samples, width, firstProbe, count);
        if (classes < 0)
            throw new ArgumentException($"The probe outputs need classes ≥ 0, got {classes}.", nameof(classes));
        if (count == 0)
            return;
        RequireNotNull(outputs, nameof(outputs), deltaOut, nameof(deltaOut), deltaIn, nameof(deltaIn));
        var args = new ZoNnProbeContractArgs { Outputs = outputs, DeltaOut = deltaOut, DeltaIn = deltaIn, Width = width, Classes = classes, FirstProbe = firstProbe, Count = count, H = h };
        _runtime.Launch(_probeContract, Backend.GridFor(count / 2), (uint)Backend.BlockSize, args);
    }

    /// <summary>
    /// SPP's probe rows (kernels/zo_spp.cu, the layout of ZoEngine.Nn's SppGeometry): probes[r] = anchor[s] with every
    /// element (c, y, x) of the row's lattice replaced by anchor[s, (c, y, x)] ± h.
    /// // anchor: [samples, channels·height·width]; probes: [count, channels·height·width]
    /// </summary>
    public void SppProbeInputs(float* anchor, float* probes, in SppLaunch geometry, int samples, int firstProbe, int count, float h)
    {
        CheckSpp(geometry, samples, firstProbe, count);
        if (count == 0)
            return;
        RequireNotNull(anchor, nameof(anchor), probes, nameof(probes));
        var args = SppArgs(geometry, anchor, null, probes, firstProbe, count, h);
        _runtime.Launch(_sppProbeInputs, Backend.GridFor(count), (uint)Backend.BlockSize, args);
    }

    /// <summary>
    /// SPP's region contraction: for each pair (r, r + 1) and each position (c, y, x) it perturbs, deltaIn[s, (c, y, x)]
    /// = (Σ (outputs[r, o] − outputs[r + 1, o])·deltaOut[s, o] over the outputs o whose window holds (y, x), ascending)
    /// / (h + h). // outputs: [count, out features]; deltaOut: [samples, out features]; deltaIn: [samples, features]
    /// </summary>
    public void SppContract(float* outputs, float* deltaOut, float* deltaIn, in SppLaunch geometry, int samples, int firstProbe, int count, float h)
    {
        CheckSpp(geometry, samples, firstProbe, count);
        if (count == 0)
            return;
        RequireNotNull(outputs, nameof(outputs), deltaOut, nameof(deltaOut), deltaIn, nameof(deltaIn));
        var args = SppArgs(geometry, outputs, deltaOut, deltaIn, firstProbe, count, h);
        long positions = (long)(count / 2) * ((geometry.Height + geometry.Period - 1) / geometry.Period) * ((geometry.Width + geometry.Period - 1) / geometry.Period);
        _runtime.Launch(_sppContract, Backend.GridFor(positions), (uint)Backend.BlockSize, args);
    }

    private static ZoNnSppArgs SppArgs(in SppLaunch g, float* source, float* deltaOut, float* result, int firstProbe, int count, float h) => new()
    {
        Source = source, DeltaOut = deltaOut, Result = result,
        Channels = g.Channels, Height = g.Height, Width = g.Width,
        OutChannels = g.OutChannels, OutHeight = g.OutHeight, OutWidth = g.OutWidth,
        Period = g.Period, Rows = Math.Min(g.Period, g.Height), Cols = Math.Min(g.Period, g.Width),
        Stride = g.Stride, Offset = g.Offset, FirstProbe = firstProbe, Count = count, H = h,
    };

    private void CheckSpp(in SppLaunch g, int samples, int firstProbe, int count)
    {
        Backend.ThrowIfDisposed();
        if (g.Channels < 1 || g.Height < 1 || g.Width < 1 || g.OutChannels < 1 || g.OutHeight < 1 || g.OutWidth < 1 || g.Period < 1 || g.Stride < 1)
            throw new ArgumentException($"SPP needs non-empty maps, a period and a stride of at least 1; got {g}.");
        long total = (long)samples * 2 * g.Channels * Math.Min(g.Period, g.Height) * Math.Min(g.Period, g.Width);
        if (firstProbe < 0 || count < 0 || firstProbe + (long)count > total || ((firstProbe | count) & 1) != 0)
            throw new ArgumentException($"SPP probe rows [{firstProbe}, {firstProbe + (long)count}) must be an even-aligned range inside the {total} probe rows.");
    }

    /// <summary>
    /// Row-major c = α·op(a)·op(b) + β·c with op(a) [m, k] and op(b) [k, n]; β = 0 overwrites c without reading it.
    /// Leading dimensions are in elements of the stored rows (a is [m, lda] or, transposed, [k, lda]), as
    /// ZoEngine.Nn's ReferenceGemm, whose bits it reproduces: each output sums its products from 0f with p ascending.
    /// It is the GEMM of the Emulated backend and a fallback without cuBLAS; cuBLAS is faster on a GPU.
    /// </summary>
    public void Gemm(bool transA, bool transB, int m, int n, int k, float alpha, float* a, int lda, float* b, int ldb, float beta, float* c, int ldc)
    {
        Backend.ThrowIfDisposed();
        if (m < 0 || n < 0 || k < 0)
            throw new ArgumentException($"GEMM sizes must be non-negative: m={m}, n={n}, k={k}.");
        CheckLeading("A", transA ? k : m, transA ? m : k, lda);
        CheckLeading("B", transB ? n : k, transB ? k : n, ldb);
        CheckLeading("C", m, n, ldc);
        if (m == 0 || n == 0)
            return;
        if (c == null || (k > 0 && (a == null || b == null)))
            throw new ArgumentNullException(c == null ? nameof(c) : a == null ? nameof(a) : nameof(b));
        var args = new ZoNnGemmArgs
        {
            A = a, B = b, C = c, M = m, N = n, K = k, Lda = lda, Ldb = ldb, Ldc = ldc,
            TransA = transA ? 1 : 0, TransB = transB ? 1 : 0, Alpha = alpha, Beta = beta,
        };
        long tiles = (long)((m + GemmTile - 1) / GemmTile) * ((n + GemmTile - 1) / GemmTile);
        _runtime.Launch(_gemm, RowGrid(tiles), GemmBlock, args);
    }

    /// <summary>
    /// One DenseSgd step: d = g + λθ; with <paramref name="velocity"/>, v = first ? d : μ·v + d and d = v; θ = θ − η·d.
    /// <paramref name="velocity"/> may be null (no momentum). // theta, gradient, velocity: [count]
    /// </summary>
    public void Sgd(float* theta, float* gradient, float* velocity, long count, float learningRate, float momentum, float weightDecay, bool first)
    {
        if (!Elementwise(count))
            return;
        RequireNotNull(theta, nameof(theta), gradient, nameof(gradient));
        var args = new ZoNnSgdArgs
        {
            Theta = theta, Gradient = gradient, Velocity = velocity, Count = count,
            LearningRate = learningRate, Momentum = momentum, WeightDecay = weightDecay, First = first ? 1 : 0,
        };
        _runtime.Launch(_sgd, Backend.GridFor(count), (uint)Backend.BlockSize, args);
    }

    /// <summary>
    /// One DenseAdam step with the per-step scalars of the host: g' = g + λθ; m = β1·m + (1 − β1)·g';
    /// v = β2·v + ((1 − β2)·g')·g'; θ = θ − (stepSize·m) / (√v·invSqrtCorrection2 + ε), with 1 − β rounded in binary32
    /// as DenseAdam forms it. // theta, gradient, m, v: [count]
    /// </summary>
    public void Adam(float* theta, float* gradient, float* m, float* v, long count, float stepSize, float invSqrtCorrection2, float beta1, float beta2, float epsilon, float weightDecay)
    {
        if (!Elementwise(count))
            return;
        RequireNotNull(theta, nameof(theta), gradient, nameof(gradient), m, nameof(m), v, nameof(v));
        var args = new ZoNnAdamArgs
        {
            Theta = theta, Gradient = gradient, M = m, V = v, Count = count,
            StepSize = stepSize, InvSqrtCorrection2 = invSqrtCorrection2, Beta1 = beta1, Beta2 = beta2,
            C1 = 1f - beta1, C2 = 1f - beta2, Epsilon = epsilon, WeightDecay = weightDecay,
        };
        _runtime.Launch(_adam, Backend.GridFor(count), (uint)Backend.BlockSize, args);
    }

    /// <summary>
    /// The index of the first NaN or infinite element of x, or −1 when all are finite. Waits for the queued work and
    /// the search. // x: [count]
    /// </summary>
    public long FindNonFinite(float* x, long count)
    {
        if (!Elementwise(count))
            return -1;
        RequireNotNull(x, nameof(x));
        ulong* result = Backend.ResultSlots;
        ulong none = ulong.MaxValue;
        _runtime.CopyFromHost(&none, result, sizeof(ulong));
        FindNonFinite(x, count, result);
        ulong found;
        _runtime.CopyToHost(result, &found, sizeof(ulong));
        return found == ulong.MaxValue ? -1 : (long)found;
    }

    /// <summary>
    /// Enqueues the search without waiting: *result becomes the smaller of its value and the index of the first NaN
    /// or infinite element of x. Set *result to <see cref="ulong.MaxValue"/> first; several searches into their own
    /// slots of one buffer are then read back with a single copy. // x: [count]; result: one device ulong
    /// </summary>
    public void FindNonFinite(float* x, long count, ulong* result)
    {
        if (!Elementwise(count))
            return;
        RequireNotNull(x, nameof(x));
        if (result == null)
            throw new ArgumentNullException(nameof(result));
        _runtime.Launch(_findNonFinite, Backend.GridFor(count), (uint)Backend.BlockSize, new ZoNnFindNonFiniteArgs { X = x, Count = count, Result = result });
    }

    /// <summary>Zeroes <paramref name="bytes"/> bytes of device memory, ordered with the launches.</summary>
    public void Zero(void* destination, long bytes)
    {
        Backend.ThrowIfDisposed();
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        if (bytes == 0)
            return;
        RequireNotNull(destination, nameof(destination));
        _runtime.Zero(destination, bytes);
    }

    /// <summary>Copies <paramref name="bytes"/> bytes from one device buffer to another, ordered with the launches.</summary>
    public void Copy(void* source, void* destination, long bytes)
    {
        Backend.ThrowIfDisposed();
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        if (bytes == 0)
            return;
        RequireNotNull(source, nameof(source), destination, nameof(destination));
        _runtime.CopyOnDevice(source, destination, bytes);
    }

    private void Probe(in KernelHandle kernel, float* anchor, float h, int samples, int width, int firstProbe, int count, float* probes)
    {
        Backend.ThrowIfDisposed();
        CheckProbeRange(samples, width, firstProbe, count);
        if (count == 0)
            return;
        RequireNotNull(anchor, nameof(anchor), probes, nameof(probes));
        var args = new ZoNnProbeArgs { Anchor = anchor, Probes = probes, Width = width, FirstProbe = firstProbe, Count = count, H = h };
        // A block per probe row, as zo_probe_jacobian_batched.
        _runtime.Launch(kernel, RowGrid(count), (uint)Backend.BlockSize, args);
    }

    /// <summary>Blocks for a kernel that gives each block one row (or tile) at a time: one per row, capped at what the device holds.</summary>
    private uint RowGrid(long rows) =>
        (uint)Math.Clamp(rows, 1, (long)_runtime.MultiprocessorCount * _runtime.BlocksPerMultiprocessor);

    /// <summary>Checks the backend and the count of an elementwise op; false when there is nothing to do.</summary>
    private bool Elementwise(long count)
    {
        Backend.ThrowIfDisposed();
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return count > 0;
    }

    private void CheckMatrix(int rows, int cols)
    {
        Backend.ThrowIfDisposed();
        if (rows < 0 || cols < 0)
            throw new ArgumentException($"Matrix sizes must be non-negative, got {rows}×{cols}.");
    }

    private static void CheckKind(int kind)
    {
        if ((uint)kind > 3)
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "The activation kind must be 0 (identity), 1 (ReLU), 2 (GELU) or 3 (tanh).");
    }

    private static void CheckProbeRange(int samples, int width, int firstProbe, int count)
    {
        if (width < 1 || samples < 0)
            throw new ArgumentException($"Probing needs width ≥ 1 and samples ≥ 0; got width {width}, samples {samples}.");
        long rows = 2L * samples * width;
        if (firstProbe < 0 || count < 0 || firstProbe + (long)count > rows || (firstProbe & 1) != 0 || (count & 1) != 0)
            throw new ArgumentException($"Probe rows [{firstProbe}, {firstProbe + (long)count}) must be an even-aligned range inside the {rows} probe rows of {samples} samples × 2·{width} coordinates.");
    }

    private static void CheckLeading(string name, int rows, int cols, int ld)
    {
        if (ld < Math.Max(1, cols))
            throw new ArgumentException($"GEMM operand {name} is stored {rows}×{cols} but its leading dimension is {ld}.");
    }

    private static void RequireNotNull(void* p0, string n0, void* p1 = null, string? n1 = null, void* p2 = null, string? n2 = null, void* p3 = null, string? n3 = null)
    {
        if (p0 == null)
            throw new ArgumentNullException(n0);
        if (n1 is not null && p1 == null)
            throw new ArgumentNullException(n1);
        if (n2 is not null && p2 == null)
            throw new ArgumentNullException(n2);
        if (n3 is not null && p3 == null)
            throw new ArgumentNullException(n3);
    }
}

/// <summary>
/// The geometry of an SPP launch (ZoEngine.Nn's SppGeometry in plain numbers): a_k of Channels × Height × Width, a_j of
/// OutChannels × OutHeight × OutWidth, and the receptive field of a_j in a_k (Period = its extent, Stride, Offset).
/// </summary>
/// <param name="Channels">C of a_k.</param>
/// <param name="Height">H of a_k.</param>
/// <param name="Width">W of a_k.</param>
/// <param name="OutChannels">C of a_j.</param>
/// <param name="OutHeight">H of a_j.</param>
/// <param name="OutWidth">W of a_j.</param>
/// <param name="Period">The receptive field's extent r: positions r apart never meet in one output.</param>
/// <param name="Stride">The receptive field's stride.</param>
/// <param name="Offset">The receptive field's offset (total padding).</param>
public readonly record struct SppLaunch(int Channels, int Height, int Width, int OutChannels, int OutHeight, int OutWidth, int Period, int Stride, int Offset);
