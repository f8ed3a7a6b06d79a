using System.Runtime.InteropServices;

namespace ZoEngine.Mpi.Interop;

/// <summary>
/// The MPI entry points the engine uses, bound with <c>[LibraryImport]</c> against OpenMPI's C ABI (libmpi.so.40),
/// where every handle (communicator, datatype, op, error handler) is a pointer and the predefined ones are the
/// addresses of data symbols (<see cref="MpiLibrary"/> looks them up).
/// </summary>
internal static unsafe partial class MpiApi
{
    static MpiApi() => MpiLibrary.EnsureResolver();

    /// <summary>MPI_SUCCESS.</summary>
    public const int Success = 0;

    /// <summary>MPI_MAX_ERROR_STRING in OpenMPI's mpi.h.</summary>
    public const int MaxErrorString = 256;

    [LibraryImport(MpiLibrary.Name)] public static partial int MPI_Initialized(out int flag);
    [LibraryImport(MpiLibrary.Name)] public static partial int MPI_Finalized(out int flag);
    [LibraryImport(MpiLibrary.Name)] public static partial int MPI_Init_thread(int* argc, byte*** argv, int required, out int provided);
    [LibraryImport(MpiLibrary.Name)] public static partial int MPI_Finalize();
    [LibraryImport(MpiLibrary.Name)] public static partial int MPI_Comm_rank(nint comm, out int rank);
    [LibraryImport(MpiLibrary.Name)] public static partial int MPI_Comm_size(nint comm, out int size);
    [LibraryImport(MpiLibrary.Name)] public static partial int MPI_Comm_dup(nint comm, out nint duplicate);
    [LibraryImport(MpiLibrary.Name)] public static partial int MPI_Comm_free(ref nint comm);
    [LibraryImport(MpiLibrary.Name)] public static partial int MPI_Comm_set_errhandler(nint comm, nint handler);
    [LibraryImport(MpiLibrary.Name)] public static partial int MPI_Allreduce(void* send, void* receive, int count, nint datatype, nint op, nint comm);
    [LibraryImport(MpiLibrary.Name)] public static partial int MPI_Allgather(void* send, int sendCount, nint sendType, void* receive, int receiveCount, nint receiveType, nint comm);
    [LibraryImport(MpiLibrary.Name)] public static partial int MPI_Bcast(void* buffer, int count, nint datatype, int root, nint comm);
    [LibraryImport(MpiLibrary.Name)] public static partial int MPI_Barrier(nint comm);
    [LibraryImport(MpiLibrary.Name)] public static partial int MPI_Abort(nint comm, int errorCode);
    [LibraryImport(MpiLibrary.Name)] public static partial int MPI_Error_string(int errorCode, byte* text, out int length);
}
