using ZoEngine.Nn;
using ZoEngine.Workloads.Data;

namespace ZoEngine.Workloads.Training;

/// <summary>A model's score on held-out data.</summary>
/// <param name="Loss">Mean loss per example.</param>
/// <param name="Accuracy">Fraction of examples classified correctly, 0 … 1 (NaN where the model is not a classifier).</param>
public readonly record struct Evaluation(double Loss, double Accuracy);

/// <summary>Scores the model being trained; the <see cref="TrainingLoop"/> calls it on its schedule and times it apart from the steps.</summary>
public interface IEvaluation
{
    /// <summary>Scores the model at its current parameters, without changing them.</summary>
    /// <exception cref="NnNonFiniteException">The model's output was not finite (the loop stops there).</exception>
    Evaluation Evaluate();
}

/// <summary>
/// Mean softmax cross-entropy and accuracy (arg-max of the logits, the first maximum on ties) of an Nn classifier on a
/// labelled set, in chunks of rows that bound the activations held at once. Each chunk goes through an
/// <see cref="InferenceForward{T}"/> in the model's memory (no traces; two ping-pong activation buffers), so that an
/// evaluation gives the traced forward's logits bit for bit and, once the buffers exist, allocates nothing on the heap
/// or the device: the chunk is gathered on the host, copied into one buffer in the model's memory, and its logits come
/// back into one host buffer.
/// </summary>
public sealed class ClassifierEvaluation : IEvaluation
{
    private readonly Sequential<float> _model;
    private readonly NnContext<float> _context;
    private readonly ILabelledExamples _examples;
    private readonly Tensor<float> _chunk;
    private readonly int[] _indices, _labels;
    // Created at the first evaluation, so that a trainer's first-step memory peak does not hold the evaluation's buffers.
    private InferenceForward<float>? _forward;
    private Tensor<float>? _input, _logits;
    // The views of the last, shorter chunk, made once: (host chunk, input in the model's memory, host logits).
    private (Tensor<float> Chunk, Tensor<float> Input, Tensor<float> Logits)? _tail;

    /// <summary>Evaluates <paramref name="model"/> on <paramref name="examples"/> with <paramref name="ops"/>.</summary>
    /// <param name="model">The classifier; its output width is the class count.</param>
    /// <param name="ops">Ops in the model's memory. The evaluation has its own <see cref="NnContext{T}"/>, so its work is not counted as training work.</param>
    /// <param name="examples">The held-out set; at least one example.</param>
    /// <param name="chunkRows">Rows per forward pass.</param>
    /// <exception cref="ArgumentException">The set is empty or the chunk size is below 1.</exception>
    public ClassifierEvaluation(Sequential<float> model, INnOps<float> ops, ILabelledExamples examples, int chunkRows = 1000)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(ops);
        ArgumentNullException.ThrowIfNull(examples);
        if (examples.Count == 0)
            throw new ArgumentException("The evaluation set is empty: accuracy would be 0/0.", nameof(examples));
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkRows, 1);
        _model = model;
        _context = new NnContext<float>(ops);
        _examples = examples;
        int rows = Math.Min(chunkRows, examples.Count);
        _chunk = new Tensor<float>(rows, examples.Features);
        _indices = new int[rows];
        _labels = new int[rows];
    }

    /// <summary>Bytes the evaluation holds in the model's memory once it has run: the inference buffers and, on a device, the input chunk.</summary>
    public long DeviceBytes => (_forward?.ActivationBytes ?? 0) + (_input is { IsHost: false } ? _input.Bytes : 0);

    /// <inheritdoc/>
    public Evaluation Evaluate()
    {
        int count = _examples.Count, correct = 0;
        double lossSum = 0;
        if (_forward is null)
        {
            _forward = new InferenceForward<float>(_model, _context, _chunk.Rows);
            bool host = ReferenceEquals(_context.Memory, HostMemory.Instance);
            using (MemoryAccounting.Attribute(_context.Memory, MemoryCategory.Inputs))
                _input = host ? _chunk : Tensor<float>.Allocate(_context.Memory, _chunk.Rows, _chunk.Cols);
            _logits = new Tensor<float>(_chunk.Rows, _model.OutFeatures);
        }
        for (int start = 0; start < count; start += _chunk.Rows)
        {
            int rows = Math.Min(_chunk.Rows, count - start);
            for (int i = 0; i < rows; i++)
                _indices[i] = start + i;
            var (chunk, input, logits) = Views(rows);
            BatchSource.Gather(_examples, _indices.AsSpan(0, rows), chunk, _labels);
            var labels = _labels.AsSpan(0, rows);
            if (!ReferenceEquals(input, chunk))
                chunk.CopyTo(input);
            var output = _forward.Run(input);
            lossSum += _context.Ops.SoftmaxCrossEntropy(output, labels, null) * rows;
            output.CopyTo(logits);
            for (int r = 0; r < rows; r++)
            {
                var row = logits.Row(r);
                int best = 0;
                for (int c = 1; c < row.Length; c++)
                {
                    if (row[c] > row[best])
                        best = c;
                }
                if (best == labels[r])
                    correct++;
            }
        }
        return new Evaluation(lossSum / count, (double)correct / count);
    }

    private (Tensor<float> Chunk, Tensor<float> Input, Tensor<float> Logits) Views(int rows)
    {
        if (rows == _chunk.Rows)
            return (_chunk, _input!, _logits!);
        if (_tail is not { } tail || tail.Chunk.Rows != rows)
        {
            var chunk = _chunk.SliceRows(0, rows);
            _tail = tail = (chunk, ReferenceEquals(_input, _chunk) ? chunk : _input!.SliceRows(0, rows), _logits!.SliceRows(0, rows));
        }
        return tail;
    }
}
