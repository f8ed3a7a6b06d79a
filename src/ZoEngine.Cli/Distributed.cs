using ZoEngine.Mpi;
using ZoEngine.Workloads.Synthetic;

namespace ZoEngine.Cli;

/// <summary>
/// --distributed mpi: starting MPI with a message that says what is missing, and turning the ranks' disagreements
/// into the command's errors.
/// </summary>
internal static class Distributed
{
    public static MpiCommunicator Start(string command, int shards)
    {
        if (shards != 1)
            throw new ZoCliException($"--shards and --distributed mpi do not go together: under MPI the ranks are the shards.");
        if (!MpiCommunicator.IsAvailable(out string? reason))
            throw new ZoCliException($"--distributed mpi: {reason}.");
        if (!MpiCommunicator.IsLaunched)
            throw new ZoCliException($"--distributed mpi runs one process per rank under an MPI launcher: start it as 'mpirun -np N {command} … --distributed mpi' (as root, add --allow-run-as-root).");
        try
        {
            return MpiCommunicator.World();
        }
        catch (MpiException e)
        {
            throw new ZoCliException($"--distributed mpi: {e.Message}");
        }
    }

    public static void CheckSeparable(SyntheticFunction function, long dimension, int blocks)
    {
        if (function == SyntheticFunction.Ackley)
            throw new ZoCliException("Ackley couples every coordinate through two means and cannot be split into shards or ranks; use quadratic, cubic, levy or rosenbrock.");
        if (dimension < blocks)
            throw new ZoCliException($"--dim {dimension} cannot be split into {blocks} non-empty blocks.");
    }

    public static void VerifyConfiguration(MpiCommunicator comm, IReadOnlyList<KeyValuePair<string, string>> metadata, int iters)
    {
        try
        {
            RunAgreement.VerifyConfiguration(comm, [.. metadata, new("run.iters", iters.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        }
        catch (MpiException e)
        {
            throw new ZoCliException(e.Message);
        }
    }

    public static void VerifyParameters(MpiCommunicator comm, ParameterSet theta, long step)
    {
        try
        {
            RunAgreement.VerifyParameters(comm, ParameterDigest.Sha256(theta), step);
        }
        catch (MpiException e)
        {
            throw new ZoCliException(e.Message, ExitCodes.Failed);
        }
    }
}
