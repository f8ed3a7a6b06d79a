using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using ZoEngine.Cuda.Kernels;
using ZoEngine.Cuda.Runtime;
using ZoEngine.Tests.Support;

namespace ZoEngine.Tests.Cuda;

/// <summary>
/// The committed PTX against the sources it was built from: the manifest's hashes (always), a fresh nvcc build byte
/// for byte (where nvcc exists; CI installs it), and ptxas's resource report (no spills). The PTX is what users
/// without a toolkit run, so a stale or damaged file must fail here rather than on someone's GPU.
/// </summary>
public partial class PtxBuildTests
{
    private static string Kernels => Path.Combine(TestData.RepoRoot(), "kernels");

    private static PtxCatalog Committed() =>
        PtxCatalog.FromSource(name => File.Exists(Path.Combine(Kernels, "ptx", name)) ? File.ReadAllBytes(Path.Combine(Kernels, "ptx", name)) : null);

    /// <summary>The headers a source reaches through #include "NAME", transitively, sorted ordinally: the manifest's hash rule.</summary>
    private static List<string> IncludesOf(string source)
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>([source]);
        while (pending.Count > 0)
        {
            foreach (Match m in IncludeLine().Matches(File.ReadAllText(Path.Combine(Kernels, pending.Dequeue()))))
            {
                if (seen.Add(m.Groups[1].Value))
                    pending.Enqueue(m.Groups[1].Value);
            }
        }
        return [.. seen];
    }

    [GeneratedRegex("""^[ \t]*#[ \t]*include[ \t]*"([^"]*)".*$""", RegexOptions.Multiline)]
    private static partial Regex IncludeLine();

    [Test]
    public void TheManifest_HashesTheCurrentSources_AndListsEveryKernelFile()
    {
        var catalog = Committed();
        var listed = catalog.Files.Select(f => f.File).ToHashSet();
        var onDisk = Directory.GetFiles(Kernels, "*.cu").Select(Path.GetFileName).ToHashSet();
        Assert.That(listed, Is.EquivalentTo(onDisk), "every kernels/*.cu has PTX (run ./build.sh ptx)");
        foreach (var f in catalog.Files)
        {
            var includes = IncludesOf(f.File);
            Assert.That(f.Includes, Is.EqualTo(includes), $"{f.File}: included headers");
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var name in new[] { f.File }.Concat(includes))
                sha.AppendData(File.ReadAllBytes(Path.Combine(Kernels, name)));
            Assert.That(Convert.ToHexStringLower(sha.GetHashAndReset()), Is.EqualTo(f.Sha256),
                $"kernels/{f.File} or a header it includes changed since its PTX was generated: the committed PTX is stale (run ./build.sh ptx and commit kernels/ptx)");
            Assert.That(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Kernels, "ptx", f.Ptx)))), Is.EqualTo(f.PtxSha256),
                $"kernels/ptx/{f.Ptx} differs from what the manifest records");
        }
    }

    [Test]
    public void TheEmbeddedPtx_IsTheCommittedPtx()
    {
        var embedded = PtxCatalog.Embedded();
        var committed = Committed();
        Assert.That(embedded.Files.Select(f => f.PtxSha256), Is.EqualTo(committed.Files.Select(f => f.PtxSha256)));
        foreach (var f in embedded.Files)
            Assert.That(embedded.Image(f), Is.EqualTo(File.ReadAllBytes(Path.Combine(Kernels, "ptx", f.Ptx))), f.Ptx);
    }

    [Test]
    public void EveryKernel_TakesTheArgumentStructTheCSharpSidePasses()
    {
        var kernels = Committed().Files.SelectMany(f => f.Kernels).ToDictionary(k => k.Name, k => k.ParamBytes);
        Assert.That(kernels.Keys, Is.EquivalentTo(KernelAbi.ArgBytes.Keys), "kernel names in the PTX and in KernelAbi");
        foreach (var (name, bytes) in KernelAbi.ArgBytes)
            Assert.That(kernels[name], Is.EqualTo(bytes), $"{name}: parameter bytes in the PTX against the C# struct");
    }

    [Test]
    public void AFreshNvccBuild_IsByteIdenticalToTheCommittedPtx()
    {
        if (!Tool.Exists("nvcc"))
            Assert.Ignore("nvcc not found (install nvidia-cuda-toolkit; .ci/run does): the committed PTX cannot be rebuilt here");
        string outDir = Directory.CreateTempSubdirectory("zo-ptx-").FullName;
        try
        {
            var (code, output) = Tool.Run("bash", $"kernels/build-ptx.sh --out \"{outDir}\"", TestData.RepoRoot(), TimeSpan.FromMinutes(10));
            Assert.That(code, Is.EqualTo(0), output);
            foreach (var file in Directory.GetFiles(Path.Combine(Kernels, "ptx")))
            {
                string fresh = Path.Combine(outDir, Path.GetFileName(file));
                Assert.That(File.Exists(fresh), $"{Path.GetFileName(file)} was not rebuilt");
                Assert.That(File.ReadAllBytes(fresh), Is.EqualTo(File.ReadAllBytes(file)),
                    $"kernels/ptx/{Path.GetFileName(file)} is stale against kernels/: run ./build.sh ptx and commit kernels/ptx");
            }
            Assert.That(Directory.GetFiles(outDir).Length, Is.EqualTo(Directory.GetFiles(Path.Combine(Kernels, "ptx")).Length), "the same set of files");
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }

    [TestCase("sm_80")]
    [TestCase("sm_90")]
    public void Ptxas_ReportsNoSpills_ForAnyKernel(string arch)
    {
        if (!Tool.Exists("ptxas"))
            Assert.Ignore("ptxas not found (install nvidia-cuda-toolkit; .ci/run does)");
        int kernels = 0;
        foreach (var f in Committed().Files)
        {
            var (code, log) = Tool.Run("ptxas", $"-v --gpu-name {arch} \"{Path.Combine(Kernels, "ptx", f.Ptx)}\" -o /dev/null", TestData.RepoRoot(), TimeSpan.FromMinutes(5));
            Assert.That(code, Is.EqualTo(0), log);
            var spills = SpillLine().Matches(log);
            Assert.That(spills, Has.Count.EqualTo(f.Kernels.Count), $"{f.Ptx}: one resource line per kernel\n{log}");
            foreach (Match m in spills)
            {
                Assert.That(m.Groups[1].Value, Is.EqualTo("0"), $"{f.Ptx} on {arch} spills stores:\n{log}");
                Assert.That(m.Groups[2].Value, Is.EqualTo("0"), $"{f.Ptx} on {arch} spills loads:\n{log}");
                kernels++;
            }
        }
        Assert.That(kernels, Is.EqualTo(KernelAbi.ArgBytes.Count));
    }

    [GeneratedRegex(@"(\d+) bytes spill stores, (\d+) bytes spill loads")]
    private static partial Regex SpillLine();
}

/// <summary>External tools for the build tests.</summary>
internal static class Tool
{
    public static bool Exists(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, name)));

    public static (int Code, string Output) Run(string file, string arguments, string directory, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo(file, arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            return (-1, $"{file} timed out after {timeout}");
        }
        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}
