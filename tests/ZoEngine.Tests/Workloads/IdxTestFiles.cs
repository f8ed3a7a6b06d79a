using System.Buffers.Binary;
using System.IO.Compression;
using ZoEngine.Workloads.Data;

namespace ZoEngine.Tests.Workloads;

/// <summary>Small IDX files written by the tests themselves, so that no test depends on an installed dataset.</summary>
public static class IdxTestFiles
{
    /// <summary>The bytes of an IDX file: 0, 0, type, rank, big-endian sizes, data.</summary>
    public static byte[] Bytes(byte type, int[] dims, byte[] data)
    {
        var header = new byte[4 + 4 * dims.Length];
        header[2] = type;
        header[3] = (byte)dims.Length;
        for (int d = 0; d < dims.Length; d++)
            BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4 + 4 * d), dims[d]);
        return [.. header, .. data];
    }

    public static byte[] Gzip(byte[] plain)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest))
            gz.Write(plain);
        return output.ToArray();
    }

    /// <summary>
    /// A Fashion-MNIST-shaped directory with <paramref name="train"/> and <paramref name="test"/> 28×28 images whose
    /// class is visible: label c lights a 4×4 block whose position depends on c, over low noise. Returns the labels.
    /// </summary>
    public static (byte[] TrainLabels, byte[] TestLabels) WriteDataset(string directory, int train, int test, int seed, bool gzip)
    {
        Directory.CreateDirectory(directory);
        var rng = new Random(seed);
        byte[] Write((string Images, string Labels) names, int count)
        {
            var labels = new byte[count];
            var pixels = new byte[count * 28 * 28];
            for (int i = 0; i < count; i++)
            {
                labels[i] = (byte)rng.Next(FashionMnist.ClassCount);
                var image = pixels.AsSpan(i * 784, 784);
                for (int p = 0; p < image.Length; p++)
                    image[p] = (byte)rng.Next(0, 40);
                int top = 2 + labels[i] / 5 * 12, left = 2 + labels[i] % 5 * 5;
                for (int r = top; r < top + 4; r++)
                    for (int c = left; c < left + 4; c++)
                        image[r * 28 + c] = (byte)rng.Next(200, 256);
            }
            Save(Path.Combine(directory, names.Images), Bytes(IdxReader.UnsignedByte, [count, 28, 28], pixels), gzip);
            Save(Path.Combine(directory, names.Labels), Bytes(IdxReader.UnsignedByte, [count], labels), gzip);
            return labels;
        }
        return (Write(FashionMnist.TrainFiles, train), Write(FashionMnist.TestFiles, test));
    }

    public static void Save(string pathWithoutGz, byte[] plain, bool gzip)
    {
        if (gzip)
            File.WriteAllBytes(pathWithoutGz + ".gz", Gzip(plain));
        else
            File.WriteAllBytes(pathWithoutGz, plain);
    }
}
