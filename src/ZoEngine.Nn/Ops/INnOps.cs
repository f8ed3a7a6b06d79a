using System.Numerics;
using ZoEngine.Nn.Gemm;

namespace ZoEngine.Nn;

/// <summary>The built-in elementwise nonlinearities σ, each with an analytic derivative.</summary>
public enum ActivationKind
{
    /// <summary>σ(z) = z.</summary>
    Identity,
    /// <summary>σ(z) = max(0, z); σ'(0) is taken as 0.</summary>
    Relu,
    /// <summary>σ(z) = z·Φ(z) = z·erfc(−z/√2)/2, the exact (erf) form, not the tanh approximation.</summary>
    Gelu,
    /// <summary>σ(z) = tanh z.</summary>
    Tanh,
}

/// <summary>
/// The ops the Nn layers and HZO need, on one device: the whole boundary between the model code and a backend
/// (docs/hzo.md, "The op boundary"). Layers and HZO call nothing else on tensor data, so a GPU implementation of
/// this interface (cuBLAS for <see cref="MatMul"/>, one kernel per probe op) runs the same model code.
/// </summary>
/// <remarks>
/// Probe rows follow one layout everywhere. For an anchor batch [B, W] the probe batch has B·2W rows; global probe
/// row g belongs to sample s = g / (2W) and coordinate m = (g / 2) mod W, and is the + probe for even g and the −
/// probe for odd g. A chunk is any row range [first, first + count) with first and count even, so that both probes
/// of a coordinate are always in the same chunk.
/// </remarks>
public interface INnOps<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>Short name for reports ("cpu", "cuda:0", "emulated").</summary>
    string Name { get; }

    /// <summary>Name of the GEMM behind <see cref="MatMul"/>, for reports ("openblas", "cublas").</summary>
    string GemmName { get; }

    /// <summary>
    /// The memory the operands live in. Every tensor an op is given must be in it, or the op throws naming the
    /// tensor and its memory; layers and HZO allocate their tensors here.
    /// </summary>
    IParameterMemory Memory { get; }

    /// <summary>c = α·op(a)·op(b) + β·c; β = 0 overwrites c without reading it.</summary>
    void MatMul(Tensor<T> a, Transpose transA, Tensor<T> b, Transpose transB, Tensor<T> c, T alpha, T beta);

    /// <summary>y[r, :] += bias[0, :] for every row r. // y: [rows, n]; bias: [1, n]</summary>
    void AddRowVector(Tensor<T> y, Tensor<T> bias);

    /// <summary>sums[0, c] += Σ_r x[r, c], rows summed in ascending order. // x: [rows, n]; sums: [1, n]</summary>
    void AccumulateColumnSums(Tensor<T> x, Tensor<T> sums);

    /// <summary>sum = a + b elementwise; <paramref name="sum"/> may be <paramref name="a"/> or <paramref name="b"/>.</summary>
    void Add(Tensor<T> a, Tensor<T> b, Tensor<T> sum);

    /// <summary>y = x + value elementwise (the shifted inputs of a probed derivative).</summary>
    void AddScalar(Tensor<T> x, T value, Tensor<T> y);

    /// <summary>a = σ(z) elementwise; <paramref name="a"/> may be <paramref name="z"/>.</summary>
    void Activate(ActivationKind kind, Tensor<T> z, Tensor<T> a);

    /// <summary>dZ = dA ⊙ σ'(z), from z and a = σ(z) (tanh uses a); <paramref name="dZ"/> may be <paramref name="dA"/>.</summary>
    void ActivationBackward(ActivationKind kind, Tensor<T> z, Tensor<T> a, Tensor<T> dA, Tensor<T> dZ);

    /// <summary>dZ = dA ⊙ (plus − minus)/(2h): the elementwise central difference of a probed σ'.</summary>
    void CentralDifference(Tensor<T> plus, Tensor<T> minus, T h, Tensor<T> dA, Tensor<T> dZ);

    /// <summary>
    /// Mean softmax cross-entropy of the rows of <paramref name="logits"/> against <paramref name="labels"/>, and
    /// optionally its gradient dLogits = (softmax − onehot)/B. // logits, dLogits: [B, C]; labels: [B], each in [0, C)
    /// </summary>
    double SoftmaxCrossEntropy(Tensor<T> logits, ReadOnlySpan<int> labels, Tensor<T>? dLogits);

    /// <summary>
    /// zo_probe_jacobian_batched: the pre-activations of the probe rows of a linear layer y = W·a + b without forming
    /// a ± h·e_m. probes[r] = baseline[s] ± h·W[:, m] for global probe row g = firstProbe + r (layout in the remarks).
    /// The product h·W[o, m] is rounded first, then added to the baseline.
    /// // baseline: [B, out] = W·a + b of the anchors; weight: [out, in]; probes: [count, out]
    /// </summary>
    void ProbeJacobianBatched(Tensor<T> baseline, Tensor<T> weight, T h, int firstProbe, Tensor<T> probes);

    /// <summary>
    /// The probe inputs themselves, for a first layer that is not linear: probes[r] = anchor[s] with element m
    /// replaced by anchor[s, m] ± h. // anchor: [B, W]; probes: [count, W]
    /// </summary>
    void ProbeInputs(Tensor<T> anchor, T h, int firstProbe, Tensor<T> probes);

    /// <summary>
    /// The identity path of a residual block under probing: probes[r] += anchor[s] with element m taken as
    /// anchor[s, m] ± h, so that a residual block's probe output is x ± h·e_m + F(x ± h·e_m).
    /// // anchor: [B, W]; probes: [count, W]
    /// </summary>
    void ProbeSkip(Tensor<T> anchor, T h, int firstProbe, Tensor<T> probes);

    /// <summary>
    /// The Jacobian-target product of a probe chunk: δ_in[s, m] = Σ_c (y⁺[c] − y⁻[c])·δ_out[s, c] / (2h), c ascending,
    /// for every coordinate pair (g, g + 1) of the chunk. J is never formed. Elements of δ_in outside the chunk are
    /// left alone. // outputs: [count, C]; deltaOut: [B, C]; deltaIn: [B, W]
    /// </summary>
    void ProbeContract(Tensor<T> outputs, Tensor<T> deltaOut, T h, int firstProbe, Tensor<T> deltaIn);

    /// <summary>
    /// SPP's probe inputs (<see cref="SppGeometry"/> has the row layout): probes[r] = anchor[s] with every element
    /// (c, y, x), y ≡ p and x ≡ q (mod r), replaced by anchor[s, (c, y, x)] ± h, for probe row g = firstProbe + r.
    /// // anchor: [B, C·H·W]; probes: [count, C·H·W]
    /// </summary>
    void SppProbeInputs(Tensor<T> anchor, SppGeometry geometry, T h, int firstProbe, Tensor<T> probes);

    /// <summary>
    /// SPP's region contraction: for every coordinate pair (g, g + 1) of the chunk and every position P = (c, y, x)
    /// it perturbs, δ_in[s, P] = Σ (y⁺ − y⁻)·δ_out[s] over the outputs (c', y', x') whose receptive field contains
    /// (y, x), in ascending column order, then ÷ 2h: the sum <see cref="ProbeContract"/> forms over every output, with
    /// the terms it would add as exact zeros left out, so the two agree bit for bit. Elements of δ_in outside the
    /// chunk are left alone. // outputs: [count, C_j·H_j·W_j]; deltaOut: [B, C_j·H_j·W_j]; deltaIn: [B, C·H·W]
    /// </summary>
    void SppContract(Tensor<T> outputs, Tensor<T> deltaOut, SppGeometry geometry, T h, int firstProbe, Tensor<T> deltaIn);

    /// <summary>
    /// The first of <paramref name="tensors"/>, in list order, that holds a NaN or infinite element, and the index of
    /// its first such element; (−1, −1) when all are finite. One call checks a whole list so that a device answers
    /// with one round trip, not one per tensor.
    /// </summary>
    (int Tensor, int Index) FirstNonFinite(IReadOnlyList<Tensor<T>> tensors);

    /// <summary>
    /// One dense SGD step on one parameter, elementwise in this order: d = g + decay·θ; with a velocity
    /// v = first ? d : momentum·v + d and d = v; θ = θ − lr·d. // all operands the same shape
    /// </summary>
    void SgdUpdate(Tensor<T> value, Tensor<T> gradient, Tensor<T>? velocity, T learningRate, T momentum, T weightDecay, bool first);

    /// <summary>
    /// One dense Adam step on one parameter, elementwise in this order: g' = g + decay·θ; m = β1·m + (1−β1)·g';
    /// v = β2·v + ((1−β2)·g')·g'; θ = θ − (stepSize·m)/(√v·invSqrtCorrection2 + ε), where the step's bias
    /// corrections are folded into stepSize = η/(1−β1ᵗ) and invSqrtCorrection2 = 1/√(1−β2ᵗ). // all operands the same shape
    /// </summary>
    void AdamUpdate(Tensor<T> value, Tensor<T> gradient, Tensor<T> m, Tensor<T> v, T stepSize, T invSqrtCorrection2, T beta1, T beta2, T epsilon, T weightDecay);

    /// <summary>
    /// im2col of one sample: columns[(c·k + ky)·k + kx, oy·Wo + ox] = image[c, oy·s − p + ky, ox·s − p + kx], zero where
    /// that position lies in the padding. A convolution is then W [Cout, C·k·k] · columns.
    /// // image: [1, C·H·W]; columns: [C·k·k, Ho·Wo]
    /// </summary>
    void Im2Col(Tensor<T> image, ConvGeometry geometry, Tensor<T> columns);

    /// <summary>
    /// col2im of one sample, the adjoint of <see cref="Im2Col"/>: image[c, y, x] = Σ columns[(c·k + ky)·k + kx, o] over
    /// the windows o that read (c, y, x), summed from zero in ascending (ky, kx). Overwrites the image.
    /// // columns: [C·k·k, Ho·Wo]; image: [1, C·H·W]
    /// </summary>
    void Col2Im(Tensor<T> columns, ConvGeometry geometry, Tensor<T> image);

    /// <summary>y[r, c·P + q] += bias[0, c] for every row r and position q. // y: [rows, C·P]; bias: [1, C]</summary>
    void AddChannelBias(Tensor<T> y, Tensor<T> bias);

    /// <summary>
    /// sums[0, c] += x[r, c·P + q] for every row r ascending, then position q ascending: a convolution's bias gradient.
    /// // x: [rows, C·P]; sums: [1, C]
    /// </summary>
    void AccumulateChannelSums(Tensor<T> x, Tensor<T> sums);

    /// <summary>
    /// Global average pooling: means[r, c] = (Σ_q x[r, c·P + q]) / P, summed from zero in ascending q.
    /// // x: [rows, C·P]; means: [rows, C]
    /// </summary>
    void ChannelMeans(Tensor<T> x, Tensor<T> means);

    /// <summary>The adjoint of <see cref="ChannelMeans"/>: dx[r, c·P + q] = dMeans[r, c] / P. // dMeans: [rows, C]; dx: [rows, C·P]</summary>
    void ChannelMeansBackward(Tensor<T> dMeans, Tensor<T> dx);

    /// <summary>
    /// Pooling of every channel of every row with an unpadded window: the maximum (ties to the first in scan order) or
    /// the mean (sum in scan order, then ÷ k·k). // x: [rows, C·H·W]; y: [rows, C·Ho·Wo]
    /// </summary>
    void Pool2d(PoolKind kind, Tensor<T> x, ConvGeometry geometry, Tensor<T> y);

    /// <summary>
    /// The input gradient of <see cref="Pool2d"/>, overwriting dx: each input sums, from zero in ascending output order
    /// (oy, ox), the dy of the windows whose maximum it is (max), or of every window that reads it, then ÷ k·k (mean).
    /// // x, dx: [rows, C·H·W]; dy: [rows, C·Ho·Wo]
    /// </summary>
    void Pool2dBackward(PoolKind kind, Tensor<T> x, ConvGeometry geometry, Tensor<T> dy, Tensor<T> dx);
}
