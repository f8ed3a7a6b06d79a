using ZoEngine.Nn;
using ZoEngine.Workloads.Training;

namespace ZoEngine.Onnx.FineTuning;

/// <summary>
/// One step of the core <see cref="ZoTrainer"/> per batch (MeZO, MeZO-GV, MeZO-Greedy, ZO-AdaMM, R-AdaZO): every probe
/// is one forward pass of the ONNX model at the parameters the engine has perturbed in place.
/// </summary>
public sealed class ZoFineTuneMethod : ITrainingMethod
{
    private readonly ZoTrainer _trainer;
    private readonly FewShotObjective _objective;

    /// <summary>Steps <paramref name="trainer"/>, whose objective is <paramref name="objective"/>; the caller owns both.</summary>
    public ZoFineTuneMethod(ZoTrainer trainer, FewShotObjective objective, string name)
    {
        ArgumentNullException.ThrowIfNull(trainer);
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentException.ThrowIfNullOrEmpty(name);
        _trainer = trainer;
        _objective = objective;
        Name = name;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public string Optimizer => _trainer.Configuration.Optimizer.Kind.ToString().ToLowerInvariant();

    /// <inheritdoc/>
    public double LearningRate => _trainer.Configuration.Optimizer.LearningRate;

    /// <inheritdoc/>
    public IParameterMemory Memory => HostMemory.Instance;

    /// <summary>Forward passes of the model (objective evaluations).</summary>
    public long Evaluations => _trainer.Evaluations;

    /// <inheritdoc/>
    public double Step(Tensor<float> inputs, ReadOnlySpan<int> labels)
    {
        _objective.SetBatch(inputs.Span, labels);
        return _trainer.Step().ProbeLoss;
    }
}

/// <summary>
/// Linear probing: the encoder is frozen and the head is trained with its exact gradient by Adam (β = 0.9, 0.999,
/// ε = 1e-8, bias-corrected). One forward pass per step, to embed the batch.
/// </summary>
public sealed class LinearProbeMethod : ITrainingMethod
{
    private const double Beta1 = 0.9, Beta2 = 0.999, Epsilon = 1e-8;
    private readonly ISentenceEncoder _encoder;
    private readonly LinearHead _head;
    private readonly double[] _m, _v;
    private long[] _ids = [];
    private float[] _embeddings = [], _logits = [], _dLogits = [];
    private long _t;

    /// <summary>Trains <paramref name="head"/> on <paramref name="encoder"/>'s embeddings at rate <paramref name="learningRate"/>.</summary>
    public LinearProbeMethod(ISentenceEncoder encoder, LinearHead head, double learningRate)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(head);
        if (!(learningRate > 0 && double.IsFinite(learningRate)))
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be finite and > 0.");
        _encoder = encoder;
        _head = head;
        LearningRate = learningRate;
        _m = new double[head.Weight.Length + head.Bias.Length];
        _v = new double[_m.Length];
    }

    /// <inheritdoc/>
    public string Name => "linear";

    /// <inheritdoc/>
    public string Optimizer => "adam";

    /// <inheritdoc/>
    public double LearningRate { get; }

    /// <inheritdoc/>
    public IParameterMemory Memory => HostMemory.Instance;

    /// <summary>Forward passes of the model.</summary>
    public long Evaluations { get; private set; }

    /// <inheritdoc/>
    public double Step(Tensor<float> inputs, ReadOnlySpan<int> labels)
    {
        int rows = labels.Length, h = _head.Width, c = _head.Classes;
        if (_ids.Length < rows * _encoder.MaxTokens)
        {
            _ids = new long[rows * _encoder.MaxTokens];
            _embeddings = new float[rows * h];
            _logits = new float[rows * c];
            _dLogits = new float[rows * c];
        }
        TokenizedTexts.ToIds(inputs.Span, _ids);
        var e = _embeddings.AsSpan(0, rows * h);
        bool finite = _encoder.Embed(_ids.AsSpan(0, rows * _encoder.MaxTokens), rows, e);
        Evaluations++;
        if (!finite)
            throw new NnNonFiniteException("the encoder's output", -1, -1, double.NaN);
        var z = _logits.AsSpan(0, rows * c);
        var dz = _dLogits.AsSpan(0, rows * c);
        _head.Logits(e, rows, z);
        var (loss, _) = LinearHead.CrossEntropy(z, labels, c, dz);
        if (!double.IsFinite(loss))
            throw new NnNonFiniteException("the loss", -1, -1, loss);
        _t++;
        var w = _head.Weight.AsSpan();
        var b = _head.Bias.AsSpan();
        double lr = LearningRate * Math.Sqrt(1 - Math.Pow(Beta2, _t)) / (1 - Math.Pow(Beta1, _t));
        for (int k = 0; k < c; k++)
        {
            for (int j = 0; j < h; j++)
            {
                double g = 0;
                for (int r = 0; r < rows; r++)
                    g += dz[r * c + k] * e[r * h + j];
                w[k * h + j] -= (float)Adam(k * h + j, g, lr);
            }
            double gb = 0;
            for (int r = 0; r < rows; r++)
                gb += dz[r * c + k];
            b[k] -= (float)Adam(c * h + k, gb, lr);
        }
        _head.Push();
        return loss;
    }

    private double Adam(int i, double g, double lr)
    {
        _m[i] = Beta1 * _m[i] + (1 - Beta1) * g;
        _v[i] = Beta2 * _v[i] + (1 - Beta2) * g * g;
        return lr * _m[i] / (Math.Sqrt(_v[i]) + Epsilon);
    }
}
