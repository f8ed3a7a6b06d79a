using System.Text;
using NUnit.Framework;
using ZoEngine.Workloads.Reporting;

namespace ZoEngine.Tests.Workloads;

[TestFixture]
public sealed class CsvTableTests
{
    [Test]
    public void FieldsRoundTripThroughAnRfc4180Parser()
    {
        string[] awkward = ["plain", "a,b", "say \"hi\"", "two\nlines", "crlf\r\ninside", "", " padded ", "\"", ",", "trailing,"];
        var table = new CsvTable("name", "value, with comma");
        foreach (var field in awkward)
            table.AddRow(field, field.Length);

        var records = Parse(table.Render());

        Assert.That(records, Has.Count.EqualTo(awkward.Length + 1));
        Assert.That(records[0], Is.EqualTo(new[] { "name", "value, with comma" }));
        for (int i = 0; i < awkward.Length; i++)
            Assert.That(records[i + 1], Is.EqualTo(new[] { awkward[i], awkward[i].Length.ToString() }), $"row {i}");
    }

    [TestCase("plain", "plain")]
    [TestCase("", "")]
    [TestCase(" spaced ", " spaced ")]
    [TestCase("a,b", "\"a,b\"")]
    [TestCase("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [TestCase("x\ny", "\"x\ny\"")]
    [TestCase("x\ry", "\"x\ry\"")]
    public void OnlyFieldsThatNeedItAreQuoted(string field, string expected) =>
        Assert.That(CsvTable.Quote(field), Is.EqualTo(expected));

    [Test]
    public void LinesEndWithCrLfAndTheHeaderComesFirst()
    {
        var table = new CsvTable("a", "b");
        table.AddRow(1, 2);
        table.AddRow(3, 4);
        Assert.That(table.Render(), Is.EqualTo("a,b\r\n1,2\r\n3,4\r\n"));
        Assert.That(table.RowCount, Is.EqualTo(2));
    }

    [Test]
    public void NumbersAreInvariantAndRoundTripExactly()
    {
        double tricky = 0.1 + 0.2;
        float single = 1f / 3f;
        var table = new CsvTable("double", "float", "long", "missing", "nan");
        using (new CommaDecimalCulture())
            table.AddRow(tricky, single, 12345678901L, null, double.NaN);

        var row = Parse(table.Render())[1];

        Assert.That(row, Is.EqualTo(new[] { "0.30000000000000004", "0.33333334", "12345678901", "", "NaN" }));
        Assert.That(double.Parse(row[0], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(tricky));
        Assert.That(float.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(single));
    }

    [Test]
    public void RowsMustMatchTheHeader()
    {
        var table = new CsvTable("a", "b");
        Assert.Throws<ArgumentException>(() => table.AddRow(1));
        Assert.Throws<ArgumentException>(() => table.AddRow(1, 2, 3));
        Assert.Throws<ArgumentException>(() => _ = new CsvTable());
        Assert.That(table.RowCount, Is.EqualTo(0));
    }

    [Test]
    public void SaveWritesTheRenderedTextWithoutAByteOrderMark()
    {
        string folder = Path.Combine(Path.GetTempPath(), "zo-csv-" + Guid.NewGuid().ToString("N"));
        try
        {
            var table = new CsvTable("name", "loss");
            table.AddRow("naïve, \"quoted\"", 0.5);
            string path = Path.Combine(folder, "nested", "table.csv");
            table.Save(path);

            byte[] bytes = File.ReadAllBytes(path);
            Assert.That(bytes.Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
            Assert.That(Encoding.UTF8.GetString(bytes), Is.EqualTo(table.Render()));
        }
        finally
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// An independent RFC 4180 reader: records end at CRLF outside quotes; a quoted field runs to the next quote that is
    /// not doubled and may hold commas, quotes and line breaks.
    /// </summary>
    private static List<string[]> Parse(string csv)
    {
        var records = new List<string[]>();
        var record = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    Assert.That(i, Is.LessThan(csv.Length), "unterminated quoted field");
                    if (csv[i] == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (csv[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(csv[i++]);
                    }
                }
                Assert.That(i == csv.Length || csv[i] == ',' || csv[i] == '\r', Is.True, $"text after a closing quote at {i}");
            }
            else if (csv[i] == ',')
            {
                record.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (csv[i] == '\r')
            {
                Assert.That(csv[i + 1], Is.EqualTo('\n'), "a bare CR outside quotes");
                record.Add(field.ToString());
                field.Clear();
                records.Add([.. record]);
                record.Clear();
                i += 2;
            }
            else
            {
                Assert.That(csv[i], Is.Not.EqualTo('"').And.Not.EqualTo('\n'), $"an unquoted quote or LF at {i}");
                field.Append(csv[i++]);
            }
        }
        Assert.That(record, Is.Empty, "the last record must end with CRLF");
        return records;
    }
}
