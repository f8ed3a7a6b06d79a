using System.Runtime.Intrinsics;
using ZoEngine.Cpu.Simd;

namespace ZoEngine.Noise;

/// <summary>
/// Bulk access to the noise contract on the CPU: the same SIMD kernels the backend uses, writing into caller spans.
/// For inspecting directions, feeding other frameworks, and benchmarking the generator itself.
/// </summary>
public static unsafe class NoiseStream
{
    /// <summary>Writes elements [start, start + destination.Length) of the stream (seed, tensor) into <paramref name="destination"/>.</summary>
    public static void Generate(NoiseKind kind, ulong seed, uint tensorId, long start, Span<float> destination, SimdWidth width = SimdWidth.Auto)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        var resolved = CpuBackend.Resolve(width);
        const int chunk = CpuBackend.ChunkElements;
        float* buf = stackalloc float[chunk];
        ReadOnlySpan<NoiseTerm> term = [new NoiseTerm(seed, 1f, kind)];
        // Chunks start on block boundaries; the elements of the first block before 'start' are generated and skipped.
        long at = start & ~3L;
        long end = start + destination.Length;
        int written = 0;
        while (at < end)
        {
            int n = (int)Math.Min(chunk, end - at);
            CpuBackend.GenerateChunk(resolved, term, tensorId, at, n, buf);
            long from = Math.Max(at, start);
            int take = (int)(at + n - from);
            new ReadOnlySpan<float>(buf + (from - at), take).CopyTo(destination.Slice(written, take));
            written += take;
            at += n;
        }
    }

    /// <summary>Writes the raw Philox words of blocks [firstBlock, firstBlock + destination.Length/4) in element order.</summary>
    public static void Words(ulong seed, uint tensorId, ulong firstBlock, Span<uint> destination, SimdWidth width = SimdWidth.Auto)
    {
        if (destination.Length % 64 != 0)
            throw new ArgumentException($"The destination length must be a multiple of 64 words (whole groups at every width), got {destination.Length}.", nameof(destination));
        var w = CpuBackend.Resolve(width);
        int blocks = destination.Length / 4;
        fixed (uint* d = destination)
        {
            switch (w)
            {
                case SimdWidth.V512 when NoiseKernelWide<Lanes512, Vector512<ulong>, Vector512<uint>, Vector512<float>>.IsSupported: NoiseKernelWide<Lanes512, Vector512<ulong>, Vector512<uint>, Vector512<float>>.Words(seed, tensorId, firstBlock, blocks / 16, d); break;
                case SimdWidth.V512: NoiseKernel<Lanes512, Vector512<uint>, Vector512<float>>.Words(seed, tensorId, firstBlock, blocks / 16, d); break;
                case SimdWidth.V256 when NoiseKernelWide<Lanes256, Vector256<ulong>, Vector256<uint>, Vector256<float>>.IsSupported: NoiseKernelWide<Lanes256, Vector256<ulong>, Vector256<uint>, Vector256<float>>.Words(seed, tensorId, firstBlock, blocks / 8, d); break;
                case SimdWidth.V256: NoiseKernel<Lanes256, Vector256<uint>, Vector256<float>>.Words(seed, tensorId, firstBlock, blocks / 8, d); break;
                case SimdWidth.V128: NoiseKernel<Lanes128, Vector128<uint>, Vector128<float>>.Words(seed, tensorId, firstBlock, blocks / 4, d); break;
                default: NoiseKernel<Lanes1, uint, float>.Words(seed, tensorId, firstBlock, blocks, d); break;
            }
        }
    }
}
