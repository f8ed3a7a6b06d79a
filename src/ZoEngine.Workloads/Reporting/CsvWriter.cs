using System.Text;

namespace ZoEngine.Workloads.Reporting;

/// <summary>
/// A CSV file written as it grows: the header when it is created, then each row as it is added, handed to the
/// operating system at once, so a run that fails or is killed keeps every row written before. The format is
/// <see cref="CsvTable"/>'s (invariant numbers, RFC 4180 quoting, CRLF).
/// </summary>
/// <example><code>
/// using var csv = new CsvWriter("loss.csv", "step", "loss");
/// csv.WriteRow(1, 0.25);   // on disk now
/// </code></example>
public sealed class CsvWriter : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly int _columns;
    private readonly StringBuilder _line = new();

    /// <summary>Creates (or replaces) the file at <paramref name="path"/>, creating its folder if needed, and writes the header.</summary>
    /// <exception cref="ArgumentException">No columns were given, or the path is empty.</exception>
    /// <exception cref="IOException">The file cannot be created.</exception>
    /// <exception cref="UnauthorizedAccessException">The path is a folder or not writable.</exception>
    public CsvWriter(string path, params string[] columns)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Length == 0)
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
            Directory.CreateDirectory(folder);
        FilePath = path;
        _columns = columns.Length;
        _writer = new StreamWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Write([.. columns]);
    }

    /// <summary>The file.</summary>
    public string FilePath { get; }

    /// <summary>Rows written, not counting the header.</summary>
    public int RowCount { get; private set; }

    /// <summary>Writes a row, each value formatted by <see cref="CsvTable.Format"/>, and flushes it to the file.</summary>
    /// <exception cref="ArgumentException">The number of values differs from the number of columns.</exception>
    public void WriteRow(params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != _columns)
            throw new ArgumentException($"The row has {values.Length} values but the table has {_columns} columns.", nameof(values));
        Write(Array.ConvertAll(values, CsvTable.Format));
        RowCount++;
    }

    /// <summary>Closes the file.</summary>
    public void Dispose() => _writer.Dispose();

    private void Write(string[] fields)
    {
        _line.Clear();
        CsvTable.AppendLine(_line, fields);
        _writer.Write(_line);
        _writer.Flush();
    }
}
