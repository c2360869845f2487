namespace Corroboration.Core.Matching;

/// <summary>The match model in use and the weights (log-odds) at which a claim links and bridges.</summary>
public sealed record MatchWeights
{
    public MatchModel Model { get; init; } = MatchModel.Default;

    /// <summary>A claim joins an incident when the total weight reaches this.</summary>
    public double LinkThreshold { get; init; } = 1.0;

    /// <summary>A claim merges a second incident into its best one only with this much more weight.</summary>
    public double MergeMargin { get; init; } = 2.0;

    /// <summary>Candidates the claim missed by less than this are looked at again once it has joined (see <see cref="IncidentAssigner.Rejoined"/>).</summary>
    public double NeighbourMargin { get; init; } = 4.0;

    /// <summary>A neighbour whose latest claims weigh this much on average against the grown incident is merged into it.</summary>
    public double RejoinWeight { get; init; } = 2.0;
}
