using System.Globalization;

namespace ZoEngine;

/// <summary>
/// Sizes of buffers, checked before anything is allocated: an element count times an element size that overflows is
/// refused instead of wrapping to a small allocation that later writes run past, and a host allocation larger than the
/// memory the system says is available is refused instead of being overcommitted and killed when it is touched.
/// </summary>
public static class MemorySize
{
    /// <summary>
    /// <paramref name="elements"/> × <paramref name="elementSize"/> in bytes.
    /// </summary>
    /// <exception cref="ArgumentException">A negative count, or a product that does not fit in 63 bits; the message names <paramref name="what"/>.</exception>
    public static long Bytes(long elements, int elementSize, string what)
    {
        if (elements < 0)
            throw new ArgumentException($"{what} cannot have {elements} elements.");
        if (elements > long.MaxValue / elementSize)
            throw new ArgumentException($"{what} of {elements.ToString(CultureInfo.InvariantCulture)} elements of {elementSize} bytes is larger than any memory can hold.");
        return elements * elementSize;
    }

    /// <summary>Throws unless <paramref name="bytes"/> of host memory can be had now.</summary>
    /// <exception cref="InsufficientMemoryException">More than the memory available to this process.</exception>
    public static void ThrowIfUnaffordable(long bytes)
    {
        long available = AvailableHostBytes();
        if (bytes > available)
            throw new InsufficientMemoryException($"Allocating {Describe(bytes)} needs more memory than is available ({Describe(available)}).");
    }

    /// <summary>
    /// The host memory available now: Linux's MemAvailable where /proc/meminfo says it (the kernel's estimate of what
    /// can be allocated without swapping), capped by the runtime's limit for this process (a container's, for one).
    /// </summary>
    public static long AvailableHostBytes()
    {
        long limit = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        if (limit <= 0)
            limit = long.MaxValue;
        try
        {
            if (File.Exists("/proc/meminfo"))
                foreach (string line in File.ReadLines("/proc/meminfo"))
                    if (line.StartsWith("MemAvailable:", StringComparison.Ordinal)
                        && long.TryParse(line["MemAvailable:".Length..].Trim().Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out long kib))
                        return Math.Min(limit, kib * 1024);
        }
        catch (IOException)
        {
            // No readable meminfo: the runtime's limit is the best estimate there is.
        }
        return limit;
    }

    private static string Describe(long bytes) =>
        bytes >= 1L << 30 ? $"{(bytes / (double)(1L << 30)).ToString("0.##", CultureInfo.InvariantCulture)} GiB" : $"{(bytes / (double)(1L << 20)).ToString("0.##", CultureInfo.InvariantCulture)} MiB";
}
