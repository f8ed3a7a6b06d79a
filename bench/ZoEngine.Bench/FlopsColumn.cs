using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ZoEngine.Bench;

/// <summary>GFLOP/s from the mean time and the benchmark's <see cref="GemmBenchShape"/> parameter (2·m·n·k per call).</summary>
public sealed class FlopsColumn : IColumn
{
    public string Id => nameof(FlopsColumn);
    public string ColumnName => "GFLOP/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 2;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Floating-point operations per second, 2·m·n·k / mean";
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is null || benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Value is GemmBenchShape)?.Value is not GemmBenchShape shape)
            return "-";
        return (shape.Flops / (report.ResultStatistics.Mean * 1e-9) / 1e9).ToString("F1");
    }
}
