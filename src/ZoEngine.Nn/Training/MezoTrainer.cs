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
    private readonly int _lossBlocks;
    private readonly Func<ShardLoss, float>? _exchange;
    private readonly ShardLoss[] _blockLosses;
    // Per row count: a block's own input copy and output, so that each block is computed exactly as a rank computes
    // its share (a fresh tensor of that many rows), whatever the batch it was cut from.
    private readonly Dictionary<int, (Tensor<float> Input, Tensor<float> Output)> _blockTensors = [];

    /// <summary>Binds the core trainer to the network's parameters.</summary>
    /// <param name="model">The network; its parameters are updated in place.</param>
    /// <param name="context">Context whose ops run the forward passes.</param>
    /// <param name="loss">The loss (values only are used).</param>
    /// <param name="configuration">Estimator, optimizer and run seed of the core engine.</param>
    /// <param name="backend">The core backend; a CPU backend owned by this trainer when null.</param>
    /// <param name="log">Optional trajectory log (see <see cref="RunConfiguration.ToMetadata"/>).</param>
    /// <param name="lossBlocks">
    /// Split each batch into this many row blocks (rows ⌊b·m/N⌋ … ⌊(b+1)·m/N⌋ − 1, the shares a <c>BatchSource</c> of N
    /// ranks hands out), evaluate each block on its own and combine their (loss sum, count) in block order: in one process,
    /// the same bits as a data-parallel run over N ranks. 1: the batch's mean loss, as one forward pass.
    /// </param>
    /// <param name="exchange">
    /// For a data-parallel run: each step's batch is this rank's share of a global batch; the exchange receives the
    /// share's (loss sum, count) and returns the global mean loss, the same bits on every rank. Null in one process.
    /// </param>
    public MezoTrainer(Sequential<float> model, NnContext<float> context, ILoss<float> loss, RunConfiguration configuration, IZoBackend? backend = null, TrajectoryWriter? log = null,
        int lossBlocks = 1, Func<ShardLoss, float>? exchange = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lossBlocks, 1);
        if (lossBlocks > 1 && exchange is not null)
            throw new ArgumentException("A data-parallel rank evaluates its own share as one block; loss blocks are the one-process form of the same split.", nameof(lossBlocks));
        _lossBlocks = lossBlocks;
        _exchange = exchange;
        _blockLosses = new ShardLoss[lossBlocks];
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
        if (_exchange is not null)
            return _exchange(BlockLoss(input, _labels, _output!));
        if (_lossBlocks == 1)
        {
            _model.ForwardRange(_context, 0, _model.Depth, input, _output!);
            _context.Counter.Loss += input.Rows;
            return (float)_loss.Forward(_context.Ops, _output!, _labels, null);
        }
        int m = input.Rows;
        for (int b = 0; b < _lossBlocks; b++)
        {
            int lo = (int)((long)b * m / _lossBlocks), hi = (int)((long)(b + 1) * m / _lossBlocks), rows = hi - lo;
            if (rows == 0)
            {
                _blockLosses[b] = new ShardLoss(0, 0);
                continue;
            }
            if (!_blockTensors.TryGetValue(rows, out var block))
                _blockTensors[rows] = block = (new Tensor<float>(rows, input.Cols), new Tensor<float>(rows, _model.OutFeatures));
            input.SliceRows(lo, rows).CopyTo(block.Input);
            _blockLosses[b] = BlockLoss(block.Input, _labels.AsSpan(lo, rows), block.Output);
        }
        return ShardedObjective.Combine(_blockLosses, ShardReduction.Mean);
    }

    // A block's (loss sum, count): its mean loss times its rows, so that blocks of unequal size weigh by their rows. An
    // empty share (a global batch with fewer rows than ranks) contributes nothing.
    private ShardLoss BlockLoss(Tensor<float> input, ReadOnlySpan<int> labels, Tensor<float> output)
    {
        if (input.Rows == 0)
            return new ShardLoss(0, 0);
        _model.ForwardRange(_context, 0, _model.Depth, input, output);
        _context.Counter.Loss += input.Rows;
        double mean = _loss.Forward(_context.Ops, output, labels, null);
        return new ShardLoss(mean * input.Rows, input.Rows);
    }
}
