using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;

namespace ZoEngine.Cuda.Runtime;

/// <summary>
/// The PTX embedded in this assembly (kernels/ptx/*.ptx) and its manifest: which kernels each file holds and the
/// size of each kernel's argument struct. Every image is checked against the SHA-256 the manifest records, so a
/// damaged resource is reported by name before the driver sees it.
/// </summary>
internal sealed class PtxCatalog
{
    private readonly Func<string, byte[]?> _read;

    private PtxCatalog(PtxManifest manifest, Func<string, byte[]?> read)
    {
        Manifest = manifest;
        _read = read;
    }

    public PtxManifest Manifest { get; }

    public IReadOnlyList<PtxFile> Files => Manifest.Sources;

    /// <summary>The catalog of the resources embedded in ZoEngine.Cuda.</summary>
    public static PtxCatalog Embedded()
    {
        var assembly = typeof(PtxCatalog).Assembly;
        return FromSource(name => ReadResource(assembly, "ptx/" + name));
    }

    /// <summary>A catalog over any source of files by name (the manifest is "manifest.json").</summary>
    public static PtxCatalog FromSource(Func<string, byte[]?> read)
    {
        byte[] json = read("manifest.json") ?? throw new InvalidDataException("The PTX manifest (ptx/manifest.json) is missing from the assembly.");
        PtxManifest manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<PtxManifest>(json, JsonOptions) ?? throw new InvalidDataException("The PTX manifest is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The PTX manifest is not valid JSON: {e.Message}", e);
        }
        if (manifest.Sources is null || manifest.Sources.Count == 0)
            throw new InvalidDataException("The PTX manifest lists no files.");
        return new PtxCatalog(manifest, read);
    }

    /// <summary>The image of <paramref name="file"/>, verified against its recorded hash.</summary>
    public byte[] Image(PtxFile file)
    {
        byte[] bytes = _read(file.Ptx) ?? throw new InvalidDataException($"PTX resource '{file.Ptx}' is listed in the manifest but missing from the assembly.");
        string actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!string.Equals(actual, file.PtxSha256, StringComparison.OrdinalIgnoreCase))
            throw new InvalidDataException($"PTX resource '{file.Ptx}' is corrupt: its SHA-256 is {actual}, the manifest records {file.PtxSha256}. Rebuild ZoEngine.Cuda from a clean checkout.");
        return bytes;
    }

    private static byte[]? ReadResource(Assembly assembly, string name)
    {
        using var s = assembly.GetManifestResourceStream(name);
        if (s is null)
            return null;
        using var m = new MemoryStream();
        s.CopyTo(m);
        return m.ToArray();
    }

    internal static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };
}

/// <summary>kernels/ptx/manifest.json, written by kernels/build-ptx.sh.</summary>
internal sealed record PtxManifest(string Nvcc, string Command, List<string> Flags, string HashRule, List<PtxFile> Sources);

/// <summary>One compiled source: its hash under the manifest's hash rule, its PTX and that PTX's own hash, and its kernels.</summary>
internal sealed record PtxFile(string File, List<string> Includes, string Sha256, string Ptx, string PtxSha256, List<PtxKernel> Kernels);

/// <summary>One kernel: its name and its parameter bytes as the PTX declares them.</summary>
internal sealed record PtxKernel(string Name, int ParamBytes, int ParamAlign);
