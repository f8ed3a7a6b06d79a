using ZoEngine.Tests.Support;

namespace ZoEngine.Tests.Cli;

/// <summary>
/// The shared option parsers of every command: a trailing comma or empty element, an empty path and a non-finite number
/// are one-line usage errors (exit 2) in one style, "OPTION must be WHAT, got VALUE.", before any work.
/// </summary>
public class ParserTests() : CliTestBase("zo-parse-")
{
    [TestCase(new[] { "bench", "hzo-cost", "--depths", "4," }, "--depths must be a comma list without empty elements, got '4,'.")]
    [TestCase(new[] { "bench", "hzo-cost", "--depths", "4,x" }, "--depths must be a comma list of integers ≥ 2, got 'x'.")]
    [TestCase(new[] { "bench", "hzo-cost", "--methods", "bp,,hzo" }, "--methods must be a comma list without empty elements, got 'bp,,hzo'.")]
    [TestCase(new[] { "bench", "hzo-cost", "--methods", "bp,adam" }, "--methods must be a comma list of bp, hzo, neuronwise or spsa, got 'adam'.")]
    [TestCase(new[] { "bench", "hzo-cost", "--max-seconds", "NaN" }, "--max-seconds must be finite and > 0, got NaN.")]
    [TestCase(new[] { "bench", "hzo-cost", "--activation", "swish" }, "--activation must be relu, gelu or tanh, got 'swish'.")]
    [TestCase(new[] { "bench", "hzo-cost", "--out", "" }, "--out must be a path, got ''.")]
    [TestCase(new[] { "bench", "hzo-fidelity", "--archs", "plain," }, "--archs must be a comma list without empty elements, got 'plain,'.")]
    [TestCase(new[] { "bench", "hzo-fidelity", "--step32", "1e-2,Infinity" }, "--step32 must be a positive finite number, got 'Infinity'.")]
    [TestCase(new[] { "bench", "hzo-fidelity", "--lr", "Infinity" }, "--lr must be finite and > 0, got Infinity.")]
    [TestCase(new[] { "bench", "hzo-fidelity", "--data", "" }, "--data must be a path, got ''.")]
    [TestCase(new[] { "bench", "alignment", "--ks", "2,,4" }, "--ks must be a comma list without empty elements, got '2,,4'.")]
    [TestCase(new[] { "bench", "alignment", "--dims", "1000,big" }, "--dims must be a comma list of integers ≥ 1, got 'big'.")]
    [TestCase(new[] { "compare", "synthetic", "--opts", "sgd," }, "--opts must be a comma list without empty elements, got 'sgd,'.")]
    [TestCase(new[] { "compare", "synthetic", "--estimators", "spsa,,gv" }, "--estimators must be a comma list without empty elements, got 'spsa,,gv'.")]
    [TestCase(new[] { "compare", "synthetic", "--lr", "NaN" }, "--lr must be a finite number ≥ 0, got 'NaN'.")]
    [TestCase(new[] { "compare", "synthetic", "--lr", "sgd=1e-3,radazo=-Infinity" }, "--lr must be a finite number ≥ 0, got '-Infinity'.")]
    [TestCase(new[] { "compare", "synthetic", "--lr", "sgd=1e-3,adam=1e-2" }, "--lr must be sgd, signsgd, adamm, rmsprop or radazo, got 'adam'.")]
    [TestCase(new[] { "compare", "synthetic", "--lr", "spsa+sgd=1e-3,zo+sgd=1e-2" }, "--lr must be spsa, mezo, onesided, central, forward, gv or greedy, got 'zo'.")]
    [TestCase(new[] { "compare", "synthetic", "--estimators", "spsa,best" }, "--estimators must be spsa, mezo, onesided, central, forward, gv or greedy, got 'best'.")]
    [TestCase(new[] { "run", "synthetic", "--opt", "adam", "--iters", "1" }, "--opt must be sgd, signsgd, adamm, rmsprop or radazo, got 'adam'.")]
    public void ABadValue_IsOneLine_InTheSharedStyle_WithExit2(string[] args, string expected)
    {
        var (code, output, err) = Zo(args);
        Assert.That(code, Is.EqualTo(2), err);
        Assert.That(err.TrimEnd(), Is.EqualTo("zo: " + expected));
        Assert.That(output, Is.Empty, "nothing runs before the error");
    }

    [Test]
    public void CompareRates_KeepTheirMeaning_OptimizerEntriesThenPairEntries()
    {
        string csv = Path.Combine(_dir, "c.csv"), svg = Path.Combine(_dir, "c.svg");
        var (code, _, err) = Zo("compare", "synthetic", "--dim", "20", "--iters", "2", "--opts", "sgd,adamm", "--estimators", "spsa,gv",
            "--lr", "spsa+sgd=0.25,sgd=0.5,adamm=0.125", "--csv", csv, "--svg", svg);
        Assert.That(code, Is.EqualTo(0), err);
        var rates = File.ReadAllLines(csv).Skip(1).Select(l => l.Split(',')).Select(r => $"{r[0]}+{r[1]}={r[2]}").Distinct();
        Assert.That(rates, Is.EquivalentTo(new[] { "spsa+sgd=0.25", "spsa+adamm=0.125", "gv+sgd=0.5", "gv+adamm=0.125" }));
    }
}
