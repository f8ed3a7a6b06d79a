using System.Text;
using System.Text.RegularExpressions;

namespace ZoEngine.Workloads.Data;

/// <summary>
/// Topic classification of English fortune-cookie texts from Debian's <c>fortunes</c> package: one class per category
/// file of <see cref="DefaultDirectory"/> (entries separated by a line holding only <c>%</c>).
/// </summary>
/// <remarks>
/// <para>Cleaning: backspace overstrike sequences ("x\b" before a character, used for bold and underline) are removed,
/// whitespace runs become one space, and the text is trimmed. Empty entries are dropped, and so is any text that occurs
/// more than once (in one category or in two), so that no text is in both a training and a test set.</para>
/// <para>Split (<see cref="Split"/>): each category's entries are ordered by the 64-bit FNV-1a hash of their UTF-8
/// text (ties by ordinal text). The first <c>testPerClass</c> in that order are the test set, the same for every seed and
/// every k; the rest are the training pool. The k-shot training set of a seed is the first k of the pool ordered by the
/// FNV-1a hash of the seed's 8 little-endian bytes followed by the text.</para>
/// </remarks>
public sealed partial class Fortunes
{
    /// <summary>Where the <c>fortunes</c> package installs its category files.</summary>
    public const string DefaultDirectory = "/usr/share/games/fortunes";

    /// <summary>Categories with at least 500 entries whose topics differ clearly: the default task.</summary>
    public static IReadOnlyList<string> DefaultCategories { get; } = ["computers", "science", "politics", "people"];

    private Fortunes(IReadOnlyList<string> categories, IReadOnlyList<IReadOnlyList<string>> entries)
    {
        Categories = categories;
        Entries = entries;
    }

    /// <summary>The categories, in class order.</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>The cleaned, distinct entries of each category, in file order. // [class][entry]</summary>
    public IReadOnlyList<IReadOnlyList<string>> Entries { get; }

    /// <summary>The category names in <paramref name="directory"/>: its files that are not index (.dat) or UTF-8 link (.u8) files.</summary>
    /// <exception cref="DatasetException">The folder does not exist (the message says how to install it).</exception>
    public static IReadOnlyList<string> AvailableCategories(string? directory = null)
    {
        directory ??= DefaultDirectory;
        if (!Directory.Exists(directory))
            throw new DatasetException($"No fortunes at '{directory}': install them with 'apt-get install fortunes'.");
        return [.. Directory.EnumerateFiles(directory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => !n.Contains('.'))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Reads the entries of <paramref name="categories"/> from <paramref name="directory"/>.</summary>
    /// <exception cref="DatasetException">The folder is missing, a category is unknown or named twice, or fewer than two are given.</exception>
    public static Fortunes Load(IReadOnlyList<string> categories, string? directory = null)
    {
        ArgumentNullException.ThrowIfNull(categories);
        directory ??= DefaultDirectory;
        var available = AvailableCategories(directory);
        if (categories.Count < 2)
            throw new DatasetException($"A classification task needs at least two categories; got {categories.Count}.");
        foreach (string c in categories)
        {
            if (!available.Contains(c))
                throw new DatasetException($"Unknown fortunes category '{c}'; {directory} has {string.Join(", ", available)}.");
        }
        if (categories.GroupBy(c => c).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new DatasetException($"The category '{twice.Key}' is named twice.");
        var raw = categories.Select(c => Parse(File.ReadAllText(Path.Combine(directory, c), Encoding.UTF8))).ToList();
        var count = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in raw.SelectMany(r => r))
            count[text] = count.GetValueOrDefault(text) + 1;
        var entries = raw.Select(r => (IReadOnlyList<string>)[.. r.Where(t => count[t] == 1)]).ToList();
        return new Fortunes([.. categories], entries);
    }

    /// <summary>The cleaned, non-empty entries of one category file's text.</summary>
    public static List<string> Parse(string fileText)
    {
        ArgumentNullException.ThrowIfNull(fileText);
        var entries = new List<string>();
        var current = new StringBuilder();
        foreach (string line in fileText.Split('\n'))
        {
            if (line.TrimEnd('\r') == "%")
            {
                Add();
                continue;
            }
            current.Append(line).Append('\n');
        }
        Add();
        return entries;

        void Add()
        {
            string text = Clean(current.ToString());
            if (text.Length > 0)
                entries.Add(text);
            current.Clear();
        }
    }

    /// <summary>Removes backspace overstrikes (a character followed by \b), collapses whitespace, trims.</summary>
    public static string Clean(string text) => Whitespace().Replace(Overstrike().Replace(text, ""), " ").Trim();

    /// <summary>
    /// The test set (the first <paramref name="testPerClass"/> of each category in hash order) and the k-shot training set
    /// of <paramref name="seed"/> (the class remark describes both orders).
    /// </summary>
    /// <exception cref="DatasetException">A category has fewer than <paramref name="testPerClass"/> + <paramref name="shots"/> entries.</exception>
    public FewShotSplit Split(int shots, int testPerClass, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shots, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(testPerClass, 1);
        var trainTexts = new List<string>();
        var trainLabels = new List<int>();
        var testTexts = new List<string>();
        var testLabels = new List<int>();
        Span<byte> seedBytes = stackalloc byte[8];
        BitConverter.TryWriteBytes(seedBytes, seed);
        ulong seedHash = Fnv1a(Fnv1aBasis, seedBytes);
        for (int c = 0; c < Categories.Count; c++)
        {
            var entries = Entries[c];
            if (entries.Count < testPerClass + shots)
                throw new DatasetException($"The category '{Categories[c]}' has {entries.Count} distinct entries: {testPerClass} for the test set leave {Math.Max(entries.Count - testPerClass, 0)} for training, fewer than the {shots} shots asked.");
            var ordered = entries.OrderBy(t => Hash(Fnv1aBasis, t)).ThenBy(t => t, StringComparer.Ordinal).ToList();
            testTexts.AddRange(ordered.Take(testPerClass));
            testLabels.AddRange(Enumerable.Repeat(c, testPerClass));
            var pool = ordered.Skip(testPerClass).OrderBy(t => Hash(seedHash, t)).ThenBy(t => t, StringComparer.Ordinal).Take(shots);
            trainTexts.AddRange(pool);
            trainLabels.AddRange(Enumerable.Repeat(c, shots));
        }
        return new FewShotSplit([.. Categories], [.. trainTexts], [.. trainLabels], [.. testTexts], [.. testLabels]);
    }

    private const ulong Fnv1aBasis = 14695981039346656037;

    private static ulong Hash(ulong basis, string text) => Fnv1a(basis, Encoding.UTF8.GetBytes(text));

    private static ulong Fnv1a(ulong h, ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes)
            h = (h ^ b) * 1099511628211;
        return h;
    }

    [GeneratedRegex(@"[^\b]\x08")]
    private static partial Regex Overstrike();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

/// <summary>A few-shot task: labelled training and test texts.</summary>
/// <param name="Classes">Class names, in label order.</param>
/// <param name="TrainTexts">Training texts, class by class.</param>
/// <param name="TrainLabels">Their classes.</param>
/// <param name="TestTexts">Test texts, class by class.</param>
/// <param name="TestLabels">Their classes.</param>
public sealed record FewShotSplit(string[] Classes, string[] TrainTexts, int[] TrainLabels, string[] TestTexts, int[] TestLabels);
