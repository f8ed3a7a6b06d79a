using System.Buffers.Binary;
using System.Text;
using System.Text.Json;

namespace ZoEngine.Workloads.Models;

/// <summary>One float32 tensor of a safetensors file: its name, its shape and its values in row-major order.</summary>
/// <param name="Name">The tensor's name in the file.</param>
/// <param name="Shape">Its dimensions; their product is the number of values.</param>
/// <param name="Values">The values, row-major. [product of Shape]</param>
public sealed record SafeTensor(string Name, long[] Shape, float[] Values);

/// <summary>A safetensors file as read: its tensors in file order and the string map of its <c>__metadata__</c>.</summary>
/// <param name="Tensors">The tensors, in the order of their data in the file.</param>
/// <param name="Metadata">The header's <c>__metadata__</c> entries (empty when it has none).</param>
public sealed record SafeTensorsFile(IReadOnlyList<SafeTensor> Tensors, IReadOnlyDictionary<string, string> Metadata);

/// <summary>
/// Reads and writes the safetensors format of Hugging Face: an 8-byte little-endian header length N, N bytes of a JSON
/// object mapping each tensor's name to its dtype, shape and [begin, end) byte offsets into the data that follows, and
/// an optional <c>__metadata__</c> object of string values; then the raw little-endian data. This implementation writes
/// and reads float32 (<c>F32</c>) tensors, the engine's parameter type, and refuses anything it cannot read exactly.
/// </summary>
/// <remarks>
/// The reader checks what the format's own implementation checks, and says which check failed, naming the file: a
/// header length larger than the file or than 100 MB, a header that is not a JSON object of the expected shape, a
/// dtype other than F32, a shape whose size does not match its byte range, offsets out of range, overlapping, or leaving
/// a hole, and a file shorter or longer than its data. Nothing is returned from a file that fails any check.
/// </remarks>
public static class SafeTensors
{
    /// <summary>The format's own bound on the header, which keeps a damaged length from being trusted with an allocation.</summary>
    public const long MaxHeaderBytes = 100_000_000;

    private const string MetadataKey = "__metadata__";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes <paramref name="tensors"/> and <paramref name="metadata"/> to <paramref name="path"/> (the folder is created if needed).</summary>
    /// <exception cref="ArgumentException">
    /// A name is empty, repeated or "__metadata__"; a shape has a negative dimension or does not match the values.
    /// </exception>
    public static void Write(string path, IReadOnlyList<SafeTensor> tensors, IReadOnlyDictionary<string, string>? metadata = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes = Encode(tensors, metadata);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
            Directory.CreateDirectory(folder);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>The file's bytes: header length, header, data. Deterministic: tensors in the given order, keys in a fixed order.</summary>
    public static byte[] Encode(IReadOnlyList<SafeTensor> tensors, IReadOnlyDictionary<string, string>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(tensors);
        var names = new HashSet<string>(StringComparer.Ordinal);
        long offset = 0;
        using var json = new MemoryStream();
        using (var w = new Utf8JsonWriter(json))
        {
            w.WriteStartObject();
            if (metadata is { Count: > 0 })
            {
                w.WriteStartObject(MetadataKey);
                foreach (var (key, value) in metadata.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                    w.WriteString(key, value);
                w.WriteEndObject();
            }
            foreach (var t in tensors)
            {
                if (string.IsNullOrEmpty(t.Name) || t.Name == MetadataKey || !names.Add(t.Name))
                    throw new ArgumentException($"Tensor name '{t.Name}' is empty, reserved or repeated; each tensor needs a name of its own.", nameof(tensors));
                long count = Count(t.Shape) ?? throw new ArgumentException($"Tensor '{t.Name}' has a negative or overflowing dimension in [{string.Join(", ", t.Shape)}].", nameof(tensors));
                if (count != t.Values.Length)
                    throw new ArgumentException($"Tensor '{t.Name}' has shape [{string.Join(", ", t.Shape)}] ({count} values) but {t.Values.Length} values.", nameof(tensors));
                w.WriteStartObject(t.Name);
                w.WriteString("dtype", "F32");
                w.WriteStartArray("shape");
                foreach (long d in t.Shape)
                    w.WriteNumberValue(d);
                w.WriteEndArray();
                w.WriteStartArray("data_offsets");
                w.WriteNumberValue(offset);
                w.WriteNumberValue(offset + 4 * count);
                w.WriteEndArray();
                w.WriteEndObject();
                offset += 4 * count;
            }
            w.WriteEndObject();
        }
        // Padded with spaces to a multiple of 8, as the reference writer does, so that the data starts aligned.
        int headerLength = (int)((json.Length + 7) / 8 * 8);
        var bytes = new byte[8 + headerLength + offset];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, (ulong)headerLength);
        json.GetBuffer().AsSpan(0, (int)json.Length).CopyTo(bytes.AsSpan(8));
        bytes.AsSpan(8 + (int)json.Length, headerLength - (int)json.Length).Fill((byte)' ');
        var data = bytes.AsSpan(8 + headerLength);
        foreach (var t in tensors)
        {
            foreach (float v in t.Values)
            {
                BinaryPrimitives.WriteSingleLittleEndian(data, v);
                data = data[4..];
            }
        }
        return bytes;
    }

    /// <summary>Reads and checks the file at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="SafeTensorsException">The file is not a safetensors file this reader can read exactly; the message says why.</exception>
    public static SafeTensorsFile Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
            throw new FileNotFoundException($"No model file at '{path}'.", path);
        return Decode(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads and checks a file's bytes; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="SafeTensorsException">The bytes are not a safetensors file this reader can read exactly.</exception>
    public static SafeTensorsFile Decode(ReadOnlySpan<byte> bytes, string source = "<bytes>")
    {
        if (bytes.Length < 8)
            throw new SafeTensorsException(source, $"is {bytes.Length} bytes long, shorter than the 8-byte header length");
        ulong n = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        if (n > MaxHeaderBytes)
            throw new SafeTensorsException(source, $"declares a header of {n} bytes, more than the {MaxHeaderBytes} the format allows");
        if ((ulong)(bytes.Length - 8) < n)
            throw new SafeTensorsException(source, $"declares a header of {n} bytes but only {bytes.Length - 8} follow the length");
        var header = bytes.Slice(8, (int)n);
        var data = bytes[(8 + (int)n)..];

        JsonDocument doc;
        try
        {
            // Checked strictly first: the JSON reader transcodes names lazily and would fail later, and elsewhere.
            StrictUtf8.GetString(header);
        }
        catch (DecoderFallbackException)
        {
            throw new SafeTensorsException(source, "has a header that is not valid UTF-8");
        }
        try
        {
            doc = JsonDocument.Parse(header.ToArray());
        }
        catch (JsonException e)
        {
            throw new SafeTensorsException(source, $"has a header that is not valid JSON ({e.Message.Split('.')[0]})");
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                throw new SafeTensorsException(source, "has a header that is not a JSON object");
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
            var entries = new List<(string Name, long[] Shape, long Begin, long End)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in doc.RootElement.EnumerateObject())
            {
                if (!seen.Add(property.Name))
                    throw new SafeTensorsException(source, $"names '{property.Name}' twice in its header");
                if (property.Name == MetadataKey)
                {
                    if (property.Value.ValueKind != JsonValueKind.Object)
                        throw new SafeTensorsException(source, "has a __metadata__ that is not an object of strings");
                    foreach (var m in property.Value.EnumerateObject())
                    {
                        if (m.Value.ValueKind != JsonValueKind.String)
                            throw new SafeTensorsException(source, $"has __metadata__ entry '{m.Name}' that is not a string");
                        metadata[m.Name] = m.Value.GetString()!;
                    }
                    continue;
                }
                entries.Add(Entry(source, property));
            }
            // The data must be the tensors' byte ranges exactly: in offset order each starts where the last ended,
            // the first at 0 and the last at the end of the file, so no byte is shared or unaccounted for.
            entries.Sort((a, b) => a.Begin != b.Begin ? a.Begin.CompareTo(b.Begin) : a.End.CompareTo(b.End));
            long expected = 0;
            foreach (var e in entries)
            {
                if (e.Begin != expected)
                    throw new SafeTensorsException(source, e.Begin < expected
                        ? $"has tensor '{e.Name}' at bytes [{e.Begin}, {e.End}), overlapping the tensor before it"
                        : $"leaves bytes [{expected}, {e.Begin}) of its data to no tensor, before '{e.Name}'");
                if (e.End > data.Length)
                    throw new SafeTensorsException(source, $"has tensor '{e.Name}' at bytes [{e.Begin}, {e.End}) of data, but the file holds {data.Length} bytes of data (truncated?)");
                expected = e.End;
            }
            if (expected != data.Length)
                throw new SafeTensorsException(source, $"holds {data.Length} bytes of data but its tensors account for {expected}");

            var tensors = new List<SafeTensor>(entries.Count);
            foreach (var e in entries)
            {
                var values = new float[(e.End - e.Begin) / 4];
                var span = data[(int)e.Begin..(int)e.End];
                for (int i = 0; i < values.Length; i++)
                    values[i] = BinaryPrimitives.ReadSingleLittleEndian(span[(4 * i)..]);
                tensors.Add(new SafeTensor(e.Name, e.Shape, values));
            }
            return new SafeTensorsFile(tensors, metadata);
        }
    }

    private static (string Name, long[] Shape, long Begin, long End) Entry(string source, JsonProperty property)
    {
        string name = property.Name;
        var value = property.Value;
        if (value.ValueKind != JsonValueKind.Object
            || !value.TryGetProperty("dtype", out var dtype) || dtype.ValueKind != JsonValueKind.String
            || !value.TryGetProperty("shape", out var shape) || shape.ValueKind != JsonValueKind.Array
            || !value.TryGetProperty("data_offsets", out var offsets) || offsets.ValueKind != JsonValueKind.Array || offsets.GetArrayLength() != 2)
            throw new SafeTensorsException(source, $"describes tensor '{name}' without a dtype, a shape and two data_offsets");
        if (dtype.GetString() != "F32")
            throw new SafeTensorsException(source, $"stores tensor '{name}' as {dtype.GetString()}; this reader reads F32 (float32) tensors only");
        var dims = new List<long>();
        foreach (var d in shape.EnumerateArray())
        {
            if (d.ValueKind != JsonValueKind.Number || !d.TryGetInt64(out long dim) || dim < 0)
                throw new SafeTensorsException(source, $"gives tensor '{name}' a dimension that is not a non-negative integer");
            dims.Add(dim);
        }
        if (!offsets[0].TryGetInt64(out long begin) || !offsets[1].TryGetInt64(out long end) || begin < 0 || end < begin)
            throw new SafeTensorsException(source, $"gives tensor '{name}' data_offsets that are not 0 ≤ begin ≤ end");
        long count = Count([.. dims]) ?? -1;
        if (count < 0 || count > int.MaxValue || end - begin != 4 * count)
            throw new SafeTensorsException(source, $"gives tensor '{name}' shape [{string.Join(", ", dims)}] but {end - begin} bytes; F32 needs 4 per value");
        return (name, [.. dims], begin, end);
    }

    // The product of the dimensions, or null for a negative one or an overflow.
    private static long? Count(long[] shape)
    {
        long count = 1;
        foreach (long d in shape)
        {
            if (d < 0 || (d > 0 && count > long.MaxValue / 4 / d))
                return null;
            count *= d;
        }
        return count;
    }
}

/// <summary>A file is not a safetensors file the reader can read exactly; the message names the file and the failed check.</summary>
public sealed class SafeTensorsException : Exception
{
    internal SafeTensorsException(string source, string problem) : base($"model file '{source}' {problem}; it was not loaded.")
    {
        Source = source;
    }

    /// <summary>The file, or the name given for bytes. Hides <see cref="Exception.Source"/>, which names the throwing assembly.</summary>
    public new string Source { get; }
}
