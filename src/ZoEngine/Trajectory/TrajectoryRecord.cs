namespace ZoEngine.Trajectory;

/// <summary>
/// One step of a trajectory log, as read back. Equality compares the arrays by reference; compare their elements by
/// bits to check a replay.
/// </summary>
/// <param name="Step">The step index; in a valid log it equals the record's position.</param>
/// <param name="StepSeed">The seed from which the step's probe directions were derived.</param>
/// <param name="Losses">The loss values the step measured, with their exact IEEE bits. [lossCount]</param>
/// <param name="Coefficients">The coefficients the step applied, with their exact IEEE bits. [coefficientCount]</param>
public readonly record struct TrajectoryRecord(long Step, ulong StepSeed, float[] Losses, float[] Coefficients);
