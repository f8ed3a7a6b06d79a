using ZoEngine.Workloads.Data;

namespace ZoEngine.Tests.Workloads;

/// <summary>Loading Fashion-MNIST from directories the tests write, its error messages, and one integration test on
/// the installed dataset.</summary>
public class FashionMnistTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("zo-fmnist-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [TestCase(true)]
    [TestCase(false)]
    public void Load_ReadsBothSets_ScaledToUnitRange(bool gzip)
    {
        var (trainLabels, testLabels) = IdxTestFiles.WriteDataset(_dir, train: 23, test: 9, seed: 4, gzip);
        var data = FashionMnist.Load(_dir);
        Assert.That(data.Directory, Is.EqualTo(_dir));
        Assert.That((data.Train.Count, data.Train.Rows, data.Train.Columns, data.Train.Features), Is.EqualTo((23, 28, 28, 784)));
        Assert.That(data.Test.Count, Is.EqualTo(9));
        Assert.That(data.Train.Labels, Is.EqualTo(trainLabels));
        Assert.That(data.Test.Labels, Is.EqualTo(testLabels));
        Assert.That(data.Train.Images, Has.Length.EqualTo(23 * 784));
        // Each pixel is its byte / 255: the writer's bytes are < 40 off the class block and ≥ 200 on it.
        byte[] raw = IdxReader.Read(Path.Combine(_dir, FashionMnist.TrainFiles.Images + (gzip ? ".gz" : "")), 3).Data;
        for (int i = 0; i < raw.Length; i++)
            Assert.That(data.Train.Images[i], Is.EqualTo(raw[i] / 255f), $"pixel {i}");
        Assert.That(data.Train.Images.Max(), Is.GreaterThan(200 / 255f).And.LessThanOrEqualTo(1f));
        Assert.That(data.Train.Image(1).ToArray(), Is.EqualTo(data.Train.Images[784..1568]));
    }

    [Test]
    public void Take_CopiesThePrefix()
    {
        IdxTestFiles.WriteDataset(_dir, train: 10, test: 2, seed: 5, gzip: true);
        var train = FashionMnist.Load(_dir).Train;
        var first = train.Take(4);
        Assert.That(first.Count, Is.EqualTo(4));
        Assert.That(first.Labels, Is.EqualTo(train.Labels[..4]));
        Assert.That(first.Images, Is.EqualTo(train.Images[..(4 * 784)]));
        first.Images[0] = -1;
        Assert.That(train.Images[0], Is.Not.EqualTo(-1f), "the prefix is a copy");
        Assert.That(train.Take(100).Count, Is.EqualTo(10));
    }

    [Test]
    public void MissingDirectory_GivenByTheCaller_SaysSoAndHowToInstall()
    {
        string missing = Path.Combine(_dir, "not-here");
        var e = Assert.Throws<DatasetException>(() => FashionMnist.Load(missing))!;
        Assert.That(e.Message, Does.Contain(missing).And.Contain("does not exist").And.Contain("sudo apt-get install dataset-fashion-mnist"), e.Message);
    }

    [Test]
    public void MissingDirectory_FromTheEnvironment_NamesTheVariable()
    {
        string? before = Environment.GetEnvironmentVariable(FashionMnist.EnvironmentVariable);
        string missing = Path.Combine(_dir, "env-dir");
        try
        {
            Environment.SetEnvironmentVariable(FashionMnist.EnvironmentVariable, missing);
            var e = Assert.Throws<DatasetException>(() => FashionMnist.Load())!;
            Assert.That(e.Message, Does.Contain(missing).And.Contain("from ZO_FASHION_MNIST"), e.Message);
            // An explicit directory wins over the variable.
            IdxTestFiles.WriteDataset(_dir, train: 3, test: 3, seed: 1, gzip: false);
            Assert.That(FashionMnist.Load(_dir).Directory, Is.EqualTo(_dir));
        }
        finally
        {
            Environment.SetEnvironmentVariable(FashionMnist.EnvironmentVariable, before);
        }
    }

    [Test]
    public void MissingFile_IsListed()
    {
        IdxTestFiles.WriteDataset(_dir, train: 3, test: 3, seed: 1, gzip: true);
        File.Delete(Path.Combine(_dir, FashionMnist.TestFiles.Labels + ".gz"));
        var e = Assert.Throws<DatasetException>(() => FashionMnist.Load(_dir))!;
        Assert.That(e.Message, Does.Contain("lacks t10k-labels-idx1-ubyte[.gz]").And.Contain("apt-get install dataset-fashion-mnist"), e.Message);
        Assert.That(e.Message, Does.Not.Contain("train-images"), "only the missing file is listed");
    }

    [Test]
    public void CountMismatch_NamesBothFiles()
    {
        IdxTestFiles.WriteDataset(_dir, train: 6, test: 3, seed: 1, gzip: false);
        string labels = Path.Combine(_dir, FashionMnist.TrainFiles.Labels);
        File.WriteAllBytes(labels, IdxTestFiles.Bytes(IdxReader.UnsignedByte, [5], [1, 2, 3, 4, 5]));
        var e = Assert.Throws<DatasetException>(() => FashionMnist.Load(_dir))!;
        Assert.That(e.Message, Does.Contain("holds 6 images").And.Contain("holds 5 labels").And.Contain(labels).And.Contain(FashionMnist.TrainFiles.Images), e.Message);
    }

    [Test]
    public void LabelOutOfRange_GivesFileAndOffset()
    {
        IdxTestFiles.WriteDataset(_dir, train: 4, test: 3, seed: 1, gzip: false);
        string labels = Path.Combine(_dir, FashionMnist.TestFiles.Labels);
        File.WriteAllBytes(labels, IdxTestFiles.Bytes(IdxReader.UnsignedByte, [3], [1, 10, 2]));
        var e = Assert.Throws<DatasetException>(() => FashionMnist.Load(_dir))!;
        Assert.That(e.FilePath, Is.EqualTo(labels));
        Assert.That(e.Offset, Is.EqualTo(9), "8 header bytes, then item 1");
        Assert.That(e.Message, Does.Contain("label 10 for item 1"), e.Message);
    }

    [Test]
    public void DamagedFile_PropagatesTheReadersFileAndOffset()
    {
        IdxTestFiles.WriteDataset(_dir, train: 4, test: 3, seed: 1, gzip: false);
        string images = Path.Combine(_dir, FashionMnist.TrainFiles.Images);
        byte[] bytes = File.ReadAllBytes(images);
        File.WriteAllBytes(images, bytes[..1000]);
        var e = Assert.Throws<DatasetException>(() => FashionMnist.Load(_dir))!;
        Assert.That(e.FilePath, Is.EqualTo(images));
        Assert.That(e.Offset, Is.EqualTo(1000));
    }

    [Test]
    public void TrainAndTestImageSizes_MustAgree()
    {
        IdxTestFiles.WriteDataset(_dir, train: 2, test: 2, seed: 1, gzip: false);
        File.WriteAllBytes(Path.Combine(_dir, FashionMnist.TestFiles.Images), IdxTestFiles.Bytes(IdxReader.UnsignedByte, [2, 4, 4], new byte[32]));
        var e = Assert.Throws<DatasetException>(() => FashionMnist.Load(_dir))!;
        Assert.That(e.Message, Does.Contain("28×28").And.Contain("4×4"), e.Message);
    }

    /// <summary>
    /// The installed dataset (CI installs dataset-fashion-mnist). Checks what the dataset's own description promises:
    /// 60,000 + 10,000 images of 28×28, 10 balanced classes (6,000 and 1,000 each), items centred on a black
    /// background; and that train and test come from one distribution.
    /// </summary>
    [Test]
    public void Installed_Dataset_HasTheDocumentedShapeAndBalancedClasses()
    {
        string dir = Environment.GetEnvironmentVariable(FashionMnist.EnvironmentVariable) is { Length: > 0 } env ? env : FashionMnist.DefaultDirectory;
        if (!Directory.Exists(dir))
            Assert.Ignore($"Fashion-MNIST is not installed at {dir}: install it with {FashionMnist.InstallHint}");
        var data = FashionMnist.Load();
        Assert.That((data.Train.Count, data.Test.Count), Is.EqualTo((60_000, 10_000)));
        Assert.That((data.Train.Rows, data.Train.Columns), Is.EqualTo((28, 28)));
        foreach (var (set, perClass) in new[] { (data.Train, 6_000), (data.Test, 1_000) })
        {
            var counts = new int[FashionMnist.ClassCount];
            foreach (byte l in set.Labels)
                counts[l]++;
            Assert.That(counts, Is.All.EqualTo(perClass), "balanced classes");
        }
        double trainMean = data.Train.Images.Average(p => (double)p), testMean = data.Test.Images.Average(p => (double)p);
        // A per-image mean lies in [0, 1], so its standard deviation is at most 1/2 and the standard error of the test
        // set's mean at most 0.5/√10,000 = 0.005 (the training mean's 0.002); the difference of two means of one
        // distribution has SE ≤ 0.0054, so 0.02 is over 3.7 SE even at these worst-case bounds. Sets from different
        // distributions (or a wrong pairing of files) would not be expected to agree that closely.
        Assert.That(trainMean, Is.GreaterThan(0).And.LessThan(1));
        Assert.That(Math.Abs(trainMean - testMean), Is.LessThan(0.02), $"train mean {trainMean}, test mean {testMean}");
        // Items are centred on a black background: the outer ring of pixels is darker on average than the centre 14×14.
        double ring = 0, centre = 0;
        for (int i = 0; i < data.Test.Count; i++)
        {
            var image = data.Test.Image(i);
            for (int r = 0; r < 28; r++)
                for (int c = 0; c < 28; c++)
                {
                    if (r == 0 || r == 27 || c == 0 || c == 27)
                        ring += image[r * 28 + c] / (4 * 27.0);
                    else if (r is >= 7 and < 21 && c is >= 7 and < 21)
                        centre += image[r * 28 + c] / 196.0;
                }
        }
        Assert.That(ring, Is.LessThan(centre), "border darker than the centre");
        Assert.That(data.Train.Images.Min(), Is.GreaterThanOrEqualTo(0f));
        Assert.That(data.Train.Images.Max(), Is.LessThanOrEqualTo(1f), "bytes are scaled by 1/255");
    }
}
