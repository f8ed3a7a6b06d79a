using System.Text;

namespace ZoEngine.Workloads.Reporting;

/// <summary>How every report (CSV, SVG, PNG) reaches disk: text as UTF-8 without a byte-order mark, its folder created if needed.</summary>
internal static class ReportFile
{
    public static void Write(string path, string text)
    {
        CreateFolder(path);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    public static void Write(string path, byte[] bytes)
    {
        CreateFolder(path);
        File.WriteAllBytes(path, bytes);
    }

    private static void CreateFolder(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
            Directory.CreateDirectory(folder);
    }
}
