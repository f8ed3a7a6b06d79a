namespace ZoEngine.Tests.Support;

public static class Allocation
{
    /// <summary>
    /// Managed bytes allocated on this thread by <paramref name="measured"/> calls of <paramref name="step"/>, after
    /// warm-up calls and a pause that let tiered compilation replace the first code (whose rejit allocates).
    /// </summary>
    public static long SteadyState(Action step, int measured = 20)
    {
        for (int i = 0; i < 3; i++)
            step();
        Thread.Sleep(300);
        for (int i = 0; i < 40; i++)
            step();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < measured; i++)
            step();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
