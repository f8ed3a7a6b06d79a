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

/// <summary>elements/s and GB/s from the mean time and the benchmark's N parameter (STYLE rule 10).</summary>
public sealed class ThroughputColumn(ThroughputColumn.Unit unit) : IColumn
{
    public enum Unit { ElementsPerSecond, GigabytesPerSecond }

    public string Id => $"{nameof(ThroughputColumn)}.{unit}";
    public string ColumnName => unit == Unit.ElementsPerSecond ? "elements/s" : "GB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => unit == Unit.ElementsPerSecond ? 0 : 1;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => unit == Unit.ElementsPerSecond ? "Parameter elements processed per second (N / mean)" : "Parameter memory touched per second (elements/s × bytes per element)";
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var n = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "N")?.Value;
        if (report?.ResultStatistics is null || n is null)
            return "-";
        double elementsPerSecond = Convert.ToDouble(n) / (report.ResultStatistics.Mean * 1e-9);
        if (unit == Unit.ElementsPerSecond)
            return elementsPerSecond.ToString("E3");
        int bytes = benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<PerElementAttribute>()?.Bytes ?? 0;
        return bytes == 0 ? "-" : (elementsPerSecond * bytes / 1e9).ToString("F2");
    }
}
