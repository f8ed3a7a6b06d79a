using ZoEngine.Noise;

namespace ZoEngine.Cpu.Reference;

/// <summary>
/// The fused primitives written one element at a time: the specification of <see cref="CpuBackend"/>'s SIMD passes
/// and of the CUDA kernels. The order of operations here is the contract (docs/optimizers.md).
/// </summary>
public static class UpdateReference
{
    /// <summary>acc_j = c_0·z_0 then acc_j = fma(c_k, z_k, acc_j) for k ≥ 1: the combination of a term list at one element.</summary>
    public static float Combination(ReadOnlySpan<NoiseTerm> terms, uint tensorId, ulong index)
    {
        float acc = 0f;
        for (int k = 0; k < terms.Length; k++)
        {
            float z = NoiseReference.Element(terms[k].Kind, terms[k].Seed, tensorId, index);
            acc = k == 0 ? terms[k].Coefficient * z : MathF.FusedMultiplyAdd(terms[k].Coefficient, z, acc);
        }
        return acc;
    }

    /// <summary>θ += Σ c_k z(s_k) over the whole set, element by element.</summary>
    public static unsafe void Combine(ParameterSet parameters, ReadOnlySpan<NoiseTerm> terms)
    {
        if (terms.IsEmpty)
            return;
        foreach (var t in parameters)
        {
            for (long j = 0; j < t.Length; j++)
                t.Pointer[j] = t.Pointer[j] + Combination(terms, t.Id, (ulong)j);
        }
    }

    /// <summary>One element of the update pass: restore, weight decay, then the rule's moment and parameter updates.</summary>
    /// <param name="rule">Constants.</param>
    /// <param name="theta">Parameter, updated.</param>
    /// <param name="restore">Combination of the restore terms at this element (ignored unless <paramref name="hasRestore"/>).</param>
    /// <param name="hasRestore">Whether the pass carries restore terms.</param>
    /// <param name="g">Gradient estimate at this element.</param>
    /// <param name="m">First moment, updated when the rule uses it.</param>
    /// <param name="v">Second moment, updated when the rule uses it.</param>
    public static void Element(in UpdateRule rule, ref float theta, float restore, bool hasRestore, float g, ref float m, ref float v)
    {
        if (hasRestore)
            theta = theta + restore;
        if (rule.WeightDecay != 0f)
            g = MathF.FusedMultiplyAdd(rule.WeightDecay, theta, g);
        float negLr = -rule.LearningRate;
        switch (rule.Kind)
        {
            case UpdateKind.Sgd:
                float d = g;
                if (rule.Momentum != 0f)
                {
                    m = MathF.FusedMultiplyAdd(rule.Momentum, m, g);
                    d = m;
                }
                theta = MathF.FusedMultiplyAdd(negLr, d, theta);
                break;
            case UpdateKind.Sign:
                theta = MathF.FusedMultiplyAdd(negLr, Sign(g), theta);
                break;
            case UpdateKind.AdaMM:
                m = MathF.FusedMultiplyAdd(rule.Beta1, m, (1f - rule.Beta1) * g);
                v = MathF.FusedMultiplyAdd(rule.Beta2, v, (1f - rule.Beta2) * (g * g));
                theta = MathF.FusedMultiplyAdd(negLr, m / Denominator(rule, v), theta);
                break;
            case UpdateKind.RmsProp:
                v = MathF.FusedMultiplyAdd(rule.Beta2, v, (1f - rule.Beta2) * (g * g));
                theta = MathF.FusedMultiplyAdd(negLr, g / Denominator(rule, v), theta);
                break;
            case UpdateKind.RAdaZo:
                m = MathF.FusedMultiplyAdd(rule.Beta1, m, (1f - rule.Beta1) * g);
                v = MathF.FusedMultiplyAdd(rule.Beta2, v, (1f - rule.Beta2) * (m * m));
                theta = MathF.FusedMultiplyAdd(negLr, m / Denominator(rule, v), theta);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule.Kind, "Unknown update kind.");
        }
    }

    /// <summary>The whole update pass, element by element, with moments stored in <paramref name="state"/>'s precision.</summary>
    public static unsafe void Update(ParameterSet parameters, OptimizerState? state, in UpdateRule rule, ReadOnlySpan<NoiseTerm> restore, in GradientSource gradient)
    {
        int cursor = 0;
        for (int ti = 0; ti < parameters.Count; ti++)
        {
            var t = parameters[ti];
            for (long j = 0; j < t.Length; j++)
            {
                float g;
                if (gradient.IsSparse)
                {
                    long flat = t.Offset + j;
                    g = 0f;
                    if (cursor < gradient.Indices.Length && gradient.Indices[cursor] == flat)
                        g = gradient.Values[cursor++];
                }
                else
                {
                    g = gradient.Terms.IsEmpty ? 0f : Combination(gradient.Terms, t.Id, (ulong)j);
                }
                float r = restore.IsEmpty ? 0f : Combination(restore, t.Id, (ulong)j);
                float m = rule.UsesFirstMoment ? LoadMoment(state!, state!.First(ti), j) : 0f;
                float v = rule.UsesSecondMoment ? LoadMoment(state!, state!.Second(ti), j) : 0f;
                Element(rule, ref t.Pointer[j], r, !restore.IsEmpty, g, ref m, ref v);
                if (rule.UsesFirstMoment)
                    StoreMoment(state!, state!.First(ti), j, m);
                if (rule.UsesSecondMoment)
                    StoreMoment(state!, state!.Second(ti), j, v);
            }
        }
    }

    /// <summary>sign(g) ∈ {−1, 0, +1}; the sign of a zero is 0.</summary>
    public static float Sign(float g) => g > 0f ? 1f : g < 0f ? -1f : 0f;

    private static float Denominator(in UpdateRule rule, float v) =>
        rule.EpsilonPlacement == EpsilonPlacement.OutsideSqrt ? MathF.Sqrt(v) + rule.Epsilon : MathF.Sqrt(v + rule.Epsilon);

    private static unsafe float LoadMoment(OptimizerState state, void* p, long j) =>
        state.Precision == StatePrecision.Float32 ? ((float*)p)[j] : BFloat16.ToFloat(((ushort*)p)[j]);

    private static unsafe void StoreMoment(OptimizerState state, void* p, long j, float value)
    {
        if (state.Precision == StatePrecision.Float32)
            ((float*)p)[j] = value;
        else
            ((ushort*)p)[j] = BFloat16.FromFloat(value);
    }
}
