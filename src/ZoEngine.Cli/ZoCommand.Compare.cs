using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ZoEngine.Optimizers;
using ZoEngine.Workloads.Reporting;
using ZoEngine.Workloads.Synthetic;

namespace ZoEngine.Cli;

public static partial class ZoCommand
{
    private static Command CompareCommand(TextWriter stdout, TextWriter stderr)
    {
        var o = new CliOptions();
        var opts = new Option<string>("--opts") { Description = "Comma-separated optimizers.", DefaultValueFactory = _ => "sgd,signsgd,adamm,rmsprop,radazo" };
        var lr = new Option<string>("--lr") { Description = "One learning rate for all, or per optimizer: 'sgd=1e-4,radazo=1e-2' (others default to 1e-3).", DefaultValueFactory = _ => "1e-3" };
        var csv = new Option<string>("--csv") { Description = "CSV of loss against steps and evaluations.", DefaultValueFactory = _ => "compare.csv" };
        var svg = new Option<string>("--svg") { Description = "SVG plot of loss against steps.", DefaultValueFactory = _ => "compare.svg" };
        var target = new Option<float?>("--target") { Description = "Target loss for 'steps to target' (default: initial loss × --target-ratio)." };
        var ratio = new Option<float>("--target-ratio") { Description = "Target as a fraction of the initial loss.", DefaultValueFactory = _ => 1e-2f };
        var synthetic = new Command("synthetic", "Run several optimizers on one synthetic problem with the same start and the same step seeds; write a CSV and an SVG plot.");
        o.AddTo(synthetic);
        foreach (var x in new Option[] { opts, lr, csv, svg, target, ratio })
            synthetic.Options.Add(x);
        synthetic.SetAction(pr =>
        {
            var fn = SyntheticObjective.Parse(pr.GetValue(o.Fn)!);
            ulong seed = pr.GetValue(o.Seed);
            var problem = new SyntheticProblem(fn, pr.GetValue(o.Dim), SyntheticProblem.InitSeedFor(seed), pr.GetValue(o.InitScale));
            var kinds = pr.GetValue(opts)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(CliOptions.ParseOptimizer).ToList();
            var rates = ParseRates(pr.GetValue(lr)!, kinds);
            int iters = pr.GetValue(o.Iters);
            int evalEvery = Math.Max(1, pr.GetValue(o.EvalEvery));
            var objective = new SyntheticObjective(fn);
            var table = new CsvTable("optimizer", "lr", "step", "evaluations", "loss");
            var plot = new SvgLinePlot($"{fn}, d = {problem.Dimension}: loss against steps", "step", "f(x)") { LogY = true };
            stdout.WriteLine($"{fn} d={problem.Dimension} estimator={pr.GetValue(o.Estimator)} dir={pr.GetValue(o.Dir)} q={pr.GetValue(o.Q)} mu={CliOptions.F(pr.GetValue(o.Mu))} iters={iters} seed={seed}");
            stdout.WriteLine($"{"optimizer",-9} {"lr",10} {"initial",12} {"final",12} {"best",12} {"steps_to_target",15} {"seconds",8}");
            using var backend = CliOptions.CreateBackend(pr.GetValue(o.Backend)!);
            foreach (var kind in kinds)
            {
                var config = new RunConfiguration { RunSeed = seed, Estimator = o.EstimatorFrom(pr), Optimizer = o.OptimizerFrom(pr, kind, rates[kind]) };
                using var theta = problem.CreateInitialPoint(backend);
                using var trainer = CreateTrainer(backend, theta, objective, config, null);
                float initial = objective.Evaluate(theta);
                float goal = pr.GetValue(target) ?? initial * pr.GetValue(ratio);
                var xs = new List<double> { 0 };
                var ys = new List<double> { initial };
                table.AddRow(CliOptions.Name(kind), CliOptions.F(rates[kind]), "0", "0", CliOptions.F(initial));
                long reached = -1;
                float best = initial, last = initial;
                string status = "";
                var clock = Stopwatch.StartNew();
                try
                {
                    RunWithProgress(stdout, $"{fn} {CliOptions.Name(kind)}", iters, () =>
                    {
                        var r = trainer.Step();
                        long step = r.Step + 1;
                        if (step % evalEvery != 0 && step != iters)
                            return;
                        last = objective.Evaluate(theta);
                        best = Math.Min(best, last);
                        if (reached < 0 && last <= goal)
                            reached = step;
                        xs.Add(step);
                        ys.Add(last);
                        table.AddRow(CliOptions.Name(kind), CliOptions.F(rates[kind]), step.ToString(CultureInfo.InvariantCulture), trainer.Evaluations.ToString(CultureInfo.InvariantCulture), CliOptions.F(last));
                    }, () => last);
                }
                catch (ZoObjectiveException e)
                {
                    status = $" diverged at step {e.Step}";
                    last = float.NaN;
                }
                plot.AddSeries($"{CliOptions.Name(kind)} (lr {rates[kind]:G3})", xs, ys);
                string toTarget = reached < 0 ? "not reached" : reached.ToString(CultureInfo.InvariantCulture);
                stdout.WriteLine($"{CliOptions.Name(kind),-9} {rates[kind],10:G4} {initial,12:G6} {last,12:G6} {best,12:G6} {toTarget,15} {clock.Elapsed.TotalSeconds,8:F2}{status}");
            }
            table.Save(pr.GetValue(csv)!);
            plot.Save(pr.GetValue(svg)!);
            stdout.WriteLine($"wrote {pr.GetValue(csv)} and {pr.GetValue(svg)}");
            return 0;
        });
        var cmd = new Command("compare", "Compare optimizers side by side with the same seeds.");
        cmd.Subcommands.Add(synthetic);
        return cmd;
    }

    private static Dictionary<OptimizerKind, float> ParseRates(string text, IEnumerable<OptimizerKind> kinds)
    {
        var rates = kinds.Distinct().ToDictionary(k => k, _ => 1e-3f);
        if (!text.Contains('='))
        {
            float all = ParseFloat(text, "--lr");
            foreach (var k in rates.Keys)
                rates[k] = all;
            return rates;
        }
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = part.Split('=', 2);
            if (kv.Length != 2)
                throw new ZoCliException($"--lr entry '{part}' is not name=value.");
            rates[CliOptions.ParseOptimizer(kv[0])] = ParseFloat(kv[1], $"--lr {kv[0]}");
        }
        return rates;
    }

    private static float ParseFloat(string text, string what) =>
        float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out float v) ? v : throw new ZoCliException($"{what}: '{text}' is not a number.");
}
