using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ZoEngine.Bench;

// Usage: dotnet run -c Release --project bench/ZoEngine.Bench -- --machine NAME [BenchmarkDotNet arguments, e.g. --filter '*Spsa*']
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
// In-process: BenchmarkDotNet 0.14 predates .NET 10's runtime moniker, and one process on a 2-core machine
// also keeps the measurement away from a concurrent build. Few iterations keep the suite within minutes.
var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(12).WithLaunchCount(1);
var config = ManualConfig.Create(DefaultConfig.Instance)
    .AddJob(job)
    .AddColumn(new ThroughputColumn(ThroughputColumn.Unit.ElementsPerSecond), new ThroughputColumn(ThroughputColumn.Unit.GigabytesPerSecond), new FlopsColumn())
    .AddExporter(MarkdownExporter.GitHub, CsvExporter.Default)
    .WithArtifactsPath(Path.Combine(results, "artifacts"))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
// Appended, so that a later run of one class (--filter) keeps the record of the runs before it.
File.AppendAllText(Path.Combine(results, "command.txt"),
    $"dotnet run -c Release --project bench/ZoEngine.Bench -- --machine {machine} {string.Join(' ', rest)}\n" +
    $"(or ./build.sh bench {string.Join(' ', rest)} with ZO_MACHINE={machine})\n" +
    $"processor: {Environment.ProcessorCount} logical cores; date (UTC): {DateTime.UtcNow:yyyy-MM-dd}\n");
BenchmarkSwitcher.FromAssembly(typeof(NoiseBenchmarks).Assembly).Run([.. rest], config);
