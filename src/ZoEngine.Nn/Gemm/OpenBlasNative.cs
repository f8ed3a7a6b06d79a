using System.Reflection;
using System.Runtime.InteropServices;

namespace ZoEngine.Nn.Gemm;

/// <summary>
/// The CBLAS entry points of OpenBLAS (32-bit integer interface, as Debian's libopenblas0 ships it). The library is
/// found by <see cref="TryLoad"/> under its runtime names, because the unversioned libopenblas.so that the default
/// probing of "openblas" looks for exists only where the -dev package is installed.
/// </summary>
/// <remarks>This assembly's one <see cref="NativeLibrary.SetDllImportResolver"/> is registered here.</remarks>
internal static unsafe partial class OpenBlasNative
{
    private const string Library = "openblas";

    /// <summary>CBLAS_ORDER / CBLAS_TRANSPOSE values from cblas.h.</summary>
    public const int RowMajor = 101, NoTrans = 111, Trans = 112;

    private static readonly object Gate = new();
    private static nint _handle;
    private static string? _failure;
    private static string _loadedName = "";

    /// <summary>The names tried, in order: the runtime soname first, because it is what the runtime packages install.</summary>
    public static IReadOnlyList<string> Candidates { get; } =
        OperatingSystem.IsWindows() ? ["libopenblas.dll", "openblas.dll"]
        : OperatingSystem.IsMacOS() ? ["libopenblas.0.dylib", "libopenblas.dylib", "openblas"]
        : ["libopenblas.so.0", "libopenblas.so", "openblas"];

    /// <summary>The name under which the library loaded.</summary>
    public static string LoadedName => _loadedName;

    /// <summary>Loads OpenBLAS once and checks that it exports both GEMMs; otherwise says what was tried and why it failed.</summary>
    public static bool TryLoad(out string reason)
    {
        lock (Gate)
        {
            if (_handle == 0 && _failure is null)
                _failure = Load();
            reason = _failure ?? "";
            return _failure is null;
        }
    }

    private static string? Load()
    {
        foreach (string name in Candidates)
        {
            if (!NativeLibrary.TryLoad(name, typeof(OpenBlasNative).Assembly, DllImportSearchPath.SafeDirectories | DllImportSearchPath.AssemblyDirectory, out nint handle))
                continue;
            foreach (string export in new[] { "cblas_sgemm", "cblas_dgemm", "openblas_get_config", "openblas_get_corename", "openblas_get_num_threads", "openblas_set_num_threads" })
            {
                if (!NativeLibrary.TryGetExport(handle, export, out _))
                {
                    NativeLibrary.Free(handle);
                    return $"'{name}' loaded but does not export {export}: it is not an OpenBLAS build with the CBLAS interface.";
                }
            }
            _handle = handle;
            _loadedName = name;
            NativeLibrary.SetDllImportResolver(typeof(OpenBlasNative).Assembly, Resolve);
            return null;
        }
        string install = OperatingSystem.IsLinux()
            ? " On Debian or Ubuntu: sudo apt-get install libopenblas0-pthread."
            : " Put the OpenBLAS library on the library search path.";
        return $"OpenBLAS is not installed or not on the library search path (tried {string.Join(", ", Candidates)}).{install}";
    }

    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath) =>
        name == Library ? _handle : 0;

    [LibraryImport(Library, EntryPoint = "cblas_sgemm")]
    public static partial void Sgemm(int order, int transA, int transB, int m, int n, int k, float alpha, float* a, int lda,
        float* b, int ldb, float beta, float* c, int ldc);

    [LibraryImport(Library, EntryPoint = "cblas_dgemm")]
    public static partial void Dgemm(int order, int transA, int transB, int m, int n, int k, double alpha, double* a, int lda,
        double* b, int ldb, double beta, double* c, int ldc);

    /// <summary>The build description, e.g. "OpenBLAS 0.3.21 DYNAMIC_ARCH NO_AFFINITY Zen MAX_THREADS=64".</summary>
    [LibraryImport(Library, EntryPoint = "openblas_get_config")]
    public static partial byte* GetConfig();

    /// <summary>The kernel family OpenBLAS chose at load time, e.g. "Haswell" or "SkylakeX" (OPENBLAS_CORETYPE forces it).</summary>
    [LibraryImport(Library, EntryPoint = "openblas_get_corename")]
    public static partial byte* GetCoreName();

    [LibraryImport(Library, EntryPoint = "openblas_get_num_threads")]
    public static partial int GetNumThreads();

    [LibraryImport(Library, EntryPoint = "openblas_set_num_threads")]
    public static partial void SetNumThreads(int threads);
}
