using System.CommandLine;
using ZoEngine.Noise;

namespace ZoEngine.Cli;

public static partial class ZoCommand
{
    /// <summary>
    /// Measures the in-place restore drift of DESIGN §3: repeated perturb/restore cycles (+εz, −2εz, +εz, each a
    /// fused pass, as in an SPSA step without its update) against the untouched start, in binary32 ulps.
    /// </summary>
    private static Command DriftCommand(TextWriter stdout)
    {
        var dim = new Option<int>("--dim") { Description = "Elements.", DefaultValueFactory = _ => 1_000_000 };
        var mu = new Option<float>("--mu") { Description = "Perturbation radius ε.", DefaultValueFactory = _ => 1e-3f };
        var scale = new Option<float>("--scale") { Description = "θ₀ = scale·z.", DefaultValueFactory = _ => 1f };
        var cycles = new Option<int>("--cycles") { Description = "Largest number of cycles reported.", DefaultValueFactory = _ => 1000 };
        var cmd = new Command("drift", "In-place perturb/restore drift against the exact start, after 1, 10, 100, ... cycles.");
        foreach (var o in new Option[] { dim, mu, scale, cycles })
            cmd.Options.Add(o);
        cmd.SetAction(pr =>
        {
            int d = pr.GetValue(dim);
            float eps = pr.GetValue(mu);
            using var backend = new CpuBackend();
            using var theta = new ParameterSet(("x", d));
            backend.Fill(theta, NoiseKind.Gaussian, 77, pr.GetValue(scale));
            float[] start = theta[0].AsSpan().ToArray();
            stdout.WriteLine($"dim={d} mu={eps} theta0=scale*z scale={pr.GetValue(scale)}");
            stdout.WriteLine($"{"cycles",7} {"bit-exact",10} {"mean |ulp|",11} {"max |ulp|",10} {"rel. l2 error",14}");
            int done = 0;
            for (int report = 1; report <= pr.GetValue(cycles); report *= 10)
            {
                for (; done < report; done++)
                {
                    ulong seed = SeedMixer.StepSeed(5, done);
                    backend.Combine(theta, [new NoiseTerm(seed, eps)]);
                    backend.Combine(theta, [new NoiseTerm(seed, -2 * eps)]);
                    backend.Combine(theta, [new NoiseTerm(seed, eps)]);
                }
                var now = theta[0].AsSpan();
                long exact = 0, maxUlp = 0;
                double sumUlp = 0, err2 = 0, ref2 = 0;
                for (int i = 0; i < d; i++)
                {
                    long u = Math.Abs(Ordered(now[i]) - Ordered(start[i]));
                    exact += u == 0 ? 1 : 0;
                    maxUlp = Math.Max(maxUlp, u);
                    sumUlp += u;
                    double e = now[i] - (double)start[i];
                    err2 += e * e;
                    ref2 += (double)start[i] * start[i];
                }
                stdout.WriteLine($"{done,7} {exact / (double)d,10:P2} {sumUlp / d,11:F3} {maxUlp,10} {Math.Sqrt(err2 / ref2),14:E3}");
            }
            return 0;
        });
        return cmd;
    }

    private static long Ordered(float x)
    {
        int i = BitConverter.SingleToInt32Bits(x);
        return i < 0 ? int.MinValue - (long)i : i;
    }
}
