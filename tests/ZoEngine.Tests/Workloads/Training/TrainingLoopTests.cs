using System.Text;
using ZoEngine.Nn;
using ZoEngine.Workloads.Training;

namespace ZoEngine.Tests.Workloads.Training;

/// <summary>The training loop: schedule, divergence, reports and the CSV written as it grows.</summary>
public sealed class TrainingLoopTests
{
    private string _dir = "";

    [SetUp]
    public void CreateScratchFolder() => _dir = Directory.CreateTempSubdirectory("zo-loop-").FullName;

    [TearDown]
    public void DeleteScratchFolder() => Directory.Delete(_dir, recursive: true);

    /// <summary>A method whose loss is the step number (from 1), that fails at one step in a chosen way.</summary>
    private sealed class ScriptedMethod(int failAt = 0, string how = "") : ITrainingMethod
    {
        public string Name => "scripted";
        public string Optimizer => "none";
        public double LearningRate => 0.5;
        public IParameterMemory Memory => HostMemory.Instance;
        public long Evaluations { get; private set; }
        public List<int> Rows { get; } = [];

        public double Step(Tensor<float> inputs, ReadOnlySpan<int> labels)
        {
            int step = Rows.Count + 1;
            Rows.Add(inputs.Rows);
            Evaluations += 10;
            if (step == failAt)
            {
                return how switch
                {
                    "nn" => throw new NnNonFiniteException("the loss", 0, -1, double.NaN),
                    "zo" => throw new ZoObjectiveException(step - 1, 0, float.PositiveInfinity, "loss"),
                    "nan" => double.NaN,
                    _ => throw new InvalidOperationException("a bug, not a divergence"),
                };
            }
            return step;
        }
    }

    /// <summary>An evaluation that returns its call number as loss and 1/call as accuracy.</summary>
    private sealed class CountingEvaluation(int sleepMs = 0) : IEvaluation
    {
        public int Calls { get; private set; }

        public Evaluation Evaluate()
        {
            Calls++;
            if (sleepMs > 0)
                Thread.Sleep(sleepMs);
            return new Evaluation(Calls, 1.0 / Calls);
        }
    }

    private sealed class Recorder : ITrainingReport
    {
        public List<string> Events { get; } = [];
        public List<EvaluationRecord> Rows { get; } = [];
        public TrainingResult? Result { get; private set; }
        public void Started(TrainingRun run) => Events.Add("start");
        public void StepCompleted(TrainingRun run, StepRecord step) => Events.Add($"step {step.Step}");
        public void Evaluated(EvaluationRecord evaluation)
        {
            Events.Add($"eval {evaluation.Step}");
            Rows.Add(evaluation);
        }
        public void Finished(TrainingResult result)
        {
            Events.Add("end");
            Result = result;
        }
    }

    [Test]
    public void EvaluatesEvenlyPerEpoch_WithTheTrainLossWeightedByRows()
    {
        // 10 examples in batches of 4: steps of 4, 4, 2 rows; two evaluations per epoch, after steps 2 and 3.
        var method = new ScriptedMethod();
        var recorder = new Recorder();
        var loop = new TrainingLoop(method, new BatchSource(BatchSourceTests.Indexed(10), 4, 1), new TrainingOptions { Epochs = 2, EvaluationsPerEpoch = 2 }, new CountingEvaluation(), recorder);
        var result = loop.Run();
        Assert.That(result.Diverged, Is.False);
        Assert.That(result.Steps, Is.EqualTo(6));
        Assert.That(method.Rows, Is.EqualTo(new[] { 4, 4, 2, 4, 4, 2 }));
        Assert.That(recorder.Rows.Select(r => r.Step), Is.EqualTo(new long[] { 2, 3, 5, 6 }));
        Assert.That(recorder.Rows.Select(r => r.Epochs), Is.EqualTo(new[] { 2 / 3.0, 1, 1 + 2 / 3.0, 2 }).Within(1e-12));
        // Mean of the step losses (1, 2, …) weighted by rows since the previous evaluation.
        Assert.That(recorder.Rows.Select(r => r.TrainLoss), Is.EqualTo(new[] { (1 * 4 + 2 * 4) / 8.0, 3, (4 * 4 + 5 * 4) / 8.0, 6 }));
        Assert.That(recorder.Rows.Select(r => r.Evaluations), Is.EqualTo(new long[] { 20, 30, 50, 60 }));
        Assert.That(recorder.Events.Take(5), Is.EqualTo(new[] { "start", "step 1", "eval 2", "step 2", "eval 3" }), "a step is reported after its evaluation");
        Assert.That(recorder.Events[^1], Is.EqualTo("end"));
        Assert.That(result.Last, Is.EqualTo(new Evaluation(4, 0.25)));
    }

    [Test]
    public void AnEvaluationInterval_CountsStepsAcrossEpochs_AndEndsEachRunToCall()
    {
        // 10 examples in batches of 4 (3 steps an epoch); every 4th step, and at the end of each RunTo call.
        var recorder = new Recorder();
        var loop = new TrainingLoop(new ScriptedMethod(), new BatchSource(BatchSourceTests.Indexed(10), 4, 1),
            new TrainingOptions { Epochs = null, EvaluationsPerEpoch = 1, EvaluationInterval = 4 }, new CountingEvaluation(), recorder);
        loop.RunTo(10);
        loop.RunTo(13);
        Assert.That(recorder.Rows.Select(r => r.Step), Is.EqualTo(new long[] { 4, 8, 10, 12, 13 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrainingLoop(new ScriptedMethod(), new BatchSource(BatchSourceTests.Indexed(10), 4, 1), new TrainingOptions { EvaluationInterval = 0 }));
    }

    [TestCase(1, 2)]
    [TestCase(3, 3)]
    [TestCase(4, 1)]
    public void TheScheduleEndsEachEpochWithAnEvaluation(int perEpoch, int steps)
    {
        var options = new TrainingOptions { EvaluationsPerEpoch = perEpoch };
        var after = Enumerable.Range(0, steps).Where(b => options.EvaluatesAfter(b, steps)).ToList();
        Assert.That(after[^1], Is.EqualTo(steps - 1));
        Assert.That(after, Has.Count.EqualTo(Math.Min(perEpoch, steps)));
    }

    [TestCase("nn")]
    [TestCase("zo")]
    [TestCase("nan")]
    public void ADivergence_StopsCleanly_NamingTheStep_AndKeepsEveryRowBeforeIt(string how)
    {
        var recorder = new Recorder();
        var loop = new TrainingLoop(new ScriptedMethod(failAt: 5, how), new BatchSource(BatchSourceTests.Indexed(10), 4, 1), new TrainingOptions { Epochs = 3, EvaluationsPerEpoch = 3 }, new CountingEvaluation(), recorder);
        var result = loop.Run();
        Assert.That(result.Divergence, Is.Not.Null);
        Assert.That((result.Divergence!.Epoch, result.Divergence.Step, result.Divergence.InEvaluation), Is.EqualTo((2, 5L, false)), "step 5 is the second of epoch 2");
        Assert.That(result.Divergence.ToString(), Does.StartWith("training diverged at epoch 2, step 5: "));
        Assert.That(result.Steps, Is.EqualTo(4));
        Assert.That(recorder.Rows.Select(r => r.Step), Is.EqualTo(new long[] { 1, 2, 3, 4 }));
        Assert.That(recorder.Result, Is.SameAs(result));
        Assert.Throws<InvalidOperationException>(() => loop.RunTo(10), "a diverged run cannot go on");
    }

    [Test]
    public void OtherExceptions_AreNotDivergences()
    {
        var loop = new TrainingLoop(new ScriptedMethod(failAt: 2, "bug"), new BatchSource(BatchSourceTests.Indexed(10), 4, 1), new TrainingOptions());
        Assert.Throws<InvalidOperationException>(() => loop.Run());
    }

    [Test]
    public void StepsAndEvaluations_AreTimedApart()
    {
        var loop = new TrainingLoop(new ScriptedMethod(), new BatchSource(BatchSourceTests.Indexed(8), 4, 1), new TrainingOptions { Epochs = 2 }, new CountingEvaluation(sleepMs: 40));
        var result = loop.Run();
        Assert.That(result.EvaluationSeconds, Is.GreaterThanOrEqualTo(0.079), "two evaluations of 40 ms");
        Assert.That(result.TrainSeconds, Is.LessThan(result.EvaluationSeconds), "the sleeping evaluations are not step time");
    }

    [Test]
    public void RunTo_ContinuesWhereItStopped_WithoutAnEnd()
    {
        var method = new ScriptedMethod();
        var recorder = new Recorder();
        var loop = new TrainingLoop(method, new BatchSource(BatchSourceTests.Indexed(10), 4, 1, BatchOrder.CycleOnePermutation), new TrainingOptions { Epochs = null, EvaluationsPerEpoch = 0 }, report: recorder);
        Assert.That(loop.RunTo(0).Steps, Is.EqualTo(0));
        Assert.That(loop.RunTo(3).Steps, Is.EqualTo(3));
        Assert.That(loop.RunTo(7).Steps, Is.EqualTo(7));
        Assert.That(recorder.Events.Count(e => e == "start"), Is.EqualTo(1), "one run, started once");
        Assert.That(recorder.Events.Count(e => e == "end"), Is.EqualTo(3), "each RunTo call ends with Finished");
        Assert.That(method.Rows, Is.All.EqualTo(4), "cycled batches are full");
        Assert.Throws<InvalidOperationException>(() => loop.Run(), "Run needs an end");
    }

    [Test]
    public void TheCsv_HoldsEachRow_AsSoonAsItIsProduced_AndEveryRowBeforeADivergence()
    {
        string path = Path.Combine(_dir, "sub", "train.csv");
        var seen = new List<int>();
        var evaluation = new CountingEvaluation();
        using (var csv = new CsvTrainingReport(path))
        {
            // While the loop runs, after each step, the file on disk must already hold one row per evaluation so far.
            var peek = new PeekingReport(() =>
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                int rows = new StreamReader(stream, Encoding.UTF8).ReadToEnd().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;
                Assert.That(rows, Is.EqualTo(evaluation.Calls));
                seen.Add(rows);
            });
            var result = new TrainingLoop(new ScriptedMethod(failAt: 6, "nn"), new BatchSource(BatchSourceTests.Indexed(10), 4, 1), new TrainingOptions { Epochs = 3, EvaluationsPerEpoch = 3 }, evaluation, new TrainingReports(csv, peek)).Run();
            Assert.That(result.Divergence?.Step, Is.EqualTo(6));
        }
        Assert.That(seen, Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
        var lines = File.ReadAllLines(path);
        Assert.That(lines[0], Is.EqualTo(string.Join(',', CsvTrainingReport.Columns)));
        Assert.That(lines.Skip(1).Select(l => l.Split(',')[4]), Is.EqualTo(new[] { "1", "2", "3", "4", "5" }));
        Assert.That(lines[1], Does.StartWith("scripted,none,0.5,0.333333,1,1,1,1,"));
    }

    private sealed class PeekingReport(Action peek) : ITrainingReport
    {
        public void StepCompleted(TrainingRun run, StepRecord step) => peek();
    }
}
