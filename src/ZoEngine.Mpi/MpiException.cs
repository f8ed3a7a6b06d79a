namespace ZoEngine.Mpi;

/// <summary>An MPI call failed, MPI is not available, or the ranks of a run disagree; the message says which.</summary>
public class MpiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MpiException(string message) : base(message)
    {
    }
}
