using ZoEngine.Estimators;
using ZoEngine.Noise;
using ZoEngine.Optimizers;
using ZoEngine.Trajectory;

namespace ZoEngine;

/// <summary>What one step did.</summary>
/// <param name="Step">Index of the step.</param>
/// <param name="StepSeed">Seed the step's directions were derived from.</param>
/// <param name="ProbeLoss">Mean of the step's probe losses: a free, noisy estimate of f(θ).</param>
/// <param name="Evaluations">Objective evaluations the step made.</param>
public readonly record struct StepResult(long Step, ulong StepSeed, float ProbeLoss, int Evaluations);

/// <summary>
/// Runs zeroth-order training on caller parameters: each step derives its seed from the run seed, probes through
/// the estimator, applies the optimizer in one fused pass, and appends (seed, losses, coefficients) to the log.
/// A steady-state step allocates nothing on the managed heap.
/// </summary>
public sealed class ZoTrainer : IDisposable
{
    private readonly IZoBackend _backend;
    private readonly ParameterSet _parameters;
    private readonly IGradientEstimator _estimator;
    private readonly ZoOptimizer _optimizer;
    private readonly TrajectoryWriter? _log;
    private readonly ObjectiveOracle _oracle;
    private readonly float[] _losses;
    private readonly float[] _coefficients;

    /// <summary>Binds a run to parameters, an objective and a configuration.</summary>
    /// <param name="backend">Backend whose ops move the parameters.</param>
    /// <param name="parameters">θ, updated in place.</param>
    /// <param name="objective">The loss callback.</param>
    /// <param name="configuration">Estimator, optimizer and run seed.</param>
    /// <param name="log">Optional trajectory log; its header should come from <see cref="RunConfiguration.ToMetadata"/>.</param>
    public ZoTrainer(IZoBackend backend, ParameterSet parameters, IObjective objective, RunConfiguration configuration, TrajectoryWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(objective);
        if (parameters.TotalLength == 0)
            throw new ArgumentException("The parameter set is empty: there is nothing to optimise.", nameof(parameters));
        Configuration = configuration;
        _backend = backend;
        _parameters = parameters;
        _estimator = EstimatorFactory.Create(backend, parameters, configuration.Estimator);
        try
        {
            _optimizer = new ZoOptimizer(backend, parameters, configuration.Optimizer, _estimator.CoefficientsPerStep);
        }
        catch
        {
            _estimator.Dispose();
            throw;
        }
        _log = log;
        _oracle = new ObjectiveOracle(backend, objective, parameters, _estimator);
        _losses = new float[_estimator.LossesPerStep];
        _coefficients = new float[_estimator.CoefficientsPerStep];
    }

    /// <summary>The run's configuration.</summary>
    public RunConfiguration Configuration { get; }

    /// <summary>Index of the next step.</summary>
    public long StepIndex { get; private set; }

    /// <summary>Objective evaluations so far.</summary>
    public long Evaluations { get; private set; }

    /// <summary>The estimator in use.</summary>
    public IGradientEstimator Estimator => _estimator;

    /// <summary>The optimizer in use (its state is inspectable).</summary>
    public ZoOptimizer Optimizer => _optimizer;

    /// <summary>Losses of the last completed step.</summary>
    public ReadOnlySpan<float> LastLosses => _losses;

    /// <summary>Coefficients of the last completed step.</summary>
    public ReadOnlySpan<float> LastCoefficients => _coefficients;

    /// <summary>Runs one step.</summary>
    /// <exception cref="ZoObjectiveException">
    /// A loss or coefficient was not finite, or the update could take θ (or the optimizer's second moment) out of the
    /// float range; θ is restored and the step is neither applied, counted nor logged.
    /// </exception>
    public StepResult Step()
    {
        long step = StepIndex;
        ulong seed = SeedMixer.StepSeed(Configuration.RunSeed, step);
        _oracle.Step = step;
        _estimator.Probe(seed, _oracle, _losses);
        _estimator.ComputeCoefficients(_losses, _coefficients);
        for (int i = 0; i < _coefficients.Length; i++)
        {
            if (!float.IsFinite(_coefficients[i]))
            {
                _estimator.RestoreNow();
                throw new ZoObjectiveException(step, i, _coefficients[i], "the gradient coefficient (a loss difference overflowed)");
            }
        }
        var gradient = _estimator.Estimate(_coefficients);
        double bound = _optimizer.BoundAfter(gradient);
        if (!(bound <= ZoOptimizer.UpdateLimit))
        {
            _estimator.RestoreNow();
            throw new ZoObjectiveException(step, -1, (float)bound, "the largest |θ| it could produce", "the update");
        }
        _optimizer.Apply(_estimator.PendingRestore, gradient);
        _log?.Append(step, seed, _losses, _coefficients);
        StepIndex = step + 1;
        Evaluations += _losses.Length;
        float mean = 0f;
        foreach (float l in _losses)
            mean += l;
        return new StepResult(step, seed, mean / _losses.Length, _losses.Length);
    }

    /// <summary>
    /// Seals the log, if there is one, with the number of steps taken and the SHA-256 of θ now: call it once the run
    /// is over, however it ended, so that the log can be told from one whose run was killed.
    /// </summary>
    /// <param name="end">How the run ended; <see cref="TrajectoryEnd.Failed"/> after a <see cref="ZoObjectiveException"/>.</param>
    public void SealLog(TrajectoryEnd end)
    {
        if (_log is null || _log.IsSealed)
            return;
        _backend.Synchronize();
        _log.Seal(end, _parameters);
    }

    /// <summary>Frees the estimator's and optimizer's buffers (not the parameters, not the log).</summary>
    public void Dispose()
    {
        _estimator.Dispose();
        _optimizer.Dispose();
    }

    private sealed class ObjectiveOracle(IZoBackend backend, IObjective objective, ParameterSet parameters, IGradientEstimator estimator) : ILossOracle
    {
        public long Step;

        public float Evaluate(int query)
        {
            // The probe's perturbation may still be queued on a device stream; the objective must see it applied.
            backend.Synchronize();
            float v = objective.Evaluate(parameters);
            if (!float.IsFinite(v))
                throw new ZoObjectiveException(Step, query, v, "the objective", estimator.DescribeProbe(query));
            return v;
        }
    }
}
