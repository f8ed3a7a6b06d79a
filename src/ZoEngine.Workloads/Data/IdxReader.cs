using System.Buffers.Binary;
using System.IO.Compression;

namespace ZoEngine.Workloads.Data;

/// <summary>An IDX array of unsigned bytes: its dimensions and its elements in row-major order.</summary>
/// <param name="Dimensions">Sizes from the header, outermost first (for images: count, rows, columns).</param>
/// <param name="Data">The elements, row-major. // [Π Dimensions]</param>
public sealed record IdxArray(IReadOnlyList<int> Dimensions, byte[] Data);

/// <summary>
/// Reads IDX files (the MNIST / Fashion-MNIST format): two zero bytes, a type byte, a dimension count, one big-endian
/// 32-bit size per dimension, then the elements. Only type 0x08 (unsigned byte) is supported, the type of every file
/// of those datasets. Files are gzip-decompressed when they start with the gzip magic (1f 8b).
/// </summary>
/// <remarks>
/// Every check names the file and the byte offset where reading failed. For gzip files the offset counts bytes of the
/// decompressed data, which is where the IDX structure lives.
/// </remarks>
public static class IdxReader
{
    /// <summary>The IDX type byte of unsigned 8-bit elements.</summary>
    public const byte UnsignedByte = 0x08;

    private static readonly Dictionary<byte, string> TypeNames = new()
    {
        [0x08] = "unsigned byte", [0x09] = "signed byte", [0x0B] = "16-bit integer",
        [0x0C] = "32-bit integer", [0x0D] = "32-bit float", [0x0E] = "64-bit float",
    };

    /// <summary>Reads the IDX file at <paramref name="path"/>, which must have <paramref name="rank"/> dimensions.</summary>
    /// <exception cref="DatasetException">The file is missing, unreadable, not IDX, of another type or rank, truncated, or longer than its header says.</exception>
    public static IdxArray Read(string path, int rank)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DatasetException($"Cannot open '{path}': {e.Message}", path, null, e);
        }
        using (file)
        {
            Span<byte> magic = stackalloc byte[2];
            int got = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
            bool gzip = got == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
            if (!gzip && path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                string start = got == 0 ? "it is empty" : $"it starts with {Convert.ToHexString(magic[..got]).ToLowerInvariant()}";
                throw new DatasetException($"'{path}' is named .gz but does not start with the gzip magic 1f 8b ({start}): the file is damaged or mislabelled.", path, 0);
            }
            file.Position = 0;
            if (!gzip)
                return Read(file, path, rank, compressed: false);
            using var inflated = new GZipStream(file, CompressionMode.Decompress, leaveOpen: true);
            var array = Read(inflated, path, rank, compressed: true);
            CheckGzipTrailer(file, path, 4 + 4L * rank + array.Data.Length);
            return array;
        }
    }

    /// <summary>
    /// .NET's GZipStream verifies the CRC-32 of the trailer when the trailer is there, but returns the data without
    /// complaint when the file ends inside or before it. So a file cut in its last 8 bytes would pass; the trailer's
    /// length field (the decompressed size mod 2³²) must therefore be found where it belongs, at the file's end.
    /// </summary>
    private static void CheckGzipTrailer(FileStream file, string path, long decompressed)
    {
        const int HeaderAndTrailer = 18; // the smallest gzip member: 10-byte header, 8-byte trailer
        long length = file.Length;
        Span<byte> size = stackalloc byte[4];
        if (length >= HeaderAndTrailer && RandomAccess.Read(file.SafeFileHandle, size, length - 4) == 4 &&
            BinaryPrimitives.ReadUInt32LittleEndian(size) == (uint)decompressed)
            return;
        throw new DatasetException($"'{path}' is a truncated gzip file: the {decompressed} bytes of data are followed by a missing or incomplete 8-byte trailer (CRC-32 and size) [at compressed byte offset {length}].", path, length);
    }

    /// <summary>
    /// Reads an IDX array from an uncompressed stream; <paramref name="name"/> names it in errors. The stream must end
    /// where the array ends.
    /// </summary>
    /// <exception cref="DatasetException">As <see cref="Read(string, int)"/>.</exception>
    public static IdxArray Read(Stream stream, string name, int rank) => Read(stream, name, rank, compressed: false);

    private static IdxArray Read(Stream stream, string name, int rank, bool compressed)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        var reader = new Reader(stream, name, compressed);
        Span<byte> head = stackalloc byte[4];
        reader.Fill(head, "the 4-byte IDX magic");
        if (head[0] != 0 || head[1] != 0)
            throw reader.Error($"is not an IDX file: it starts with {Convert.ToHexString(head).ToLowerInvariant()}, where IDX files start with two zero bytes, a type byte and a dimension count", 0);
        if (head[2] != UnsignedByte)
        {
            string type = TypeNames.TryGetValue(head[2], out var t) ? $"0x{head[2]:X2} ({t})" : $"0x{head[2]:X2} (not an IDX type)";
            throw reader.Error($"has element type {type}; only 0x08 (unsigned byte) is supported", 2);
        }
        if (head[3] != rank)
            throw reader.Error($"has {head[3]} dimension{(head[3] == 1 ? "" : "s")} where {rank} {(rank == 1 ? "is" : "are")} expected ({(rank == 1 ? "labels: count" : "images: count, rows, columns")})", 3);

        var dims = new int[rank];
        long total = 1;
        Span<byte> size = stackalloc byte[4];
        for (int d = 0; d < rank; d++)
        {
            long at = reader.Position;
            reader.Fill(size, $"the size of dimension {d}");
            uint value = BinaryPrimitives.ReadUInt32BigEndian(size);
            total *= value;
            if (value > int.MaxValue || total > Array.MaxLength)
                throw reader.Error($"declares dimension {d} of size {value}, which makes {total} elements: more than one array can hold", at);
            dims[d] = (int)value;
        }
        var data = GC.AllocateUninitializedArray<byte>((int)total);
        reader.Fill(data, $"the {total} data bytes ({string.Join('×', dims)}) that the header declares");
        long end = reader.Position;
        if (reader.HasMore())
            throw reader.Error($"has data after byte {end}, where the {string.Join('×', dims)} array the header declares ends: the file is damaged or is not one IDX array", end);
        return new IdxArray(dims, data);
    }

    /// <summary>Reads with position tracking, so that every failure can say where it happened.</summary>
    private sealed class Reader(Stream stream, string name, bool compressed)
    {
        public long Position { get; private set; }

        public void Fill(Span<byte> buffer, string what)
        {
            long start = Position;
            int read = 0;
            try
            {
                while (read < buffer.Length)
                {
                    int n = stream.Read(buffer[read..]);
                    if (n == 0)
                        break;
                    read += n;
                    Position += n;
                }
            }
            catch (InvalidDataException e)
            {
                throw Error($"is damaged: the gzip decoder rejected it ({e.Message.TrimEnd('.')}) while reading {what}", Position, e);
            }
            catch (IOException e)
            {
                throw Error($"could not be read ({e.Message.TrimEnd('.')}) while reading {what}", Position, e);
            }
            if (read < buffer.Length)
                throw Error($"is truncated: it ends at byte {Position} while reading {what} (bytes {start} to {start + buffer.Length - 1})", Position);
        }

        public bool HasMore()
        {
            Span<byte> one = stackalloc byte[1];
            try
            {
                return stream.Read(one) > 0;
            }
            catch (InvalidDataException e)
            {
                throw Error($"is damaged: the gzip decoder rejected it after the IDX array ({e.Message.TrimEnd('.')})", Position, e);
            }
        }

        public DatasetException Error(string problem, long offset, Exception? inner = null)
        {
            string where = compressed ? $"decompressed byte offset {offset}" : $"byte offset {offset}";
            return new DatasetException($"'{name}' {problem} [at {where}].", name, offset, inner);
        }
    }
}
