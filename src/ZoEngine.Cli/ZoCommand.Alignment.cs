using System.CommandLine;
using System.Globalization;
using ZoEngine.Workloads.Analysis;
using ZoEngine.Workloads.Reporting;

namespace ZoEngine.Cli;

public static partial class ZoCommand
{
    /// <summary>The prior-driven ZO alignment study: plain ZO, Greedy and GV against the lemmas' predictions.</summary>
    private static Command AlignmentCommand(TextWriter stdout)
    {
        var dims = new Option<string>("--dims") { Description = "Comma-separated dimensions.", DefaultValueFactory = _ => "1000,10000,100000" };
        var ks = new Option<string>("--ks") { Description = "Comma-separated k (directions or candidates).", DefaultValueFactory = _ => "2,4,8,16" };
        var trials = new Option<int>("--trials") { Description = "Draws per cell.", DefaultValueFactory = _ => 200 };
        var alpha = new Option<float>("--alpha") { Description = "GV elite fraction.", DefaultValueFactory = _ => 0.5f };
        var seed = new Option<ulong>("--seed") { Description = "Seed.", DefaultValueFactory = _ => 1 };
        var csv = new Option<string>("--csv") { Description = "CSV output.", DefaultValueFactory = _ => "alignment.csv" };
        var svg = new Option<string>("--svg") { Description = "Plot of the mean cosine against k: .svg or .png.", DefaultValueFactory = _ => "alignment.svg" };
        var cmd = new Command("alignment", "Alignment of plain ZO, MeZO-Greedy and MeZO-GV directions with the gradient of a quadratic, beside the lemma predictions.");
        foreach (var o in new Option[] { dims, ks, trials, alpha, seed, csv, svg })
            cmd.Options.Add(o);
        cmd.SetAction(pr =>
        {
            var dList = CliParse.Ints(pr.GetValue(dims)!, "--dims", 1);
            var kList = CliParse.Ints(pr.GetValue(ks)!, "--ks", 1);
            int n = pr.GetValue(trials);
            float a = pr.GetValue(alpha);
            OutputPaths.Check(("--csv", pr.GetValue(csv)), ("--svg", CliParse.PlotPath(pr.GetValue(svg), "--svg")));
            var table = new CsvTable("method", "d", "k", "s", "trials", "ratio1_measured", "ratio1_lemma", "ratio2_measured", "ratio2_lemma", "cosine", "cosine_se");
            var plot = new LinePlot("Mean cos(update, gradient) on a quadratic", "k (directions or candidates)", "mean cosine") { LogX = true, LogY = true, Markers = true };
            stdout.WriteLine($"{"method",-13} {"d",7} {"k",3} {"s",3} {"r1 meas",10} {"r1 lemma",10} {"r2 meas",10} {"r2 lemma",10} {"cosine",9} {"± se",8}");
            foreach (int d in dList)
            {
                foreach (var method in Enum.GetValues<AlignmentMethod>())
                {
                    var xs = new List<double>();
                    var ys = new List<double>();
                    foreach (int k in kList)
                    {
                        // One candidate is plain ZO's single direction; Greedy and GV need at least two.
                        if (k < 2 && method != AlignmentMethod.PlainZo)
                            continue;
                        var c = AlignmentStudy.Measure(method, d, k, n, a, pr.GetValue(seed));
                        int s = method == AlignmentMethod.GuidingVector ? (int)MathF.Floor(a * k) : 1;
                        table.AddRow(method.ToString(), d, k, s, n, c.ParallelOverPerpendicular, c.PredictedParallelOverPerpendicular(s), c.ParallelOverGradient, c.PredictedParallelOverGradient(s), c.Cosine, c.CosineStandardError);
                        stdout.WriteLine($"{method,-13} {d,7} {k,3} {s,3} {c.ParallelOverPerpendicular,10:G4} {c.PredictedParallelOverPerpendicular(s),10:G4} {c.ParallelOverGradient,10:G4} {c.PredictedParallelOverGradient(s),10:G4} {c.Cosine,9:G4} {c.CosineStandardError,8:G2}");
                        xs.Add(k);
                        ys.Add(c.Cosine);
                    }
                    plot.AddSeries($"{method} d={d}", xs, ys);
                }
            }
            table.Save(pr.GetValue(csv)!);
            plot.Save(pr.GetValue(svg)!);
            stdout.WriteLine($"wrote {pr.GetValue(csv)} and {pr.GetValue(svg)}");
            return 0;
        });
        return cmd;
    }
}
