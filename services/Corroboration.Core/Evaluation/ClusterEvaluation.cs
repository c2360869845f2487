namespace Corroboration.Core.Evaluation;

/// <summary>
/// A predicted clustering scored against gold. <see cref="Reports"/> counts gold reports;
/// <see cref="Unassigned"/> those no prediction placed, each counted as its own cluster in
/// <see cref="PredictedClusters"/>.
/// </summary>
public sealed record ClusterEvaluation(
    int Reports,
    int Unassigned,
    int PredictedClusters,
    int GoldClusters,
    ClusterScore Pairwise,
    ClusterScore BCubed);
