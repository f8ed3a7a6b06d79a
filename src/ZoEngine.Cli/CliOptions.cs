using System.CommandLine;
using System.Globalization;
using ZoEngine.Estimators;
using ZoEngine.Noise;
using ZoEngine.Optimizers;

namespace ZoEngine.Cli;

/// <summary>The options shared by 'run synthetic' and 'compare synthetic', and their translation to engine options.</summary>
internal sealed class CliOptions
{
    public readonly Option<string> Fn = new("--fn") { Description = "quadratic, cubic, levy, rosenbrock or ackley.", DefaultValueFactory = _ => "quadratic" };
    public readonly Option<long> Dim = new("--dim") { Description = "Dimension d.", DefaultValueFactory = _ => 10_000 };
    public readonly Option<string> Estimator = new("--estimator") { Description = "spsa, onesided, central, forward, gv (MeZO-GV) or greedy (MeZO-Greedy).", DefaultValueFactory = _ => "spsa" };
    public readonly Option<int> Candidates = new("--candidates") { Description = "Candidates M scored per step by gv and greedy.", DefaultValueFactory = _ => 4 };
    public readonly Option<float> Alpha = new("--alpha") { Description = "Elite fraction of gv.", DefaultValueFactory = _ => 0.5f };
    public readonly Option<string> Dir = new("--dir") { Description = "Direction distribution: gaussian, sphere or rademacher.", DefaultValueFactory = _ => "gaussian" };
    public readonly Option<int> Q = new("--q") { Description = "Queries per step.", DefaultValueFactory = _ => 1 };
    public readonly Option<float> Mu = new("--mu") { Description = "Smoothing radius (or coordinate step).", DefaultValueFactory = _ => 5e-3f };
    public readonly Option<int> Iters = new("--iters") { Description = "Steps to run.", DefaultValueFactory = _ => 1000 };
    public readonly Option<ulong> Seed = new("--seed") { Description = "Run seed: step seeds and the initial point derive from it.", DefaultValueFactory = _ => 1 };
    public readonly Option<float> InitScale = new("--init-scale") { Description = "x0 = scale·z(init seed).", DefaultValueFactory = _ => 1f };
    public readonly Option<bool> ScaleD = new("--scale-d") { Description = "Multiply sphere estimates by d." };
    public readonly Option<string> Mode = new("--mode") { Description = "inplace (default) or exact (backup copy restores θ bit-exactly).", DefaultValueFactory = _ => "inplace" };
    public readonly Option<float> Beta1 = new("--beta1") { DefaultValueFactory = _ => 0.9f, Description = "First-moment decay." };
    public readonly Option<float> Beta2 = new("--beta2") { DefaultValueFactory = _ => 0.99f, Description = "Second-moment decay." };
    public readonly Option<float> Eps = new("--eps") { DefaultValueFactory = _ => 1e-8f, Description = "Denominator guard ζ." };
    public readonly Option<bool> EpsInside = new("--eps-inside") { Description = "Use √(v+ζ) (the R-AdaZO paper form) instead of √v+ζ." };
    public readonly Option<float> Momentum = new("--momentum") { Description = "SGD momentum." };
    public readonly Option<float> WeightDecay = new("--wd") { Description = "L2 weight decay." };
    public readonly Option<string> State = new("--state") { Description = "Optimizer state precision: f32 or bf16.", DefaultValueFactory = _ => "f32" };
    public readonly Option<string> Backend = BackendOption();
    public readonly Option<int> EvalEvery = new("--eval-every") { Description = "Evaluate the true loss f(θ) every K steps for the CSV (0: only at the end).", DefaultValueFactory = _ => 1 };

    public void AddTo(Command cmd, bool withEstimatorOptions = true)
    {
        foreach (Option o in new Option[] { Fn, Dim, Iters, Seed, InitScale, Beta1, Beta2, Eps, EpsInside, Momentum, WeightDecay, State, Backend, EvalEvery })
            cmd.Options.Add(o);
        if (withEstimatorOptions)
            foreach (Option o in new Option[] { Estimator, Dir, Q, Mu, ScaleD, Mode, Candidates, Alpha })
                cmd.Options.Add(o);
        Estimator.AcceptOnlyFromAmong("spsa", "onesided", "central", "forward", "gv", "greedy");
        Dir.AcceptOnlyFromAmong("gaussian", "sphere", "rademacher");
        Mode.AcceptOnlyFromAmong("inplace", "exact");
        State.AcceptOnlyFromAmong("f32", "bf16");
    }

    public EstimatorOptions EstimatorFrom(ParseResult pr) => EstimatorFrom(pr, pr.GetValue(Estimator)!);

    public EstimatorOptions EstimatorFrom(ParseResult pr, string estimator) => new()
    {
        Kind = ParseEstimator(estimator),
        Candidates = pr.GetValue(Candidates),
        EliteFraction = pr.GetValue(Alpha),
        Distribution = pr.GetValue(Dir) switch { "sphere" => NoiseDistribution.Sphere, "rademacher" => NoiseDistribution.Rademacher, _ => NoiseDistribution.Gaussian },
        Queries = pr.GetValue(Q),
        Mu = pr.GetValue(Mu),
        ScaleByDimension = pr.GetValue(ScaleD),
        Mode = pr.GetValue(Mode) == "exact" ? PerturbationMode.Exact : PerturbationMode.InPlace,
    };

    public OptimizerOptions OptimizerFrom(ParseResult pr, OptimizerKind kind, float lr) => new()
    {
        Kind = kind,
        LearningRate = lr,
        Momentum = pr.GetValue(Momentum),
        WeightDecay = pr.GetValue(WeightDecay),
        Beta1 = pr.GetValue(Beta1),
        Beta2 = pr.GetValue(Beta2),
        Epsilon = pr.GetValue(Eps),
        EpsilonPlacement = pr.GetValue(EpsInside) ? EpsilonPlacement.InsideSqrt : EpsilonPlacement.OutsideSqrt,
        StatePrecision = pr.GetValue(State) == "bf16" ? StatePrecision.BFloat16 : StatePrecision.Float32,
    };

    /// <summary>The estimator named <paramref name="name"/> (any case; "mezo" is "spsa"), as the shared parsers do it.</summary>
    public static EstimatorKind ParseEstimator(string name, string option = "--estimator") =>
        CliParse.Choice(name.ToLowerInvariant(), option, ("spsa", EstimatorKind.Spsa), ("mezo", EstimatorKind.Spsa), ("onesided", EstimatorKind.OneSided),
            ("central", EstimatorKind.Central), ("forward", EstimatorKind.Forward), ("gv", EstimatorKind.GuidingVector), ("greedy", EstimatorKind.Greedy));

    public static string Name(EstimatorKind kind) => kind switch
    {
        EstimatorKind.Spsa => "spsa",
        EstimatorKind.OneSided => "onesided",
        EstimatorKind.Central => "central",
        EstimatorKind.Forward => "forward",
        EstimatorKind.GuidingVector => "gv",
        _ => "greedy",
    };

    /// <summary>The optimizer named <paramref name="name"/> (any case), as the shared parsers do it.</summary>
    public static OptimizerKind ParseOptimizer(string name, string option = "--opt") =>
        CliParse.Choice(name.ToLowerInvariant(), option, ("sgd", OptimizerKind.Sgd), ("signsgd", OptimizerKind.SignSgd), ("adamm", OptimizerKind.AdaMM),
            ("rmsprop", OptimizerKind.RmsProp), ("radazo", OptimizerKind.RAdaZo));

    public static string Name(OptimizerKind kind) => kind switch
    {
        OptimizerKind.Sgd => "sgd",
        OptimizerKind.SignSgd => "signsgd",
        OptimizerKind.AdaMM => "adamm",
        OptimizerKind.RmsProp => "rmsprop",
        _ => "radazo",
    };

    /// <summary>--backend auto|cpu|cuda|emulated.</summary>
    public static Option<string> BackendOption()
    {
        var o = new Option<string>("--backend") { Description = "auto (CUDA when a device exists, else CPU), cpu, cuda or emulated (the CUDA path on the host build of the kernels).", DefaultValueFactory = _ => "auto" };
        o.AcceptOnlyFromAmong([.. Cuda.BackendSelector.Names]);
        return o;
    }

    /// <summary>
    /// The backend that --backend names. 'auto' writes one line to <paramref name="stderr"/> saying what it chose and,
    /// when it is the CPU, the driver's reason; an explicit 'cuda' without a device is a usage error (exit 2).
    /// </summary>
    public static IZoBackend CreateBackend(string name, TextWriter stderr)
    {
        try
        {
            var backend = Cuda.BackendSelector.Create(name, out string? note);
            if (note is not null)
                stderr.WriteLine($"zo: {note}");
            return backend;
        }
        catch (Cuda.CudaUnavailableException e)
        {
            throw new ZoCliException(e.Message);
        }
        catch (InvalidOperationException e) when (name == "emulated")
        {
            throw new ZoCliException(e.Message);
        }
    }

    /// <summary>
    /// --backend of the Nn commands: the device whose <see cref="Nn.DeviceNnOps"/> keep the model, or none for the CPU
    /// (cpu, or auto without a device). <paramref name="hostOnly"/> names a requested method that runs on host
    /// parameters only ("--method mezo"); asking for it with a device is a usage error, raised before any data is read.
    /// </summary>
    public static NnDevice CreateNnDevice(string name, TextWriter stderr, string? hostOnly)
    {
        var chosen = name == "cpu" ? null : CreateBackend(name, stderr);
        if (chosen is not Cuda.DeviceBackend device)
        {
            chosen?.Dispose();
            return new NnDevice(null, null);
        }
        if (hostOnly is not null)
        {
            device.Dispose();
            throw new ZoCliException($"{hostOnly} runs the core engine on host parameters; use --backend cpu for it (--backend {name} chose {device.Name}).");
        }
        return new NnDevice(device, new Nn.DeviceNnOps(device));
    }

    /// <summary>
    /// Checks a run's estimator and optimizer settings the way the trainer will, as a usage error, before any file or
    /// buffer is created.
    /// </summary>
    public static void Validate(RunConfiguration config, long dimension)
    {
        try
        {
            config.Estimator.Validate(dimension);
            config.Optimizer.Validate();
        }
        catch (ArgumentException e)
        {
            throw new ZoCliException(ExitCodes.OneLine(e));
        }
    }

    public static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    public static string F(float v) => v.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>The device an Nn command computes on, and its ops; both null for the CPU.</summary>
internal sealed class NnDevice(Cuda.DeviceBackend? backend, Nn.DeviceNnOps? ops) : IDisposable
{
    public Cuda.DeviceBackend? Backend { get; } = backend;

    public Nn.DeviceNnOps? Ops { get; } = ops;

    /// <summary>The report line's "backend: …, gemm: …" for a device.</summary>
    public string Describe() => $"backend: {Backend!.Description}, gemm: {Ops!.GemmName}";

    public void Dispose()
    {
        Ops?.Dispose();
        Backend?.Dispose();
    }
}
