namespace ZoEngine.Trajectory;

/// <summary>How a run ended, as its end-of-run record says.</summary>
public enum TrajectoryEnd : byte
{
    /// <summary>Every step the run was asked for was taken.</summary>
    Completed = 0,

    /// <summary>The run was stopped between two steps (a signal, or its caller) before it took every step.</summary>
    Stopped = 1,

    /// <summary>
    /// A step failed (a non-finite loss or update) and was not logged; θ was restored to its value before that step,
    /// within the in-place drift bound, so its hash need not match a replay bit for bit.
    /// </summary>
    Failed = 2,
}

/// <summary>
/// The end-of-run record of a version 2 log: how many steps the log holds, how the run ended, and the SHA-256 of θ
/// after the last logged step, which a replay reproduces bit for bit.
/// </summary>
/// <param name="Steps">Records before the seal.</param>
/// <param name="End">How the run ended.</param>
/// <param name="ParametersSha256">SHA-256 of θ's float32 bytes in tensor order (<see cref="ParameterDigest.Sha256"/>). [32]</param>
public sealed record TrajectorySeal(long Steps, TrajectoryEnd End, byte[] ParametersSha256)
{
    /// <summary>The parameters' SHA-256 as lower-case hex.</summary>
    public string ParametersSha256Hex => Convert.ToHexStringLower(ParametersSha256);

    /// <summary>
    /// Whether θ after a replay must hash to <see cref="ParametersSha256"/>: true unless the run failed, because a
    /// failed step restores θ in place, within the drift bound rather than bit for bit.
    /// </summary>
    public bool BindsParameters => End != TrajectoryEnd.Failed;
}
