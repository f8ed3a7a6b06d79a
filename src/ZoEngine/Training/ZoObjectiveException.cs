namespace ZoEngine;

/// <summary>
/// The objective returned NaN or ±∞, or the estimate it produced is not finite. θ has been restored to its value
/// before the step (within the in-place drift bound, or bit-exactly in exact mode) and nothing was logged.
/// </summary>
public sealed class ZoObjectiveException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ZoObjectiveException(long step, int query, float value, string what, string? probe = null)
        : base($"step {step}, {probe ?? $"query {query}"}: {what} is {value}; the parameters were restored to their values before this step and the step was not logged.")
    {
        Step = step;
        Query = query;
        Value = value;
    }

    /// <summary>The step that failed.</summary>
    public long Step { get; }

    /// <summary>The probe (loss index within the step) or coefficient index that failed.</summary>
    public int Query { get; }

    /// <summary>The offending value.</summary>
    public float Value { get; }
}
