using ZoEngine.Cuda;
using ZoEngine.Nn;
using ZoEngine.Nn.Gemm;
using ZoEngine.Tests.Support;

namespace ZoEngine.Tests.Cuda;

/// <summary>
/// kernels/zo_nn.cu through <see cref="NnKernels"/>, against plain loops written here with the same binary32
/// operations in the same order (ReferenceGemm for the GEMM, because it is the specification): bits, except where a
/// transcendental function makes a result, which is held to the documented tolerances of <see cref="Tolerance"/>.
/// Emulated always; Cuda where a device exists, skipped with the driver's reason elsewhere. Sizes are odd and not
/// multiples of the block, and small: the host build runs each GPU thread as an OS thread.
/// </summary>
[TestFixtureSource(typeof(BackendCases), nameof(BackendCases.DeviceFixtures))]
public unsafe class NnKernelTests(string backendName)
{
    private const double InvSqrt2 = 0.70710678118654752440;
    private const double InvSqrt2Pi = 0.39894228040143267794;

    private readonly List<NativeBuffer> _buffers = [];
    private DeviceBackend? _backend;
    private NnKernels? _nn;

    private DeviceBackend Backend => _backend!;
    private NnKernels Nn => _nn!;

    [SetUp]
    public void SetUp()
    {
        _backend = (DeviceBackend)BackendCases.Create(backendName);
        _nn = new NnKernels(_backend);
    }

    [TearDown]
    public void TearDown()
    {
        foreach (var b in _buffers)
            b.Dispose();
        _buffers.Clear();
        _backend?.Dispose();
    }

    // ---- rows and columns ----------------------------------------------------------------------------------------

    [TestCase(7, 37)]
    [TestCase(3, 300)]
    [TestCase(1, 1)]
    public void AddRowVector_AddsTheBiasToEveryRow(int rows, int cols)
    {
        float[] y = Values(rows * cols, 1, 3), bias = Values(cols, 2, 1);
        float* dy = Upload(y), db = Upload(bias);
        Nn.AddRowVector(dy, db, rows, cols);
        var expected = new float[y.Length];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                expected[r * cols + c] = y[r * cols + c] + bias[c];
        AssertBits(expected, Download(dy, y.Length), "y");
    }

    [TestCase(7, 37)]
    [TestCase(300, 3)]
    [TestCase(2, 300)]
    public void AccumulateColumnSums_AddsTheRowsInAscendingOrder(int rows, int cols)
    {
        // Magnitudes from 1e-3 to 1e3, so that another summation order would change bits.
        float[] x = Mixed(rows * cols, 3), sums = Values(cols, 4, 1);
        float* dx = Upload(x), ds = Upload(sums);
        Nn.AccumulateColumnSums(dx, ds, rows, cols);
        var expected = new float[cols];
        for (int c = 0; c < cols; c++)
        {
            float s = sums[c];
            for (int r = 0; r < rows; r++)
                s += x[r * cols + c];
            expected[c] = s;
        }
        AssertBits(expected, Download(ds, cols), "sums");
    }

    // ---- elementwise ---------------------------------------------------------------------------------------------

    [TestCase(1)]
    [TestCase(257)]
    [TestCase(1031)]
    public void Add_AndAddScalar_AreOneRoundedSum_AlsoInPlace(int n)
    {
        float[] a = Mixed(n, 5), b = Mixed(n, 6);
        float* da = Upload(a), db = Upload(b), dsum = Upload(new float[n]);
        var expected = new float[n];
        for (int i = 0; i < n; i++)
            expected[i] = a[i] + b[i];
        Nn.Add(da, db, dsum, n);
        AssertBits(expected, Download(dsum, n), "a + b");
        Nn.Add(da, db, db, n);
        AssertBits(expected, Download(db, n), "b = a + b");

        const float Value = 0.1f;
        for (int i = 0; i < n; i++)
            expected[i] = a[i] + Value;
        Nn.AddScalar(da, Value, dsum, n);
        AssertBits(expected, Download(dsum, n), "x + value");
        Nn.AddScalar(da, Value, da, n);
        AssertBits(expected, Download(da, n), "x = x + value");
    }

    [TestCase(3)]
    [TestCase(1031)]
    public void CentralDifference_IsDaTimesTheQuotientByTwoH_AlsoInPlace(int n)
    {
        float[] plus = Values(n, 7, 2), minus = Values(n, 8, 2), dA = Values(n, 9, 1);
        const float H = 1e-3f;
        float twoH = H + H;
        var expected = new float[n];
        for (int i = 0; i < n; i++)
            expected[i] = dA[i] * ((plus[i] - minus[i]) / twoH);
        float* dp = Upload(plus), dm = Upload(minus), dg = Upload(dA), dz = Upload(new float[n]);
        Nn.CentralDifference(dp, dm, H, dg, dz, n);
        AssertBits(expected, Download(dz, n), "dZ");
        Nn.CentralDifference(dp, dm, H, dg, dg, n);
        AssertBits(expected, Download(dg, n), "dZ = dA in place");
    }

    [Test]
    public void Activate_IdentityAndRelu_AreExact_WithNaNKeptAndNegativeZeroMadePositive([Values(0, 1)] int kind)
    {
        float[] z = ActivationInputs(517, 10);
        var expected = new float[z.Length];
        for (int i = 0; i < z.Length; i++)
            expected[i] = kind == 0 ? z[i] : z[i] <= 0f ? 0f : z[i];
        float* dz = Upload(z), da = Upload(new float[z.Length]);
        Nn.Activate(kind, dz, da, z.Length);
        float[] got = Download(da, z.Length);
        AssertBits(expected, got, "a");
        if (kind == 1)
        {
            Assert.That(Bits.Of(got[1]), Is.EqualTo(0u), "ReLU(−0) is +0");
            Assert.That(float.IsNaN(got[2]), "ReLU(NaN) is NaN");
        }
        Nn.Activate(kind, dz, dz, z.Length);
        AssertBits(expected, Download(dz, z.Length), "a = σ(z) in place");
    }

    [Test]
    public void Activate_GeluAndTanh_AreTheBinary64FormulaRoundedOnce([Values(2, 3)] int kind)
    {
        // Transcendental: the device's erfc/tanh are not the host's, so within Tolerance.NnTranscendentalUlps.
        float[] z = ActivationInputs(517, 11);
        var expected = new float[z.Length];
        for (int i = 0; i < z.Length; i++)
        {
            double x = z[i];
            expected[i] = kind == 2 ? (float)(x * (0.5 * ErrorFunction.Erfc(-x * InvSqrt2))) : (float)Math.Tanh(x);
        }
        float* dz = Upload(z);
        Nn.Activate(kind, dz, dz, z.Length);
        AssertUlps(expected, Download(dz, z.Length), Tolerance.NnTranscendentalUlps, kind == 2 ? "GELU" : "tanh");
    }

    [Test]
    public void ActivationBackward_IdentityReluAndTanh_AreExact_AlsoInPlace([Values(0, 1, 3)] int kind)
    {
        int n = 517;
        float[] z = ActivationInputs(n, 12), a = Values(n, 13, 1), dA = Values(n, 14, 2);
        var expected = new float[n];
        for (int i = 0; i < n; i++)
        {
            expected[i] = kind switch
            {
                0 => dA[i],
                1 => z[i] > 0f ? dA[i] : float.IsNaN(z[i]) ? z[i] : 0f,
                _ => dA[i] * (1f - a[i] * a[i]),
            };
        }
        float* dz = Upload(z), da = Upload(a), dg = Upload(dA), dd = Upload(new float[n]);
        Nn.ActivationBackward(kind, dz, da, dg, dd, n);
        AssertBits(expected, Download(dd, n), "dZ");
        Nn.ActivationBackward(kind, dz, da, dg, dg, n);
        AssertBits(expected, Download(dg, n), "dZ = dA in place");
    }

    [Test]
    public void ActivationBackward_Gelu_IsTheBinary64SlopeTimesDaRoundedOnce()
    {
        // Transcendental (erfc, exp): within Tolerance.NnTranscendentalUlps.
        int n = 517;
        float[] z = ActivationInputs(n, 15), dA = Values(n, 16, 2);
        var expected = new float[n];
        for (int i = 0; i < n; i++)
        {
            double x = z[i];
            double slope = 0.5 * ErrorFunction.Erfc(-x * InvSqrt2) + x * InvSqrt2Pi * Math.Exp(-0.5 * x * x);
            expected[i] = (float)(dA[i] * slope);
        }
        float* dz = Upload(z), dg = Upload(dA);
        Nn.ActivationBackward(2, dz, dz, dg, dg, n);
        AssertUlps(expected, Download(dg, n), Tolerance.NnTranscendentalUlps, "GELU'");
    }

    // ---- softmax cross-entropy -----------------------------------------------------------------------------------

    [TestCase(5, 10)]
    [TestCase(33, 7)]
    [TestCase(3, 1)]
    public void SoftmaxCrossEntropy_FollowsSoftmaxMath_RowByRow(int rows, int classes)
    {
        // expf and logf: the device's are not glibc's, so within Tolerance.SoftmaxLoss/GradientAbs, not bits.
        float[] logits = Values(rows * classes, 17, 4);
        for (int c = 0; c < classes; c++)
            logits[c] = 0.5f;   // a row of ties
        if (rows > 1)
            logits[classes] = -0f;
        var rng = new Random(rows * 7 + classes);
        int[] labels = Enumerable.Range(0, rows).Select(_ => rng.Next(classes)).ToArray();
        float invBatch = 1f / rows;
        var loss = new float[rows];
        var grad = new float[rows * classes];
        for (int r = 0; r < rows; r++)
        {
            var row = logits.AsSpan(r * classes, classes);
            float max = row[0];
            for (int c = 1; c < classes; c++)
                max = Math.Max(max, row[c]);
            float sum = 0f;
            for (int c = 0; c < classes; c++)
                sum += MathF.Exp(row[c] - max);
            loss[r] = MathF.Log(sum) + max - row[labels[r]];
            for (int c = 0; c < classes; c++)
            {
                float p = MathF.Exp(row[c] - max) / sum;
                grad[r * classes + c] = (c == labels[r] ? p - 1f : p) * invBatch;
            }
        }
        float* dl = Upload(logits), dd = Upload(new float[grad.Length]), dloss = Upload(new float[rows]);
        int* dlab = Upload(labels);
        Nn.SoftmaxCrossEntropy(dl, dlab, dd, dloss, rows, classes, invBatch);
        float[] losses = Download(dloss, rows);
        AssertClose(loss, losses, Tolerance.SoftmaxLossAbs, "loss");
        Assert.That(losses.Any(x => x != 0f) || classes == 1, "non-zero losses (one class: log 1 + y − y = 0)");
        float[] got = Download(dd, grad.Length);
        for (int i = 0; i < grad.Length; i++)
            Assert.That(got[i] / invBatch, Is.EqualTo(grad[i] / invBatch).Within(Tolerance.SoftmaxGradientAbs), $"dLogits[{i / classes}, {i % classes}]");
        Assert.That(got.Any(x => x != 0f) || classes == 1, "non-zero gradient");

        float* dloss2 = Upload(new float[rows]);
        Nn.SoftmaxCrossEntropy(dl, dlab, null, dloss2, rows, classes, invBatch);
        Assert.That(Bits.FirstDifference(Download(dloss, rows), Download(dloss2, rows)), Is.EqualTo(-1), "the loss without a gradient");
    }

    [Test]
    public void SoftmaxCrossEntropy_ALabelOutsideTheRow_GivesNaN_NotAStrayRead()
    {
        float* dl = Upload(Values(6, 18, 1)), dloss = Upload(new float[2]), dd = Upload(new float[6]);
        int* dlab = Upload(new[] { 1, 3 });
        Nn.SoftmaxCrossEntropy(dl, dlab, dd, dloss, 2, 3, 0.5f);
        float[] loss = Download(dloss, 2), grad = Download(dd, 6);
        Assert.That(float.IsFinite(loss[0]) && float.IsNaN(loss[1]), $"losses {loss[0]}, {loss[1]}");
        Assert.That(grad.Take(3).All(float.IsFinite) && grad.Skip(3).All(float.IsNaN));
    }

    // ---- probes --------------------------------------------------------------------------------------------------

    [TestCase(3, 37, 0, 222)]    // every probe row of 3 samples
    [TestCase(2, 300, 10, 40)]   // a chunk starting mid-sample, rows wider than a block
    [TestCase(1, 1, 0, 2)]
    public void ProbeInputs_AndProbeSkip_FollowTheProbeLayout(int samples, int width, int first, int count)
    {
        float[] anchor = Values(samples * width, 19, 2), skip = Values(count * width, 20, 1);
        const float H = 1e-2f;
        var inputs = new float[count * width];
        var skipped = new float[count * width];
        for (int r = 0; r < count; r++)
        {
            int g = first + r, s = g / (2 * width), m = g % (2 * width) / 2;
            for (int c = 0; c < width; c++)
            {
                float a = anchor[s * width + c];
                float value = c != m ? a : g % 2 == 0 ? a + H : a - H;
                inputs[r * width + c] = value;
                skipped[r * width + c] = skip[r * width + c] + value;
            }
        }
        float* da = Upload(anchor), dp = Upload(new float[count * width]), ds = Upload(skip);
        Nn.ProbeInputs(da, H, samples, width, first, count, dp);
        AssertBits(inputs, Download(dp, inputs.Length), "probe inputs");
        Nn.ProbeSkip(da, H, samples, width, first, count, ds);
        AssertBits(skipped, Download(ds, skipped.Length), "probes + skip");
    }

    [TestCase(3, 5, 7, 0, 30)]
    [TestCase(2, 33, 17, 10, 40)]
    [TestCase(1, 1, 1, 0, 2)]
    public void ProbeContract_SumsEachPairInOutputOrder_AndLeavesTheRestOfDeltaIn(int samples, int width, int classes, int first, int count)
    {
        float[] outputs = Values(count * classes, 21, 3), deltaOut = Values(samples * classes, 22, 1);
        const float H = 3e-3f, Untouched = 7f;
        var expected = Enumerable.Repeat(Untouched, samples * width).ToArray();
        for (int r = 0; r < count; r += 2)
        {
            int g = first + r, s = g / (2 * width), m = g % (2 * width) / 2;
            float sum = 0f;
            for (int c = 0; c < classes; c++)
                sum += (outputs[r * classes + c] - outputs[(r + 1) * classes + c]) * deltaOut[s * classes + c];
            expected[s * width + m] = sum / (H + H);
        }
        float* dout = Upload(outputs), dtarget = Upload(deltaOut), din = Upload(Enumerable.Repeat(Untouched, samples * width).ToArray());
        Nn.ProbeContract(dout, dtarget, H, samples, width, classes, first, count, din);
        float[] got = Download(din, expected.Length);
        AssertBits(expected, got, "δ_in");
        Assert.That(got.Any(x => x != Untouched), "the chunk wrote δ_in");
    }

    // ---- GEMM ----------------------------------------------------------------------------------------------------

    [Test]
    public void Gemm_IsReferenceGemm_BitForBit([Values] bool transA, [Values] bool transB, [Values(0f, 0.5f)] float beta)
    {
        const int M = 19, N = 23, K = 37;   // K spans three 16-wide slices, the last one partial
        const float Alpha = 1.5f;
        int aRows = transA ? K : M, aCols = transA ? M : K, bRows = transB ? N : K, bCols = transB ? K : N;
        int lda = aCols + 3, ldb = bCols + 1, ldc = N + 2;   // padded rows: the leading dimensions matter
        float[] a = Values(aRows * lda, 23, 1), b = Values(bRows * ldb, 24, 1);
        // β = 0 must not read C, so a NaN there would show.
        float[] c = beta == 0f ? Enumerable.Repeat(float.NaN, M * ldc).ToArray() : Values(M * ldc, 25, 1);
        var expected = (float[])c.Clone();
        ReferenceGemm.Instance.Sgemm(transA ? Transpose.Yes : Transpose.No, transB ? Transpose.Yes : Transpose.No, M, N, K, Alpha, a, lda, b, ldb, beta, expected, ldc);
        float* da = Upload(a), db = Upload(b), dc = Upload(c);
        Nn.Gemm(transA, transB, M, N, K, Alpha, da, lda, db, ldb, beta, dc, ldc);
        float[] got = Download(dc, c.Length);
        AssertBits(expected, got, "C");
        Assert.That(got.Where((_, i) => i % ldc < N).All(float.IsFinite), "every output written");
    }

    [Test]
    public void Gemm_WithKZero_ScalesC_AndLeavesItsPaddingAlone()
    {
        const int M = 3, N = 5, Ldc = 6;
        float[] c = Values(M * Ldc, 26, 1);
        var expected = (float[])c.Clone();
        ReferenceGemm.Instance.Sgemm(Transpose.No, Transpose.No, M, N, 0, 2f, [], 1, [], N, 0.25f, expected, Ldc);
        float* dummy = Upload([1f]), dc = Upload(c);
        Nn.Gemm(false, false, M, N, 0, 2f, dummy, 1, dummy, N, 0.25f, dc, Ldc);
        AssertBits(expected, Download(dc, c.Length), "C");
    }

    // ---- dense optimizers ----------------------------------------------------------------------------------------

    [Test]
    public void Sgd_IsDenseSgdsStep([Values] bool momentum, [Values] bool first)
    {
        int n = 1031;
        float[] theta = Values(n, 27, 2), g = Values(n, 28, 1), v = Values(n, 29, 1);
        const float Lr = 0.05f, Mu = 0.9f, Decay = 0.01f;
        float[] expectedTheta = (float[])theta.Clone(), expectedV = (float[])v.Clone();
        for (int i = 0; i < n; i++)
        {
            float d = g[i] + Decay * theta[i];
            if (momentum)
            {
                expectedV[i] = first ? d : Mu * v[i] + d;
                d = expectedV[i];
            }
            expectedTheta[i] = theta[i] - Lr * d;
        }
        float* dt = Upload(theta), dg = Upload(g), dv = Upload(v);
        Nn.Sgd(dt, dg, momentum ? dv : null, n, Lr, Mu, Decay, first);
        AssertBits(expectedTheta, Download(dt, n), "θ");
        AssertBits(expectedV, Download(dv, n), momentum ? "v" : "v untouched without momentum");
    }

    [Test]
    public void Adam_IsDenseAdamsStep_OverTwoSteps()
    {
        int n = 1031;
        float[] theta = Values(n, 30, 2), m = new float[n], v = new float[n];
        const double LearningRate = 1e-2, Beta1 = 0.9, Beta2 = 0.999;
        const float Epsilon = 1e-8f, Decay = 1e-3f;
        float b1 = (float)Beta1, b2 = (float)Beta2, c1 = 1f - b1, c2 = 1f - b2;
        float* dt = Upload(theta), dm = Upload(m), dv = Upload(v);
        for (int t = 1; t <= 2; t++)
        {
            float[] g = Values(n, 30 + t, 1);
            float stepSize = (float)(LearningRate / (1 - Math.Pow(Beta1, t)));
            float invSqrtCorrection2 = (float)(1 / Math.Sqrt(1 - Math.Pow(Beta2, t)));
            for (int i = 0; i < n; i++)
            {
                float gi = g[i] + Decay * theta[i];
                m[i] = b1 * m[i] + c1 * gi;
                v[i] = b2 * v[i] + c2 * gi * gi;
                theta[i] -= stepSize * m[i] / (MathF.Sqrt(v[i]) * invSqrtCorrection2 + Epsilon);
            }
            Nn.Adam(dt, Upload(g), dm, dv, n, stepSize, invSqrtCorrection2, b1, b2, Epsilon, Decay);
            AssertBits(m, Download(dm, n), $"m after step {t}");
            AssertBits(v, Download(dv, n), $"v after step {t}");
            AssertBits(theta, Download(dt, n), $"θ after step {t}");
        }
    }

    [Test]
    public void FindNonFinite_ReturnsTheFirstNaNOrInfinity_OrMinusOne()
    {
        int n = 1031;
        float[] x = Values(n, 33, 1e30f);
        float* dx = Upload(x);
        Assert.That(Nn.FindNonFinite(dx, n), Is.EqualTo(-1), "all finite, including ±1e30");
        Assert.That(Nn.FindNonFinite(dx, 0), Is.EqualTo(-1), "empty");
        x[1000] = float.PositiveInfinity;
        x[700] = float.NaN;
        dx = Upload(x);
        Assert.That(Nn.FindNonFinite(dx, n), Is.EqualTo(700));
        Assert.That(Nn.FindNonFinite(dx, 700), Is.EqualTo(-1), "the count bounds the search");
        x[0] = float.NegativeInfinity;
        dx = Upload(x);
        Assert.That(Nn.FindNonFinite(dx, n), Is.EqualTo(0));
    }

    [Test]
    public void ZeroAndCopy_MoveDeviceBytes()
    {
        float[] x = Values(37, 34, 1);
        float* src = Upload(x), dst = Upload(new float[37]);
        Nn.Copy(src, dst, 37 * sizeof(float));
        AssertBits(x, Download(dst, 37), "copy");
        Nn.Zero(dst + 1, 35 * sizeof(float));
        float[] got = Download(dst, 37);
        Assert.That(got[0] == x[0] && got[36] == x[36] && got.Skip(1).Take(35).All(v => Bits.Of(v) == 0u));
    }

    // ---- argument checks -----------------------------------------------------------------------------------------

    [Test]
    public void InvalidArguments_AreRefusedWithClearExceptions()
    {
        float* p = Upload(new float[64]);
        Assert.Throws<ArgumentNullException>(() => new NnKernels(null!));
        Assert.That(() => Nn.Activate(4, p, p, 1), Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("activation kind"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nn.ActivationBackward(-1, p, p, p, p, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nn.Add(p, p, p, -1));
        Assert.Throws<ArgumentNullException>(() => Nn.Add(p, null, p, 4));
        Assert.Throws<ArgumentException>(() => Nn.AddRowVector(p, p, -1, 3));
        Assert.Throws<ArgumentException>(() => Nn.SoftmaxCrossEntropy(p, (int*)p, null, p, 2, 0, 0.5f));
        Assert.That(() => Nn.ProbeInputs(p, 0.1f, 2, 2, 1, 2, p), Throws.TypeOf<ArgumentException>().With.Message.Contains("even-aligned"));
        Assert.Throws<ArgumentException>(() => Nn.ProbeSkip(p, 0.1f, 2, 2, 0, 10, p));
        Assert.Throws<ArgumentException>(() => Nn.ProbeInputs(p, 0.1f, 2, 0, 0, 0, p));
        Assert.Throws<ArgumentException>(() => Nn.ProbeContract(p, p, 0.1f, 2, 2, -1, 0, 2, p));
        Assert.That(() => Nn.Gemm(false, false, 2, 3, 4, 1f, p, 3, p, 3, 0f, p, 3), Throws.TypeOf<ArgumentException>().With.Message.Contains("operand A"));
        Assert.That(() => Nn.Gemm(false, true, 2, 3, 4, 1f, p, 4, p, 3, 0f, p, 3), Throws.TypeOf<ArgumentException>().With.Message.Contains("operand B"));
        Assert.Throws<ArgumentException>(() => Nn.Gemm(false, false, -1, 3, 4, 1f, p, 4, p, 3, 0f, p, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nn.Copy(p, p, -4));
    }

    [Test]
    public void ADisposedBackend_IsRefused()
    {
        var other = (DeviceBackend)BackendCases.Create(backendName);
        var nn = new NnKernels(other);
        Assert.That(nn.Backend, Is.SameAs(other));
        other.Dispose();
        Assert.Throws<ObjectDisposedException>(() => nn.Add(null, null, null, 0));
        Assert.Throws<ObjectDisposedException>(() => new NnKernels(other));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /// <summary>Uniform values in [−scale, scale).</summary>
    private static float[] Values(int n, int seed, float scale)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => (float)(rng.NextDouble() * 2 - 1) * scale).ToArray();
    }

    /// <summary>Values of both signs with magnitudes from 1e-3 to 1e3, so that sums round visibly.</summary>
    private static float[] Mixed(int n, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => (float)((rng.NextDouble() * 2 - 1) * Math.Pow(10, rng.Next(-3, 4)))).ToArray();
    }

    /// <summary>The special values first (±0, NaN, ±∞, tiny, subnormal, large), then uniform values in [−6, 6).</summary>
    private static float[] ActivationInputs(int n, int seed)
    {
        float[] z = Values(n, seed, 6);
        float[] special = [0f, -0f, float.NaN, float.PositiveInfinity, float.NegativeInfinity, 1e-30f, -1e-30f, float.Epsilon, -float.Epsilon, 20f, -20f, 1f, -1f];
        special.CopyTo(z, 0);
        return z;
    }

    private float* Upload(float[] host)
    {
        var buffer = Backend.Memory.Allocate(Math.Max(1, host.Length) * (long)sizeof(float));
        _buffers.Add(buffer);
        fixed (float* p = host)
            Backend.Memory.CopyFromHost(p, buffer.Pointer, host.Length * (long)sizeof(float));
        return (float*)buffer.Pointer;
    }

    private int* Upload(int[] host)
    {
        var buffer = Backend.Memory.Allocate(Math.Max(1, host.Length) * (long)sizeof(int));
        _buffers.Add(buffer);
        fixed (int* p = host)
            Backend.Memory.CopyFromHost(p, buffer.Pointer, host.Length * (long)sizeof(int));
        return (int*)buffer.Pointer;
    }

    private float[] Download(float* device, int n)
    {
        var host = new float[n];
        fixed (float* p = host)
            Backend.Memory.CopyToHost(device, p, n * (long)sizeof(float));
        return host;
    }

    private static void AssertBits(float[] expected, float[] got, string what)
    {
        int i = Bits.FirstDifference(expected, got);
        Assert.That(i, Is.EqualTo(-1), i < 0 ? what : $"{what}[{i}]: expected {expected[i]} (0x{Bits.Of(expected[i]):X8}), got {got[i]} (0x{Bits.Of(got[i]):X8})");
        Assert.That(got.Any(x => x != 0f), $"{what}: non-zero result");
    }

    /// <summary>Within <paramref name="ulps"/> where finite; the same infinity or both NaN elsewhere.</summary>
    private static void AssertUlps(float[] expected, float[] got, long ulps, string what)
    {
        Assert.That(got, Has.Length.EqualTo(expected.Length));
        for (int i = 0; i < expected.Length; i++)
        {
            if (!float.IsFinite(expected[i]) || !float.IsFinite(got[i]))
                Assert.That(float.IsNaN(got[i]) ? float.IsNaN(expected[i]) : got[i] == expected[i], $"{what}[{i}]: expected {expected[i]}, got {got[i]}");
            else
                Assert.That(Bits.UlpDistance(expected[i], got[i]), Is.LessThanOrEqualTo(ulps), $"{what}[{i}]: expected {expected[i]}, got {got[i]}");
        }
        Assert.That(got.Any(x => x != 0f), $"{what}: non-zero result");
    }

    private static void AssertClose(float[] expected, float[] got, double atol, string what)
    {
        Assert.That(got, Has.Length.EqualTo(expected.Length));
        for (int i = 0; i < expected.Length; i++)
            Assert.That(got[i], Is.EqualTo(expected[i]).Within(atol), $"{what}[{i}]");
    }
}
