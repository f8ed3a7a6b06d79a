using ZoEngine.Cuda.Kernels;
using ZoEngine.Cuda.Runtime;
using ZoEngine.Noise;

namespace ZoEngine.Cuda;

/// <summary>
/// The IZoBackend of a device: every op is one kernel launch over the whole parameter set through its tensor table,
/// with the (seed, coefficient) lists in the launch's argument struct. <see cref="CudaBackend"/> and
/// <see cref="EmulatedBackend"/> are this class over two runtimes; nothing here knows which one it drives.
/// </summary>
public abstract unsafe class DeviceBackend : IZoBackend
{
    /// <summary>Threads per block of the elementwise kernels unless a backend is created with another block size.</summary>
    public const int DefaultBlockSize = 256;

    private readonly DeviceRuntime _runtime;
    private readonly KernelHandle _combine, _fill, _sqnorm, _sumFixed, _coordGet, _coordSet, _philoxKat, _sign, _probeJacobian;
    private readonly KernelHandle _sgdF32, _sgdBf16, _adammF32, _adammBf16, _rmspropF32, _rmspropBf16, _radazoF32, _radazoBf16;
    private readonly NativeBuffer _results;       // [2] ulong: reduction results, coordinate reads
    private NativeBuffer? _scratch;               // overflow term lists and sparse gradients
    private readonly ZoTerm[] _overflowStaging = new ZoTerm[64];
    private bool _disposed;

    private protected DeviceBackend(DeviceRuntime runtime, int blockSize)
    {
        if (blockSize < 32 || blockSize > DefaultBlockSize || blockSize % 32 != 0)
            throw new ArgumentOutOfRangeException(nameof(blockSize), blockSize, $"The block size must be a multiple of 32 in [32, {DefaultBlockSize}] (the kernels' launch bounds).");
        _runtime = runtime;
        BlockSize = blockSize;
        _combine = runtime.FindKernel("zo_noise_combine");
        _fill = runtime.FindKernel("zo_noise_fill");
        _sqnorm = runtime.FindKernel("zo_noise_sqnorm_fixed");
        _sumFixed = runtime.FindKernel("zo_reduce_sum_fixed");
        _coordGet = runtime.FindKernel("zo_coord_get");
        _coordSet = runtime.FindKernel("zo_coord_set");
        _philoxKat = runtime.FindKernel("zo_philox_kat");
        _sign = runtime.FindKernel("zo_update_sign");
        _probeJacobian = runtime.FindKernel("zo_probe_jacobian_batched");
        _sgdF32 = runtime.FindKernel("zo_update_sgd_f32");
        _sgdBf16 = runtime.FindKernel("zo_update_sgd_bf16");
        _adammF32 = runtime.FindKernel("zo_update_adamm_f32");
        _adammBf16 = runtime.FindKernel("zo_update_adamm_bf16");
        _rmspropF32 = runtime.FindKernel("zo_update_rmsprop_f32");
        _rmspropBf16 = runtime.FindKernel("zo_update_rmsprop_bf16");
        _radazoF32 = runtime.FindKernel("zo_update_radazo_f32");
        _radazoBf16 = runtime.FindKernel("zo_update_radazo_bf16");
        _results = runtime.Allocate(2 * sizeof(ulong));
    }

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public string Description => _runtime.Description;

    /// <summary>Threads per block of every elementwise and reduction launch.</summary>
    public int BlockSize { get; }

    /// <inheritdoc />
    public IParameterMemory Memory => _runtime;

    internal DeviceRuntime Runtime => _runtime;

    /// <summary>
    /// Two ulongs of device memory for a result that an op reads back before it returns (reductions, coordinate reads,
    /// <see cref="NnKernels.FindNonFinite(float*, long)"/>); each user is synchronous, so they can share it.
    /// </summary>
    internal ulong* ResultSlots => (ulong*)_results.Pointer;

    /// <summary>
    /// The grid of a launch over <paramref name="groups"/> four-element groups: enough blocks for one group per
    /// thread, capped at a few resident blocks per multiprocessor (the kernels stride over the rest).
    /// </summary>
    public uint GridFor(long groups) =>
        (uint)Math.Clamp((groups + BlockSize - 1) / BlockSize, 1, (long)_runtime.MultiprocessorCount * _runtime.BlocksPerMultiprocessor);

    /// <inheritdoc />
    public void Synchronize()
    {
        ThrowIfDisposed();
        _runtime.Synchronize();
    }

    /// <inheritdoc />
    public void Combine(ParameterSet parameters, ReadOnlySpan<NoiseTerm> terms)
    {
        var table = Table(parameters, null);
        if (terms.IsEmpty || table.GroupCount == 0)
            return;
        var args = new ZoCombineArgs { Table = table.Native };
        Pack(terms, ref args.Terms, 0);
        _runtime.Launch(_combine, GridFor(table.GroupCount), (uint)BlockSize, args);
    }

    /// <inheritdoc />
    public void Fill(ParameterSet parameters, NoiseKind kind, ulong seed, float scale)
    {
        var table = Table(parameters, null);
        if (table.GroupCount == 0)
            return;
        var args = new ZoFillArgs { Table = table.Native, Seed = seed, Scale = scale, Kind = (uint)kind };
        _runtime.Launch(_fill, GridFor(table.GroupCount), (uint)BlockSize, args);
    }

    /// <inheritdoc />
    public long NoiseSquaredNormFixed(ParameterSet layout, NoiseKind kind, ulong seed)
    {
        var table = Table(layout, null);
        // 33.3·2²⁴ bounds one term, as on the CPU, so 2³⁴ elements fit the signed sum.
        if (layout.TotalLength > 1L << 34)
            throw new NotSupportedException($"The fixed-point norm covers at most 2^34 elements; this set has {layout.TotalLength}.");
        if (table.GroupCount == 0)
            return 0;
        ulong* result = (ulong*)_results.Pointer;
        _runtime.Zero(result, sizeof(ulong));
        var args = new ZoSquaredNormArgs { Table = table.Native, Seed = seed, Kind = (uint)kind, Result = result };
        _runtime.Launch(_sqnorm, GridFor(table.GroupCount), (uint)BlockSize, args);
        ulong sum;
        _runtime.CopyToHost(result, &sum, sizeof(ulong));
        return (long)sum;
    }

    /// <summary>
    /// Σ trunc(x_i·2^<paramref name="scaleExponent"/>) over <paramref name="count"/> floats in device memory, as an
    /// integer: the deterministic, order-independent sum of per-sample losses that feed an update. Equals
    /// <see cref="FixedPointSum.Sum"/> on the same values bit for bit.
    /// </summary>
    /// <exception cref="ArgumentException">A value is not finite or too large for the scale.</exception>
    public long SumFixed(float* deviceValues, long count, int scaleExponent)
    {
        long bad = TrySumFixed(deviceValues, count, scaleExponent, out long sum);
        if (bad != 0)
            throw new ArgumentException($"{bad} of {count} values are not finite or exceed 2^62 once scaled by 2^{scaleExponent}; their fixed-point sum is undefined.");
        return sum;
    }

    /// <summary>
    /// <see cref="SumFixed(float*, long, int)"/> for callers that treat a non-finite value as a result (a loss that
    /// diverged) rather than an error: returns how many values could not be summed, 0 when <paramref name="sum"/> is
    /// defined. One 16-byte read from the device either way.
    /// </summary>
    public long TrySumFixed(float* deviceValues, long count, int scaleExponent, out long sum)
    {
        ThrowIfDisposed();
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        float scale = FixedPointSum.Scale(scaleExponent);
        sum = 0;
        if (count == 0)
            return 0;
        ulong* result = (ulong*)_results.Pointer;
        _runtime.Zero(result, 2 * sizeof(ulong));
        var args = new ZoSumFixedArgs { Values = deviceValues, Count = count, Scale = scale, Result = result };
        _runtime.Launch(_sumFixed, GridFor((count + 3) >> 2), (uint)BlockSize, args);
        ulong* host = stackalloc ulong[2];
        _runtime.CopyToHost(result, host, 2 * sizeof(ulong));
        sum = (long)host[0];
        return (long)host[1];
    }

    /// <summary>The sum of the values of <paramref name="tensor"/>, a tensor of a set in this backend's memory; see <see cref="SumFixed(float*, long, int)"/>.</summary>
    public long SumFixed(ParameterTensor tensor, int scaleExponent)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (tensor.HostAccessible)
            throw new ArgumentException($"Tensor '{tensor.Name}' is in host memory; the {Name} backend sums device memory (use FixedPointSum.Sum on the host).");
        return SumFixed(tensor.Pointer, tensor.Length, scaleExponent);
    }

    /// <inheritdoc />
    public void Update(ParameterSet parameters, OptimizerState? state, in UpdateRule rule, ReadOnlySpan<NoiseTerm> restore, in GradientSource gradient)
    {
        parameters.ThrowUnlessIn(Memory, Name);
        CpuBackend.ValidateState(parameters, state, rule);
        bool usesState = rule.UsesFirstMoment || rule.UsesSecondMoment;
        var table = Table(parameters, usesState ? state : null);
        if (table.GroupCount == 0)
            return;
        var args = new ZoUpdateArgs
        {
            Table = table.Native,
            LearningRate = rule.LearningRate,
            Momentum = rule.Momentum,
            WeightDecay = rule.WeightDecay,
            Beta1 = rule.Beta1,
            Beta2 = rule.Beta2,
            Epsilon = rule.Epsilon,
            EpsilonInsideSqrt = rule.EpsilonPlacement == EpsilonPlacement.InsideSqrt ? 1 : 0,
            SparseCount = -1,
        };
        long used = Pack(restore, ref args.Restore, 0);
        if (gradient.IsSparse)
        {
            long n = gradient.Indices.Length;
            long indexBytes = n * sizeof(long);
            byte* scratch = (byte*)Scratch(used + indexBytes + n * sizeof(float));
            fixed (long* idx = gradient.Indices)
                _runtime.CopyFromHost(idx, scratch + used, indexBytes);
            fixed (float* val = gradient.Values)
                _runtime.CopyFromHost(val, scratch + used + indexBytes, n * sizeof(float));
            args.SparseIndices = (long*)(scratch + used);
            args.SparseValues = (float*)(scratch + used + indexBytes);
            args.SparseCount = n;
        }
        else
        {
            Pack(gradient.Terms, ref args.Gradient, used);
        }
        bool bf16 = state?.Precision == StatePrecision.BFloat16 && usesState;
        var kernel = rule.Kind switch
        {
            UpdateKind.Sgd => bf16 ? _sgdBf16 : _sgdF32,
            UpdateKind.Sign => _sign,
            UpdateKind.AdaMM => bf16 ? _adammBf16 : _adammF32,
            UpdateKind.RmsProp => bf16 ? _rmspropBf16 : _rmspropF32,
            UpdateKind.RAdaZo => bf16 ? _radazoBf16 : _radazoF32,
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Kind, "Unknown update kind."),
        };
        _runtime.Launch(kernel, GridFor(table.GroupCount), (uint)BlockSize, args);
    }

    /// <inheritdoc />
    public float GetCoordinate(ParameterSet parameters, long index)
    {
        float* element = Locate(parameters, index);
        float* result = (float*)_results.Pointer;
        _runtime.Launch(_coordGet, 1, 1, new ZoCoordArgs { Element = element, Out = result });
        float value;
        _runtime.CopyToHost(result, &value, sizeof(float));
        return value;
    }

    /// <inheritdoc />
    public void SetCoordinate(ParameterSet parameters, long index, float value)
    {
        float* element = Locate(parameters, index);
        _runtime.Launch(_coordSet, 1, 1, new ZoCoordArgs { Element = element, Value = value });
    }

    /// <inheritdoc />
    public void Copy(ParameterSet source, ParameterSet destination)
    {
        source.ThrowUnlessIn(Memory, Name);
        destination.ThrowUnlessIn(Memory, Name);
        ThrowIfDisposed();
        source.EnsureSameLayout(destination);
        for (int i = 0; i < source.Count; i++)
            _runtime.CopyOnDevice(source[i].Pointer, destination[i].Pointer, source[i].Length * sizeof(float));
    }

    /// <inheritdoc />
    public OptimizerState AllocateState(ParameterSet layout, bool firstMoment, bool secondMoment, StatePrecision precision)
    {
        layout.ThrowUnlessIn(Memory, Name);
        ThrowIfDisposed();
        return new OptimizerState(layout, firstMoment, secondMoment, precision);
    }

    /// <summary>
    /// Runs the Philox known-answer rows through the one-thread kernel zo_philox_kat.
    /// </summary>
    /// <param name="rows">[count, 6]: counter words 0..3, key words 0..1.</param>
    /// <param name="output">[count, 4]: the output words.</param>
    public void PhiloxKnownAnswers(ReadOnlySpan<uint> rows, Span<uint> output)
    {
        ThrowIfDisposed();
        if (rows.Length % 6 != 0 || output.Length != rows.Length / 6 * 4)
            throw new ArgumentException($"Known-answer rows are 6 words each with 4 output words: got {rows.Length} input and {output.Length} output words.");
        int count = rows.Length / 6;
        using var input = _runtime.Allocate(rows.Length * sizeof(uint));
        using var result = _runtime.Allocate(output.Length * sizeof(uint));
        fixed (uint* r = rows)
            _runtime.CopyFromHost(r, input.Pointer, rows.Length * sizeof(uint));
        _runtime.Launch(_philoxKat, 1, 1, new ZoPhiloxKatArgs { Input = (uint*)input.Pointer, Output = (uint*)result.Pointer, Count = count });
        fixed (uint* o = output)
            _runtime.CopyToHost(result.Pointer, o, output.Length * sizeof(uint));
    }

    /// <summary>
    /// zo_probe_jacobian_batched: HZO's probe rows for a sub-network whose first layer is linear, built on the device
    /// from the anchors' pre-activations: probes[r] = baseline[s] ± h·W[:, m] for global probe row g = firstProbe + r,
    /// with s = g / 2W, m = (g mod 2W) / 2, + for even g (ZoEngine.Nn's probe layout; bit for bit its CPU op).
    /// All pointers are device memory of this backend. // baseline: [samples, outputs]; weight: [outputs, width]; probes: [count, outputs]
    /// </summary>
    public void ProbeJacobianBatched(float* baseline, float* weight, float* probes, int samples, int width, int outputs, int firstProbe, int count, float h)
    {
        ThrowIfDisposed();
        if (width < 1 || outputs < 0 || samples < 0)
            throw new ArgumentException($"Probing needs width ≥ 1, outputs ≥ 0 and samples ≥ 0; got width {width}, outputs {outputs}, samples {samples}.");
        long rows = 2L * samples * width;
        if (firstProbe < 0 || count < 0 || firstProbe + (long)count > rows || (firstProbe & 1) != 0 || (count & 1) != 0)
            throw new ArgumentException($"Probe rows [{firstProbe}, {firstProbe + (long)count}) must be an even-aligned range inside the {rows} probe rows of {samples} samples × 2·{width} coordinates.");
        if (baseline == null || weight == null || probes == null)
            throw new ArgumentNullException(baseline == null ? nameof(baseline) : weight == null ? nameof(weight) : nameof(probes));
        if (count == 0 || outputs == 0)
            return;
        var args = new ZoProbeJacobianArgs { Baseline = baseline, Weight = weight, Probes = probes, Width = width, Outputs = outputs, FirstProbe = firstProbe, Count = count, H = h };
        // One block per probe row, as many rows in flight as the device holds blocks; the kernel strides over the rest.
        uint grid = (uint)Math.Min(count, (long)_runtime.MultiprocessorCount * _runtime.BlocksPerMultiprocessor);
        _runtime.Launch(_probeJacobian, grid, (uint)BlockSize, args);
    }

    /// <summary>Starts opt-in timing of the queued work (device events on CUDA).</summary>
    public void StartTiming()
    {
        ThrowIfDisposed();
        _runtime.StartTiming();
    }

    /// <summary>Milliseconds of device time since <see cref="StartTiming"/>.</summary>
    public double StopTiming()
    {
        ThrowIfDisposed();
        return _runtime.StopTiming();
    }

    /// <summary>Frees the backend's scratch buffers and releases the device. Safe to call twice.</summary>
    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        _results.Dispose();
        _scratch?.Dispose();
        _runtime.Dispose();
        GC.SuppressFinalize(this);
    }

    internal void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    private TensorTable Table(ParameterSet set, OptimizerState? state)
    {
        set.ThrowUnlessIn(Memory, Name);
        ThrowIfDisposed();
        return TensorTable.For(set, state, _runtime);
    }

    private float* Locate(ParameterSet parameters, long index)
    {
        parameters.ThrowUnlessIn(Memory, Name);
        ThrowIfDisposed();
        if ((ulong)index >= (ulong)parameters.TotalLength)
            throw new ArgumentOutOfRangeException(nameof(index), $"Flat index {index} is outside [0, {parameters.TotalLength}).");
        foreach (var t in parameters)
        {
            if (index < t.Offset + t.Length)
                return t.Pointer + (index - t.Offset);
        }
        throw new InvalidOperationException("Unreachable: offsets cover [0, TotalLength).");
    }

    /// <summary>
    /// Fills a term list: the first <see cref="KernelAbi.InlineTerms"/> inline, the rest uploaded to the scratch
    /// buffer at byte <paramref name="scratchOffset"/>. Returns the scratch bytes used up to the end of this list.
    /// </summary>
    private long Pack(ReadOnlySpan<NoiseTerm> terms, ref ZoTermList list, long scratchOffset)
    {
        list.Count = terms.Length;
        int inline = Math.Min(terms.Length, KernelAbi.InlineTerms);
        for (int k = 0; k < inline; k++)
            list.Items[k] = ToNative(terms[k]);
        int rest = terms.Length - inline;
        if (rest == 0)
            return scratchOffset;
        var staging = rest <= _overflowStaging.Length ? _overflowStaging : new ZoTerm[rest];
        for (int k = 0; k < rest; k++)
            staging[k] = ToNative(terms[inline + k]);
        long bytes = rest * (long)sizeof(ZoTerm);
        byte* scratch = (byte*)Scratch(scratchOffset + bytes);
        fixed (ZoTerm* s = staging)
            _runtime.CopyFromHost(s, scratch + scratchOffset, bytes);
        list.Overflow = (ZoTerm*)(scratch + scratchOffset);
        return scratchOffset + bytes;
    }

    private static ZoTerm ToNative(in NoiseTerm t) => new() { Seed = t.Seed, Coefficient = t.Coefficient, Kind = (uint)t.Kind };

    /// <summary>A device scratch buffer of at least <paramref name="bytes"/>, grown by doubling; waits for queued launches before replacing it.</summary>
    private void* Scratch(long bytes)
    {
        if (_scratch is null || _scratch.Bytes < bytes)
        {
            _runtime.Synchronize();
            _scratch?.Dispose();
            _scratch = _runtime.Allocate(Math.Max(bytes, Math.Max(4096, (_scratch?.Bytes ?? 0) * 2)));
        }
        return _scratch.Pointer;
    }
}
