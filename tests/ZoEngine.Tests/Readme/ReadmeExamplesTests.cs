using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ZoEngine.Tests.Readme;

/// <summary>
/// The README's C# examples run as written: each block marked <c>&lt;!-- readme-example: NAME … --&gt;</c> is compiled
/// with Roslyn as the Program.cs of a new console project (with the SDK's implicit global usings) against the engine's
/// assemblies, and run in a scratch folder.
/// </summary>
public sealed partial class ReadmeExamplesTests
{
    /// <summary>The global usings `dotnet new console` projects get (ImplicitUsings=enable, Microsoft.NET.Sdk).</summary>
    private const string ImplicitUsings =
        "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; " +
        "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;\n";

    [GeneratedRegex(@"<!-- readme-example: (?<name>[\w-]+)[^\n]*-->\s*```csharp\n(?<code>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex Block();

    private string _dir = "", _previous = "";

    [SetUp]
    public void EnterScratchFolder()
    {
        _dir = Directory.CreateTempSubdirectory("zo-readme-").FullName;
        _previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = _dir;
    }

    [TearDown]
    public void LeaveScratchFolder()
    {
        Environment.CurrentDirectory = _previous;
        Directory.Delete(_dir, recursive: true);
    }

    private static Dictionary<string, string> Examples()
    {
        string readme = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "README.md")).ReplaceLineEndings("\n");
        return Block().Matches(readme).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["code"].Value);
    }

    [Test]
    public void TheReadme_MarksBothExamples() =>
        Assert.That(Examples().Keys, Is.EquivalentTo(new[] { "zo-trainer", "training-loop" }));

    [Test]
    public void TheTrainerExample_RunsAndReplaysBitForBit()
    {
        string output = Run(Examples()["zo-trainer"]);
        Assert.That(output, Does.Contain("replayed bit for bit: True"));
        var m = Regex.Match(output, @"loss (\S+) -> (\S+)");
        Assert.That(m.Success, output);
        Assert.That(double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture),
            Is.LessThan(0.5 * double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)), "the example trains");
        Assert.That(File.Exists(Path.Combine(_dir, "run.zolog")));
    }

    [Test]
    public void TheTrainingLoopExample_TrainsAUsersModel_AndWritesItsCsv()
    {
        string output = Run(Examples()["training-loop"]);
        var m = Regex.Match(output, @"test accuracy ([0-9.,]+) ?% after 160 steps");
        Assert.That(m.Success, output);
        Assert.That(double.Parse(m.Groups[1].Value.Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(60), "well above the 33 % of chance");
        var rows = File.ReadAllLines(Path.Combine(_dir, "train.csv"));
        Assert.That(rows, Has.Length.EqualTo(1 + 10 * 2), "a header and two evaluations per epoch");
    }

    /// <summary>Compiles <paramref name="code"/> as a console program and runs it; returns what it printed.</summary>
    private static string Run(string code)
    {
        var trees = new[]
        {
            CSharpSyntaxTree.ParseText(ImplicitUsings, new CSharpParseOptions(LanguageVersion.Preview)),
            CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Preview), path: "Program.cs"),
        };
        // The framework's assemblies and the engine's, as a project referencing the engine's packages would see them.
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.GetFiles(TestContext.CurrentContext.TestDirectory, "ZoEngine*.dll"))
            .Distinct()
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("ReadmeExample", trees, references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var problems = emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        Assert.That(problems, Is.Empty, "the example compiles without errors or warnings");
        var assembly = Assembly.Load(image.ToArray());
        var stdout = Console.Out;
        var captured = new StringWriter();
        Console.SetOut(captured);
        try
        {
            var main = assembly.EntryPoint!;
            main.Invoke(null, main.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        }
        finally
        {
            Console.SetOut(stdout);
        }
        return captured.ToString();
    }
}
