using System.Globalization;
using ZoEngine.Workloads.Reporting;
using ZoEngine.Workloads.Training;

namespace ZoEngine.Onnx.FineTuning;

/// <summary>
/// The reports of a fine-tuning run, against forward passes (the budget every method shares) rather than epochs: a text
/// line per evaluation, a CSV row per evaluation (written as it is made), and one plot series per method.
/// </summary>
public sealed class FineTuneReport : ITrainingReport, IDisposable
{
    /// <summary>method, optimizer, lr, step, forwards, train_loss, test_loss, test_accuracy, train_seconds, eval_seconds.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["method", "optimizer", "lr", "step", "forwards", "train_loss", "test_loss", "test_accuracy", "train_seconds", "eval_seconds"];

    private readonly TextWriter? _text;
    private readonly CsvWriter? _csv;
    private readonly List<double> _x = [], _y = [];

    /// <summary>Reports to any of a text writer, a CSV file (created now) and a plot.</summary>
    public FineTuneReport(TextWriter? text, string? csvPath, LinePlot? plot)
    {
        _text = text;
        _csv = csvPath is null ? null : new CsvWriter(csvPath, [.. Columns]);
        Plot = plot;
    }

    /// <summary>The plot of test accuracy (%) against forward passes, if any.</summary>
    public LinePlot? Plot { get; }

    /// <summary>A plot with this report's axes.</summary>
    public static LinePlot CreatePlot(string title) => new(title, "forward passes (training)", "test accuracy (%)") { Markers = true };

    /// <inheritdoc/>
    public void Started(TrainingRun run)
    {
        _x.Clear();
        _y.Clear();
    }

    /// <inheritdoc/>
    public void Evaluated(EvaluationRecord e)
    {
        _text?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{e.Run.Method,-9} step {e.Step,6} forwards {e.Evaluations,7} train_loss {e.TrainLoss,8:F4} test_loss {e.Test.Loss,8:F4} test_accuracy {100 * e.Test.Accuracy,6:F2}% train_seconds {e.TrainSeconds,8:F1}"));
        _csv?.WriteRow(e.Run.Method, e.Run.Optimizer, e.Run.LearningRate, e.Step, e.Evaluations, e.TrainLoss, e.Test.Loss, e.Test.Accuracy, Math.Round(e.TrainSeconds, 3), Math.Round(e.EvaluationSeconds, 3));
        _x.Add(e.Evaluations);
        _y.Add(100 * e.Test.Accuracy);
    }

    /// <inheritdoc/>
    public void Finished(TrainingResult result)
    {
        if (Plot is not null && _x.Count > 0)
        {
            string lr = result.Run.Method == "zeroshot" ? "" : $" ({result.Run.Optimizer}, lr {result.Run.LearningRate.ToString("G3", CultureInfo.InvariantCulture)})";
            Plot.AddSeries(result.Run.Method + lr, [.. _x], [.. _y]);
        }
    }

    /// <summary>Closes the CSV file.</summary>
    public void Dispose() => _csv?.Dispose();
}
