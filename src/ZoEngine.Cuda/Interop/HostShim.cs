using System.Runtime.InteropServices;

namespace ZoEngine.Cuda.Interop;

/// <summary>
/// The C ABI of native/ (native/zo_host.h): the kernels of kernels/ compiled for the host, found by name and run
/// with the same argument struct a GPU launch passes.
/// </summary>
internal static unsafe partial class HostShim
{
    static HostShim() => NativeLibraries.EnsureResolver();

    public const int AbiVersion = 1;

    [LibraryImport(NativeLibraries.Host)] public static partial int zo_host_abi_version();
    [LibraryImport(NativeLibraries.Host)] public static partial int zo_host_kernel_count();
    [LibraryImport(NativeLibraries.Host)] public static partial byte* zo_host_kernel_name(int index);
    [LibraryImport(NativeLibraries.Host)] public static partial int zo_host_find_kernel(byte* name, out nint handle, out int argBytes);

    [LibraryImport(NativeLibraries.Host)]
    public static partial int zo_host_launch(nint handle, uint gridX, uint gridY, uint gridZ, uint blockX, uint blockY, uint blockZ,
        uint sharedBytes, void* args, int argBytes);

    [LibraryImport(NativeLibraries.Host)] public static partial byte* zo_host_last_error();

    public static string LastError() => Marshal.PtrToStringUTF8((nint)zo_host_last_error()) ?? "(no message)";
}
