using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ZoEngine.Estimators;
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
        var lr = new Option<string>("--lr") { Description = "One learning rate for all, or per optimizer 'sgd=1e-4,radazo=1e-2', or per estimator and optimizer 'gv+sgd=1e-3' (others default to 1e-3).", DefaultValueFactory = _ => "1e-3" };
        var csv = new Option<string>("--csv") { Description = "CSV of loss against steps and evaluations.", DefaultValueFactory = _ => "compare.csv" };
        var svg = new Option<string>("--svg") { Description = "Plot of loss against steps: .svg or .png.", DefaultValueFactory = _ => "compare.svg" };
        var target = new Option<float?>("--target") { Description = "Target loss for 'steps to target' (default: initial loss × --target-ratio)." };
        var ratio = new Option<float>("--target-ratio") { Description = "Target as a fraction of the initial loss.", DefaultValueFactory = _ => 1e-2f };
        var estimators = new Option<string?>("--estimators") { Description = "Comma-separated estimators to cross with --opts (default: --estimator), e.g. spsa,greedy,gv." };
        var budget = new Option<long?>("--budget") { Description = "Run each combination until this many objective evaluations instead of --iters (equal evaluation budgets)." };
        var synthetic = new Command("synthetic", "Run several optimizers (and estimators) on one synthetic problem with the same start and the same step seeds; write a CSV and an SVG plot.");
        o.AddTo(synthetic);
        foreach (var x in new Option[] { opts, lr, csv, svg, target, ratio, estimators, budget })
            synthetic.Options.Add(x);
        synthetic.SetAction(pr =>
        {
            var fn = SyntheticObjective.Parse(pr.GetValue(o.Fn)!);
            ulong seed = pr.GetValue(o.Seed);
            var problem = SyntheticProblem.FromOptions(fn, pr.GetValue(o.Dim), seed, pr.GetValue(o.InitScale));
            var kinds = CliParse.List(pr.GetValue(opts)!, "--opts").Select(k => CliOptions.ParseOptimizer(k, "--opts")).ToList();
            var estimatorNames = CliParse.List(pr.GetValue(estimators) ?? pr.GetValue(o.Estimator)!, "--estimators");
            var rates = CliParse.EstimatorOptimizerRates(pr.GetValue(lr)!, "--lr", kinds, estimatorNames.Select(e => CliOptions.ParseEstimator(e, "--estimators")));
            long? evalBudget = pr.GetValue(budget);
            int iters = pr.GetValue(o.Iters);
            int evalEvery = Math.Max(1, pr.GetValue(o.EvalEvery));
            bool byEvaluations = evalBudget is not null;
            if (iters < 0)
                throw new ZoCliException($"--iters must be ≥ 0, got {iters}.");
            if (evalBudget is < 1)
                throw new ZoCliException($"--budget must be ≥ 1, got {evalBudget}.");
            // Every combination is checked before the first one runs, so that a bad one is refused up front and not
            // after the others have spent their time.
            foreach (string estimatorName in estimatorNames)
                foreach (var kind in kinds)
                    CliOptions.Validate(new RunConfiguration { RunSeed = seed, Estimator = o.EstimatorFrom(pr, estimatorName), Optimizer = o.OptimizerFrom(pr, kind, rates[(CliOptions.ParseEstimator(estimatorName), kind)]) }, problem.Dimension);
            OutputPaths.Check(("--csv", pr.GetValue(csv)), ("--svg", CliParse.PlotPath(pr.GetValue(svg), "--svg")));
            using var objective = new HostCopyObjective(new SyntheticObjective(fn));
            var table = new CsvTable("estimator", "optimizer", "lr", "step", "evaluations", "loss");
            var plot = new LinePlot($"{fn}, d = {problem.Dimension}: loss against {(byEvaluations ? "function evaluations" : "steps")}", byEvaluations ? "function evaluations" : "step", "f(x)") { LogY = true };
            stdout.WriteLine($"{fn} d={problem.Dimension} dir={pr.GetValue(o.Dir)} q={pr.GetValue(o.Q)} M={pr.GetValue(o.Candidates)} alpha={CliOptions.F(pr.GetValue(o.Alpha))} mu={CliOptions.F(pr.GetValue(o.Mu))} {(byEvaluations ? $"budget={evalBudget} evaluations" : $"iters={iters}")} seed={seed}");
            stdout.WriteLine($"{"estimator",-9} {"optimizer",-9} {"lr",10} {"initial",12} {"final",12} {"best",12} {"steps_to_target",15} {"evals_to_target",15} {"seconds",8}");
            using var backend = CliOptions.CreateBackend(pr.GetValue(o.Backend)!, stderr);
            float startLoss = float.NaN;
            foreach (string estimatorName in estimatorNames)
            {
                var estimatorOptions = o.EstimatorFrom(pr, estimatorName);
                foreach (var kind in kinds)
                {
                    float rate = rates[(estimatorOptions.Kind, kind)];
                    var config = new RunConfiguration { RunSeed = seed, Estimator = estimatorOptions, Optimizer = o.OptimizerFrom(pr, kind, rate) };
                    using var theta = problem.CreateInitialPoint(backend);
                    using var trainer = CreateTrainer(backend, theta, objective, config, null);
                    string est = CliOptions.Name(estimatorOptions.Kind), opt = CliOptions.Name(kind);
                    float initial = objective.Evaluate(theta);
                    startLoss = initial;
                    float goal = pr.GetValue(target) ?? initial * pr.GetValue(ratio);
                    var xs = new List<double> { 0 };
                    var ys = new List<double> { initial };
                    table.AddRow(est, opt, CliOptions.F(rate), "0", "0", CliOptions.F(initial));
                    long reached = -1, reachedEvals = -1;
                    float best = initial, last = initial;
                    string status = "";
                    int perStep = trainer.Estimator.LossesPerStep;
                    int steps = evalBudget is { } bud ? (int)Math.Min(int.MaxValue, bud / perStep) : iters;
                    var clock = Stopwatch.StartNew();
                    try
                    {
                        RunWithProgress(stdout, $"{fn} {est} {opt}", steps, () =>
                        {
                            var r = trainer.Step();
                            long step = r.Step + 1;
                            if (step % evalEvery != 0 && step != steps)
                                return;
                            last = objective.Evaluate(theta);
                            best = Math.Min(best, last);
                            if (reached < 0 && last <= goal)
                            {
                                reached = step;
                                reachedEvals = trainer.Evaluations;
                            }
                            xs.Add(byEvaluations ? trainer.Evaluations : step);
                            ys.Add(last);
                            table.AddRow(est, opt, CliOptions.F(rate), step.ToString(CultureInfo.InvariantCulture), trainer.Evaluations.ToString(CultureInfo.InvariantCulture), CliOptions.F(last));
                        }, () => last);
                    }
                    catch (ZoObjectiveException e)
                    {
                        status = $" diverged at step {e.Step}";
                        last = float.NaN;
                    }
                    string label = estimatorNames.Length > 1 ? $"{est}+{opt}" : opt;
                    plot.AddSeries($"{label} (lr {rate:G3})", xs, ys);
                    string toTarget = reached < 0 ? "not reached" : reached.ToString(CultureInfo.InvariantCulture);
                    string evalsToTarget = reachedEvals < 0 ? "not reached" : reachedEvals.ToString(CultureInfo.InvariantCulture);
                    stdout.WriteLine($"{est,-9} {opt,-9} {rate,10:G4} {initial,12:G6} {last,12:G6} {best,12:G6} {toTarget,15} {evalsToTarget,15} {clock.Elapsed.TotalSeconds,8:F2}{status}");
                }
            }
            table.Save(pr.GetValue(csv)!);
            plot.Save(pr.GetValue(svg)!);
            stdout.WriteLine(pr.GetValue(target) is { } t
                ? $"target_loss={CliOptions.F(t)}"
                : $"target_loss={CliOptions.F(startLoss * pr.GetValue(ratio))} (initial loss x {CliOptions.F(pr.GetValue(ratio))}; every run starts from the same point)");
            stdout.WriteLine($"wrote {pr.GetValue(csv)} and {pr.GetValue(svg)}");
            return 0;
        });
        var cmd = new Command("compare", "Compare optimizers side by side with the same seeds.");
        cmd.Subcommands.Add(synthetic);
        return cmd;
    }
}
