using ZoEngine.Cli;

namespace ZoEngine.Tests.Support;

/// <summary>Tests of the zo command: a fresh scratch folder per test, and the command run in process with captured output.</summary>
public abstract class CliTestBase(string folderPrefix)
{
    protected string _dir = "";

    [SetUp]
    public void CreateScratchFolder() => _dir = Directory.CreateTempSubdirectory(folderPrefix).FullName;

    [TearDown]
    public void DeleteScratchFolder() => Directory.Delete(_dir, recursive: true);

    protected static (int Code, string Out, string Err) Zo(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = ZoCommand.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }
}
