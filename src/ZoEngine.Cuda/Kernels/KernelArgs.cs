using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ZoEngine.Cuda.Kernels;

// The C# mirrors of kernels/zo_abi.cuh, field for field: the struct a launch passes is the kernel's one parameter.
// Their sizes are checked against the parameter sizes in kernels/ptx/manifest.json and against the host build's
// sizeof, so a field added on one side only is an error before any launch, not a corrupted argument.

/// <summary>ZoTerm: one (seed, coefficient, kind) of a noise combination. 16 bytes.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ZoTerm
{
    public ulong Seed;
    public float Coefficient;
    public uint Kind;
}

/// <summary>The inline part of a term list, in parameter memory.</summary>
[InlineArray(KernelAbi.InlineTerms)]
internal struct ZoTermItems
{
    private ZoTerm _element;
}

/// <summary>ZoTermList: up to <see cref="KernelAbi.InlineTerms"/> terms inline, the rest in device memory. 272 bytes.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZoTermList
{
    public ZoTermItems Items;
    public ZoTerm* Overflow;   // [Count - InlineTerms] or null
    public int Count;
    public int Pad;
}

/// <summary>ZoTensor: one tensor of the table. 56 bytes.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZoTensor
{
    public float* Theta;       // [Length]
    public void* M;            // [Length] float or bf16, or null
    public void* V;            // [Length] float or bf16, or null
    public long Length;
    public long Offset;        // flat index of element 0
    public long FirstGroup;    // Σ ceil(length/4) over earlier tensors
    public uint Id;
    public uint Pad;
}

/// <summary>ZoTensorTable. 24 bytes.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZoTensorTable
{
    public ZoTensor* Tensors;  // [Count], device memory
    public int Count;
    public int Pad;
    public long GroupCount;
}

[StructLayout(LayoutKind.Sequential)]
internal struct ZoCombineArgs
{
    public ZoTensorTable Table;
    public ZoTermList Terms;
}

[StructLayout(LayoutKind.Sequential)]
internal struct ZoFillArgs
{
    public ZoTensorTable Table;
    public ulong Seed;
    public float Scale;
    public uint Kind;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZoSquaredNormArgs
{
    public ZoTensorTable Table;
    public ulong Seed;
    public uint Kind;
    public uint Pad;
    public ulong* Result;      // [1]
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZoSumFixedArgs
{
    public float* Values;      // [Count]
    public long Count;
    public float Scale;
    public uint Pad;
    public ulong* Result;      // [2]: sum, out-of-range count
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZoUpdateArgs
{
    public ZoTensorTable Table;
    public ZoTermList Restore;
    public ZoTermList Gradient;
    public long* SparseIndices;   // [SparseCount]
    public float* SparseValues;   // [SparseCount]
    public long SparseCount;      // −1: the gradient is the term list
    public float LearningRate;
    public float Momentum;
    public float WeightDecay;
    public float Beta1;
    public float Beta2;
    public float Epsilon;
    public int EpsilonInsideSqrt;
    public int Pad;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZoCoordArgs
{
    public float* Element;
    public float* Out;            // [1]
    public float Value;
    public uint Pad;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZoPhiloxKatArgs
{
    public uint* Input;           // [Count, 6]
    public uint* Output;          // [Count, 4]
    public int Count;
    public int Pad;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZoProbeJacobianArgs
{
    public float* Baseline;       // [samples, Outputs]
    public float* Weight;         // [Outputs, Width]
    public float* Probes;         // [Count, Outputs]
    public int Width;
    public int Outputs;
    public int FirstProbe;
    public int Count;
    public float H;
    public uint Pad;
}

// ZoEngine.Nn's ops (kernels/zo_nn.cu); the field comments of kernels/zo_abi.cuh say which kernel reads what.

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZoNnMatrixRowArgs
{
    public float* Matrix;         // [Rows, Cols]
    public float* Row;            // [Cols]: bias or column sums
    public int Rows;
    public int Cols;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZoNnAddArgs
{
    public float* A;              // [Count]
    public float* B;              // [Count]; unused by add_scalar
    public float* Out;            // [Count]; may be A or B
    public long Count;
    public float Value;           // add_scalar's addend
    public uint Pad;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZoNnCentralDifferenceArgs
{
    public float* Plus;           // [Count]
    public float* Minus;          // [Count]
    public float* DA;             // [Count]
    public float* DZ;             // [Count]; may be DA
    public long Count;
    public float H;
    public uint Pad;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZoNnActivationArgs
{
    public float* Z;              // [Count]
    public float* A;              // [Count]
    public float* DA;             // [Count]; unused by activate
    public float* DZ;             // [Count]; unused by activate
    public long Count;
    public int Kind;              // ZoEngine.Nn.ActivationKind
    public uint Pad;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZoNnSoftmaxArgs
{
    public float* Logits;         // [Rows, Classes]
    public int* Labels;           // [Rows]
    public float* DLogits;        // [Rows, Classes] or null
    public float* Losses;         // [Rows]
    public int Rows;
    public int Classes;
    public float InvBatch;
    public uint Pad;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZoNnProbeArgs
{
    public float* Anchor;         // [samples, Width]
    public float* Probes;         // [Count, Width]
    public int Width;
    public int FirstProbe;
    public int Count;
    public float H;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZoNnProbeContractArgs
{
    public float* Outputs;        // [Count, Classes]
    public float* DeltaOut;       // [samples, Classes]
    public float* DeltaIn;        // [samples, Width]
    public int Width;
    public int Classes;
    public int FirstProbe;
    public int Count;
    public float H;
    public uint Pad;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZoNnSppArgs
{
    public float* Source;         // inputs: anchors [samples, features]; contract: probe outputs [Count, out features]
    public float* DeltaOut;       // contract: [samples, out features]
    public float* Result;         // inputs: probes [Count, features]; contract: δ_in [samples, features]
    public int Channels;
    public int Height;
    public int Width;
    public int OutChannels;
    public int OutHeight;
    public int OutWidth;
    public int Period;
    public int Rows;
    public int Cols;
    public int Stride;
    public int Offset;
    public int FirstProbe;
    public int Count;
    public float H;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZoNnGemmArgs
{
    public float* A;
    public float* B;
    public float* C;              // [M, Ldc]
    public int M;
    public int N;
    public int K;
    public int Lda;
    public int Ldb;
    public int Ldc;
    public int TransA;
    public int TransB;
    public float Alpha;
    public float Beta;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZoNnSgdArgs
{
    public float* Theta;          // [Count]
    public float* Gradient;       // [Count]
    public float* Velocity;       // [Count] or null
    public long Count;
    public float LearningRate;
    public float Momentum;
    public float WeightDecay;
    public int First;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZoNnAdamArgs
{
    public float* Theta;          // [Count]
    public float* Gradient;       // [Count]
    public float* M;              // [Count]
    public float* V;              // [Count]
    public long Count;
    public float StepSize;
    public float InvSqrtCorrection2;
    public float Beta1;
    public float Beta2;
    public float C1;
    public float C2;
    public float Epsilon;
    public float WeightDecay;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZoNnFindNonFiniteArgs
{
    public float* X;              // [Count]
    public long Count;
    public ulong* Result;         // [1]
}

// ZoEngine.Nn's convolution and pooling ops (kernels/zo_conv.cu); zo_abi.cuh says which kernel reads which field.

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZoConvArgs
{
    public float* In;
    public float* Out;
    public float* Aux;            // bias, channel sums, or the dy of pool_backward
    public int Rows;
    public int Channels;
    public int Height;
    public int Width;
    public int Kernel;
    public int Stride;
    public int Padding;
    public int OutHeight;
    public int OutWidth;
    public int Kind;              // pooling: 0 max, 1 average
}

/// <summary>Constants of the kernel ABI, as in kernels/zo_abi.cuh.</summary>
internal static class KernelAbi
{
    public const int InlineTerms = 16;

    /// <summary>The argument struct type of every kernel, by kernel name: what the size checks compare.</summary>
    public static readonly IReadOnlyDictionary<string, int> ArgBytes = new Dictionary<string, int>
    {
        ["zo_noise_combine"] = Unsafe.SizeOf<ZoCombineArgs>(),
        ["zo_noise_fill"] = Unsafe.SizeOf<ZoFillArgs>(),
        ["zo_noise_sqnorm_fixed"] = Unsafe.SizeOf<ZoSquaredNormArgs>(),
        ["zo_reduce_sum_fixed"] = Unsafe.SizeOf<ZoSumFixedArgs>(),
        ["zo_update_sgd_f32"] = Unsafe.SizeOf<ZoUpdateArgs>(),
        ["zo_update_sgd_bf16"] = Unsafe.SizeOf<ZoUpdateArgs>(),
        ["zo_update_sign"] = Unsafe.SizeOf<ZoUpdateArgs>(),
        ["zo_update_adamm_f32"] = Unsafe.SizeOf<ZoUpdateArgs>(),
        ["zo_update_adamm_bf16"] = Unsafe.SizeOf<ZoUpdateArgs>(),
        ["zo_update_rmsprop_f32"] = Unsafe.SizeOf<ZoUpdateArgs>(),
        ["zo_update_rmsprop_bf16"] = Unsafe.SizeOf<ZoUpdateArgs>(),
        ["zo_update_radazo_f32"] = Unsafe.SizeOf<ZoUpdateArgs>(),
        ["zo_update_radazo_bf16"] = Unsafe.SizeOf<ZoUpdateArgs>(),
        ["zo_coord_get"] = Unsafe.SizeOf<ZoCoordArgs>(),
        ["zo_coord_set"] = Unsafe.SizeOf<ZoCoordArgs>(),
        ["zo_philox_kat"] = Unsafe.SizeOf<ZoPhiloxKatArgs>(),
        ["zo_probe_jacobian_batched"] = Unsafe.SizeOf<ZoProbeJacobianArgs>(),
        ["zo_nn_add_row_vector"] = Unsafe.SizeOf<ZoNnMatrixRowArgs>(),
        ["zo_nn_column_sums"] = Unsafe.SizeOf<ZoNnMatrixRowArgs>(),
        ["zo_nn_add"] = Unsafe.SizeOf<ZoNnAddArgs>(),
        ["zo_nn_add_scalar"] = Unsafe.SizeOf<ZoNnAddArgs>(),
        ["zo_nn_central_difference"] = Unsafe.SizeOf<ZoNnCentralDifferenceArgs>(),
        ["zo_nn_activate"] = Unsafe.SizeOf<ZoNnActivationArgs>(),
        ["zo_nn_activation_backward"] = Unsafe.SizeOf<ZoNnActivationArgs>(),
        ["zo_nn_softmax_xent"] = Unsafe.SizeOf<ZoNnSoftmaxArgs>(),
        ["zo_nn_probe_inputs"] = Unsafe.SizeOf<ZoNnProbeArgs>(),
        ["zo_nn_probe_skip"] = Unsafe.SizeOf<ZoNnProbeArgs>(),
        ["zo_nn_probe_contract"] = Unsafe.SizeOf<ZoNnProbeContractArgs>(),
        ["zo_nn_spp_probe_inputs"] = Unsafe.SizeOf<ZoNnSppArgs>(),
        ["zo_nn_spp_contract"] = Unsafe.SizeOf<ZoNnSppArgs>(),
        ["zo_nn_gemm"] = Unsafe.SizeOf<ZoNnGemmArgs>(),
        ["zo_nn_sgd"] = Unsafe.SizeOf<ZoNnSgdArgs>(),
        ["zo_nn_adam"] = Unsafe.SizeOf<ZoNnAdamArgs>(),
        ["zo_nn_find_nonfinite"] = Unsafe.SizeOf<ZoNnFindNonFiniteArgs>(),
        ["zo_conv_im2col"] = Unsafe.SizeOf<ZoConvArgs>(),
        ["zo_conv_col2im"] = Unsafe.SizeOf<ZoConvArgs>(),
        ["zo_conv_channel_bias"] = Unsafe.SizeOf<ZoConvArgs>(),
        ["zo_conv_channel_sums"] = Unsafe.SizeOf<ZoConvArgs>(),
        ["zo_conv_channel_means"] = Unsafe.SizeOf<ZoConvArgs>(),
        ["zo_conv_channel_means_backward"] = Unsafe.SizeOf<ZoConvArgs>(),
        ["zo_conv_pool"] = Unsafe.SizeOf<ZoConvArgs>(),
        ["zo_conv_pool_backward"] = Unsafe.SizeOf<ZoConvArgs>(),

        // zo_transformer.cu (TransformerKernelArgs.cs)
        ["zo_tf_embed"] = Unsafe.SizeOf<ZoTfEmbedArgs>(),
        ["zo_tf_layernorm"] = Unsafe.SizeOf<ZoTfLayerNormArgs>(),
        ["zo_tf_masked_softmax"] = Unsafe.SizeOf<ZoTfSoftmaxArgs>(),
        ["zo_tf_mean_pool"] = Unsafe.SizeOf<ZoTfPoolArgs>(),
        ["zo_tf_l2_normalize"] = Unsafe.SizeOf<ZoTfRowsArgs>(),
        ["zo_tf_first_tokens"] = Unsafe.SizeOf<ZoTfRowsArgs>(),
    };
}
