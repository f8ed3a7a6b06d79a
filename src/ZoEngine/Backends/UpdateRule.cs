namespace ZoEngine;

/// <summary>The per-element update formulas of the optimizers (docs/optimizers.md gives each operation in order).</summary>
public enum UpdateKind : byte
{
    /// <summary>θ −= η·d with d = g, or with momentum m = μ·m + g and d = m.</summary>
    Sgd,
    /// <summary>θ −= η·sign(g).</summary>
    Sign,
    /// <summary>ZO-AdaMM: m = β1 m + (1−β1) g; v = β2 v + (1−β2) g²; θ −= η m/(√v + ζ).</summary>
    AdaMM,
    /// <summary>ZO-RMSProp: v = β2 v + (1−β2) g²; θ −= η g/(√v + ζ).</summary>
    RmsProp,
    /// <summary>R-AdaZO: m = β1 m + (1−β1) g; v = β2 v + (1−β2) m²; θ −= η m/(√v + ζ), no bias correction.</summary>
    RAdaZo,
}

/// <summary>Where ζ enters the denominator of the adaptive updates.</summary>
public enum EpsilonPlacement : byte
{
    /// <summary>√v + ζ (the common implementation form).</summary>
    OutsideSqrt,
    /// <summary>√(v + ζ) (the R-AdaZO paper form).</summary>
    InsideSqrt,
}

/// <summary>The constants of one update pass.</summary>
public readonly record struct UpdateRule
{
    /// <summary>Which formula.</summary>
    public UpdateKind Kind { get; init; }
    /// <summary>Learning rate η.</summary>
    public float LearningRate { get; init; }
    /// <summary>SGD momentum μ; 0 disables the momentum buffer.</summary>
    public float Momentum { get; init; }
    /// <summary>L2 weight decay λ, added to the gradient as λθ before the update; 0 disables it.</summary>
    public float WeightDecay { get; init; }
    /// <summary>First-moment decay β1.</summary>
    public float Beta1 { get; init; }
    /// <summary>Second-moment decay β2.</summary>
    public float Beta2 { get; init; }
    /// <summary>Denominator guard ζ.</summary>
    public float Epsilon { get; init; }
    /// <summary>Where ζ goes.</summary>
    public EpsilonPlacement EpsilonPlacement { get; init; }

    /// <summary>Whether the rule reads and writes a first-moment buffer m.</summary>
    public bool UsesFirstMoment => Kind is UpdateKind.AdaMM or UpdateKind.RAdaZo || (Kind == UpdateKind.Sgd && Momentum != 0f);

    /// <summary>Whether the rule reads and writes a second-moment buffer v.</summary>
    public bool UsesSecondMoment => Kind is UpdateKind.AdaMM or UpdateKind.RmsProp or UpdateKind.RAdaZo;
}
