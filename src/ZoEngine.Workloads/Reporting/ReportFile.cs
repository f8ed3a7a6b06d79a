using System.Text;

namespace ZoEngine.Workloads.Reporting;

/// <summary>How every report (CSV, SVG) reaches disk: UTF-8 without a byte-order mark, its folder created if needed.</summary>
internal static class ReportFile
{
    public static void Write(string path, string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
            Directory.CreateDirectory(folder);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
