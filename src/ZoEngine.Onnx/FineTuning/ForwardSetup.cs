using ZoEngine.Nn;

namespace ZoEngine.Onnx.FineTuning;

/// <summary>
/// What one fine-tuning run evaluates through: θ (the trainable initializers, then the head's W and b, in the same
/// names, ids and order whichever forward runs, so that a log replays onto either), the head, the encoder, and the
/// backend whose fused passes perturb and update θ where it lives.
/// </summary>
internal sealed class ForwardSetup : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    private ForwardSetup()
    {
    }

    public ParameterSet Theta { get; private set; } = null!;

    public LinearHead Head { get; private set; } = null!;

    public ISentenceEncoder Encoder { get; private set; } = null!;

    public IZoBackend Backend { get; private set; } = null!;

    public static ForwardSetup Open(FineTuneOptions options, string vocabulary, int hidden)
    {
        var setup = new ForwardSetup();
        try
        {
            int classes = options.Task.Classes.Length;
            if (options.Forward == FineTuneForward.OnnxRuntime)
            {
                var theta = setup.Own(new ParameterSet());
                var model = setup.Own(OnnxZoModel.Load(options.Model, new OnnxZoModelOptions { Trainable = options.Trainable, Parameters = theta, IntraOpThreads = options.Threads }));
                setup.Theta = theta;
                setup.Head = new LinearHead(theta, classes, hidden);
                setup.Encoder = new TextEncoder(model, new StringReader(vocabulary), options.MaxTokens);
                setup.Backend = setup.Own(new CpuBackend());
                return setup;
            }
            var device = options.Device;
            INnOps<float> ops = device is null ? OwnSentenceEncoder.CpuOps(options.Threads) : setup.Own(new DeviceNnOps(device));
            var own = OnnxTransformer.Load(options.Model, ops.Memory);
            var trained = own.Mapping.Where(m => options.Trainable?.IsMatch(m.OnnxName) ?? true).Select(m => (m.OnnxName, m.Path)).ToList();
            if (trained.Count == 0)
                throw new OnnxModelException($"No initializer of '{options.Model.Name}' matches the trainable pattern '{options.Trainable}'.");
            var set = setup.Own(TransformerParameters.Wrap(own.Encoder, trained));
            setup.Theta = set;
            setup.Head = device is null
                ? new LinearHead(set, classes, hidden)
                : LinearHead.Mirrored(set, setup.Own(new ParameterSet()), classes, hidden);
            // Evaluations embed the test set 64 rows at a time (FewShotEvaluation).
            setup.Encoder = new OwnSentenceEncoder(own, ops, options.MaxTokens, Math.Max(options.Batch, 64));
            setup.Backend = device ?? setup.Own<IZoBackend>(new CpuBackend());
            return setup;
        }
        catch
        {
            setup.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        // In reverse: θ's pins and the head's copy before the model and the ops they point into.
        for (int i = _owned.Count - 1; i >= 0; i--)
            _owned[i].Dispose();
        _owned.Clear();
    }

    private T Own<T>(T item) where T : IDisposable
    {
        _owned.Add(item);
        return item;
    }
}
