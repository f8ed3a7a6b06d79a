using ZoEngine.Workloads.Data;

namespace ZoEngine.Tests.Onnx;

/// <summary>The fortunes task: parsing, cleaning, the deterministic split, and the one-line refusals.</summary>
public class FortunesTests
{
    private string _dir = "";

    [SetUp]
    public void CreateScratchFolder() => _dir = Directory.CreateTempSubdirectory("zo-fortunes-").FullName;

    [TearDown]
    public void DeleteScratchFolder() => Directory.Delete(_dir, recursive: true);

    /// <summary>Writes category files of <paramref name="count"/> distinct entries each, in the package's format.</summary>
    internal static void WriteCategories(string dir, int count, params string[] names)
    {
        foreach (string name in names)
            File.WriteAllText(Path.Combine(dir, name), string.Join("\n%\n", Enumerable.Range(0, count).Select(i => $"{name} saying number {i}\n\tsecond line")) + "\n%\n");
        // The package's index files sit beside the texts and are not categories.
        File.WriteAllBytes(Path.Combine(dir, names[0] + ".dat"), [1, 2, 3]);
    }

    [Test]
    public void Parse_SplitsOnPercentLines_StripsOverstrikes_AndCollapsesWhitespace()
    {
        string text = "First  one\n\tindented\n%\n_\bb_\bo_\bl_\bd and B\bBO\bOL\bLD\n%\n%\n   \n%\nlast, no trailing separator";
        Assert.That(Fortunes.Parse(text), Is.EqualTo(new[] { "First one indented", "bold and BOLD", "last, no trailing separator" }));
    }

    [Test]
    public void Split_IsDeterministic_Disjoint_Balanced_AndTheTestSetIgnoresTheSeed()
    {
        WriteCategories(_dir, 40, "alpha", "beta", "gamma");
        var data = Fortunes.Load(["gamma", "alpha", "beta"], _dir);
        Assert.That(data.Categories, Is.EqualTo(new[] { "gamma", "alpha", "beta" }));
        var a = data.Split(shots: 8, testPerClass: 10, seed: 1);
        var again = Fortunes.Load(["gamma", "alpha", "beta"], _dir).Split(8, 10, 1);
        var other = data.Split(8, 10, 2);
        Assert.That(a.TrainTexts, Is.EqualTo(again.TrainTexts));
        Assert.That(a.TestTexts, Is.EqualTo(other.TestTexts), "the test set is the same for every seed");
        Assert.That(a.TrainTexts, Is.Not.EqualTo(other.TrainTexts), "the k-shot sample depends on the seed");
        Assert.That(a.TrainTexts.Intersect(a.TestTexts), Is.Empty);
        Assert.That(a.TrainLabels.GroupBy(l => l).Select(g => g.Count()), Is.EqualTo(new[] { 8, 8, 8 }));
        Assert.That(a.TestLabels.GroupBy(l => l).Select(g => g.Count()), Is.EqualTo(new[] { 10, 10, 10 }));
        for (int i = 0; i < a.TrainTexts.Length; i++)
            Assert.That(a.TrainTexts[i], Does.StartWith(a.Classes[a.TrainLabels[i]]));
        var smaller = data.Split(4, 10, 1);
        Assert.That(smaller.TestTexts, Is.EqualTo(a.TestTexts), "the test set is the same for every k");
    }

    [Test]
    public void TextsInTwoCategories_AreDropped()
    {
        File.WriteAllText(Path.Combine(_dir, "a"), "shared\n%\nonly a\n%\n");
        File.WriteAllText(Path.Combine(_dir, "b"), "shared\n%\nonly b\n%\nonly b\n");
        var data = Fortunes.Load(["a", "b"], _dir);
        Assert.That(data.Entries[0], Is.EqualTo(new[] { "only a" }));
        Assert.That(data.Entries[1], Is.Empty, "a text twice in one file is dropped too");
    }

    [Test]
    public void MissingFolder_SaysHowToInstall()
    {
        var e = Assert.Throws<DatasetException>(() => Fortunes.Load(["computers", "science"], Path.Combine(_dir, "none")));
        Assert.That(e!.Message, Does.Contain("apt-get install fortunes"));
    }

    [Test]
    public void UnknownCategory_ListsTheKnownOnes()
    {
        WriteCategories(_dir, 5, "alpha", "beta");
        var e = Assert.Throws<DatasetException>(() => Fortunes.Load(["alpha", "delta"], _dir));
        Assert.That(e!.Message, Does.Contain("Unknown fortunes category 'delta'").And.Contain("alpha, beta").And.Not.Contain("alpha.dat"));
    }

    [Test]
    public void TooFewEntriesForTheShots_NamesTheCategory()
    {
        WriteCategories(_dir, 20, "alpha", "beta");
        var data = Fortunes.Load(["alpha", "beta"], _dir);
        Assert.DoesNotThrow(() => data.Split(10, 10, 1));
        var e = Assert.Throws<DatasetException>(() => data.Split(11, 10, 1));
        Assert.That(e!.Message, Does.Contain("'alpha' has 20 distinct entries").And.Contain("fewer than the 11 shots"));
    }

    [Test]
    public void DefaultCategories_HaveAtLeast500EntriesInTheDebianPackage()
    {
        if (!Directory.Exists(Fortunes.DefaultDirectory))
            Assert.Ignore($"fortunes is not installed ({Fortunes.DefaultDirectory} is missing): apt-get install fortunes, or scripts/setup-system.sh.");
        var data = Fortunes.Load(Fortunes.DefaultCategories);
        foreach (var (name, entries) in data.Categories.Zip(data.Entries))
            Assert.That(entries, Has.Count.GreaterThanOrEqualTo(500), name);
        Assert.DoesNotThrow(() => data.Split(256, 100, 1), "k = 256 with 100 test texts per class fits every default category");
    }
}
