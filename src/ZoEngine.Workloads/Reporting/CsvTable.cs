using System.Globalization;
using System.Text;

namespace ZoEngine.Workloads.Reporting;

/// <summary>
/// A small CSV writer: a header row and rows of values, numbers in the invariant culture, fields quoted per RFC 4180
/// only when they contain a comma, a double quote or a line break, and CRLF line ends as that RFC specifies.
/// </summary>
/// <example><code>
/// var table = new CsvTable("step", "loss");
/// table.AddRow(1, 0.25);
/// table.Save("loss.csv");
/// </code></example>
public sealed class CsvTable
{
    internal const string LineEnd = "\r\n";
    private readonly string[] _columns;
    private readonly List<string[]> _rows = [];

    /// <summary>Creates a table with these column names.</summary>
    /// <exception cref="ArgumentException">No columns were given.</exception>
    public CsvTable(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Length == 0)
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        _columns = [.. columns];
    }

    /// <summary>The column names.</summary>
    public IReadOnlyList<string> Columns => _columns;

    /// <summary>Number of rows added, not counting the header.</summary>
    public int RowCount => _rows.Count;

    /// <summary>Adds a row, formatting each value at once with <see cref="Format"/>.</summary>
    /// <exception cref="ArgumentException">The number of values differs from the number of columns.</exception>
    public void AddRow(params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != _columns.Length)
            throw new ArgumentException($"The row has {values.Length} values but the table has {_columns.Length} columns.", nameof(values));
        _rows.Add(Array.ConvertAll(values, Format));
    }

    /// <summary>The whole table as CSV text, header first, every line ended by CRLF.</summary>
    public string Render()
    {
        var csv = new StringBuilder();
        AppendLine(csv, _columns);
        foreach (var row in _rows)
            AppendLine(csv, row);
        return csv.ToString();
    }

    /// <summary>Writes <see cref="Render"/> to <paramref name="path"/> as UTF-8 without a byte-order mark, creating its folder if needed.</summary>
    public void Save(string path) => ReportFile.Write(path, Render());

    /// <summary>
    /// The text of one value: empty for null; floating-point values in their shortest round-trip form ("R"), so that
    /// reading the file back gives the same bits; dates in ISO 8601; other formattable values with the invariant culture.
    /// </summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>
    /// The field as it appears in the file: unchanged, or, when it contains a comma, a double quote, CR or LF, enclosed
    /// in double quotes with each inner quote doubled (RFC 4180 §2.6–2.7).
    /// </summary>
    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
            return field;
        return "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    internal static void AppendLine(StringBuilder csv, string[] fields)
    {
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0)
                csv.Append(',');
            csv.Append(Quote(fields[i]));
        }
        csv.Append(LineEnd);
    }
}
