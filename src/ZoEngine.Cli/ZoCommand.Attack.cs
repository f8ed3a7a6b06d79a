using System.CommandLine;
using System.Globalization;
using ZoEngine.Nn;
using ZoEngine.Optimizers;
using ZoEngine.Workloads.Attack;
using ZoEngine.Workloads.Data;
using ZoEngine.Workloads.Models;
using ZoEngine.Workloads.Reporting;

namespace ZoEngine.Cli;

public static partial class ZoCommand
{
    private static readonly string[] AttackOptimizers = ["sgd", "signsgd", "adamm", "rmsprop", "radazo"];

    private static Command AttackCommand(TextWriter stdout, TextWriter stderr)
    {
        var model = new Option<string>("--model") { Description = "The classifier: a model file written by ZoEngine (safetensors).", Required = true };
        var images = new Option<int>("--images") { Description = "Test images to attack.", DefaultValueFactory = _ => 10 };
        var first = new Option<int>("--first") { Description = "Index of the first test image.", DefaultValueFactory = _ => 0 };
        var opts = new Option<string>("--opts") { Description = "Optimizers, a comma list of sgd, signsgd, adamm, rmsprop, radazo.", DefaultValueFactory = _ => "sgd,signsgd,adamm,rmsprop,radazo" };
        var q = new Option<int>("--q") { Description = "Queries per step of the two-sided estimator.", DefaultValueFactory = _ => 2 };
        var mu = new Option<float>("--mu") { Description = "Perturbation radius of the estimator.", DefaultValueFactory = _ => 0.5f };
        var lr = new Option<string>("--lr") { Description = "Learning rate, one for all or per optimizer 'sgd=0.05,radazo=0.003' (the others keep 0.01).", DefaultValueFactory = _ => "0.01" };
        var epsilon = new Option<float>("--epsilon") { Description = "Largest change of a pixel, ‖δ‖∞ ≤ ε (images are in [0, 1]).", DefaultValueFactory = _ => 0.2f };
        var maxIters = new Option<int>("--max-iters") { Description = "Step budget of one attack.", DefaultValueFactory = _ => 20_000 };
        var seeds = new Option<string>("--seeds") { Description = "Run seeds, a comma list: each image is attacked once per seed and optimizer.", DefaultValueFactory = _ => "1" };
        var workers = new Option<int>("--workers") { Description = "Attacks in flight at once; their queries share batched forward passes (1: one attack after another). The results do not depend on it.", DefaultValueFactory = _ => 64 };
        var data = new Option<string?>("--data") { Description = $"Directory of the four IDX files (default: ${FashionMnist.EnvironmentVariable}, else {FashionMnist.DefaultDirectory})." };
        var csv = new Option<string?>("--csv") { Description = "One row per attack." };
        var curves = new Option<string?>("--curves") { Description = "CSV of the quartiles of F against queries per optimizer (the plot's data)." };
        var svg = new Option<string?>("--svg") { Description = "Plot of the median F against queries per optimizer: .svg or .png." };
        var fashion = new Command("fashion-mnist", "Targeted black-box attacks on a Fashion-MNIST classifier, through its outputs only, with each optimizer from the same seeds.");
        foreach (var o in new Option[] { model, images, first, opts, q, mu, lr, epsilon, maxIters, seeds, workers, data, csv, curves, svg })
            fashion.Options.Add(o);
        fashion.SetAction(pr =>
        {
            var kinds = CliParse.List(pr.GetValue(opts)!, "--opts").Select(n => CliOptions.ParseOptimizer(n, "--opts")).Distinct().ToArray();
            var study = new AttackStudyOptions
            {
                Queries = CliParse.AtLeast(pr.GetValue(q), "--q"),
                Mu = (float)CliParse.Positive(pr.GetValue(mu), "--mu"),
                LearningRates = CliParse.MethodRates(pr.GetValue(lr), "--lr", kinds.ToDictionary(CliOptions.Name, _ => 0.01), AttackOptimizers)
                    .ToDictionary(e => kinds.Single(k => CliOptions.Name(k) == e.Key), e => (float)e.Value),
                Epsilon = (float)CliParse.Positive(pr.GetValue(epsilon), "--epsilon"),
                MaxIterations = CliParse.AtLeast(pr.GetValue(maxIters), "--max-iters"),
            };
            var seedList = CliParse.List(pr.GetValue(seeds)!, "--seeds")
                .Select(s => ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out ulong v) ? v : throw new ZoCliException($"--seeds must be a comma list of non-negative integers, got '{s}'.")).ToArray();
            int count = CliParse.AtLeast(pr.GetValue(images), "--images");
            int start = CliParse.AtLeast(pr.GetValue(first), "--first", minimum: 0);
            int workerCount = CliParse.AtLeast(pr.GetValue(workers), "--workers");
            string? csvPath = CliParse.Path(pr.GetValue(csv), "--csv"), svgPath = CliParse.PlotPath(pr.GetValue(svg), "--svg");
            string? curvesPath = CliParse.Path(pr.GetValue(curves), "--curves");
            OutputPaths.Check(("--csv", csvPath), ("--curves", curvesPath), ("--svg", svgPath));
            string modelPath = CliParse.Path(pr.GetValue(model), "--model")!;

            (Sequential<float> Model, string Architecture) loaded;
            try
            {
                loaded = ModelFile.LoadAny(modelPath);
            }
            catch (FileNotFoundException)
            {
                throw new ZoCliException($"--model: no model file at '{modelPath}'.");
            }
            catch (SafeTensorsException e)
            {
                throw new ZoCliException(e.Message, ExitCodes.Damaged);
            }
            var dataset = LoadFashionMnist(CliParse.Path(pr.GetValue(data), "--data"));
            var test = dataset.Test;
            if (loaded.Model.InFeatures != test.Features || loaded.Model.OutFeatures != FashionMnist.ClassCount)
                throw new ZoCliException($"--model ({loaded.Architecture}) takes {loaded.Model.InFeatures} inputs and scores {loaded.Model.OutFeatures} classes; Fashion-MNIST images have {test.Features} pixels and {FashionMnist.ClassCount} classes.");
            if (start + count > test.Count)
                throw new ZoCliException($"--first {start} --images {count} reaches past the {test.Count} test images.");

            // The blocked GEMM sums every output element in the same order whatever the row count, so a query's answer
            // does not depend on the batch it shares, and --workers cannot change a result. Each core runs its own
            // block of the batch's rows with a one-thread GEMM.
            var classifier = NnBlackBox.Create(loaded.Model, () => new CpuNnOps<float>(new Nn.Gemm.BlockedGemm(SimdWidth.Auto, maxThreads: 1)), Environment.ProcessorCount);
            stdout.WriteLine($"attack: {count} test images from {start}, target (label + 1) mod 10, ε = {F(study.Epsilon)}, q = {study.Queries}, μ = {F(study.Mu)}, lr = {string.Join(',', kinds.Select(k => $"{CliOptions.Name(k)}={F(study.RateFor(k))}"))}, at most {study.MaxIterations} steps; model {loaded.Architecture} of {loaded.Model.Depth} units");
            stdout.WriteLine("image label target optimizer seed succeeded iterations queries final_F l2 linf");
            var (records, skipped) = AttackStudy.RunBatched(classifier, test, start, count, FashionMnist.ClassCount, kinds, seedList, study, () => new CpuBackend(), workerCount, r =>
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.Image} {r.Label} {r.Target} {CliOptions.Name(r.Optimizer)} {r.Seed} {(r.Result.Succeeded ? "yes" : "no")} {r.Result.Iterations} {r.Result.Queries} {r.Result.FinalLoss:G5} {r.Result.L2:G4} {r.Result.LInf:G4}")));
            if (skipped.Count > 0)
                stdout.WriteLine($"skipped {skipped.Count} image(s) the model already misclassifies: {string.Join(',', skipped.Take(20))}{(skipped.Count > 20 ? ",…" : "")}");
            stdout.WriteLine("optimizer success_rate iterations_to_success_mean iterations_to_success_std queries_to_success_mean");
            foreach (var kind in kinds)
            {
                var mine = records.Where(r => r.Optimizer == kind).ToList();
                var won = mine.Where(r => r.Result.Succeeded).ToList();
                double mean = won.Count > 0 ? won.Average(r => (double)r.Result.Iterations) : double.NaN;
                double std = won.Count > 1 ? Math.Sqrt(won.Sum(r => Math.Pow(r.Result.Iterations - mean, 2)) / (won.Count - 1)) : double.NaN;
                double queries = won.Count > 0 ? won.Average(r => (double)r.Result.Queries) : double.NaN;
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{CliOptions.Name(kind),-9} {(mine.Count == 0 ? double.NaN : (double)won.Count / mine.Count):F3} {mean,10:F1} {std,10:F1} {queries,10:F1}"));
            }
            if (csvPath is not null)
            {
                using var table = new CsvWriter(csvPath, "image", "label", "target", "optimizer", "seed", "succeeded", "iterations", "queries", "final_F", "l2", "linf");
                foreach (var r in records)
                    table.WriteRow(I(r.Image), I(r.Label), I(r.Target), CliOptions.Name(r.Optimizer), r.Seed.ToString(CultureInfo.InvariantCulture), r.Result.Succeeded ? "1" : "0",
                        I(r.Result.Iterations), I(r.Result.Queries), CliOptions.F(r.Result.FinalLoss), r.Result.L2.ToString("R", CultureInfo.InvariantCulture), r.Result.LInf.ToString("R", CultureInfo.InvariantCulture));
            }
            if (curvesPath is not null)
            {
                using var table = new CsvWriter(curvesPath, "optimizer", "step", "queries", "F_q25", "F_median", "F_q75");
                foreach (var kind in kinds)
                {
                    foreach (var p in AttackCurves.Quartiles(records, kind, 2 * study.Queries + 1))
                        table.WriteRow(CliOptions.Name(kind), I(p.Step), I(p.Queries), D(p.Lower), D(p.Median), D(p.Upper));
                }
            }
            if (svgPath is not null)
                MedianLossPlot(records, kinds, study).Save(svgPath);
            var written = new[] { csvPath, curvesPath, svgPath }.Where(p => p is not null).ToList();
            if (written.Count > 0)
                stdout.WriteLine($"wrote {string.Join(" and ", written)}");
            return ExitCodes.Success;
        });
        var cmd = new Command("attack", "Black-box adversarial attacks with zeroth-order optimizers.");
        cmd.Subcommands.Add(fashion);
        return cmd;

        static string F(float v) => v.ToString("G4", CultureInfo.InvariantCulture);
        static string I(long v) => v.ToString(CultureInfo.InvariantCulture);
        static string D(double v) => v.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The median F over each optimizer's attacks against the queries spent, with the interquartile band (see
    /// <see cref="AttackCurves.Quartiles"/>).
    /// </summary>
    private static LinePlot MedianLossPlot(IReadOnlyList<AttackRecord> records, IReadOnlyList<OptimizerKind> kinds, AttackStudyOptions study)
    {
        var plot = new LinePlot("Targeted attack: median loss F (band: interquartile range) against classifier queries", "queries", "F (success below 0)");
        foreach (var kind in kinds)
        {
            var curve = AttackCurves.Quartiles(records, kind, 2 * study.Queries + 1);
            if (curve.Count == 0)
                continue;
            var x = curve.Select(p => (double)p.Queries).ToList();
            plot.AddSeries($"{CliOptions.Name(kind)} (lr {study.RateFor(kind).ToString("G3", CultureInfo.InvariantCulture)})", x, curve.Select(p => p.Median).ToList());
            plot.AddBand(x, curve.Select(p => p.Lower).ToList(), curve.Select(p => p.Upper).ToList());
        }
        return plot;
    }
}
