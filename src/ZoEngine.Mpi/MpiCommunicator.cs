using System.Runtime.InteropServices;
using ZoEngine.Mpi.Interop;

namespace ZoEngine.Mpi;

/// <summary>
/// The engine's own MPI communicator: a duplicate of MPI_COMM_WORLD, so that the engine's collectives never match a
/// message of the host program's, with errors returned as codes (and thrown as <see cref="MpiException"/>) instead
/// of aborting inside MPI. Initialises MPI if the program has not, and finalises it on dispose only in that case.
/// </summary>
/// <remarks>
/// Every collective here blocks until all ranks have called it. The engine calls them from one thread
/// (MPI_THREAD_FUNNELED is requested), in the same order on every rank.
/// </remarks>
public sealed unsafe class MpiCommunicator : IDisposable
{
    // MPI_THREAD_FUNNELED in OpenMPI's mpi.h: only the thread that initialised MPI calls it.
    private const int ThreadFunneled = 1;

    private readonly CommunicatorHandle _comm;
    private readonly bool _finalizeOnDispose;
    private readonly nint _byte;
    private readonly nint _double;
    private readonly nint _sum;

    private MpiCommunicator(CommunicatorHandle comm, bool finalizeOnDispose)
    {
        _comm = comm;
        _finalizeOnDispose = finalizeOnDispose;
        _byte = MpiLibrary.Predefined("ompi_mpi_byte");
        _double = MpiLibrary.Predefined("ompi_mpi_double");
        _sum = MpiLibrary.Predefined("ompi_mpi_op_sum");
        MpiCheck.ThrowIfFailed(MpiApi.MPI_Comm_rank(comm.DangerousGetHandle(), out int rank));
        MpiCheck.ThrowIfFailed(MpiApi.MPI_Comm_size(comm.DangerousGetHandle(), out int size));
        Rank = rank;
        Size = size;
    }

    /// <summary>This process's rank, 0 to <see cref="Size"/> − 1.</summary>
    public int Rank { get; }

    /// <summary>The number of ranks.</summary>
    public int Size { get; }

    /// <summary>
    /// Whether this process was started by an MPI launcher (mpirun, mpiexec, srun with PMIx): only then does MPI
    /// connect it to other ranks; started alone it would silently be a world of one.
    /// </summary>
    public static bool IsLaunched =>
        Environment.GetEnvironmentVariable("OMPI_COMM_WORLD_SIZE") is not null
        || Environment.GetEnvironmentVariable("PMIX_RANK") is not null
        || Environment.GetEnvironmentVariable("PMI_RANK") is not null;

    /// <summary>Whether OpenMPI's library loads here; <paramref name="reason"/> says why not and what to install.</summary>
    public static bool IsAvailable(out string? reason) => MpiLibrary.TryLoad(out reason);

    /// <summary>Initialises MPI if needed and returns a communicator over all ranks of the job.</summary>
    /// <exception cref="MpiException">OpenMPI is not installed, or MPI failed to start.</exception>
    public static MpiCommunicator World()
    {
        if (!MpiLibrary.TryLoad(out string? reason))
            throw new MpiException(reason!);
        MpiCheck.ThrowIfFailed(MpiApi.MPI_Initialized(out int initialized));
        bool ours = initialized == 0;
        if (ours)
        {
            MpiCheck.ThrowIfFailed(MpiApi.MPI_Init_thread(null, null, ThreadFunneled, out int provided));
            if (provided < ThreadFunneled)
                throw new MpiException($"MPI provides thread level {provided}; the engine needs MPI_THREAD_FUNNELED ({ThreadFunneled}).");
        }
        nint world = MpiLibrary.Predefined("ompi_mpi_comm_world");
        MpiCheck.ThrowIfFailed(MpiApi.MPI_Comm_dup(world, out nint dup));
        var handle = new CommunicatorHandle(dup);
        MpiCheck.ThrowIfFailed(MpiApi.MPI_Comm_set_errhandler(dup, MpiLibrary.Predefined("ompi_mpi_errors_return")));
        return new MpiCommunicator(handle, ours);
    }

    /// <summary>Every rank's <paramref name="mine"/>, concatenated in rank order into <paramref name="all"/> (Size × mine.Length).</summary>
    public void AllGather(ReadOnlySpan<double> mine, Span<double> all) =>
        AllGather(MemoryMarshal.AsBytes(mine), MemoryMarshal.AsBytes(all));

    /// <summary>Every rank's bytes, concatenated in rank order into <paramref name="all"/> (Size × mine.Length).</summary>
    public void AllGather(ReadOnlySpan<byte> mine, Span<byte> all)
    {
        if (all.Length != checked(mine.Length * Size))
            throw new ArgumentException($"AllGather of {mine.Length} bytes from {Size} ranks needs {mine.Length * (long)Size} bytes, got {all.Length}.");
        fixed (byte* s = mine)
        fixed (byte* r = all)
            MpiCheck.ThrowIfFailed(MpiApi.MPI_Allgather(s, mine.Length, _byte, r, mine.Length, _byte, Comm));
    }

    /// <summary>
    /// Sums <paramref name="values"/> over all ranks in place. MPI does not fix the order of the additions, so the
    /// result may differ in its last bits between runs: use <see cref="AllGather(ReadOnlySpan{double}, Span{double})"/>
    /// and sum in rank order where every rank must get the same bits.
    /// </summary>
    public void AllReduceSum(Span<double> values)
    {
        fixed (double* v = values)
            MpiCheck.ThrowIfFailed(MpiApi.MPI_Allreduce((void*)1 /* MPI_IN_PLACE in OpenMPI */, v, values.Length, _double, _sum, Comm));
    }

    /// <summary>Copies rank <paramref name="root"/>'s <paramref name="buffer"/> into every other rank's.</summary>
    public void Broadcast(Span<byte> buffer, int root)
    {
        fixed (byte* b = buffer)
            MpiCheck.ThrowIfFailed(MpiApi.MPI_Bcast(b, buffer.Length, _byte, root, Comm));
    }

    /// <summary>Returns once every rank has called it.</summary>
    public void Barrier() => MpiCheck.ThrowIfFailed(MpiApi.MPI_Barrier(Comm));

    /// <summary>Ends every rank of the job with <paramref name="exitCode"/>: for an error that leaves the ranks disagreeing.</summary>
    public void Abort(int exitCode) => MpiApi.MPI_Abort(Comm, exitCode);

    /// <summary>Frees the communicator and, if this object initialised MPI, finalises it.</summary>
    public void Dispose()
    {
        _comm.Dispose();
        if (_finalizeOnDispose && MpiApi.MPI_Finalized(out int finalized) == MpiApi.Success && finalized == 0)
            MpiApi.MPI_Finalize();
    }

    private nint Comm => _comm.DangerousGetHandle();

    /// <summary>A communicator the engine created; freed once, and never after MPI_Finalize (when it no longer exists).</summary>
    private sealed class CommunicatorHandle : SafeHandle
    {
        public CommunicatorHandle(nint comm) : base(0, ownsHandle: true) => SetHandle(comm);

        public override bool IsInvalid => handle == 0;

        protected override bool ReleaseHandle()
        {
            if (MpiApi.MPI_Finalized(out int finalized) != MpiApi.Success || finalized != 0)
                return true;
            nint comm = handle;
            return MpiApi.MPI_Comm_free(ref comm) == MpiApi.Success;
        }
    }
}
