using System.Runtime.InteropServices;

namespace ZoEngine.Cuda.Kernels;

// The C# mirrors of the transformer block of kernels/zo_abi.cuh (zo_transformer.cu), field for field; their sizes are
// in KernelAbi.ArgBytes and checked like every other kernel's.

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZoTfEmbedArgs
{
    public float* Ids;            // [Rows]
    public float* Types;          // [Rows] or null
    public float* Words;          // [V, Width]
    public float* Positions;      // [P, Width]
    public float* TypeTable;      // [TT, Width]
    public float* Out;            // [Rows, Width]
    public int Rows;
    public int Tokens;
    public int Width;
    public uint Pad;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZoTfLayerNormArgs
{
    public float* X;              // [Rows, Width]
    public float* Gamma;          // [Width]
    public float* Beta;           // [Width]
    public float* Y;              // [Rows, Width]
    public int Rows;
    public int Width;
    public float Epsilon;
    public uint Pad;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZoTfSoftmaxArgs
{
    public float* Scores;         // [Rows, Tokens]
    public float* Mask;           // [Rows / (Heads·Tokens), Tokens]
    public int Rows;
    public int Tokens;
    public int Heads;
    public uint Pad;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZoTfPoolArgs
{
    public float* Hidden;         // [Sequences·Tokens, Width]
    public float* Mask;           // [Sequences, Tokens]
    public float* Pooled;         // [Sequences, Width]
    public int Sequences;
    public int Tokens;
    public int Width;
    public uint Pad;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZoTfRowsArgs
{
    public float* X;              // [Rows·Stride, Width]
    public float* Y;              // [Rows, Width]
    public int Rows;
    public int Width;
    public int Stride;
    public uint Pad;
}
