using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace ZoEngine.Trajectory;

/// <summary>
/// The exclusive lock a <see cref="TrajectoryWriter"/> holds on its log for as long as it writes: a file beside the
/// log, "<c>LOG.lock</c>", opened with <see cref="FileShare.None"/>. On Linux and macOS .NET backs that with an
/// exclusive <c>flock</c>, which the kernel drops when the holder dies, so the lock file a killed run leaves behind is
/// taken over by the next writer instead of blocking it for ever; on Windows the share mode itself is the lock. The
/// file says who holds it (process id, host, start time) so that a refused writer can name the holder, and it is
/// deleted when the writer closes.
/// </summary>
internal static partial class LogFileLock
{
    // What .NET puts in HResult when the lock is held elsewhere: ERROR_SHARING_VIOLATION as an HRESULT on Windows, the
    // raw errno of the refused flock (EWOULDBLOCK: 11 on Linux, 35 on macOS) on Unix.
    private const int SharingViolation = unchecked((int)0x80070020);

    private static bool IsHeldElsewhere(IOException e) =>
        e.HResult == SharingViolation || (OperatingSystem.IsLinux() && e.HResult == 11) || (OperatingSystem.IsMacOS() && e.HResult == 35);

    /// <summary>The lock file of the log at <paramref name="logPath"/>.</summary>
    public static string PathFor(string logPath) => logPath + ".lock";

    /// <summary>Takes the lock of <paramref name="logPath"/>, or says who holds it.</summary>
    /// <exception cref="TrajectoryLogLockedException">Another writer, in this process or another, holds the lock.</exception>
    public static FileStream Acquire(string logPath)
    {
        string lockPath = PathFor(logPath);
        FileStream stream;
        try
        {
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 0, FileOptions.DeleteOnClose);
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            throw new TrajectoryLogLockedException(logPath, lockPath, ReadHolder(lockPath), e);
        }
        try
        {
            string holder = string.Create(CultureInfo.InvariantCulture,
                $"pid {Environment.ProcessId} on {Environment.MachineName}, since {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC\n");
            stream.SetLength(0);
            stream.Write(Encoding.UTF8.GetBytes(holder));
            stream.Flush();
        }
        catch
        {
            stream.Dispose();
            throw;
        }
        return stream;
    }

    /// <summary>
    /// The holder line of a held lock file, or null where it cannot be read. Any .NET open of the file asks for a
    /// shared flock, which the holder's exclusive one refuses, so on Linux the bytes are read with libc directly.
    /// </summary>
    private static unsafe string? ReadHolder(string lockPath)
    {
        if (!OperatingSystem.IsLinux())
            return null;
        try
        {
            int fd = Open(lockPath, 0);
            if (fd < 0)
                return null;
            try
            {
                byte* buffer = stackalloc byte[256];
                nint got = Read(fd, buffer, 256);
                if (got <= 0)
                    return null;
                string text = Encoding.UTF8.GetString(buffer, (int)got).Trim();
                return text.Length == 0 || text.Contains('\n') ? null : text;
            }
            finally
            {
                _ = Close(fd);
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libc.so.6", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc.so.6", EntryPoint = "read")]
    private static unsafe partial nint Read(int fd, byte* buffer, nint count);

    [LibraryImport("libc.so.6", EntryPoint = "close")]
    private static partial int Close(int fd);
}
