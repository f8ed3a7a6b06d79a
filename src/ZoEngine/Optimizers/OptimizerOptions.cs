namespace ZoEngine.Optimizers;

/// <summary>The optimizers of DESIGN §1.</summary>
public enum OptimizerKind
{
    /// <summary>ZO-SGD, optional momentum and weight decay. State: 0 bytes/parameter, 4 (2 in bf16) with momentum.</summary>
    Sgd,
    /// <summary>ZO-signSGD: θ −= η·sign(g). State: 0 bytes/parameter.</summary>
    SignSgd,
    /// <summary>ZO-AdaMM: Adam-style moments of g, no bias correction. State: 8 bytes/parameter (4 in bf16).</summary>
    AdaMM,
    /// <summary>ZO-RMSProp: second moment of g only. State: 4 bytes/parameter (2 in bf16).</summary>
    RmsProp,
    /// <summary>R-AdaZO: second moment of the first moment, no bias correction. State: 8 bytes/parameter (4 in bf16).</summary>
    RAdaZo,
}

/// <summary>Configuration of an optimizer. Defaults are the R-AdaZO reference values.</summary>
public sealed record OptimizerOptions
{
    /// <summary>Which optimizer.</summary>
    public OptimizerKind Kind { get; init; } = OptimizerKind.RAdaZo;
    /// <summary>Learning rate η, finite and ≥ 0.</summary>
    public float LearningRate { get; init; } = 1e-3f;
    /// <summary>SGD momentum μ ∈ [0, 1); 0 keeps SGD stateless.</summary>
    public float Momentum { get; init; }
    /// <summary>L2 weight decay λ ≥ 0, added to the gradient as λθ.</summary>
    public float WeightDecay { get; init; }
    /// <summary>β1 ∈ [0, 1).</summary>
    public float Beta1 { get; init; } = 0.9f;
    /// <summary>β2 ∈ [0, 1).</summary>
    public float Beta2 { get; init; } = 0.99f;
    /// <summary>ζ &gt; 0.</summary>
    public float Epsilon { get; init; } = 1e-8f;
    /// <summary>√v + ζ or √(v + ζ).</summary>
    public EpsilonPlacement EpsilonPlacement { get; init; } = EpsilonPlacement.OutsideSqrt;
    /// <summary>Moment storage precision.</summary>
    public StatePrecision StatePrecision { get; init; } = StatePrecision.Float32;

    /// <summary>The per-element rule these options select.</summary>
    public UpdateRule Rule => new()
    {
        Kind = Kind switch
        {
            OptimizerKind.Sgd => UpdateKind.Sgd,
            OptimizerKind.SignSgd => UpdateKind.Sign,
            OptimizerKind.AdaMM => UpdateKind.AdaMM,
            OptimizerKind.RmsProp => UpdateKind.RmsProp,
            _ => UpdateKind.RAdaZo,
        },
        LearningRate = LearningRate,
        Momentum = Kind == OptimizerKind.Sgd ? Momentum : 0f,
        WeightDecay = WeightDecay,
        Beta1 = Beta1,
        Beta2 = Beta2,
        Epsilon = Epsilon,
        EpsilonPlacement = EpsilonPlacement,
    };

    /// <summary>Bytes of optimizer state per parameter for these options.</summary>
    public int StateBytesPerParameter => OptimizerState.BytesPer(Rule.UsesFirstMoment, Rule.UsesSecondMoment, StatePrecision);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        static void Check(bool ok, string message)
        {
            if (!ok)
                throw new ArgumentException(message);
        }
        Check(float.IsFinite(LearningRate) && LearningRate >= 0f, $"The learning rate must be finite and ≥ 0, got {LearningRate}.");
        Check(float.IsFinite(Momentum) && Momentum >= 0f && Momentum < 1f, $"Momentum must be in [0, 1), got {Momentum}.");
        Check(float.IsFinite(WeightDecay) && WeightDecay >= 0f, $"Weight decay must be finite and ≥ 0, got {WeightDecay}.");
        Check(Beta1 >= 0f && Beta1 < 1f, $"beta1 must be in [0, 1), got {Beta1}.");
        Check(Beta2 >= 0f && Beta2 < 1f, $"beta2 must be in [0, 1), got {Beta2}.");
        Check(float.IsFinite(Epsilon) && Epsilon > 0f, $"epsilon must be finite and > 0, got {Epsilon}.");
    }
}
