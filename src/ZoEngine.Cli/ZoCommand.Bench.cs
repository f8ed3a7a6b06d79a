using System.CommandLine;
using System.Diagnostics;
using ZoEngine.Noise;
using ZoEngine.Workloads.Diagnostics;

namespace ZoEngine.Cli;

public static partial class ZoCommand
{
    private static Command BenchCommand(TextWriter stdout, TextWriter stderr)
    {
        var dim = new Option<long>("--dim") { Description = "Elements per pass.", DefaultValueFactory = _ => 1L << 22 };
        var seconds = new Option<double>("--seconds") { Description = "Minimum measuring time per row.", DefaultValueFactory = _ => 0.5 };
        var backend = CliOptions.BackendOption();
        var noise = new Command("noise", "A quick table of single-thread throughput: Philox words, noise generation, and the fused passes.");
        noise.Options.Add(dim);
        noise.Options.Add(seconds);
        noise.Options.Add(backend);
        noise.SetAction(pr => BenchNoise(stdout, stderr, pr.GetValue(dim), pr.GetValue(seconds), pr.GetValue(backend)!));

        var samples = new Option<long>("--samples") { Description = "Gaussian elements compared with binary64 Box–Muller and used for the distribution statistics.", DefaultValueFactory = _ => 10_000_000 };
        var seed = new Option<ulong>("--seed") { Description = "Stream seed.", DefaultValueFactory = _ => 20241 };
        var accuracy = new Command("accuracy", "Accuracy of the portable ln, sin/cos and z against binary64, and the distribution statistics of z.");
        accuracy.Options.Add(samples);
        accuracy.Options.Add(seed);
        accuracy.SetAction(pr =>
        {
            long n = pr.GetValue(samples);
            if (n < 1000 || n > int.MaxValue)
                throw new ZoCliException($"--samples must be in [1000, {int.MaxValue}], got {n}.");
            var a = NoiseQuality.MeasureAccuracy(pr.GetValue(seed), n);
            stdout.WriteLine($"ln: max error {a.LogMaxUlps:F3} ulp over all 2^24 inputs u1");
            stdout.WriteLine($"sincos_turns: max abs error {a.SinCosMaxAbs:E3} over all 2^24 inputs");
            stdout.WriteLine($"gaussian z vs binary64 Box-Muller: max abs error {a.GaussianMaxAbs:E3}, max error/max(1,|z|) {a.GaussianMaxRel:E3} over {a.Samples} elements");
            var d = NoiseQuality.MeasureDistribution(pr.GetValue(seed), (int)n);
            stdout.WriteLine($"distribution over {d.Samples} elements (bound = 5 standard errors; KS at alpha 1e-6):");
            stdout.WriteLine($"  mean            {d.Mean,12:E3}   |bound| {d.MeanBound:E3}");
            stdout.WriteLine($"  variance - 1    {d.Variance - 1,12:E3}   |bound| {d.VarianceBound:E3}");
            stdout.WriteLine($"  excess kurtosis {d.ExcessKurtosis,12:E3}   |bound| {d.KurtosisBound:E3}");
            stdout.WriteLine($"  KS statistic    {d.KolmogorovSmirnov,12:E3}   bound   {d.KolmogorovSmirnovBound:E3}");
            stdout.WriteLine(d.Passes ? "distribution: within bounds" : "distribution: OUTSIDE bounds");
            return d.Passes ? 0 : 1;
        });

        var threads = new Option<int>("--threads") { Description = "ONNX Runtime intra-op threads; with --forward own on the CPU, OpenBLAS's threads and the row ops'.", DefaultValueFactory = _ => 1 };
        var batch = new Option<int>("--batch") { Description = "Texts per forward pass (≥ 2: the head's classes need a row each).", DefaultValueFactory = _ => 16 };
        var tokens = new Option<int>("--tokens") { Description = "Tokens per text (all real, no padding).", DefaultValueFactory = _ => 32 };
        var repeats = new Option<int>("--repeats") { Description = "Timed repetitions of each phase (the median is printed).", DefaultValueFactory = _ => 10 };
        var model = new Option<string>("--model") { Description = "minilm or the path of a BERT-style .onnx model.", DefaultValueFactory = _ => "minilm" };
        var onnx = new Command("onnx", "Fine-tuning an ONNX text encoder: session creation, forward latency, MeZO and R-AdaZO step times, and the peak resident set of each phase against the parameters and a computed backprop fine-tune.");
        var forward = new Option<string>("--forward") { Description = "ort (ONNX Runtime) or own (the engine's transformer layers on --backend; on the CPU --threads sets OpenBLAS's threads and the row ops').", DefaultValueFactory = _ => "ort" };
        forward.AcceptOnlyFromAmong("ort", "own");
        var onnxBackend = new Option<string>("--backend") { Description = "With --forward own: cpu, emulated, cuda or auto.", DefaultValueFactory = _ => "cpu" };
        onnxBackend.AcceptOnlyFromAmong([.. Cuda.BackendSelector.Names]);
        foreach (var o in new Option[] { threads, batch, tokens, repeats, model, forward, onnxBackend })
            onnx.Options.Add(o);
        onnx.SetAction(pr =>
        {
            var source = ModelSource(pr.GetValue(model)!);
            int b = CliParse.AtLeast(pr.GetValue(batch), "--batch", minimum: 2), t = CliParse.AtLeast(pr.GetValue(tokens), "--tokens", minimum: 3), n = CliParse.AtLeast(pr.GetValue(repeats), "--repeats");
            if (pr.GetValue(forward) == "own")
                return BenchOwnForward(stdout, stderr, source, pr.GetValue(onnxBackend)!, CliParse.AtLeast(pr.GetValue(threads), "--threads"), b, t, n);
            if (pr.GetValue(onnxBackend) != "cpu")
                throw new ZoCliException($"--forward ort runs ONNX Runtime on the CPU; --backend {pr.GetValue(onnxBackend)} needs --forward own.");
            return BenchOnnx(stdout, source, CliParse.AtLeast(pr.GetValue(threads), "--threads"), b, t, n);
        });

        var cmd = new Command("bench", "Quick measurements (the committed benchmarks are the BenchmarkDotNet project in bench/).");
        cmd.Subcommands.Add(noise);
        cmd.Subcommands.Add(accuracy);
        cmd.Subcommands.Add(onnx);
        cmd.Subcommands.Add(DriftCommand(stdout));
        cmd.Subcommands.Add(AlignmentCommand(stdout));
        foreach (var hzo in HzoBenchCommands(stdout, stderr)) cmd.Subcommands.Add(hzo);
        return cmd;
    }

    private static int BenchOnnx(TextWriter stdout, Onnx.OnnxModelSource model, int threads, int batch, int tokens, int repeats)
    {
        var r = Onnx.FineTuning.OnnxStepBench.Run(model, threads, batch, tokens, repeats);
        static string Mb(long bytes) => (bytes / 1e6).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        stdout.WriteLine(string.Create(inv, $"model={model.Name} parameters={r.Parameters} parameter_MB={Mb(r.ParameterBytes)} threads={threads} batch={batch} tokens={tokens} repeats={repeats}"));
        stdout.WriteLine(string.Create(inv, $"session_seconds={r.SessionSeconds:F3} forward_ms={1e3 * r.ForwardSeconds:F1} mezo_step_ms={1e3 * r.MezoStepSeconds:F1} radazo_step_ms={1e3 * r.RAdaZoStepSeconds:F1}"));
        stdout.WriteLine($"rss_after_load_MB={Mb(r.RssAfterLoad)} anonymous_MB={Mb(r.AnonymousAfterLoad)} file_mapped_MB={Mb(r.RssAfterLoad - r.AnonymousAfterLoad)} managed_heap_MB={Mb(r.ManagedAfterLoad)} peak_forward_MB={Mb(r.PeakForward)} ort_forward_working_MB={Mb(r.ForwardWorkingBytes)} peak_mezo_MB={Mb(r.PeakMezo)} peak_radazo_MB={Mb(r.PeakRAdaZo)}");
        // MiniLM's shape (6 layers, width 384, 12 heads); for another model the computed row is labelled as MiniLM's.
        var bp = Onnx.FineTuning.OnnxStepBench.BackpropBytes(r.Parameters, layers: 6, batch, tokens, hidden: 384, heads: 12);
        stdout.WriteLine($"backprop_adam_computed_MB={Mb(bp.Parameters + bp.Gradients + bp.AdamState + bp.Activations)} (parameters {Mb(bp.Parameters)} + gradients {Mb(bp.Gradients)} + adam {Mb(bp.AdamState)} + activations {Mb(bp.Activations)}, MiniLM shape, float32)");
        stdout.WriteLine(string.Create(inv, $"mezo_peak_over_params_plus_forward={(double)r.PeakMezo / (r.ParameterBytes + r.PeakForward - r.RssAfterLoad):F2} mezo_peak_over_peak_forward={(double)r.PeakMezo / r.PeakForward:F3}"));
        return ExitCodes.Success;
    }

    private static int BenchOwnForward(TextWriter stdout, TextWriter stderr, Onnx.OnnxModelSource model, string backendName, int threads, int batch, int tokens, int repeats)
    {
        using var device = CliOptions.CreateNnDevice(backendName, stderr, hostOnly: null);
        using var cpu = device.Backend is null ? new CpuBackend() : null;
        Nn.INnOps<float> ops = device.Ops is { } deviceOps ? deviceOps : Onnx.OwnSentenceEncoder.CpuOps(threads);
        var r = Onnx.FineTuning.OwnStepBench.Run(model, ops, (IZoBackend?)device.Backend ?? cpu!, batch, tokens, repeats);
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        stdout.WriteLine(string.Create(inv, $"model={model.Name} forward=own {(device.Backend is null ? $"backend=cpu gemm={ops.GemmName}{(ops.GemmName == "openblas" ? $" openblas_core={Nn.Gemm.OpenBlasGemm.CoreName}" : "")} threads={threads}" : device.Describe())} parameters={r.Parameters} batch={batch} tokens={tokens} repeats={repeats}"));
        stdout.WriteLine(string.Create(inv, $"forward_ms={1e3 * r.ForwardSeconds:F1} mezo_step_ms={1e3 * r.MezoStepSeconds:F1} radazo_bf16_step_ms={1e3 * r.RAdaZoStepSeconds:F1}"));
        void Memory(string name, Onnx.FineTuning.OwnStepMemory? m)
        {
            if (m is null)
                return;
            stdout.WriteLine(string.Create(inv, $"memory method={name} step_peak_bytes={m.Peak} bytes_per_parameter={(double)m.Peak / r.Parameters:F3} parameters={m.Parameters} optimizer_state={m.OptimizerState} activations={m.Activations} workspace={m.Workspace} inputs={m.Inputs} transfers_per_step={m.TransfersPerStep:F2} bytes_per_step={m.BytesPerStep:F1}"));
        }
        Memory("mezo-sgd", r.Mezo);
        Memory("radazo-bf16", r.RAdaZo);
        if (r.Mezo is { } mezo)
        {
            // The issue's goal: parameters + one layer's activations and attention workspace (what the forward holds).
            long inference = mezo.Parameters + mezo.Activations + mezo.Workspace;
            stdout.WriteLine(string.Create(inv, $"mezo_peak_over_inference={(double)mezo.Peak / inference:F4} (inference = parameters {mezo.Parameters} + activations {mezo.Activations} + workspace {mezo.Workspace}; the batch's ids and mask {mezo.Inputs} are in the peak)"));
        }
        return ExitCodes.Success;
    }

    private static int BenchNoise(TextWriter stdout, TextWriter stderr, long d, double minSeconds, string backendName)
    {
        if (d < 64 || d > int.MaxValue)
            throw new ZoCliException($"--dim must be in [64, {int.MaxValue}], got {d}.");
        using var selected = CliOptions.CreateBackend(backendName, stderr);
        // The table is one core's figures; the passes that split across cores get their own rows at the end.
        using var oneThread = selected is CpuBackend cpu ? new CpuBackend(cpu.Width, threads: 1) : null;
        var backend = oneThread ?? selected;
        int n = (int)(d / 64 * 64);
        var words = new uint[n];
        var buf = new float[n];
        using var theta = new ParameterSet(backend.Memory);
        theta.Add("x", n);
        using var state = backend.AllocateState(theta, true, true, StatePrecision.Float32);
        NoiseTerm[] one = [new(1, 1e-3f)];
        NoiseTerm[] four = [new(1, 1e-3f), new(2, -1e-3f), new(3, 1e-3f), new(4, 1e-3f)];
        var radazo = new UpdateRule { Kind = UpdateKind.RAdaZo, LearningRate = 1e-3f, Beta1 = 0.9f, Beta2 = 0.99f, Epsilon = 1e-8f };
        stdout.WriteLine($"backend={backend.Description} elements={n}{(backend is CpuBackend ? " threads=1" : "")}");
        stdout.WriteLine($"{"operation",-44} {"elements/s",14} {"GB/s",8}");
        void Row(string name, int bytesPerElement, double elementsPerCall, Action call)
        {
            call();
            backend.Synchronize();
            var sw = Stopwatch.StartNew();
            int calls = 0;
            double best = double.MaxValue;
            while (sw.Elapsed.TotalSeconds < minSeconds || calls < 3)
            {
                long t0 = Stopwatch.GetTimestamp();
                call();
                // Device ops are queued asynchronously; a row times them to completion.
                backend.Synchronize();
                best = Math.Min(best, Stopwatch.GetElapsedTime(t0).TotalSeconds);
                calls++;
            }
            double eps = elementsPerCall / best;
            string gbs = bytesPerElement == 0 ? "" : (eps * bytesPerElement / 1e9).ToString("F2");
            stdout.WriteLine($"{name,-44} {eps,14:E3} {gbs,8}");
        }
        if (backend is CpuBackend)
        {
            // The host-side generators into a caller buffer exist only on the CPU.
            Row("philox words (4 per call)", 4, n, () => NoiseStream.Words(1, 0, 0, words));
            Row("gaussian z -> buffer", 4, n, () => NoiseStream.Generate(NoiseKind.Gaussian, 1, 0, 0, buf));
            Row("rademacher z -> buffer", 4, n, () => NoiseStream.Generate(NoiseKind.Rademacher, 1, 0, 0, buf));
        }
        Row("fill theta = z (store only)", 4, n, () => backend.Fill(theta, NoiseKind.Gaussian, 1, 1f));
        Row("fused theta += c*z (1 term)", 8, n, () => backend.Combine(theta, one));
        Row("fused theta += sum c_k*z_k (4 terms)", 8, n, () => backend.Combine(theta, four));
        Row("fused R-AdaZO (theta, m, v), restore fused", 24, n, () => backend.Update(theta, state, radazo, one, new GradientSource(one)));
        Row("SPSA step, 3 fused passes (per element)", 24, n, () =>
        {
            backend.Combine(theta, [new NoiseTerm(9, 1e-3f)]);
            backend.Combine(theta, [new NoiseTerm(9, -2e-3f)]);
            backend.Combine(theta, [new NoiseTerm(9, 1e-3f - 1e-4f)]);
        });
        if (selected is CpuBackend all && all.Threads > 1)
        {
            // The same passes on every core: chunks are independent, so the bits are those of one thread.
            stdout.WriteLine($"all cores: threads={all.Threads}");
            backend = all;
            Row("fill theta = z (store only)", 4, n, () => backend.Fill(theta, NoiseKind.Gaussian, 1, 1f));
            Row("fused theta += c*z (1 term)", 8, n, () => backend.Combine(theta, one));
            Row("fused R-AdaZO (theta, m, v), restore fused", 24, n, () => backend.Update(theta, state, radazo, one, new GradientSource(one)));
            Row("SPSA step, 3 fused passes (per element)", 24, n, () =>
            {
                backend.Combine(theta, [new NoiseTerm(9, 1e-3f)]);
                backend.Combine(theta, [new NoiseTerm(9, -2e-3f)]);
                backend.Combine(theta, [new NoiseTerm(9, 1e-3f - 1e-4f)]);
            });
        }
        return 0;
    }
}
