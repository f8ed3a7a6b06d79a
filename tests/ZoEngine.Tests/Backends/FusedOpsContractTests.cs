using ZoEngine.Cpu.Reference;
using ZoEngine.Noise;
using ZoEngine.Tests.Support;

namespace ZoEngine.Tests.Backends;

/// <summary>
/// The fused primitives of IZoBackend against the element-by-element reference, bit for bit, on every backend
/// (STYLE rule 2). Inputs are small integers where possible so that an all-zero or unchanged result cannot pass.
/// </summary>
[TestFixtureSource(typeof(BackendCases), nameof(BackendCases.Fixtures))]
public class FusedOpsContractTests(string backendName)
{
    private static readonly NoiseTerm[][] TermLists =
    [
        [new(11, 0.5f)],
        [new(11, 1e-3f), new(12, -2e-3f, NoiseKind.Rademacher), new(13, 0.25f)],
        [new(0xFFFF_FFFF_FFFF_FFFFUL, -0.75f), new(1, 3f)],
        // Longer than the 16 terms a kernel launch carries inline: the rest travel through device memory.
        LongList(40, 1000),
    ];

    private static NoiseTerm[] LongList(int count, ulong firstSeed) =>
        Enumerable.Range(0, count)
            .Select(k => new NoiseTerm(firstSeed + 7 * (ulong)k, ((k % 5) - 2) * 0.125f + 0.0625f, k % 3 == 0 ? NoiseKind.Rademacher : NoiseKind.Gaussian))
            .ToArray();

    /// <summary>A host set (the reference's side).</summary>
    private static ParameterSet MakeSet(params long[] lengths) => MakeSet(HostMemory.Instance, lengths);

    /// <summary>A set in <paramref name="memory"/>, filled through a host copy.</summary>
    private static ParameterSet MakeSet(IParameterMemory memory, params long[] lengths)
    {
        var p = new ParameterSet(memory);
        var values = new List<float>();
        for (int i = 0; i < lengths.Length; i++)
        {
            p.Add($"t{i}", lengths[i]);
            for (long j = 0; j < lengths[i]; j++)
                values.Add((j % 17) - 8); // small integers: exact, non-zero norm, both signs
        }
        p.CopyFromHost(values.ToArray());
        return p;
    }

    private static void AssertSameBits(ParameterSet expected, ParameterSet actual, string what)
    {
        for (int i = 0; i < expected.Count; i++)
        {
            float[] e = Sets.Tensor(expected, i), a = Sets.Tensor(actual, i);
            int d = Bits.FirstDifference(e, a);
            if (d >= 0)
                Assert.Fail($"{what}: tensor {i} element {d}: {a[d]:R} against reference {e[d]:R}");
        }
    }

    [Test]
    public void Combine_EqualsReference([Range(0, 3)] int list)
    {
        using var backend = BackendCases.Create(backendName);
        foreach (long[] lengths in new[] { new long[] { 0 }, new long[] { 1, 2, 3 }, new long[] { 257, 6 * 512 + 7 }, new long[] { 4096, 4101, 15 } })
        {
            using var expected = MakeSet(lengths);
            using var actual = MakeSet(backend.Memory, lengths);
            UpdateReference.Combine(expected, TermLists[list]);
            backend.Combine(actual, TermLists[list]);
            AssertSameBits(expected, actual, $"lengths {string.Join(',', lengths)}");
            if (lengths[0] > 0)
            {
                using var untouched = MakeSet(lengths);
                Assert.That(Bits.FirstDifference(Sets.Tensor(untouched, 0), Sets.Tensor(actual, 0)), Is.Not.EqualTo(-1), "the combination changed θ");
            }
        }
    }

    [Test]
    public void Combine_EveryLengthUpTo256()
    {
        using var backend = BackendCases.Create(backendName);
        for (int n = 0; n <= 256; n++)
        {
            using var expected = MakeSet(n);
            using var actual = MakeSet(backend.Memory, n);
            UpdateReference.Combine(expected, TermLists[1]);
            backend.Combine(actual, TermLists[1]);
            AssertSameBits(expected, actual, $"length {n}");
        }
    }

    /// <summary>
    /// One term whose coefficient is not a power of two, so c·z rounds: θ + fl(c·z) (docs/noise.md §9, two roundings)
    /// and fma(c, z, θ) (one) differ in many elements. This is the list the in-place one-term path of a backend takes,
    /// over whole chunks (4096) and a ragged tail (4101).
    /// </summary>
    [Test]
    public void Combine_OneTermIsAProductThenAnAdd_NotAnFma()
    {
        NoiseTerm[] terms = [new(21, 0.1f)];
        using var backend = BackendCases.Create(backendName);
        long[] lengths = [4096, 4101, 64];
        using var expected = MakeSet(lengths);
        using var actual = MakeSet(backend.Memory, lengths);
        using var start = MakeSet(lengths);
        UpdateReference.Combine(expected, terms);
        backend.Combine(actual, terms);
        AssertSameBits(expected, actual, "one term 0.1");

        // The test has teeth only if the fused form gives other bits for these inputs.
        float[] theta = Sets.Tensor(start, 0), reference = Sets.Tensor(expected, 0);
        int fmaDiffers = 0;
        for (int j = 0; j < theta.Length; j++)
        {
            float z = NoiseReference.Element(NoiseKind.Gaussian, 21, start[0].Id, (ulong)j);
            if (BitConverter.SingleToUInt32Bits(MathF.FusedMultiplyAdd(0.1f, z, theta[j])) != BitConverter.SingleToUInt32Bits(reference[j]))
                fmaDiffers++;
        }
        Assert.That(fmaDiffers, Is.GreaterThan(0), "fma(c, z, θ) would have passed: the inputs cannot tell the two apart");
    }

    public static IEnumerable<TestCaseData> Rules()
    {
        var sgd = new UpdateRule { Kind = UpdateKind.Sgd, LearningRate = 0.01f };
        yield return new TestCaseData(sgd, StatePrecision.Float32).SetArgDisplayNames("sgd");
        yield return new TestCaseData(sgd with { Momentum = 0.9f, WeightDecay = 1e-2f }, StatePrecision.Float32).SetArgDisplayNames("sgd-momentum-wd");
        yield return new TestCaseData(sgd with { Momentum = 0.9f }, StatePrecision.BFloat16).SetArgDisplayNames("sgd-momentum-bf16");
        yield return new TestCaseData(new UpdateRule { Kind = UpdateKind.Sign, LearningRate = 0.01f }, StatePrecision.Float32).SetArgDisplayNames("sign");
        yield return new TestCaseData(new UpdateRule { Kind = UpdateKind.Sign, LearningRate = 0.01f, WeightDecay = 0.5f }, StatePrecision.BFloat16).SetArgDisplayNames("sign-wd-bf16");
        yield return new TestCaseData(sgd, StatePrecision.BFloat16).SetArgDisplayNames("sgd-bf16");
        var adam = new UpdateRule { Kind = UpdateKind.AdaMM, LearningRate = 0.01f, Beta1 = 0.9f, Beta2 = 0.99f, Epsilon = 1e-8f };
        foreach (var prec in new[] { StatePrecision.Float32, StatePrecision.BFloat16 })
        {
            yield return new TestCaseData(adam, prec).SetArgDisplayNames($"adamm-{prec}");
            yield return new TestCaseData(adam with { Kind = UpdateKind.RmsProp }, prec).SetArgDisplayNames($"rmsprop-{prec}");
            yield return new TestCaseData(adam with { Kind = UpdateKind.RAdaZo }, prec).SetArgDisplayNames($"radazo-{prec}");
            yield return new TestCaseData(adam with { Kind = UpdateKind.RAdaZo, EpsilonPlacement = EpsilonPlacement.InsideSqrt, WeightDecay = 0.1f }, prec).SetArgDisplayNames($"radazo-inside-wd-{prec}");
        }
    }

    [TestCaseSource(nameof(Rules))]
    public void Update_EqualsReference_OverSeveralSteps(UpdateRule rule, StatePrecision precision)
    {
        using var backend = BackendCases.Create(backendName);
        long[] lengths = [5, 257, 6 * 512 + 7, 4096];
        using var expected = MakeSet(lengths);
        using var actual = MakeSet(backend.Memory, lengths);
        // Both moments exist whatever the rule uses, as for a caller that keeps one state object for several rules.
        using var refState = new OptimizerState(expected, true, true, precision);
        using var state = backend.AllocateState(actual, true, true, precision);
        for (int step = 0; step < 3; step++)
        {
            NoiseTerm[] restore = step == 1 ? [] : [new NoiseTerm((ulong)step + 100, 1e-2f)];
            NoiseTerm[] grad = [new((ulong)step + 200, 0.3f), new((ulong)step + 300, -0.2f, NoiseKind.Rademacher)];
            UpdateReference.Update(expected, refState, rule, restore, new GradientSource(grad));
            backend.Update(actual, state, rule, restore, new GradientSource(grad));
            AssertSameBits(expected, actual, $"step {step}");
        }
        for (long j = 0; j < expected.TotalLength; j += 97)
        {
            if (rule.UsesFirstMoment)
                Assert.That(Bits.Of(state.ReadFirst(j)), Is.EqualTo(Bits.Of(refState.ReadFirst(j))), $"m[{j}]");
            if (rule.UsesSecondMoment)
                Assert.That(Bits.Of(state.ReadSecond(j)), Is.EqualTo(Bits.Of(refState.ReadSecond(j))), $"v[{j}]");
        }
        if (rule.UsesSecondMoment)
            Assert.That(state.ReadSecond(3), Is.GreaterThan(0f), "v accumulated something");
    }

    /// <summary>
    /// The q = 1 update: the restore and the gradient are the same direction (one seed, one kind), which a backend may
    /// generate once. Coefficients that are not powers of two make c·z round, so a shortcut through other roundings
    /// (c_g/c_r·r, or fma) would show.
    /// </summary>
    [TestCaseSource(nameof(Rules))]
    public void Update_WithOneSharedDirection_EqualsReference(UpdateRule rule, StatePrecision precision)
    {
        using var backend = BackendCases.Create(backendName);
        long[] lengths = [5, 257, 6 * 512 + 7, 4096];
        using var expected = MakeSet(lengths);
        using var actual = MakeSet(backend.Memory, lengths);
        using var refState = new OptimizerState(expected, true, true, precision);
        using var state = backend.AllocateState(actual, true, true, precision);
        using var before = MakeSet(lengths);
        for (int step = 0; step < 3; step++)
        {
            var kind = step == 2 ? NoiseKind.Rademacher : NoiseKind.Gaussian;
            NoiseTerm[] restore = [new((ulong)step + 40, 0.7e-2f, kind)];
            NoiseTerm[] grad = [new((ulong)step + 40, 0.3f, kind)];
            UpdateReference.Update(expected, refState, rule, restore, new GradientSource(grad));
            backend.Update(actual, state, rule, restore, new GradientSource(grad));
            AssertSameBits(expected, actual, $"step {step}");
        }
        for (long j = 0; j < expected.TotalLength; j += 97)
        {
            if (rule.UsesFirstMoment)
                Assert.That(Bits.Of(state.ReadFirst(j)), Is.EqualTo(Bits.Of(refState.ReadFirst(j))), $"m[{j}]");
            if (rule.UsesSecondMoment)
                Assert.That(Bits.Of(state.ReadSecond(j)), Is.EqualTo(Bits.Of(refState.ReadSecond(j))), $"v[{j}]");
        }
        Assert.That(Bits.FirstDifference(Sets.Tensor(before, 3), Sets.Tensor(actual, 3)), Is.Not.EqualTo(-1), "the update changed θ");
    }

    [TestCaseSource(nameof(Rules))]
    public void Update_WithSparseGradient_EqualsReference(UpdateRule rule, StatePrecision precision)
    {
        using var backend = BackendCases.Create(backendName);
        using var expected = MakeSet(3, 2100, 9);
        using var actual = MakeSet(backend.Memory, 3, 2100, 9);
        using var refState = new OptimizerState(expected, rule.UsesFirstMoment, rule.UsesSecondMoment, precision);
        using var state = backend.AllocateState(actual, rule.UsesFirstMoment, rule.UsesSecondMoment, precision);
        long[] idx = [0, 2, 3, 2050, 2051, 2103, 2111];
        float[] val = [1f, -2f, 0.5f, 3f, -1f, 4f, 0.25f];
        UpdateReference.Update(expected, refState, rule, [], new GradientSource(idx, val));
        backend.Update(actual, state, rule, [], new GradientSource(idx, val));
        AssertSameBits(expected, actual, "sparse");
        using var untouched = MakeSet(3, 2100, 9);
        Assert.That(actual.GetFlat(2050), Is.Not.EqualTo(untouched.GetFlat(2050)));
    }

    public static IEnumerable<TestCaseData> EveryLengthRules()
    {
        var adam = new UpdateRule { Kind = UpdateKind.RAdaZo, LearningRate = 0.01f, Beta1 = 0.9f, Beta2 = 0.99f, Epsilon = 1e-8f };
        yield return new TestCaseData(adam, StatePrecision.Float32).SetArgDisplayNames("radazo-f32");
        yield return new TestCaseData(adam with { Kind = UpdateKind.AdaMM, WeightDecay = 0.1f }, StatePrecision.BFloat16).SetArgDisplayNames("adamm-wd-bf16");
        yield return new TestCaseData(new UpdateRule { Kind = UpdateKind.Sgd, LearningRate = 0.01f, Momentum = 0.9f }, StatePrecision.Float32).SetArgDisplayNames("sgd-momentum");
    }

    [TestCaseSource(nameof(EveryLengthRules))]
    public void Update_EveryLengthUpTo256_EqualsReference(UpdateRule rule, StatePrecision precision)
    {
        using var backend = BackendCases.Create(backendName);
        NoiseTerm[] restore = [new(41, 1e-2f)];
        NoiseTerm[] grad = [new(42, 0.3f), new(43, -0.2f, NoiseKind.Rademacher)];
        for (int n = 0; n <= 256; n++)
        {
            using var expected = MakeSet(n);
            using var actual = MakeSet(backend.Memory, n);
            using var refState = new OptimizerState(expected, true, true, precision);
            using var state = backend.AllocateState(actual, true, true, precision);
            for (int step = 0; step < 2; step++)
            {
                UpdateReference.Update(expected, refState, rule, restore, new GradientSource(grad));
                backend.Update(actual, state, rule, restore, new GradientSource(grad));
            }
            AssertSameBits(expected, actual, $"length {n}");
            for (long j = 0; j < n; j++)
                Assert.That(Bits.Of(state.ReadFirst(j)), Is.EqualTo(Bits.Of(refState.ReadFirst(j))), $"length {n}: m[{j}]");
        }
    }

    [Test]
    public void Update_WithLongRestoreAndGradientLists_EqualsReference([Values(UpdateKind.Sgd, UpdateKind.RAdaZo)] UpdateKind kind)
    {
        using var backend = BackendCases.Create(backendName);
        var rule = new UpdateRule { Kind = kind, LearningRate = 0.01f, Momentum = kind == UpdateKind.Sgd ? 0.5f : 0f, Beta1 = 0.9f, Beta2 = 0.99f, Epsilon = 1e-8f };
        using var expected = MakeSet(77, 1030);
        using var actual = MakeSet(backend.Memory, 77, 1030);
        using var refState = new OptimizerState(expected, true, true, StatePrecision.Float32);
        using var state = backend.AllocateState(actual, true, true, StatePrecision.Float32);
        for (int step = 0; step < 2; step++)
        {
            NoiseTerm[] restore = LongList(20, 5000 + (ulong)step * 100);
            NoiseTerm[] grad = LongList(33, 9000 + (ulong)step * 100);
            UpdateReference.Update(expected, refState, rule, restore, new GradientSource(grad));
            backend.Update(actual, state, rule, restore, new GradientSource(grad));
            AssertSameBits(expected, actual, $"step {step}");
        }
    }

    [Test]
    public void Update_RejectsMissingOrMismatchedState()
    {
        using var backend = BackendCases.Create(backendName);
        using var p = MakeSet(backend.Memory, 10);
        var adam = new UpdateRule { Kind = UpdateKind.AdaMM, LearningRate = 0.1f, Beta1 = 0.9f, Beta2 = 0.99f, Epsilon = 1e-8f };
        Assert.Throws<ArgumentNullException>(() => backend.Update(p, null, adam, [], new GradientSource([new NoiseTerm(1, 1f)])));
        using var other = MakeSet(backend.Memory, 11);
        using var wrong = backend.AllocateState(other, true, true, StatePrecision.Float32);
        Assert.Throws<ArgumentException>(() => backend.Update(p, wrong, adam, [], new GradientSource([new NoiseTerm(1, 1f)])));
        using var onlyV = backend.AllocateState(p, false, true, StatePrecision.Float32);
        Assert.Throws<ArgumentException>(() => backend.Update(p, onlyV, adam, [], new GradientSource([new NoiseTerm(1, 1f)])));
    }

    [Test]
    public void SquaredNorm_EqualsTheReferenceFixedPointSum()
    {
        using var backend = BackendCases.Create(backendName);
        using var p = Sets.New(backend, ("a", 1000), ("b", 3001));
        long expected = 0;
        foreach (var t in p)
            for (long j = 0; j < t.Length; j++)
                expected += NoiseReference.SquareFixed(NoiseReference.Gaussian(5, t.Id, (ulong)j));
        long got = backend.NoiseSquaredNormFixed(p, NoiseKind.Gaussian, 5);
        Assert.That(got, Is.EqualTo(expected));
        // E‖z‖² = d; the fixed point drops < 2⁻²⁴ per element.
        Assert.That(got / 16777216.0, Is.EqualTo(4001).Within(6 * Math.Sqrt(2 * 4001)));
        Assert.That(backend.NoiseSquaredNormFixed(p, NoiseKind.Rademacher, 5), Is.EqualTo(4001L << 24));
    }

    [Test]
    public void Coordinates_ReadAndWriteTheFlatIndex()
    {
        using var backend = BackendCases.Create(backendName);
        using var p = MakeSet(backend.Memory, 3, 5);
        backend.SetCoordinate(p, 4, 42f);
        Assert.That(Sets.Tensor(p, 1)[1], Is.EqualTo(42f));
        Assert.That(backend.GetCoordinate(p, 4), Is.EqualTo(42f));
        Assert.Throws<ArgumentOutOfRangeException>(() => backend.GetCoordinate(p, 8));
        Assert.Throws<ArgumentOutOfRangeException>(() => backend.SetCoordinate(p, -1, 0f));
    }
}
