using System.Runtime.CompilerServices;
using System.Text;

namespace ZoEngine.Mpi.Interop;

/// <summary>The one place MPI return codes become exceptions.</summary>
internal static class MpiCheck
{
    /// <summary>Throws an <see cref="MpiException"/> naming <paramref name="call"/> and MPI's own text unless <paramref name="result"/> is MPI_SUCCESS.</summary>
    public static void ThrowIfFailed(int result, [CallerArgumentExpression(nameof(result))] string call = "")
    {
        if (result != MpiApi.Success)
            throw new MpiException($"{call} failed with MPI error {result}: {ErrorString(result)}");
    }

    public static unsafe string ErrorString(int code)
    {
        byte* text = stackalloc byte[MpiApi.MaxErrorString];
        return MpiApi.MPI_Error_string(code, text, out int length) == MpiApi.Success && length is > 0 and <= MpiApi.MaxErrorString
            ? Encoding.UTF8.GetString(text, length)
            : "(no text)";
    }
}
