using ZoEngine.Cli;

return ZoCommand.Run(args, Console.Out, Console.Error);
