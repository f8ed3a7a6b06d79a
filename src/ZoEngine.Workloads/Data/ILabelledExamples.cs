namespace ZoEngine.Workloads.Data;

/// <summary>
/// A set of labelled examples as a classifier consumes them: each example a row of <see cref="Features"/> floats and a
/// class label. <see cref="LabelledImages"/> is one; <see cref="LabelledExamples"/> wraps a user's own arrays.
/// </summary>
public interface ILabelledExamples
{
    /// <summary>Number of examples.</summary>
    int Count { get; }

    /// <summary>Floats per example, the width of a model's input.</summary>
    int Features { get; }

    /// <summary>The features of example <paramref name="index"/>. // [Features]</summary>
    ReadOnlySpan<float> Example(int index);

    /// <summary>The class of example <paramref name="index"/>.</summary>
    int Label(int index);
}

/// <summary>A user's own examples: a row-major feature array and one label per row, used in place (not copied).</summary>
/// <example><code>
/// var data = new LabelledExamples(features, labels, featureCount: 4);   // features: [labels.Length, 4]
/// </code></example>
public sealed class LabelledExamples : ILabelledExamples
{
    private readonly float[] _features;
    private readonly int[] _labels;

    /// <summary>Wraps <paramref name="features"/> [labels.Length, featureCount] and <paramref name="labels"/>.</summary>
    /// <exception cref="ArgumentException">The feature array does not hold exactly labels.Length rows of <paramref name="featureCount"/>.</exception>
    public LabelledExamples(float[] features, int[] labels, int featureCount)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfLessThan(featureCount, 1);
        if (features.Length != (long)labels.Length * featureCount)
            throw new ArgumentException($"{labels.Length} examples of {featureCount} features need {(long)labels.Length * featureCount} floats; got {features.Length}.", nameof(features));
        _features = features;
        _labels = labels;
        Features = featureCount;
    }

    /// <inheritdoc/>
    public int Count => _labels.Length;

    /// <inheritdoc/>
    public int Features { get; }

    /// <inheritdoc/>
    public ReadOnlySpan<float> Example(int index) => _features.AsSpan(index * Features, Features);

    /// <inheritdoc/>
    public int Label(int index) => _labels[index];
}
