using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ZoEngine.Bench;

/// <summary>Elements processed and bytes of parameter memory touched per element, for the throughput columns.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PerElementAttribute(int bytes) : Attribute
{
    /// <summary>Bytes read plus written per element in one invocation (0: not a memory pass).</summary>
    public int Bytes { get; } = bytes;
}

/// <summary>
/// elements/s and GB/s from the mean time and the benchmark's N parameter (STYLE rule 10), and elements/s from the
/// fastest iteration: on a shared machine the mean carries other processes' load, the minimum the least of it.
/// </summary>
public sealed class ThroughputColumn(ThroughputColumn.Unit unit) : IColumn
{
    public enum Unit { ElementsPerSecond, GigabytesPerSecond, BestElementsPerSecond }

    public string Id => $"{nameof(ThroughputColumn)}.{unit}";
    public string ColumnName => unit switch { Unit.ElementsPerSecond => "elements/s", Unit.BestElementsPerSecond => "best el/s", _ => "GB/s" };
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => (int)unit;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => unit switch
    {
        Unit.ElementsPerSecond => "Parameter elements processed per second (N / mean)",
        Unit.BestElementsPerSecond => "Parameter elements processed per second in the fastest iteration (N / min)",
        _ => "Parameter memory touched per second (elements/s × bytes per element)",
    };
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var n = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "N")?.Value;
        if (report?.ResultStatistics is null || n is null)
            return "-";
        if (unit == Unit.BestElementsPerSecond)
            return (Convert.ToDouble(n) / (report.ResultStatistics.Min * 1e-9)).ToString("E3");
        double elementsPerSecond = Convert.ToDouble(n) / (report.ResultStatistics.Mean * 1e-9);
        if (unit == Unit.ElementsPerSecond)
            return elementsPerSecond.ToString("E3");
        int bytes = benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<PerElementAttribute>()?.Bytes ?? 0;
        return bytes == 0 ? "-" : (elementsPerSecond * bytes / 1e9).ToString("F2");
    }
}
