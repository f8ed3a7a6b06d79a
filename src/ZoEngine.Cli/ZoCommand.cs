using System.CommandLine;
using System.Globalization;
using ZoEngine.Noise;

namespace ZoEngine.Cli;

/// <summary>The <c>zo</c> command line: its sub-command names and output formats are a contract other tools rely on.</summary>
public static partial class ZoCommand
{
    /// <summary>Parses and runs <paramref name="args"/>, writing to the given streams; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("ZoEngine: zeroth-order optimization with seeded noise, fused SIMD passes and bit-exact replay.");
        root.Subcommands.Add(PhiloxCommand(stdout));
        root.Subcommands.Add(NoiseCommand(stdout, stderr));
        root.Subcommands.Add(RunCommand(stdout, stderr));
        root.Subcommands.Add(ReplayCommand(stdout, stderr));
        root.Subcommands.Add(CompareCommand(stdout, stderr));
        root.Subcommands.Add(BenchCommand(stdout, stderr));
        root.Subcommands.Add(TrainCommand(stdout, stderr));
        root.Subcommands.Add(AttackCommand(stdout, stderr));
        root.Subcommands.Add(PlotCommand(stdout));
        root.Subcommands.Add(FinetuneCommand(stdout, stderr));
        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // One line and a pointer to the help, not the whole help: the error is what the user needs to see.
            // System.CommandLine lists the allowed values of an option one per line; a usage error is one line here.
            string errors = string.Join(" ", parsed.Errors.Select(e => string.Join(" ", e.Message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))).Distinct());
            stderr.WriteLine($"zo: {errors} ('{CommandPath(parsed.CommandResult)} --help' lists the options.)");
            return ExitCodes.Usage;
        }
        try
        {
            return parsed.Invoke(config);
        }
        catch (Exception e) when (ExitCodes.Classify(e) is int code)
        {
            stderr.WriteLine($"zo: {ExitCodes.OneLine(e)}");
            return code;
        }
    }

    /// <summary>"zo run synthetic" for the command a parse ended in.</summary>
    private static string CommandPath(System.CommandLine.Parsing.CommandResult result)
    {
        var names = new List<string>();
        for (System.CommandLine.Parsing.SymbolResult? r = result; r is not null; r = r.Parent)
            if (r is System.CommandLine.Parsing.CommandResult c)
                names.Add(c.Parent is null ? "zo" : c.Command.Name);
        names.Reverse();
        return string.Join(' ', names);
    }

    private static Command PhiloxCommand(TextWriter stdout)
    {
        var ctr = new Option<string[]>("--ctr") { Description = "Four counter words (hex, 0x optional).", Required = true, AllowMultipleArgumentsPerToken = true };
        var key = new Option<string[]>("--key") { Description = "Two key words (hex, 0x optional).", Required = true, AllowMultipleArgumentsPerToken = true };
        var cmd = new Command("philox", "Print the four Philox4x32-10 output words for one counter and key, as 8-digit hex.");
        cmd.Options.Add(ctr);
        cmd.Options.Add(key);
        cmd.SetAction(pr =>
        {
            uint[] c = ParseWords(pr.GetValue(ctr)!, 4, "--ctr");
            uint[] k = ParseWords(pr.GetValue(key)!, 2, "--key");
            var (x0, x1, x2, x3) = Philox4x32.Compute(c[0], c[1], c[2], c[3], k[0], k[1]);
            stdout.WriteLine($"{x0:x8} {x1:x8} {x2:x8} {x3:x8}");
            return 0;
        });
        return cmd;
    }

    private static Command NoiseCommand(TextWriter stdout, TextWriter stderr)
    {
        var seed = new Option<ulong>("--seed") { Description = "Direction seed (the Philox key).", Required = true };
        var tensor = new Option<uint>("--tensor") { Description = "Tensor id.", DefaultValueFactory = _ => 0 };
        var start = new Option<ulong>("--start") { Description = "First element index.", DefaultValueFactory = _ => 0 };
        var count = new Option<int>("--count") { Description = "Number of elements.", DefaultValueFactory = _ => 8 };
        var dist = new Option<string>("--dist") { Description = "gaussian or rademacher.", DefaultValueFactory = _ => "gaussian" };
        dist.AcceptOnlyFromAmong("gaussian", "rademacher");
        var backend = new Option<string>("--backend")
        {
            Description = "reference (the scalar specification, any --start), or a backend that generates the elements with its own op: auto, cpu, cuda, emulated.",
            DefaultValueFactory = _ => "reference",
        };
        backend.AcceptOnlyFromAmong(["reference", .. Cuda.BackendSelector.Names]);
        var cmd = new Command("noise", "Print noise elements as 'J 0xBITS DECIMAL', one per line, from the cross-backend noise contract.");
        foreach (var o in new Option[] { seed, tensor, start, count, dist, backend })
            cmd.Options.Add(o);
        cmd.SetAction(pr =>
        {
            var kind = pr.GetValue(dist) == "rademacher" ? NoiseKind.Rademacher : NoiseKind.Gaussian;
            int n = pr.GetValue(count);
            if (n < 0)
                throw new ZoCliException($"--count must be ≥ 0, got {n}.");
            ulong s = pr.GetValue(seed), j0 = pr.GetValue(start);
            uint t = pr.GetValue(tensor);
            float[]? generated = pr.GetValue(backend) is "reference" ? null : GenerateOnBackend(pr.GetValue(backend)!, stderr, kind, s, t, j0, n);
            for (int i = 0; i < n; i++)
            {
                ulong j = j0 + (ulong)i;
                float z = generated?[i] ?? Cpu.Reference.NoiseReference.Element(kind, s, t, j);
                stdout.WriteLine($"{j} 0x{BitConverter.SingleToUInt32Bits(z):x8} {z.ToString("R", CultureInfo.InvariantCulture)}");
            }
            return 0;
        });
        return cmd;
    }

    /// <summary>Elements [start, start + count) of tensor id <paramref name="tensor"/>, made by the backend's fill op.</summary>
    private static float[] GenerateOnBackend(string name, TextWriter stderr, NoiseKind kind, ulong seed, uint tensor, ulong start, int count)
    {
        // The op fills a whole tensor from element 0, so the window must fit in one.
        const ulong MaxElements = 1UL << 28;
        if (start + (ulong)count > MaxElements || start + (ulong)count < start)
            throw new ZoCliException($"--backend {name} generates whole tensors: --start + --count must be at most {MaxElements}; use --backend reference for elements further out.");
        using var b = CliOptions.CreateBackend(name, stderr);
        using var p = new ParameterSet(b.Memory);
        p.Add("noise", (long)start + count, tensor);
        b.Fill(p, kind, seed, 1f);
        var all = new float[p.TotalLength];
        p.CopyToHost(all);
        return all[(int)start..];
    }

    private static uint[] ParseWords(string[] text, int expected, string option)
    {
        if (text.Length != expected)
            throw new ZoCliException($"{option} takes {expected} hex words, got {text.Length}.");
        var result = new uint[expected];
        for (int i = 0; i < expected; i++)
        {
            string s = text[i].StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text[i][2..] : text[i];
            if (!uint.TryParse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out result[i]))
                throw new ZoCliException($"{option} word {i} ('{text[i]}') is not a 32-bit hex number.");
        }
        return result;
    }
}

/// <summary>
/// An error the user can act on: printed as one line, with exit code <see cref="ExitCodes.Usage"/> (bad options or
/// input) unless <paramref name="exitCode"/> says otherwise (<see cref="ExitCodes.Damaged"/> for a damaged file).
/// </summary>
public sealed class ZoCliException(string message, int exitCode = ExitCodes.Usage) : Exception(message)
{
    /// <summary>The exit code the command ends with.</summary>
    public int ExitCode { get; } = exitCode;
}
