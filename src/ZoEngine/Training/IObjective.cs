namespace ZoEngine;

/// <summary>
/// The function being minimised. The engine calls it with the parameters already perturbed in place; it reads them
/// and returns one loss value. It must not keep references to the set between calls or modify it.
/// </summary>
public interface IObjective
{
    /// <summary>Evaluates the loss at the current parameter values.</summary>
    float Evaluate(ParameterSet parameters);
}

/// <summary>Adapts a delegate to <see cref="IObjective"/>.</summary>
/// <param name="evaluate">The loss callback.</param>
public sealed class DelegateObjective(Func<ParameterSet, float> evaluate) : IObjective
{
    /// <inheritdoc />
    public float Evaluate(ParameterSet parameters) => evaluate(parameters);
}
