using ZoEngine.Trajectory;

namespace ZoEngine.Nn;

/// <summary>
/// Zeroth-order training of an Nn network by the core engine: the network's own float32 weight and bias buffers
/// become one <see cref="ParameterSet"/> in the memory they live in (host arrays pinned in place, or device buffers
/// of a CUDA or Emulated backend wrapped with <see cref="ParameterSet.AddExternal"/>; nothing is copied), with
/// tensor ids from the parameter names, so that ids stay put when layers are added. The core
/// <see cref="ZoTrainer"/> then runs any estimator (SPSA with q queries, one-sided, Gaussian, sphere or Rademacher
/// directions, MeZO-GV, MeZO-Greedy, coordinates) and any optimizer (ZO-SGD, signSGD, AdaMM, RMSProp, R-AdaZO, float32
/// or bf16 state) on the backend of that memory: its perturbations, restores and update are the backend's fused
/// passes, and each evaluation is one <see cref="InferenceForward{T}"/> pass (no traces, two ping-pong activation
/// buffers) whose loss comes back as one scalar. One MeZO step costs two forward passes: 2·L·B layer evaluations.
/// </summary>
public sealed unsafe class ZoNetworkTrainer : IDisposable
{
    private readonly Sequential<float> _model;
    private readonly NnContext<float> _context;
    private readonly ILoss<float> _loss;
    private readonly ParameterSet _parameters;
    private readonly IZoBackend _backend;
    private readonly bool _ownsBackend;
    private readonly ZoTrainer _trainer;
    // The device ops when the loss is the softmax cross-entropy on a device: labels are held there for the whole step
    // and each evaluation reads back one sum instead of a loss per row.
    private readonly DeviceNnOps? _deviceLoss;
    private InferenceForward<float>? _forward;
    private Tensor<float>? _input;
    private int[] _labels = [];
    private int _labelCount;
    private readonly int _lossBlocks;
    private readonly Func<ShardLoss, float>? _exchange;
    private readonly ShardLoss[] _blockLosses;
    // Per row count: a block's own input copy, so that each block is computed exactly as a rank computes its share (a
    // fresh tensor of that many rows), whatever the batch it was cut from.
    private readonly Dictionary<int, Tensor<float>> _blockInputs = [];

    /// <summary>Binds the core trainer to the network's parameters.</summary>
    /// <param name="model">The network; its parameters are updated in place.</param>
    /// <param name="context">Context whose ops run the forward passes.</param>
    /// <param name="loss">The loss (values only are used).</param>
    /// <param name="configuration">Estimator, optimizer and run seed of the core engine.</param>
    /// <param name="backend">
    /// The core backend, in the model's memory. When null: for a host model a CPU backend owned by this trainer; for a
    /// model on a device, the backend of the context's <see cref="DeviceNnOps"/>, so that the forward and the update
    /// share one stream.
    /// </param>
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
    public ZoNetworkTrainer(Sequential<float> model, NnContext<float> context, ILoss<float> loss, RunConfiguration configuration, IZoBackend? backend = null, TrajectoryWriter? log = null,
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
        var memory = context.Memory;
        if (!ReferenceEquals(model.Placement, memory))
            throw new ArgumentException($"The model is in {model.Placement.Name} memory but the ops ({context.Ops.Name}) run on {memory.Name}: move it there first (Sequential.MoveTo).", nameof(model));
        if (backend is not null && !ReferenceEquals(backend.Memory, memory))
            throw new ArgumentException($"The {backend.Name} backend works on {backend.Memory.Name} memory but the model is in {memory.Name}: pass the backend of the model's memory, or none.", nameof(backend));
        if (backend is null && !ReferenceEquals(memory, HostMemory.Instance) && context.Ops is not DeviceNnOps)
            throw new ArgumentException($"The model is in {memory.Name} memory and the ops ({context.Ops.Name}) do not say which backend owns it: pass that backend.", nameof(backend));
        _model = model;
        _context = context;
        _loss = loss;
        _deviceLoss = context.Ops is DeviceNnOps device && loss is SoftmaxCrossEntropy<float> ? device : null;
        _parameters = WrapParameters(model);
        _ownsBackend = backend is null && ReferenceEquals(memory, HostMemory.Instance);
        _backend = backend ?? (context.Ops is DeviceNnOps ops ? ops.Backend : new CpuBackend());
        try
        {
            using var _ = MemoryAccounting.Attribute(memory, MemoryCategory.OptimizerState);
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

    /// <summary>
    /// The model's parameters as one <see cref="ParameterSet"/> in the model's memory, over its own buffers (host arrays
    /// pinned in place, device buffers addressed where they are): what this trainer trains, what a trajectory log's
    /// layout is written from (<see cref="RunConfiguration.ToMetadata"/>), and what a replay updates. Tensor i is
    /// parameter i under its name ("3.f.0.weight"), its id the hash of that name. Disposing the set unpins; the model
    /// keeps its buffers, and must outlive the set.
    /// </summary>
    public static ParameterSet WrapParameters(Sequential<float> model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var set = new ParameterSet(model.Placement);
        try
        {
            for (int i = 0; i < model.Parameters.Count; i++)
            {
                var value = model.Parameters[i].Value;
                if (!ReferenceEquals(value.Placement, set.Memory))
                    throw new ArgumentException($"Parameter {model.ParameterNames[i]} is in {value.Placement.Name} memory and the first in {set.Memory.Name}: move the whole model (Sequential.MoveTo).", nameof(model));
                if (value.IsHost)
                    set.Add(model.ParameterNames[i], value.Memory);
                else
                    set.AddExternal(model.ParameterNames[i], value.DevicePointer, value.Length);
            }
            return set;
        }
        catch
        {
            set.Dispose();
            throw;
        }
    }

    /// <summary>The backend whose fused passes perturb and update the parameters.</summary>
    public IZoBackend Backend => _backend;

    /// <summary>Where the parameters live (and where the batches a step takes must be).</summary>
    public IParameterMemory Memory => _parameters.Memory;

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
        if (!ReferenceEquals(input.Placement, Memory))
            throw new ArgumentException($"The batch is in {input.Placement.Name} memory but the model in {Memory.Name}: copy it there first.", nameof(input));
        var before = _context.Counter.Snapshot();
        _input = input;
        if (_labels.Length < labels.Length)
            _labels = new int[labels.Length];
        labels.CopyTo(_labels);
        _labelCount = labels.Length;
        _deviceLoss?.HoldLabels(labels);
        // The passes' buffers are sized by the largest batch so far; a smaller one (an epoch's last) uses their prefix.
        if (input.Rows > 0 && (_forward is null || _forward.CapacityRows < input.Rows))
            _forward = new InferenceForward<float>(_model, _context, input.Rows);
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

    /// <summary>Bytes of the activation buffers the evaluations use (two ping-pong buffers and the output).</summary>
    public long ActivationBytes => _forward?.ActivationBytes ?? 0;

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
        var labels = _labels.AsSpan(0, _labelCount);
        if (_exchange is not null)
            return _exchange(BlockLoss(input, labels, 0));
        if (_lossBlocks == 1)
            return (float)MeanLoss(input, labels, 0);
        int m = input.Rows;
        for (int b = 0; b < _lossBlocks; b++)
        {
            int lo = (int)((long)b * m / _lossBlocks), hi = (int)((long)(b + 1) * m / _lossBlocks), rows = hi - lo;
            if (rows == 0)
            {
                _blockLosses[b] = new ShardLoss(0, 0);
                continue;
            }
            if (!_blockInputs.TryGetValue(rows, out var block))
                _blockInputs[rows] = block = Tensor<float>.Allocate(input.Placement, rows, input.Cols);
            input.SliceRows(lo, rows).CopyTo(block);
            _blockLosses[b] = BlockLoss(block, labels.Slice(lo, rows), lo);
        }
        return ShardedObjective.Combine(_blockLosses, ShardReduction.Mean);
    }

    // A block's (loss sum, count): its mean loss times its rows, so that blocks of unequal size weigh by their rows. An
    // empty share (a global batch with fewer rows than ranks) contributes nothing.
    private ShardLoss BlockLoss(Tensor<float> input, ReadOnlySpan<int> labels, int firstLabel)
    {
        if (input.Rows == 0)
            return new ShardLoss(0, 0);
        return new ShardLoss(MeanLoss(input, labels, firstLabel) * input.Rows, input.Rows);
    }

    // The mean loss of rows whose labels start at firstLabel of the step's labels: one inference pass, then the loss,
    // reduced on the device when the model is on one.
    private double MeanLoss(Tensor<float> input, ReadOnlySpan<int> labels, int firstLabel)
    {
        var output = _forward!.Run(input);
        _context.Counter.Loss += input.Rows;
        return _deviceLoss is not null
            ? _deviceLoss.SoftmaxCrossEntropyOfHeldLabels(output, firstLabel)
            : _loss.Forward(_context.Ops, output, labels, null);
    }
}
