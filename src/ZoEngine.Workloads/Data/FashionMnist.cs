namespace ZoEngine.Workloads.Data;

/// <summary>Labelled images as a model consumes them: pixels scaled to [0, 1], one row per image.</summary>
public sealed class LabelledImages : ILabelledExamples
{
    /// <summary>Wraps images and labels; they must agree in count and size.</summary>
    /// <exception cref="ArgumentException">The arrays do not match <paramref name="count"/>, <paramref name="rows"/> and <paramref name="columns"/>.</exception>
    public LabelledImages(float[] images, byte[] labels, int count, int rows, int columns)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Length != count || images.Length != (long)count * rows * columns)
            throw new ArgumentException($"{count} images of {rows}×{columns} need {(long)count * rows * columns} pixels and {count} labels; got {images.Length} and {labels.Length}.");
        Images = images;
        Labels = labels;
        Count = count;
        Rows = rows;
        Columns = columns;
    }

    /// <summary>Pixels in [0, 1] (the stored byte / 255), image after image. // [Count, Features]</summary>
    public float[] Images { get; }

    /// <summary>Class of each image. // [Count]</summary>
    public byte[] Labels { get; }

    /// <summary>Number of images.</summary>
    public int Count { get; }

    /// <summary>Pixel rows per image.</summary>
    public int Rows { get; }

    /// <summary>Pixel columns per image.</summary>
    public int Columns { get; }

    /// <summary>Pixels per image, the width of a model's input.</summary>
    public int Features => Rows * Columns;

    /// <summary>The pixels of image <paramref name="index"/>. // [Features]</summary>
    public ReadOnlySpan<float> Image(int index) => Images.AsSpan(index * Features, Features);

    /// <inheritdoc/>
    ReadOnlySpan<float> ILabelledExamples.Example(int index) => Image(index);

    /// <inheritdoc/>
    int ILabelledExamples.Label(int index) => Labels[index];

    /// <summary>The first <paramref name="count"/> images (all of them when count ≥ <see cref="Count"/>), sharing nothing with this set.</summary>
    public LabelledImages Take(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        count = Math.Min(count, Count);
        return new LabelledImages(Images.AsSpan(0, count * Features).ToArray(), Labels.AsSpan(0, count).ToArray(), count, Rows, Columns);
    }
}

/// <summary>
/// Fashion-MNIST (Zalando): 60,000 training and 10,000 test greyscale images of 28×28 pixels in 10 classes, read from
/// the four IDX files of the original distribution, gzip-compressed or not.
/// </summary>
/// <remarks>
/// The directory is, in order: the one passed to <see cref="Load"/>; the environment variable
/// <c>ZO_FASHION_MNIST</c>; <c>/usr/share/datasets/fashion-mnist</c>, where the Debian package
/// <c>dataset-fashion-mnist</c> installs it. The engine never downloads it.
/// </remarks>
public sealed class FashionMnist
{
    /// <summary>Where Debian's dataset-fashion-mnist package installs the files.</summary>
    public const string DefaultDirectory = "/usr/share/datasets/fashion-mnist";

    /// <summary>The environment variable naming a directory to use when none is passed.</summary>
    public const string EnvironmentVariable = "ZO_FASHION_MNIST";

    /// <summary>How to install the dataset, as error messages say it.</summary>
    public const string InstallHint = "sudo apt-get install dataset-fashion-mnist (Debian, in main)";

    /// <summary>Number of classes; labels are 0 … 9.</summary>
    public const int ClassCount = 10;

    /// <summary>The file names without the optional .gz, as the original distribution and Debian name them.</summary>
    public static readonly (string Images, string Labels) TrainFiles = ("train-images-idx3-ubyte", "train-labels-idx1-ubyte"),
        TestFiles = ("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");

    /// <summary>The class names in label order.</summary>
    public static IReadOnlyList<string> ClassNames { get; } =
        ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"];

    private FashionMnist(string directory, LabelledImages train, LabelledImages test)
    {
        Directory = directory;
        Train = train;
        Test = test;
    }

    /// <summary>The directory the files were read from.</summary>
    public string Directory { get; }

    /// <summary>The training set (60,000 images in the real dataset).</summary>
    public LabelledImages Train { get; }

    /// <summary>The test set (10,000 images in the real dataset).</summary>
    public LabelledImages Test { get; }

    /// <summary>
    /// Loads the training and test sets from <paramref name="directory"/>, or when it is null from
    /// <c>$ZO_FASHION_MNIST</c>, or from <see cref="DefaultDirectory"/>. Each file may be gzip-compressed (name.gz) or
    /// plain (name).
    /// </summary>
    /// <exception cref="DatasetException">The directory or a file is missing (the message says how to install the dataset
    /// or pass a path), a file is damaged (the message names it and the byte offset), or images and labels disagree.</exception>
    public static FashionMnist Load(string? directory = null)
    {
        var (dir, origin) = Resolve(directory);
        if (!System.IO.Directory.Exists(dir))
            throw new DatasetException(origin == Origin.Default
                ? $"Fashion-MNIST is not installed: {dir} does not exist. Install it with: {InstallHint}; or pass the directory holding {TrainFiles.Images}.gz and the three other IDX files (--data DIR, or {EnvironmentVariable}=DIR)."
                : $"The Fashion-MNIST directory '{dir}' ({Describe(origin)}) does not exist. Pass the directory holding {TrainFiles.Images}.gz and the three other IDX files, or unset it to use {DefaultDirectory} ({InstallHint}).");
        var names = new[] { TrainFiles.Images, TrainFiles.Labels, TestFiles.Images, TestFiles.Labels };
        var paths = names.Select(n => Find(dir, n)).ToArray();
        var missing = names.Where((n, i) => paths[i] is null).ToArray();
        if (missing.Length > 0)
            throw new DatasetException($"The Fashion-MNIST directory '{dir}' ({Describe(origin)}) lacks {string.Join(", ", missing.Select(m => m + "[.gz]"))}. " +
                (origin == Origin.Default ? $"Reinstall the dataset: {InstallHint}." : $"Point it at a directory with all four IDX files, or install the dataset: {InstallHint}."));
        var train = LoadSet(paths[0]!, paths[1]!);
        var test = LoadSet(paths[2]!, paths[3]!);
        if (train.Rows != test.Rows || train.Columns != test.Columns)
            throw new DatasetException($"The training images are {train.Rows}×{train.Columns} ('{paths[0]}') but the test images are {test.Rows}×{test.Columns} ('{paths[2]}').");
        return new FashionMnist(dir, train, test);
    }

    /// <summary>Reads one images file and its labels file and checks that they belong together.</summary>
    /// <exception cref="DatasetException">A file is missing or damaged, the counts differ, or a label is not 0 … 9.</exception>
    public static LabelledImages LoadSet(string imagesPath, string labelsPath)
    {
        var images = IdxReader.Read(imagesPath, rank: 3);
        var labels = IdxReader.Read(labelsPath, rank: 1);
        int count = images.Dimensions[0], rows = images.Dimensions[1], columns = images.Dimensions[2];
        if (labels.Dimensions[0] != count)
            throw new DatasetException($"'{imagesPath}' holds {count} images but '{labelsPath}' holds {labels.Dimensions[0]} labels: the two files are not a pair.");
        if (rows == 0 || columns == 0)
            throw new DatasetException($"'{imagesPath}' declares images of {rows}×{columns} pixels.", imagesPath, 8);
        int bad = Array.FindIndex(labels.Data, l => l >= ClassCount);
        if (bad >= 0)
            throw new DatasetException($"'{labelsPath}' has label {labels.Data[bad]} for item {bad}; Fashion-MNIST labels are 0 … {ClassCount - 1}.", labelsPath, 8 + bad);
        var pixels = GC.AllocateUninitializedArray<float>(images.Data.Length);
        for (int i = 0; i < pixels.Length; i++)
            pixels[i] = images.Data[i] / 255f;
        return new LabelledImages(pixels, labels.Data, count, rows, columns);
    }

    private enum Origin { Argument, Environment, Default }

    private static (string, Origin) Resolve(string? directory)
    {
        if (!string.IsNullOrEmpty(directory))
            return (directory, Origin.Argument);
        string? env = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrEmpty(env) ? (DefaultDirectory, Origin.Default) : (env, Origin.Environment);
    }

    private static string Describe(Origin origin) => origin switch
    {
        Origin.Argument => "as given",
        Origin.Environment => $"from {EnvironmentVariable}",
        _ => "the default",
    };

    /// <summary>name.gz if it exists, else the plain name, else null.</summary>
    private static string? Find(string directory, string name)
    {
        string gz = Path.Combine(directory, name + ".gz"), plain = Path.Combine(directory, name);
        return File.Exists(gz) ? gz : File.Exists(plain) ? plain : null;
    }
}
