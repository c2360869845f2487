using Corroboration.Matching.Linking;
using Corroboration.Protos.V1;

namespace Corroboration.Matching.Grpc;

/// <summary>The match model in use, as GetMatchModel shows it.</summary>
public static class MatchModelMapper
{
    public static Protos.V1.MatchModel ToMessage(MatchModelSource source)
    {
        var weights = source.Weights;
        var message = new Protos.V1.MatchModel
        {
            Prior = weights.Model.Prior,
            PriorWeight = weights.Model.PriorWeight,
            LinkThreshold = weights.LinkThreshold,
            MergeMargin = weights.MergeMargin,
            Origin = source.Origin,
        };
        foreach (var feature in weights.Model.Features)
        {
            var row = new MatchFeature { Name = feature.Name };
            row.Levels.AddRange(feature.Levels.Select(l => new MatchLevel { Name = l.Name, M = l.M, U = l.U, Weight = l.Weight }));
            message.Features.Add(row);
        }
        return message;
    }
}
