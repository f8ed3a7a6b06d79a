using System.Diagnostics;
using ZoEngine.Nn;

namespace ZoEngine.Workloads.Training;

/// <summary>How long a <see cref="TrainingLoop"/> runs and how often it evaluates.</summary>
public sealed record TrainingOptions
{
    /// <summary>Passes over the data; null for no end (drive the loop with <see cref="TrainingLoop.RunTo"/>).</summary>
    public int? Epochs { get; init; } = 1;

    /// <summary>
    /// Evaluations per epoch, at evenly spaced steps (step b of an epoch of S steps evaluates when
    /// ⌊(b+1)·E/S⌋ ≠ ⌊b·E/S⌋), so the last one falls at the epoch's end; 0 for none.
    /// </summary>
    public int EvaluationsPerEpoch { get; init; } = 1;

    /// <summary>
    /// When set, evaluate after every K-th step of the run (counted from its first step) and after the last step of each
    /// <see cref="TrainingLoop.RunTo"/> call, instead of <see cref="EvaluationsPerEpoch"/> times per epoch: for few-shot
    /// sets, whose epochs are a handful of steps, an evaluation per epoch would cost more than the training.
    /// </summary>
    public long? EvaluationInterval { get; init; }

    /// <summary>Whether the step at <paramref name="indexInEpoch"/> (from 0) of an epoch of <paramref name="stepsPerEpoch"/> steps is followed by an evaluation.</summary>
    public bool EvaluatesAfter(int indexInEpoch, int stepsPerEpoch)
    {
        long slot = (long)(indexInEpoch + 1) * EvaluationsPerEpoch / stepsPerEpoch;
        long previous = (long)indexInEpoch * EvaluationsPerEpoch / stepsPerEpoch;
        return slot != previous;
    }
}

/// <summary>What a training run is, as reports name it.</summary>
/// <param name="Method">The method's name ("bp").</param>
/// <param name="Optimizer">The optimizer's name ("adam").</param>
/// <param name="LearningRate">The optimizer's rate.</param>
/// <param name="Epochs">Planned epochs; null for a run without an end.</param>
/// <param name="StepsPerEpoch">Steps per epoch.</param>
public sealed record TrainingRun(string Method, string Optimizer, double LearningRate, int? Epochs, int StepsPerEpoch)
{
    /// <summary>Planned steps, null for a run without an end.</summary>
    public long? TotalSteps => Epochs is { } e ? (long)e * StepsPerEpoch : null;
}

/// <summary>One completed step.</summary>
/// <param name="Step">Steps completed, this one included (from 1).</param>
/// <param name="Epoch">The step's epoch, from 0.</param>
/// <param name="Loss">The batch's mean loss as the method reported it.</param>
/// <param name="Rows">Rows of the batch.</param>
/// <param name="TrainSeconds">Time in steps so far: batch copies to the model's memory and the method's steps, not evaluations.</param>
public readonly record struct StepRecord(long Step, int Epoch, double Loss, int Rows, double TrainSeconds);

/// <summary>One evaluation: a row of the report.</summary>
/// <param name="Run">The run.</param>
/// <param name="Epochs">Epochs done, fractional between epoch ends.</param>
/// <param name="Step">Steps done.</param>
/// <param name="TrainLoss">Mean batch loss, weighted by rows, over the steps since the previous evaluation.</param>
/// <param name="Test">The evaluation.</param>
/// <param name="TrainSeconds">Time in steps so far (<see cref="StepRecord.TrainSeconds"/>).</param>
/// <param name="EvaluationSeconds">Time in evaluations so far, this one included.</param>
/// <param name="Evaluations">The method's work so far (<see cref="ITrainingMethod.Evaluations"/>).</param>
public sealed record EvaluationRecord(TrainingRun Run, double Epochs, long Step, double TrainLoss, Evaluation Test, double TrainSeconds, double EvaluationSeconds, long Evaluations);

/// <summary>Where and why a run stopped early.</summary>
/// <param name="Epoch">The epoch of the failed step, from 1.</param>
/// <param name="Step">The failed step, from 1 (or the step after which the evaluation failed).</param>
/// <param name="InEvaluation">Whether the evaluation after the step failed rather than the step.</param>
/// <param name="Reason">The method's or evaluation's message.</param>
public sealed record TrainingDivergence(int Epoch, long Step, bool InEvaluation, string Reason)
{
    /// <summary>One line: "training diverged at epoch E, step S: reason".</summary>
    public override string ToString() =>
        $"training diverged at epoch {Epoch}, step {Step}{(InEvaluation ? " (in the evaluation after it)" : "")}: {Reason}";
}

/// <summary>How a run ended.</summary>
/// <param name="Run">The run.</param>
/// <param name="Steps">Steps completed.</param>
/// <param name="Last">The last evaluation, null before any.</param>
/// <param name="TrainSeconds">Time in steps.</param>
/// <param name="EvaluationSeconds">Time in evaluations.</param>
/// <param name="Evaluations">The method's work (<see cref="ITrainingMethod.Evaluations"/>).</param>
/// <param name="Divergence">Why the run stopped early; null when it ran to its end.</param>
/// <param name="History">Every evaluation, in order.</param>
public sealed record TrainingResult(TrainingRun Run, long Steps, Evaluation? Last, double TrainSeconds, double EvaluationSeconds, long Evaluations, TrainingDivergence? Divergence, IReadOnlyList<EvaluationRecord> History)
{
    /// <summary>Whether the run stopped on a non-finite loss, gradient or output.</summary>
    public bool Diverged => Divergence is not null;
}

/// <summary>
/// The training loop: batches from a <see cref="BatchSource"/>, each copied to the model's memory and given to one
/// <see cref="ITrainingMethod"/> step; an evaluation on the schedule of <see cref="TrainingOptions"/>; a report of every
/// step, evaluation and the end. Steps and evaluations are timed apart.
/// </summary>
/// <remarks>
/// A step or evaluation that meets a NaN or infinity (<see cref="NnNonFiniteException"/>,
/// <see cref="ZoObjectiveException"/>, or a non-finite loss returned by the method) stops the run cleanly: the result
/// names the step and the report has had every evaluation before it. Other exceptions are errors and propagate.
/// </remarks>
/// <example><code>
/// var loop = new TrainingLoop(method, new BatchSource(train, 64, BatchSource.SeedFrom(seed)),
///     new TrainingOptions { Epochs = 2 }, new ClassifierEvaluation(model, ops, test), report);
/// TrainingResult result = loop.Run();
/// </code></example>
public sealed class TrainingLoop
{
    private readonly ITrainingMethod _method;
    private readonly BatchSource _data;
    private readonly TrainingOptions _options;
    private readonly IEvaluation? _evaluation;
    private readonly ITrainingReport? _report;
    private readonly Tensor<float>? _device;
    private readonly Stopwatch _train = new(), _evaluate = new();
    private readonly List<EvaluationRecord> _history = [];
    private double _lossSum;
    private int _lossRows;
    private Evaluation? _last;
    private TrainingDivergence? _divergence;
    private bool _started;

    /// <summary>Sets up a run; nothing is computed until <see cref="Run"/> or <see cref="RunTo"/>.</summary>
    /// <param name="method">One update per batch.</param>
    /// <param name="data">The batches, from its current position.</param>
    /// <param name="options">Epochs and evaluation schedule.</param>
    /// <param name="evaluation">Scores the model on the schedule; none when null.</param>
    /// <param name="report">Receives every step, evaluation and the end; none when null.</param>
    public TrainingLoop(ITrainingMethod method, BatchSource data, TrainingOptions options, IEvaluation? evaluation = null, ITrainingReport? report = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Epochs is < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.Epochs, "Epochs must be at least 1 (or null for no end).");
        ArgumentOutOfRangeException.ThrowIfNegative(options.EvaluationsPerEpoch, nameof(options));
        if (options.EvaluationInterval is < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.EvaluationInterval, "An evaluation interval must be at least 1 step.");
        _method = method;
        _data = data;
        _options = options;
        _evaluation = evaluation;
        _report = report;
        // On a device, each batch is copied into one device tensor; its allocation is not part of any step.
        using var inputs = MemoryAccounting.Attribute(method.Memory, MemoryCategory.Inputs);
        if (!ReferenceEquals(method.Memory, HostMemory.Instance))
            _device = Tensor<float>.Allocate(method.Memory, data.MaxRows, data.Examples.Features);
        Info = new TrainingRun(method.Name, method.Optimizer, method.LearningRate, options.Epochs, data.StepsPerEpoch);
    }

    /// <summary>The run as reports name it.</summary>
    public TrainingRun Info { get; }

    /// <summary>Steps completed.</summary>
    public long Steps { get; private set; }

    /// <summary>Runs every planned step (<see cref="TrainingOptions.Epochs"/>), or until a divergence.</summary>
    /// <exception cref="InvalidOperationException">The run has no end (Epochs is null).</exception>
    public TrainingResult Run() =>
        RunTo(Info.TotalSteps ?? throw new InvalidOperationException("A run without an end (Epochs = null) is driven with RunTo."));

    /// <summary>
    /// Runs until <paramref name="steps"/> steps are complete (at most the planned ones), or until a divergence; a later
    /// call continues from there. Each call ends with <see cref="ITrainingReport.Finished"/> and the result so far.
    /// </summary>
    /// <exception cref="InvalidOperationException">The run has already diverged.</exception>
    public TrainingResult RunTo(long steps)
    {
        if (_divergence is not null)
            throw new InvalidOperationException($"The run stopped at step {_divergence.Step}; it cannot continue.");
        if (!_started)
        {
            _started = true;
            _report?.Started(Info);
        }
        long end = Info.TotalSteps is { } total ? Math.Min(steps, total) : steps;
        while (Steps < end && _divergence is null)
            OneStep(end);
        var result = new TrainingResult(Info, Steps, _last, _train.Elapsed.TotalSeconds, _evaluate.Elapsed.TotalSeconds, _method.Evaluations, _divergence, _history);
        _report?.Finished(result);
        return result;
    }

    private void OneStep(long end)
    {
        var batch = _data.Next();
        int epoch = batch.Epoch, index = batch.IndexInEpoch;
        double loss;
        _train.Start();
        try
        {
            var x = batch.Inputs;
            if (_device is not null)
            {
                var onDevice = _device.SliceRows(0, batch.Rows);
                x.CopyTo(onDevice);
                x = onDevice;
            }
            loss = _method.Step(x, batch.Labels);
        }
        catch (Exception e) when (e is NnNonFiniteException or ZoObjectiveException)
        {
            _divergence = new TrainingDivergence(epoch + 1, Steps + 1, false, e.Message);
            return;
        }
        finally
        {
            _train.Stop();
        }
        if (!double.IsFinite(loss))
        {
            _divergence = new TrainingDivergence(epoch + 1, Steps + 1, false, $"{_method.Name} returned a batch loss of {loss.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
            return;
        }
        Steps++;
        _lossSum += loss * batch.Rows;
        _lossRows += batch.Rows;
        bool due = _options.EvaluationInterval is { } every ? Steps % every == 0 || Steps == end : _options.EvaluatesAfter(index, batch.StepsPerEpoch);
        if (_evaluation is not null && due && !Evaluate(epoch, index))
            return;
        _report?.StepCompleted(Info, new StepRecord(Steps, epoch, loss, batch.Rows, _train.Elapsed.TotalSeconds));
    }

    private bool Evaluate(int epoch, int index)
    {
        Evaluation test;
        _evaluate.Start();
        try
        {
            test = _evaluation!.Evaluate();
        }
        catch (Exception e) when (e is NnNonFiniteException or ZoObjectiveException)
        {
            _divergence = new TrainingDivergence(epoch + 1, Steps, true, e.Message);
            return false;
        }
        finally
        {
            _evaluate.Stop();
        }
        double epochs = epoch + (double)(index + 1) / _data.StepsPerEpoch;
        var record = new EvaluationRecord(Info, epochs, Steps, _lossSum / _lossRows, test, _train.Elapsed.TotalSeconds, _evaluate.Elapsed.TotalSeconds, _method.Evaluations);
        _last = test;
        _history.Add(record);
        _report?.Evaluated(record);
        _lossSum = 0;
        _lossRows = 0;
        return true;
    }
}
