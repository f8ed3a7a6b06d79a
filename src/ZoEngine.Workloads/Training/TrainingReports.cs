using System.Globalization;
using ZoEngine.Workloads.Reporting;

namespace ZoEngine.Workloads.Training;

/// <summary>
/// What a <see cref="TrainingLoop"/> tells the outside: the start, every step (progress), every evaluation (a row) and
/// the end. Every member has an empty default, so a report implements only what it shows.
/// </summary>
public interface ITrainingReport
{
    /// <summary>The run starts.</summary>
    void Started(TrainingRun run)
    {
    }

    /// <summary>A step completed (after its evaluation, if one was due).</summary>
    void StepCompleted(TrainingRun run, StepRecord step)
    {
    }

    /// <summary>An evaluation completed.</summary>
    void Evaluated(EvaluationRecord evaluation)
    {
    }

    /// <summary>The run ended, at its end or at a divergence, or a <see cref="TrainingLoop.RunTo"/> call returned.</summary>
    void Finished(TrainingResult result)
    {
    }
}

/// <summary>Reports together: each event goes to each report in order.</summary>
public sealed class TrainingReports(params ITrainingReport[] reports) : ITrainingReport
{
    private readonly ITrainingReport[] _reports = [.. reports];

    /// <inheritdoc/>
    public void Started(TrainingRun run)
    {
        foreach (var r in _reports)
            r.Started(run);
    }

    /// <inheritdoc/>
    public void StepCompleted(TrainingRun run, StepRecord step)
    {
        foreach (var r in _reports)
            r.StepCompleted(run, step);
    }

    /// <inheritdoc/>
    public void Evaluated(EvaluationRecord evaluation)
    {
        foreach (var r in _reports)
            r.Evaluated(evaluation);
    }

    /// <inheritdoc/>
    public void Finished(TrainingResult result)
    {
        foreach (var r in _reports)
            r.Finished(result);
    }
}

/// <summary>
/// One CSV row per evaluation, written and flushed as it is produced (a diverging or killed run keeps every row before
/// it); several runs may share one file. Columns: <see cref="Columns"/>.
/// </summary>
public sealed class CsvTrainingReport : ITrainingReport, IDisposable
{
    /// <summary>
    /// method, optimizer, lr, epoch (fractional, 6 decimals), step, train_loss (mean since the previous row), test_loss,
    /// test_accuracy (0 … 1), train_seconds (steps only, 3 decimals), layer_evaluations (the method's work).
    /// </summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["method", "optimizer", "lr", "epoch", "step", "train_loss", "test_loss", "test_accuracy", "train_seconds", "layer_evaluations"];

    private readonly CsvWriter _csv;

    /// <summary>Creates (or replaces) the file and writes the header.</summary>
    /// <exception cref="IOException">The file cannot be created.</exception>
    /// <exception cref="UnauthorizedAccessException">The path is a folder or not writable.</exception>
    public CsvTrainingReport(string path) => _csv = new CsvWriter(path, [.. Columns]);

    /// <summary>The file.</summary>
    public string FilePath => _csv.FilePath;

    /// <inheritdoc/>
    public void Evaluated(EvaluationRecord e) =>
        _csv.WriteRow(e.Run.Method, e.Run.Optimizer, e.Run.LearningRate, Math.Round(e.Epochs, 6), e.Step, e.TrainLoss, e.Test.Loss, e.Test.Accuracy, Math.Round(e.TrainSeconds, 3), e.Evaluations);

    /// <summary>Closes the file.</summary>
    public void Dispose() => _csv.Dispose();
}

/// <summary>
/// Plain-text lines: one per evaluation, and at the end a "result …" line of key=value fields that scripts parse.
/// </summary>
public sealed class TextTrainingReport(TextWriter output) : ITrainingReport
{
    private readonly TextWriter _output = output ?? throw new ArgumentNullException(nameof(output));

    /// <inheritdoc/>
    public void Evaluated(EvaluationRecord e) =>
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{e.Run.Method,-10} epoch {e.Epochs,6:F2} step {e.Step,6} train_loss {e.TrainLoss,8:F4} test_loss {e.Test.Loss,8:F4} test_accuracy {100 * e.Test.Accuracy,6:F2}% train_seconds {e.TrainSeconds,8:F1}"));

    /// <inheritdoc/>
    public void Finished(TrainingResult result) => _output.WriteLine(Summary(result));

    /// <summary>
    /// "result method=… optimizer=… lr=… epochs=… test_accuracy=… test_loss=… train_seconds=… layer_evaluations=…
    /// eval_seconds=…", or "result method=… diverged at epoch E step S".
    /// </summary>
    public static string Summary(TrainingResult r)
    {
        if (r.Divergence is { } d)
            return $"result method={r.Run.Method} diverged at epoch {d.Epoch} step {d.Step}";
        var last = r.Last ?? new Evaluation(0, 0);
        return string.Create(CultureInfo.InvariantCulture,
            $"result method={r.Run.Method} optimizer={r.Run.Optimizer} lr={r.Run.LearningRate:G4} epochs={r.Run.Epochs} test_accuracy={last.Accuracy:F4} test_loss={last.Loss:F4} train_seconds={r.TrainSeconds:F1} layer_evaluations={r.Evaluations} eval_seconds={r.EvaluationSeconds:F1}");
    }
}

/// <summary>Collects test accuracy (%) against epochs, one series per run, into a plot that is saved at the end.</summary>
public sealed class PlotTrainingReport(LinePlot plot) : ITrainingReport
{
    private readonly List<double> _epochs = [], _accuracy = [];

    /// <summary>The plot the series go to.</summary>
    public LinePlot Plot { get; } = plot ?? throw new ArgumentNullException(nameof(plot));

    /// <inheritdoc/>
    public void Started(TrainingRun run)
    {
        _epochs.Clear();
        _accuracy.Clear();
    }

    /// <inheritdoc/>
    public void Evaluated(EvaluationRecord e)
    {
        _epochs.Add(e.Epochs);
        _accuracy.Add(100 * e.Test.Accuracy);
    }

    /// <summary>Adds the run's series, named "method (optimizer, lr rate)", also for a run that diverged.</summary>
    public void Finished(TrainingResult result) =>
        Plot.AddSeries($"{result.Run.Method} ({result.Run.Optimizer}, lr {result.Run.LearningRate.ToString("G3", CultureInfo.InvariantCulture)})", _epochs, _accuracy);

    /// <summary>Writes the plot (<see cref="LinePlot.Save"/>).</summary>
    public void Save(string path) => Plot.Save(path);
}

/// <summary>The mean training loss of the last few steps of a run (NaN before any): a steadier figure than one step's.</summary>
/// <param name="count">Steps averaged.</param>
public sealed class RecentLosses(int count) : ITrainingReport
{
    private readonly Queue<double> _losses = new();

    /// <summary>The mean over the last <c>count</c> steps, or NaN before the first.</summary>
    public double Mean => _losses.Count == 0 ? double.NaN : _losses.Average();

    /// <inheritdoc/>
    public void StepCompleted(TrainingRun run, StepRecord step)
    {
        _losses.Enqueue(step.Loss);
        if (_losses.Count > count)
            _losses.Dequeue();
    }
}
