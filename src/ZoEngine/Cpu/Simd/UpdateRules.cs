using System.Runtime.CompilerServices;

namespace ZoEngine.Cpu.Simd;

/// <summary>The constants of an update rule, broadcast once per pass.</summary>
internal struct RuleConstants<TF> where TF : struct
{
    public TF NegLr, Momentum, WeightDecay, Beta1, OneMinusBeta1, Beta2, OneMinusBeta2, Epsilon, One, MinusOne, Zero;
    public bool HasWeightDecay, HasMomentum, EpsilonInside;
}

internal static class RuleConstants
{
    public static RuleConstants<TF> Create<TL, TU, TF>(in UpdateRule r)
        where TL : struct, ILanes<TU, TF> where TU : struct where TF : struct => new()
    {
        NegLr = TL.Splat(-r.LearningRate),
        Momentum = TL.Splat(r.Momentum),
        WeightDecay = TL.Splat(r.WeightDecay),
        Beta1 = TL.Splat(r.Beta1),
        OneMinusBeta1 = TL.Splat(1f - r.Beta1),
        Beta2 = TL.Splat(r.Beta2),
        OneMinusBeta2 = TL.Splat(1f - r.Beta2),
        Epsilon = TL.Splat(r.Epsilon),
        One = TL.Splat(1f),
        MinusOne = TL.Splat(-1f),
        Zero = TL.Splat(0f),
        HasWeightDecay = r.WeightDecay != 0f,
        HasMomentum = r.Momentum != 0f,
        EpsilonInside = r.EpsilonPlacement == EpsilonPlacement.InsideSqrt,
    };
}

/// <summary>One update formula at vector width; the operation order is <see cref="Reference.UpdateReference.Element"/>'s.</summary>
internal interface IUpdateRule
{
    static abstract void Apply<TL, TU, TF>(in RuleConstants<TF> k, ref TF theta, TF g, ref TF m, ref TF v)
        where TL : struct, ILanes<TU, TF> where TU : struct where TF : struct;
}

internal readonly struct SgdRule : IUpdateRule
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Apply<TL, TU, TF>(in RuleConstants<TF> k, ref TF theta, TF g, ref TF m, ref TF v)
        where TL : struct, ILanes<TU, TF> where TU : struct where TF : struct
    {
        TF d = g;
        if (k.HasMomentum)
        {
            m = TL.Fma(k.Momentum, m, g);
            d = m;
        }
        theta = TL.Fma(k.NegLr, d, theta);
    }
}

internal readonly struct SignRule : IUpdateRule
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Apply<TL, TU, TF>(in RuleConstants<TF> k, ref TF theta, TF g, ref TF m, ref TF v)
        where TL : struct, ILanes<TU, TF> where TU : struct where TF : struct
    {
        TU pos = TL.GreaterThan(g, k.Zero);
        TU neg = TL.GreaterThan(k.Zero, g);
        TF s = TL.AsFloat(TL.SelectU(pos, TL.AsUInt(k.One), TL.SelectU(neg, TL.AsUInt(k.MinusOne), TL.AsUInt(k.Zero))));
        theta = TL.Fma(k.NegLr, s, theta);
    }
}

internal readonly struct AdaMMRule : IUpdateRule
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Apply<TL, TU, TF>(in RuleConstants<TF> k, ref TF theta, TF g, ref TF m, ref TF v)
        where TL : struct, ILanes<TU, TF> where TU : struct where TF : struct
    {
        m = TL.Fma(k.Beta1, m, TL.Mul(k.OneMinusBeta1, g));
        v = TL.Fma(k.Beta2, v, TL.Mul(k.OneMinusBeta2, TL.Mul(g, g)));
        theta = TL.Fma(k.NegLr, TL.Div(m, Denominator.Of<TL, TU, TF>(k, v)), theta);
    }
}

internal readonly struct RmsPropRule : IUpdateRule
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Apply<TL, TU, TF>(in RuleConstants<TF> k, ref TF theta, TF g, ref TF m, ref TF v)
        where TL : struct, ILanes<TU, TF> where TU : struct where TF : struct
    {
        v = TL.Fma(k.Beta2, v, TL.Mul(k.OneMinusBeta2, TL.Mul(g, g)));
        theta = TL.Fma(k.NegLr, TL.Div(g, Denominator.Of<TL, TU, TF>(k, v)), theta);
    }
}

internal readonly struct RAdaZoRule : IUpdateRule
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Apply<TL, TU, TF>(in RuleConstants<TF> k, ref TF theta, TF g, ref TF m, ref TF v)
        where TL : struct, ILanes<TU, TF> where TU : struct where TF : struct
    {
        m = TL.Fma(k.Beta1, m, TL.Mul(k.OneMinusBeta1, g));
        v = TL.Fma(k.Beta2, v, TL.Mul(k.OneMinusBeta2, TL.Mul(m, m)));
        theta = TL.Fma(k.NegLr, TL.Div(m, Denominator.Of<TL, TU, TF>(k, v)), theta);
    }
}

internal static class Denominator
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF Of<TL, TU, TF>(in RuleConstants<TF> k, TF v)
        where TL : struct, ILanes<TU, TF> where TU : struct where TF : struct =>
        k.EpsilonInside ? TL.Sqrt(TL.Add(v, k.Epsilon)) : TL.Add(TL.Sqrt(v), k.Epsilon);
}
