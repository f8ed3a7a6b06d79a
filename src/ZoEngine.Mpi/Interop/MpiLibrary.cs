using System.Reflection;
using System.Runtime.InteropServices;

namespace ZoEngine.Mpi.Interop;

/// <summary>
/// Finds OpenMPI's library and its predefined handles. MPI.NET cannot be used here: it binds Microsoft MPI's ABI
/// (msmpi.dll), whose handles are integers where OpenMPI's are pointers.
/// </summary>
internal static class MpiLibrary
{
    public const string Name = "zo_mpi";

    /// <summary>The Debian package that provides the library and mpirun.</summary>
    public const string Package = "openmpi-bin";

    private static readonly string[] Candidates = ["libmpi.so.40", "libmpi.so"];
    private static int _registered;
    private static nint _handle;

    public static void EnsureResolver()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
            NativeLibrary.SetDllImportResolver(typeof(MpiLibrary).Assembly, Resolve);
    }

    /// <summary>Whether OpenMPI's library loads; <paramref name="reason"/> says why not, with the package to install.</summary>
    public static bool TryLoad(out string? reason)
    {
        if (Handle() != 0)
        {
            reason = null;
            return true;
        }
        reason = OperatingSystem.IsLinux()
            ? $"OpenMPI is not installed (none of {string.Join(", ", Candidates)} loads): install it with 'apt-get install {Package}'"
            : "the MPI binding supports OpenMPI on Linux only";
        return false;
    }

    /// <summary>The address of the predefined handle <paramref name="symbol"/> (e.g. ompi_mpi_comm_world): the handle itself.</summary>
    public static nint Predefined(string symbol) =>
        NativeLibrary.TryGetExport(Handle(), symbol, out nint address)
            ? address
            : throw new MpiException($"OpenMPI's library has no symbol '{symbol}': not an OpenMPI 4 library");

    private static nint Handle()
    {
        if (_handle == 0)
            foreach (string candidate in Candidates)
                if (NativeLibrary.TryLoad(candidate, out nint h))
                {
                    _handle = h;
                    break;
                }
        return _handle;
    }

    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? path) =>
        name == Name ? Handle() : 0;
}
