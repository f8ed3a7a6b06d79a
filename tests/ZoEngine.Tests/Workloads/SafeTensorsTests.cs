using System.Buffers.Binary;
using System.Text;
using NUnit.Framework;
using ZoEngine.Nn;
using ZoEngine.Workloads.Models;

namespace ZoEngine.Tests.Workloads;

/// <summary>Model files in the safetensors format: exact round trips, the layout of the format, and every damage refused in one line.</summary>
public sealed class SafeTensorsTests
{
    private static readonly SafeTensor[] Sample =
    [
        new("w", [2, 3], [1f, -0f, 2.5f, float.MaxValue, BitConverter.UInt32BitsToSingle(0x7FC12345), 1e-45f]),
        new("b", [3], [0.5f, -1f, 3f]),
        new("scalar", [], [42f]),
        new("empty", [0, 5], []),
    ];

    private static byte[] File(string json, params float[] data)
    {
        byte[] header = Encoding.UTF8.GetBytes(json);
        var bytes = new byte[8 + header.Length + 4 * data.Length];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, (ulong)header.Length);
        header.CopyTo(bytes, 8);
        for (int i = 0; i < data.Length; i++)
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(8 + header.Length + 4 * i), data[i]);
        return bytes;
    }

    [Test]
    public void TensorsAndMetadataRoundTripBitForBit()
    {
        var metadata = new Dictionary<string, string> { ["zoengine.architecture"] = "mlp", ["note"] = "μ = 1e-3 ✓" };
        var file = SafeTensors.Decode(SafeTensors.Encode(Sample, metadata));
        Assert.That(file.Metadata, Is.EquivalentTo(metadata));
        Assert.That(file.Tensors.Select(t => t.Name), Is.EqualTo(Sample.Select(t => t.Name)));
        for (int i = 0; i < Sample.Length; i++)
        {
            Assert.That(file.Tensors[i].Shape, Is.EqualTo(Sample[i].Shape));
            Assert.That(file.Tensors[i].Values.Select(BitConverter.SingleToUInt32Bits), Is.EqualTo(Sample[i].Values.Select(BitConverter.SingleToUInt32Bits)));
        }
    }

    // The layout of the format, written out by hand: an 8-byte length, the JSON header padded with spaces to a multiple
    // of 8, then the little-endian floats.
    [Test]
    public void TheWriterProducesTheFormatsLayout()
    {
        byte[] bytes = SafeTensors.Encode([new SafeTensor("a", [2], [1f, -2f])]);
        const string json = """{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}""";
        int padded = (json.Length + 7) / 8 * 8;
        Assert.That(BinaryPrimitives.ReadUInt64LittleEndian(bytes), Is.EqualTo((ulong)padded));
        Assert.That(Encoding.UTF8.GetString(bytes, 8, padded), Is.EqualTo(json.PadRight(padded)));
        Assert.That(bytes[(8 + padded)..], Is.EqualTo(new byte[] { 0x00, 0x00, 0x80, 0x3F, 0x00, 0x00, 0x00, 0xC0 }));
    }

    // A file written by another writer: metadata after the tensors, tensors listed in another order than their data.
    [Test]
    public void AFileFromAnotherWriterIsRead_WhateverTheOrderOfItsHeader()
    {
        byte[] bytes = File("""{"y":{"dtype":"F32","shape":[1],"data_offsets":[8,12]},"x":{"dtype":"F32","shape":[1,2],"data_offsets":[0,8]},"__metadata__":{"format":"pt"}}""",
            1f, 2f, 3f);
        var file = SafeTensors.Decode(bytes);
        Assert.That(file.Tensors.Select(t => t.Name), Is.EqualTo(new[] { "x", "y" }), "in data order");
        Assert.That(file.Tensors[0].Values, Is.EqualTo(new[] { 1f, 2f }));
        Assert.That(file.Tensors[1].Values, Is.EqualTo(new[] { 3f }));
        Assert.That(file.Metadata["format"], Is.EqualTo("pt"));
    }

    private static IEnumerable<TestCaseData> Damaged()
    {
        yield return new TestCaseData(new byte[5], "shorter than the 8-byte header length").SetName("ShorterThanTheLength");
        var huge = new byte[16];
        BinaryPrimitives.WriteUInt64LittleEndian(huge, 200_000_000);
        yield return new TestCaseData(huge, "more than the 100000000").SetName("HeaderOverTheLimit");
        var past = new byte[16];
        BinaryPrimitives.WriteUInt64LittleEndian(past, 100);
        yield return new TestCaseData(past, "only 8 follow").SetName("HeaderLongerThanTheFile");
        yield return new TestCaseData(File("{not json", 1f), "not valid JSON").SetName("NotJson");
        yield return new TestCaseData(File("[1,2]"), "not a JSON object").SetName("NotAnObject");
        yield return new TestCaseData(File("""{"a":{"dtype":"BF16","shape":[2],"data_offsets":[0,4]}}""", 1f), "as BF16").SetName("UnsupportedDtype");
        yield return new TestCaseData(File("""{"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}""", 1f, 2f), "shape [3] but 8 bytes").SetName("ShapeAgainstBytes");
        yield return new TestCaseData(File("""{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}""", 1f, 2f), "overlapping").SetName("Overlap");
        yield return new TestCaseData(File("""{"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}""", 1f, 2f), "to no tensor").SetName("Hole");
        yield return new TestCaseData(File("""{"a":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}}""", 1f, 2f), "truncated").SetName("OutOfRange");
        yield return new TestCaseData(File("""{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}""", 1f, 2f), "account for 4").SetName("TrailingData");
        yield return new TestCaseData(File("""{"a":{"dtype":"F32","shape":[1],"data_offsets":[8,4]}}""", 1f), "0 ≤ begin ≤ end").SetName("ReversedOffsets");
        yield return new TestCaseData(File("""{"a":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}}""", 1f), "non-negative integer").SetName("NegativeDimension");
        yield return new TestCaseData(File("""{"a":{"dtype":"F32","shape":[1]}}""", 1f), "two data_offsets").SetName("MissingOffsets");
        yield return new TestCaseData(File("""{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}""", 1f, 2f), "twice").SetName("RepeatedName");
        yield return new TestCaseData(File("""{"__metadata__":{"n":1}}"""), "not a string").SetName("MetadataNotStrings");
    }

    [TestCaseSource(nameof(Damaged))]
    public void ADamagedFileIsRefusedInOneLineNamingTheProblem(byte[] bytes, string expected)
    {
        var e = Assert.Throws<SafeTensorsException>(() => SafeTensors.Decode(bytes, "m.safetensors"))!;
        Assert.That(e.Message, Does.StartWith("model file 'm.safetensors' ").And.Contain(expected).And.EndWith("it was not loaded."));
        Assert.That(e.Message, Does.Not.Contain("\n"));
    }

    // Seeded: truncations at every length and random byte damage. Each is either refused with the format's exception or
    // read; a read never returns a tensor whose values do not fill its shape.
    [Test]
    public void TruncationsAndRandomDamage_AreRefusedOrReadConsistently_NeverAnotherException()
    {
        byte[] good = SafeTensors.Encode(Sample, new Dictionary<string, string> { ["k"] = "v" });
        for (int length = 0; length < good.Length; length++)
            Assert.Throws<SafeTensorsException>(() => SafeTensors.Decode(good.AsSpan(0, length)), $"length {length}");
        var random = new Random(16);
        int refused = 0, read = 0;
        for (int trial = 0; trial < 3000; trial++)
        {
            byte[] bad = (byte[])good.Clone();
            int flips = 1 + random.Next(3);
            for (int f = 0; f < flips; f++)
                bad[random.Next(bad.Length)] ^= (byte)(1 << random.Next(8));
            try
            {
                var file = SafeTensors.Decode(bad);
                foreach (var t in file.Tensors)
                    Assert.That(t.Values.LongLength, Is.EqualTo(t.Shape.Aggregate(1L, (a, d) => a * d)), $"trial {trial}");
                read++;
            }
            catch (SafeTensorsException)
            {
                refused++;
            }
        }
        TestContext.Out.WriteLine($"refused {refused}, read {read}");
        Assert.That(refused, Is.GreaterThan(0));
        Assert.That(read, Is.GreaterThan(0), "damage to the data alone changes values, which no format can tell");
    }

    [Test]
    public void AnMlpSavedAndLoaded_HasTheSameParametersAndTheSameOutputs()
    {
        string dir = Directory.CreateTempSubdirectory("zo-model-").FullName;
        try
        {
            var options = new MlpOptions { Inputs = 12, Width = 8, Depth = 4, Classes = 3, Residual = true, Activation = ActivationKind.Tanh, Seed = 9 };
            var model = Mlp.Create<float>(options);
            model.Parameters[2].Value.Span[5] = 123.5f; // not what the seed gives: the file, not the seed, must carry it
            string path = Path.Combine(dir, "m.safetensors");
            ModelFile.Save(path, model, options);
            var (loaded, loadedOptions) = ModelFile.Load(path);
            Assert.That(loadedOptions, Is.EqualTo(options));
            Assert.That(loaded.ParameterNames, Is.EqualTo(model.ParameterNames));
            for (int i = 0; i < model.Parameters.Count; i++)
                Assert.That(loaded.Parameters[i].Value.Span.ToArray(), Is.EqualTo(model.Parameters[i].Value.Span.ToArray()), model.ParameterNames[i]);

            // A tensor missing, or of another shape, is refused by name.
            var file = SafeTensors.Read(path);
            var fewer = file.Tensors.Skip(1).ToList();
            SafeTensors.Write(Path.Combine(dir, "fewer.safetensors"), fewer, file.Metadata);
            Assert.That(() => ModelFile.Load(Path.Combine(dir, "fewer.safetensors")), Throws.TypeOf<SafeTensorsException>().With.Message.Contains($"lacks parameter '{model.ParameterNames[0]}'"));
            SafeTensors.Write(Path.Combine(dir, "plain.safetensors"), file.Tensors, new Dictionary<string, string>());
            Assert.That(() => ModelFile.Load(Path.Combine(dir, "plain.safetensors")), Throws.TypeOf<SafeTensorsException>().With.Message.Contains("not a model this engine saved"));
            Assert.That(() => ModelFile.Load(Path.Combine(dir, "none.safetensors")), Throws.TypeOf<FileNotFoundException>());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
