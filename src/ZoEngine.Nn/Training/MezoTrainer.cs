using ZoEngine.Trajectory;

namespace ZoEngine.Nn;

/// <summary>
/// The weight-space SPSA baseline (MeZO and the other core estimators) on an Nn network: the network's float32
/// weight and bias arrays go into a <see cref="ParameterSet"/> in place (nothing copied), and the core
/// <see cref="ZoTrainer"/> perturbs them, calls a loss that runs this network's forward on the current batch, and
/// updates them with its fused passes. One MeZO step costs two forward passes: 2·L·B layer evaluations.
/// </summary>
public sealed class MezoTrainer : IDisposable
{
    private readonly Sequential<float> _model;
    private readonly NnContext<float> _context;
    private readonly ILoss<float> _loss;
    private readonly ParameterSet _parameters;
    private readonly IZoBackend _backend;
    private readonly bool _ownsBackend;
    private readonly ZoTrainer _trainer;
    private Tensor<float>? _input;
    private int[] _labels = [];
    private Tensor<float>? _output;

    /// <summary>Binds the core trainer to the network's parameters.</summary>
    /// <param name="model">The network; its parameters are updated in place.</param>
    /// <param name="context">Context whose ops run the forward passes.</param>
    /// <param name="loss">The loss (values only are used).</param>
    /// <param name="configuration">Estimator, optimizer and run seed of the core engine.</param>
    /// <param name="backend">The core backend; a CPU backend owned by this trainer when null.</param>
    /// <param name="log">Optional trajectory log (see <see cref="RunConfiguration.ToMetadata"/>).</param>
    public MezoTrainer(Sequential<float> model, NnContext<float> context, ILoss<float> loss, RunConfiguration configuration, IZoBackend? backend = null, TrajectoryWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(configuration);
        // The core engine perturbs host parameters in place through pinned memory; a model moved to a device would need
        // its tensors to be views of a device ParameterSet, which this trainer does not build.
        if (!ReferenceEquals(model.Placement, HostMemory.Instance) || !ReferenceEquals(context.Memory, HostMemory.Instance))
            throw new ArgumentException($"MezoTrainer trains host models with host ops; the model is in {model.Placement.Name} memory and the ops ({context.Ops.Name}) in {context.Memory.Name}.", nameof(model));
        _model = model;
        _context = context;
        _loss = loss;
        _parameters = new ParameterSet();
        _ownsBackend = backend is null;
        _backend = backend ?? new CpuBackend();
        try
        {
            for (int i = 0; i < model.Parameters.Count; i++)
                _parameters.Add(model.ParameterNames[i], model.Parameters[i].Value.Memory);
            _trainer = new ZoTrainer(_backend, _parameters, new DelegateObjective(_ => Evaluate()), configuration, log);
        }
        catch
        {
            _parameters.Dispose();
            if (_ownsBackend)
                _backend.Dispose();
            throw;
        }
    }

    /// <summary>The network's parameters as the core engine sees them (same memory).</summary>
    public ParameterSet Parameters => _parameters;

    /// <summary>The core trainer (estimator, optimizer, step index).</summary>
    public ZoTrainer Trainer => _trainer;

    /// <summary>Work done by the last <see cref="Step"/>.</summary>
    public EvaluationCounts LastCounts { get; private set; }

    /// <summary>One ZO step on a batch: the estimator's probes each run the forward pass at perturbed weights.</summary>
    /// <exception cref="ZoObjectiveException">A probe loss was not finite; the weights are restored (core contract).</exception>
    public StepResult Step(Tensor<float> input, ReadOnlySpan<int> labels)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (labels.Length != input.Rows)
            throw new ArgumentException($"There are {labels.Length} labels for a batch of {input.Rows} rows.", nameof(labels));
        var before = _context.Counter.Snapshot();
        _input = input;
        _labels = labels.ToArray();
        if (_output is null || _output.Rows != input.Rows)
            _output = new Tensor<float>(input.Rows, _model.OutFeatures);
        try
        {
            return _trainer.Step();
        }
        finally
        {
            LastCounts = _context.Counter.Snapshot() - before;
            _input = null;
        }
    }

    /// <summary>Frees the core trainer's buffers and unpins the weights (the network keeps them).</summary>
    public void Dispose()
    {
        _trainer.Dispose();
        _parameters.Dispose();
        if (_ownsBackend)
            _backend.Dispose();
    }

    private float Evaluate()
    {
        var input = _input ?? throw new InvalidOperationException("The loss was evaluated outside a step.");
        _model.ForwardRange(_context, 0, _model.Depth, input, _output!);
        _context.Counter.Loss += input.Rows;
        return (float)_loss.Forward(_context.Ops, _output!, _labels, null);
    }
}
