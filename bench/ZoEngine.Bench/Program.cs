using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ZoEngine.Bench;

// Usage: dotnet run -c Release --project bench/ZoEngine.Bench -- --machine NAME [--inprocess] [BenchmarkDotNet arguments, e.g. --filter '*Spsa*']
// Results land in bench/results/NAME/ next to a command.txt that records how they were produced.
string machine = "local";
var rest = new List<string>();
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--machine" && i + 1 < args.Length)
        machine = args[++i];
    else
        rest.Add(args[i]);
}
string root = RepoRoot.Find();
string results = Path.Combine(root, "bench", "results", machine);
Directory.CreateDirectory(results);
// BenchmarkDotNet's default toolchain: each benchmark class runs in a process of its own, built for .NET 10 (which
// BenchmarkDotNet 0.15 knows), so one class's JIT state and heap do not leak into the next. --inprocess runs them in
// this process instead, for a machine where a separate build is not possible. Few iterations keep the suite within
// minutes on a 2-core machine.
bool inProcess = rest.Remove("--inprocess");
var job = Job.Default.WithWarmupCount(3).WithIterationCount(12).WithLaunchCount(1);
if (inProcess)
    job = job.WithToolchain(InProcessEmitToolchain.Instance);
var config = ManualConfig.Create(DefaultConfig.Instance)
    .AddJob(job)
    .AddColumn(new ThroughputColumn(ThroughputColumn.Unit.ElementsPerSecond), new ThroughputColumn(ThroughputColumn.Unit.GigabytesPerSecond), new FlopsColumn())
    .AddColumn(StatisticColumn.Min, new ThroughputColumn(ThroughputColumn.Unit.BestElementsPerSecond))
    // The default config already exports GitHub markdown, CSV and HTML into the artifacts' results folder.
    .WithArtifactsPath(Path.Combine(results, "artifacts"))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
// Appended, so that a later run of one class (--filter) keeps the record of the runs before it.
File.AppendAllText(Path.Combine(results, "command.txt"),
    $"dotnet run -c Release --project bench/ZoEngine.Bench -- --machine {machine} {string.Join(' ', rest)}\n" +
    $"(or ./build.sh bench {string.Join(' ', rest)} with ZO_MACHINE={machine})\n" +
    $"processor: {CpuModel()}, {Environment.ProcessorCount} logical cores; widest SIMD: {SimdWidth()}; toolchain: {(inProcess ? "in process" : "a process per class")}; date (UTC): {DateTime.UtcNow:yyyy-MM-dd}\n");
BenchmarkSwitcher.FromAssembly(typeof(NoiseBenchmarks).Assembly).Run([.. rest], config);

// The CPU's model name as the OS reports it, so that a results folder says what it was measured on.
static string CpuModel()
{
    const string Key = "model name";
    if (File.Exists("/proc/cpuinfo"))
        foreach (string line in File.ReadLines("/proc/cpuinfo"))
            if (line.StartsWith(Key, StringComparison.Ordinal) && line.IndexOf(':') is > 0 and int colon)
                return line[(colon + 1)..].Trim();
    return System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture.ToString();
}

static string SimdWidth() =>
    System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated ? "512-bit (AVX-512)"
    : System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated ? "256-bit"
    : System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated ? "128-bit" : "scalar";
