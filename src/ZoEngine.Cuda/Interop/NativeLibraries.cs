using System.Reflection;
using System.Runtime.InteropServices;

namespace ZoEngine.Cuda.Interop;

/// <summary>
/// Maps the library names of this assembly's imports to the files of each platform: the driver is libcuda.so.1 on
/// Linux and nvcuda.dll on Windows; cuBLAS carries its major version in the file name; the host build of the kernels
/// sits next to the assembly (or among a package consumer's native assets). One resolver, registered before the first import is bound.
/// </summary>
internal static class NativeLibraries
{
    public const string Driver = "zo_cuda_driver";
    public const string Blas = "zo_cublas";
    public const string Host = "zo_native";

    private static int _registered;

    public static void EnsureResolver()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
            NativeLibrary.SetDllImportResolver(typeof(NativeLibraries).Assembly, Resolve);
    }

    /// <summary>The file names tried for <paramref name="name"/> on this platform, in order.</summary>
    public static string[] Candidates(string name) => name switch
    {
        Driver => OperatingSystem.IsWindows() ? ["nvcuda.dll"] : ["libcuda.so.1", "libcuda.so"],
        Blas => OperatingSystem.IsWindows()
            ? ["cublas64_12.dll", "cublas64_11.dll"]
            : ["libcublas.so.12", "libcublas.so.11", "libcublas.so"],
        // Next to the assembly in a build of this repository; by bare name where a package put it among the app's
        // native assets (runtimes/linux-x64/native/), which the runtime probes through the app's deps.json.
        Host => OperatingSystem.IsWindows()
            ? [Path.Combine(AppContext.BaseDirectory, "zo_native.dll"), "zo_native.dll"]
            : [Path.Combine(AppContext.BaseDirectory, "libzo_native.so"), "libzo_native.so"],
        _ => [name],
    };

    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? path)
    {
        foreach (var candidate in Candidates(name))
        {
            if (NativeLibrary.TryLoad(candidate, assembly, path, out nint handle))
                return handle;
        }
        return 0;
    }
}
