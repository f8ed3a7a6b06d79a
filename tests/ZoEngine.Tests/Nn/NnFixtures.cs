using System.Numerics;
using ZoEngine.Nn;
using ZoEngine.Nn.Gemm;

namespace ZoEngine.Tests.Nn;

/// <summary>Inputs, models and gradient comparisons shared by the Nn tests.</summary>
public static class NnFixtures
{
    public static NnContext<T> Context<T>() where T : unmanaged, IBinaryFloatingPointIeee754<T> => NnContext<T>.Cpu(ReferenceGemm.Instance);

    /// <summary>A [rows, cols] tensor of N(0, scale²) values from a fixed seed (System.Random's seeded sequence is stable).</summary>
    public static Tensor<T> Gaussian<T>(int rows, int cols, int seed, double scale = 1.0) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var random = new Random(seed);
        var t = new Tensor<T>(rows, cols);
        var s = t.Span;
        for (int i = 0; i < s.Length; i++)
        {
            double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
            s[i] = T.CreateTruncating(scale * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
        }
        return t;
    }

    public static int[] Labels(int rows, int classes, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, rows).Select(_ => random.Next(classes))];
    }

    /// <summary>Fills every bias with small values so that bias paths are exercised (Mlp starts them at zero).</summary>
    public static void PerturbBiases<T>(Sequential<T> model, int seed, double scale = 0.1) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        for (int i = 0; i < model.Parameters.Count; i++)
        {
            if (model.ParameterNames[i].EndsWith("bias", StringComparison.Ordinal))
                Gaussian<T>(1, model.Parameters[i].Value.Cols, seed + i, scale).CopyTo(model.Parameters[i].Value);
        }
    }

    /// <summary>Every gradient of the model, flattened in parameter order, in binary64.</summary>
    public static double[] Gradients<T>(Sequential<T> model) where T : unmanaged, IBinaryFloatingPointIeee754<T> =>
        [.. model.Parameters.SelectMany(p => p.Gradient.ToHost().Span.ToArray().Select(v => double.CreateTruncating(v)))];

    public static double Cosine(double[] a, double[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.Sqrt(na * nb);
    }

    public static double MaxAbs(double[] a) => a.Max(Math.Abs);

    public static double MaxAbsDifference(double[] a, double[] b) => a.Zip(b, (x, y) => Math.Abs(x - y)).Max();
}
