// The Fashion-MNIST attack study on the PyTorch MNIST example CNN, before `zo` could train and load conv models:
// trains the target with backprop + Adam and saves its weights, or attacks it with AttackStudy.RunBatched and writes
// the rows in the format of `zo attack --csv` and `--curves`.
//   cnnstudy train OUT.safetensors EPOCHS
//   cnnstudy attack MODEL.safetensors FIRST COUNT SEEDS MAXITERS LR OUT_PREFIX [WORKERS] [OPTIMIZERS]
//   cnnstudy check MODEL.safetensors FIRST COUNT   (test accuracy of the loaded file, and which of the images it misclassifies)
//   cnnstudy plot CURVES.csv OUT.png TITLE
using System.Globalization;
using ZoEngine;
using ZoEngine.Cpu;
using ZoEngine.Nn;
using ZoEngine.Nn.Gemm;
using ZoEngine.Optimizers;
using ZoEngine.Workloads.Attack;
using ZoEngine.Workloads.Data;
using ZoEngine.Workloads.Models;
using ZoEngine.Workloads.Training;

var inv = CultureInfo.InvariantCulture;
if (args[0] == "plot")
{
    // cnnstudy plot CURVES.csv OUT.png TITLE: the median F with its interquartile band per optimizer, from --curves rows.
    var rows = File.ReadAllLines(args[1]).Skip(1).Select(l => l.Split(',')).ToList();
    var plot = new ZoEngine.Workloads.Reporting.LinePlot(args[3], "classifier queries", "F (success below 0)");
    foreach (var g in rows.GroupBy(r => r[0]))
    {
        var x = g.Select(r => double.Parse(r[2], CultureInfo.InvariantCulture)).ToList();
        plot.AddSeries(g.Key, x, g.Select(r => double.Parse(r[4], CultureInfo.InvariantCulture)).ToList());
        plot.AddBand(x, g.Select(r => double.Parse(r[3], CultureInfo.InvariantCulture)).ToList(), g.Select(r => double.Parse(r[5], CultureInfo.InvariantCulture)).ToList());
    }
    plot.Save(args[2]);
    return;
}
var data = FashionMnist.Load();
var net = ConvNet.Create<float>(new ConvNetOptions { Kind = ConvNetKind.MnistCnn, Seed = 1 });
if (args[0] == "train")
{
    var ops = new CpuNnOps<float>(new BlockedGemm());
    var context = new NnContext<float>(ops);
    var step = new GradientStepMethod(GradientStepMethod.CreateGradient("bp", net, context, SoftmaxCrossEntropy<float>.Instance),
        new DenseAdam<float>(net, 1e-3, ops: ops), 1e-3, context);
    var source = new BatchSource(data.Train, 64, BatchSource.SeedFrom(1));
    var loop = new TrainingLoop(step, source, new TrainingOptions { Epochs = int.Parse(args[2], inv), EvaluationsPerEpoch = 2 },
        new ClassifierEvaluation(net, ops, data.Test), new TextTrainingReport(Console.Out));
    loop.Run();
    var tensors = net.Parameters.Select((p, i) => new SafeTensor(net.ParameterNames[i], [p.Value.Rows, p.Value.Cols], p.Value.Span.ToArray())).ToList();
    SafeTensors.Write(args[1], tensors, new Dictionary<string, string> { ["zoengine.architecture"] = "mnist-cnn (cnnstudy)" });
    Console.WriteLine($"wrote {args[1]}");
    return;
}
var file = SafeTensors.Read(args[1]);
for (int i = 0; i < net.Parameters.Count; i++)
{
    var t = file.Tensors.Single(x => x.Name == net.ParameterNames[i]);
    t.Values.CopyTo(net.Parameters[i].Value.Span);
}
int first = int.Parse(args[2], inv), count = int.Parse(args[3], inv);
if (args[0] == "check")
{
    // The whole test set through the loaded file, then the misclassified images of the range the study would skip.
    var box = NnBlackBox.Create(net, new CpuNnOps<float>(new BlockedGemm()));
    var logp = new float[10];
    ILabelledExamples test = data.Test;
    int correct = 0;
    var wrong = new List<int>();
    for (int i = 0; i < test.Count; i++)
    {
        box(test.Example(i), logp);
        bool right = Array.IndexOf(logp, logp.Max()) == test.Label(i);
        correct += right ? 1 : 0;
        if (!right && i >= first && i < first + count)
            wrong.Add(i);
    }
    Console.WriteLine(string.Create(inv, $"test accuracy of the loaded file: {correct}/{test.Count} = {100.0 * correct / test.Count:F2}%"));
    Console.WriteLine($"images {first}..{first + count - 1}: {count - wrong.Count} correct, misclassified: {string.Join(',', wrong)}");
    return;
}
var seeds = args[4].Split(',').Select(s => ulong.Parse(s, inv)).ToArray();
long maxIters = long.Parse(args[5], inv);
OptimizerKind[] allKinds = [OptimizerKind.Sgd, OptimizerKind.SignSgd, OptimizerKind.AdaMM, OptimizerKind.RmsProp, OptimizerKind.RAdaZo];
string[] names = ["sgd", "signsgd", "adamm", "rmsprop", "radazo"];
// An optional list of optimizers runs only those (e.g. the tuned study without an optimizer whose rate did not change).
var kinds = args.Length > 9 ? args[9].Split(',').Select(n => allKinds[Array.IndexOf(names, n)]).ToArray() : allKinds;
var rates = new Dictionary<OptimizerKind, float>();
foreach (var entry in args[6].Split(','))
{
    var kv = entry.Split('=');
    if (kv.Length == 1)
        foreach (var k in allKinds) rates[k] = float.Parse(kv[0], inv);
    else
        rates[allKinds[Array.IndexOf(names, kv[0])]] = float.Parse(kv[1], inv);
}
string prefix = args[7];
int workers = args.Length > 8 ? int.Parse(args[8], inv) : 512;
var study = new AttackStudyOptions { MaxIterations = maxIters, LearningRates = rates };
var classifier = NnBlackBox.Create(net, () => new CpuNnOps<float>(new BlockedGemm(SimdWidth.Auto, maxThreads: 1)), Environment.ProcessorCount);
Console.WriteLine($"attack: images {first}..{first + count - 1}, seeds {args[4]}, cap {maxIters}, lr {string.Join(',', kinds.Select(k => $"{names[Array.IndexOf(allKinds, k)]}={study.RateFor(k)}"))}, q 2, mu 0.5, eps 0.2, workers {workers}");
var started = DateTime.UtcNow;
var (records, skipped) = AttackStudy.RunBatched(classifier, data.Test, first, count, 10, kinds, seeds, study, () => new CpuBackend(), workers, r =>
    Console.WriteLine(string.Create(inv, $"{r.Image} {r.Label} {r.Target} {names[Array.IndexOf(allKinds, r.Optimizer)]} {r.Seed} {(r.Result.Succeeded ? "yes" : "no")} {r.Result.Iterations} {r.Result.Queries} {r.Result.FinalLoss:G5} {(DateTime.UtcNow - started).TotalSeconds:F0}s")));
Console.WriteLine($"skipped (misclassified): {string.Join(',', skipped)}; {(DateTime.UtcNow - started).TotalSeconds:F0} s");
using (var w = new StreamWriter(prefix + ".csv"))
{
    w.WriteLine("image,label,target,optimizer,seed,succeeded,iterations,queries,final_F,l2,linf");
    foreach (var r in records)
        w.WriteLine(string.Create(inv, $"{r.Image},{r.Label},{r.Target},{names[Array.IndexOf(allKinds, r.Optimizer)]},{r.Seed},{(r.Result.Succeeded ? 1 : 0)},{r.Result.Iterations},{r.Result.Queries},{r.Result.FinalLoss:R},{r.Result.L2:R},{r.Result.LInf:R}"));
}
using (var w = new StreamWriter(prefix + "-curves.csv"))
{
    w.WriteLine("optimizer,step,queries,F_q25,F_median,F_q75");
    foreach (var k in kinds)
        foreach (var p in AttackCurves.Quartiles(records, k, 5))
            w.WriteLine(string.Create(inv, $"{names[Array.IndexOf(allKinds, k)]},{p.Step},{p.Queries},{p.Lower:R},{p.Median:R},{p.Upper:R}"));
}
Console.WriteLine($"wrote {prefix}.csv and {prefix}-curves.csv");
