namespace ZoEngine.Tests.Support;

public static class Bits
{
    public static uint Of(float x) => BitConverter.SingleToUInt32Bits(x);

    /// <summary>Distance in units in the last place between two finite floats of the same sign region.</summary>
    public static long UlpDistance(float a, float b)
    {
        static long Ordered(float x)
        {
            int i = BitConverter.SingleToInt32Bits(x);
            return i < 0 ? int.MinValue - (long)i : i;
        }
        return Math.Abs(Ordered(a) - Ordered(b));
    }

    /// <summary>First index where the two spans differ bitwise, or −1.</summary>
    public static int FirstDifference(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length)
            return Math.Min(a.Length, b.Length);
        for (int i = 0; i < a.Length; i++)
        {
            if (Of(a[i]) != Of(b[i]))
                return i;
        }
        return -1;
    }
}
