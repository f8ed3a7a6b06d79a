// A trainer that embeds ZoEngine from its packages: its own buffer and loss callback, a logged run, a bit-exact
// replay of the log, on the CPU backend or on the Emulated backend (the CUDA kernels' host build, from the package).
// Usage: dotnet run -- [cpu|emulated] [folder for the log]
using ZoEngine;
using ZoEngine.Cpu;
using ZoEngine.Cuda;
using ZoEngine.Estimators;
using ZoEngine.Noise;
using ZoEngine.Optimizers;
using ZoEngine.Trajectory;

string backendName = args.Length > 0 ? args[0] : "cpu";
string folder = args.Length > 1 ? args[1] : Directory.CreateTempSubdirectory("zo-sample-").FullName;
if (backendName is not ("cpu" or "emulated"))
{
    Console.Error.WriteLine($"sample: unknown backend '{backendName}'; use cpu or emulated.");
    return 2;
}
using IZoBackend backend = backendName == "cpu" ? new CpuBackend() : new EmulatedBackend();

// The caller's model: 1,024 weights that should all become 1, in the backend's memory.
const int Size = 1024;
static float Loss(ReadOnlySpan<float> w)
{
    double sum = 0;
    foreach (float x in w)
        sum += (x - 1.0) * (x - 1.0);
    return (float)sum;
}
var flat = new float[Size];
float Evaluate(ParameterSet p)
{
    p.CopyToHost(flat);
    return Loss(flat);
}
ParameterSet Start()
{
    var p = new ParameterSet(backend.Memory);
    p.Add("weights", Size);
    backend.Fill(p, NoiseKind.Gaussian, seed: 7, scale: 0.5f);
    return p;
}

var config = new RunConfiguration
{
    RunSeed = 42,
    Estimator = EstimatorOptions.MeZo(mu: 1e-3f),
    Optimizer = new OptimizerOptions { Kind = OptimizerKind.Sgd, LearningRate = 4e-4f },
};
string log = Path.Combine(folder, "run.zolog");
using var theta = Start();
float before = Evaluate(theta);
using (var writer = TrajectoryWriter.Create(log, config.ToMetadata(theta), new TrajectoryWriterOptions { Overwrite = true }))
using (var trainer = new ZoTrainer(backend, theta, new DelegateObjective(Evaluate), config, writer))
{
    for (int step = 0; step < 1000; step++)
        trainer.Step();
    trainer.SealLog(TrajectoryEnd.Completed);
}
float after = Evaluate(theta);
string trained = ParameterDigest.Sha256Hex(theta);

using var again = Start();
var result = TrajectoryReplay.Replay(backend, again, log);
string replayed = ParameterDigest.Sha256Hex(again);
Console.WriteLine($"sample: backend={backend.Description} loss {before:G6} -> {after:G6} steps={result.StepsReplayed} trained={trained} replayed={replayed} matches_seal={result.MatchesSeal}");
if (!(after < 0.5f * before) || trained != replayed || result.MatchesSeal != true)
{
    Console.Error.WriteLine("sample: the run did not train, or its replay did not reproduce it.");
    return 1;
}
return 0;
