using Corroboration.Core.Geography;
namespace Corroboration.Core.Matching;

/// <summary>
/// Adds up match weights (log-odds, Fellegi–Sunter style) over comparison levels. A feature one
/// side lacks adds nothing, so claims without a date or place are judged on what they have.
/// The weights are set by hand for now; estimating them by EM replaces <see cref="MatchWeights"/>.
/// </summary>
public sealed class MatchScorer(MatchWeights weights)
{
    public MatchWeights Weights { get; } = weights;

    public MatchDecision Score(ClaimProfile claim, IncidentProfile incident)
    {
        var contributions = new List<FeatureContribution> { new("prior", "base rate", Weights.Prior) };
        AddDate(claim, incident, contributions);
        AddPlace(claim, incident, contributions);
        AddText(claim, incident, contributions);
        AddPerpetrator(claim, incident, contributions);
        AddCasualties(claim, incident, contributions);
        return new MatchDecision(contributions.Sum(c => c.Weight), contributions);
    }

    private void AddDate(ClaimProfile claim, IncidentProfile incident, List<FeatureContribution> into)
    {
        if (claim.Date is not { } date || incident.Date is not { } other)
        {
            return;
        }
        var gap = date.GapDays(other);
        into.Add(gap switch
        {
            0 => new("date", "same day", Weights.DateSame),
            1 => new("date", "1 day apart", Weights.DateNear),
            <= 3 => new("date", $"{gap} days apart", Weights.DateClose),
            _ => new("date", $"{gap} days apart", Weights.DateFar),
        });
    }

    private void AddPlace(ClaimProfile claim, IncidentProfile incident, List<FeatureContribution> into)
    {
        if (claim is { Lat: { } lat, Lon: { } lon } && incident is { Lat: { } otherLat, Lon: { } otherLon })
        {
            var km = GeoDistance.Kilometres(lat, lon, otherLat, otherLon);
            into.Add(km switch
            {
                <= 2 => new("distance", "same place", Weights.PlaceSame),
                <= 15 => new("distance", $"{km:0} km", Weights.PlaceNear),
                <= 50 => new("distance", $"{km:0} km", Weights.PlaceRegion),
                _ => new("distance", $"{km:0} km", Weights.PlaceFar),
            });
            return;
        }
        if (claim.PlaceKey is { } key && incident.PlaceKeys.Count > 0)
        {
            into.Add((incident.PlaceKeys.Contains(key), claim.PlaceIsRegion) switch
            {
                (true, false) => new("place name", "same name", Weights.PlaceSame),
                (true, true) => new("place name", "same region", Weights.PlaceSameRegion),
                (false, false) => new("place name", "different name", Weights.PlaceNameDiffers),
                (false, true) => new("place name", "region vs place", 0),
            });
        }
    }

    private void AddText(ClaimProfile claim, IncidentProfile incident, List<FeatureContribution> into)
    {
        if (claim.Terms.Weights.Count == 0 || incident.Terms.Weights.Count == 0)
        {
            return;
        }
        var cosine = claim.Terms.Cosine(incident.Terms);
        // Capped: templated posts from one monitor read alike however different their incidents.
        var weight = Math.Min(Weights.TextMax, Weights.TextSlope * (cosine - Weights.TextNeutral));
        into.Add(new("text", $"cosine {cosine:0.00}", weight));
    }

    private void AddPerpetrator(ClaimProfile claim, IncidentProfile incident, List<FeatureContribution> into)
    {
        if (claim.Perpetrator is not { } perpetrator || incident.Perpetrators.Count == 0)
        {
            return;
        }
        into.Add(incident.Perpetrators.Contains(perpetrator, StringComparer.OrdinalIgnoreCase)
            ? new("perpetrator", "same", Weights.PerpetratorSame)
            : new("perpetrator", "different", Weights.PerpetratorDiffers));
    }

    private void AddCasualties(ClaimProfile claim, IncidentProfile incident, List<FeatureContribution> into)
    {
        if (claim.KilledMax is not { } high || incident.KilledMin is not { } otherLow || incident.KilledMax is not { } otherHigh)
        {
            return;
        }
        var low = claim.KilledMin ?? high;
        // Counts disagree a little between sources and grow over time: within a factor of two is compatible.
        var compatible = low <= otherHigh * 2 + 1 && otherLow <= high * 2 + 1;
        into.Add(compatible
            ? new("killed", "compatible", Weights.KilledCompatible)
            : new("killed", "incompatible", Weights.KilledIncompatible));
    }
}
