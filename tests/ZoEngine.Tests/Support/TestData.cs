using System.Globalization;

namespace ZoEngine.Tests.Support;

/// <summary>Reads the shared tables under tests/data.</summary>
public static class TestData
{
    public static string PathOf(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "data", name);

    /// <summary>The repository root (the folder with ZoEngine.sln above the test binaries), for tests of committed files.</summary>
    public static string RepoRoot()
    {
        for (var d = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "ZoEngine.sln")))
                return d.FullName;
        }
        throw new InvalidOperationException("The tests run outside a ZoEngine checkout: no ZoEngine.sln above the test directory.");
    }

    public sealed record KatVector(uint[] Counter, uint[] Key, uint[] Expected);

    public static IReadOnlyList<KatVector> PhiloxKat()
    {
        var result = new List<KatVector>();
        foreach (var line in File.ReadAllLines(PathOf("philox_kat.txt")))
        {
            if (line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
                continue;
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f[0] != "philox4x32" || f[1] != "10")
                continue;
            uint H(int i) => uint.Parse(f[i], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            result.Add(new KatVector([H(2), H(3), H(4), H(5)], [H(6), H(7)], [H(8), H(9), H(10), H(11)]));
        }
        return result;
    }
}
