namespace ZoEngine.Bench;

/// <summary>Finds the repository root (the folder holding ZoEngine.sln) from the working directory or the binary.</summary>
internal static class RepoRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
            {
                if (File.Exists(Path.Combine(d.FullName, "ZoEngine.sln")))
                    return d.FullName;
            }
        }
        throw new DirectoryNotFoundException("Run the benchmarks from inside the ZoEngine repository.");
    }
}
