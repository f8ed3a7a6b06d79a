namespace ZoEngine.Workloads.Synthetic;

/// <summary>The test functions of the synthetic suite; docs/synthetic.md gives each formula and its minimiser.</summary>
public enum SyntheticFunction
{
    /// <summary>½‖x‖², minimised at x = 0.</summary>
    Quadratic,

    /// <summary>Σ|xᵢ|³/3, minimised at x = 0; its curvature vanishes at the minimum.</summary>
    Cubic,

    /// <summary>The d-dimensional Levy function, minimised at x = 1; highly multimodal.</summary>
    Levy,

    /// <summary>The chained Rosenbrock function Σ[100(xᵢ₊₁ − xᵢ²)² + (1 − xᵢ)²], minimised at x = 1; needs d ≥ 2.</summary>
    Rosenbrock,

    /// <summary>The Ackley function, minimised at x = 0; nearly flat far out, with a sharp funnel at the minimum.</summary>
    Ackley,
}
