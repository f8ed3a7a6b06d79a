using System.CommandLine;
using System.Globalization;
using ZoEngine.Workloads.Reporting;

namespace ZoEngine.Cli;

public static partial class ZoCommand
{
    private static Command PlotCommand(TextWriter stdout)
    {
        var series = new Option<string[]>("--series") { Description = "NAME=FILE[+FILE…]: a line from CSV files; with several files, the mean of their y at each row (seeds of one run).", Required = true, AllowMultipleArgumentsPerToken = false };
        var x = new Option<string>("--x") { Description = "The CSV column of x.", Required = true };
        var y = new Option<string>("--y") { Description = "The CSV column of y.", Required = true };
        var xScale = new Option<double>("--x-scale") { Description = "Multiply x by this (a unit change).", DefaultValueFactory = _ => 1.0 };
        var title = new Option<string>("--title") { Description = "The plot's title.", DefaultValueFactory = _ => "" };
        var xLabel = new Option<string?>("--xlabel") { Description = "x-axis label (default: the column)." };
        var yLabel = new Option<string?>("--ylabel") { Description = "y-axis label (default: the column)." };
        var logX = new Option<bool>("--log-x") { Description = "Log10 x axis." };
        var logY = new Option<bool>("--log-y") { Description = "Log10 y axis." };
        var markers = new Option<bool>("--markers") { Description = "A marker at every point." };
        var output = new Option<string>("--out") { Description = "The plot: .png or .svg.", Required = true };
        var cmd = new Command("plot", "Plot columns of CSV files (the ones zo and the bench scripts write) as lines, averaging files of one series.");
        foreach (var o in new Option[] { series, x, y, xScale, title, xLabel, yLabel, logX, logY, markers, output })
            cmd.Options.Add(o);
        cmd.SetAction(pr =>
        {
            string outPath = CliParse.PlotPath(pr.GetValue(output), "--out")!;
            OutputPaths.Check(("--out", outPath));
            string xColumn = pr.GetValue(x)!, yColumn = pr.GetValue(y)!;
            double scale = CliParse.Finite(pr.GetValue(xScale), "--x-scale");
            var plot = new LinePlot(pr.GetValue(title)!, pr.GetValue(xLabel) ?? xColumn, pr.GetValue(yLabel) ?? yColumn)
            {
                LogX = pr.GetValue(logX),
                LogY = pr.GetValue(logY),
                Markers = pr.GetValue(markers),
            };
            foreach (string spec in pr.GetValue(series)!)
            {
                int eq = spec.IndexOf('=');
                if (eq <= 0 || eq == spec.Length - 1)
                    throw new ZoCliException($"--series must be NAME=FILE[+FILE…], got '{spec}'.");
                string name = spec[..eq];
                var files = spec[(eq + 1)..].Split('+');
                var columns = files.Select(f => ReadColumns(f, xColumn, yColumn)).ToList();
                int rows = columns[0].X.Length;
                for (int i = 1; i < columns.Count; i++)
                {
                    if (!columns[i].X.AsSpan().SequenceEqual(columns[0].X))
                        throw new ZoCliException($"--series {name}: '{files[i]}' has other {xColumn} values than '{files[0]}'; the files of one series must share their x.");
                }
                plot.AddSeries(name, [.. columns[0].X.Select(v => v * scale)], [.. Enumerable.Range(0, rows).Select(r => columns.Average(c => c.Y[r]))]);
            }
            plot.Save(outPath);
            stdout.WriteLine($"wrote {outPath}");
            return ExitCodes.Success;
        });
        return cmd;
    }

    /// <summary>Two columns of a CSV file with a header row, as numbers; a missing file or column is bad input, a bad number damaged data.</summary>
    private static (double[] X, double[] Y) ReadColumns(string path, string xColumn, string yColumn)
    {
        if (!File.Exists(path))
            throw new ZoCliException($"--series: no CSV file at '{path}'.");
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();
        if (lines.Length == 0)
            throw new ZoCliException($"--series: '{path}' is empty.", ExitCodes.Damaged);
        var header = lines[0].Split(',');
        int xi = Array.IndexOf(header, xColumn), yi = Array.IndexOf(header, yColumn);
        if (xi < 0 || yi < 0)
            throw new ZoCliException($"--series: '{path}' has no column '{(xi < 0 ? xColumn : yColumn)}' (it has {string.Join(", ", header)}).");
        var xs = new double[lines.Length - 1];
        var ys = new double[lines.Length - 1];
        for (int r = 1; r < lines.Length; r++)
        {
            var fields = lines[r].Split(',');
            if (fields.Length != header.Length
                || !double.TryParse(fields[xi], NumberStyles.Float, CultureInfo.InvariantCulture, out xs[r - 1])
                || !double.TryParse(fields[yi], NumberStyles.Float, CultureInfo.InvariantCulture, out ys[r - 1]))
                throw new ZoCliException($"--series: '{path}' line {r + 1} does not hold {header.Length} fields with numbers in '{xColumn}' and '{yColumn}'.", ExitCodes.Damaged);
        }
        return (xs, ys);
    }
}
