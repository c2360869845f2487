namespace Corroboration.Core.Matching;

/// <summary>
/// One comparison level: M = P(level | same incident), U = P(level | different incidents).
/// Its match weight is ln(M/U).
/// </summary>
public sealed record LevelParameters(string Name, double M, double U)
{
    public double Weight => Math.Log(M / U);
}
