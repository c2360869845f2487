using Corroboration.Contracts;
using Corroboration.Protos.V1;

namespace Corroboration.Protos;

/// <summary>Claim in gRPC ↔ claim in the interchange format. Empty strings stand for "not given".</summary>
public static class ClaimMapper
{
    public static ClaimPayload ToPayload(Claim claim) => new()
    {
        OccurredOn = NullIfEmpty(claim.OccurredOn),
        OccurredFrom = NullIfEmpty(claim.OccurredFrom),
        OccurredTo = NullIfEmpty(claim.OccurredTo),
        OccurredWeekday = NullIfEmpty(claim.OccurredWeekday),
        Place = NullIfEmpty(claim.Place),
        Country = NullIfEmpty(claim.Country),
        Admin1 = NullIfEmpty(claim.Admin1),
        Lat = claim.HasLat ? claim.Lat : null,
        Lon = claim.HasLon ? claim.Lon : null,
        KilledMin = claim.HasKilledMin ? claim.KilledMin : null,
        KilledMax = claim.HasKilledMax ? claim.KilledMax : null,
        InjuredMin = claim.HasInjuredMin ? claim.InjuredMin : null,
        InjuredMax = claim.HasInjuredMax ? claim.InjuredMax : null,
        Civilians = claim.HasCivilians ? claim.Civilians : null,
        Perpetrator = NullIfEmpty(claim.Perpetrator),
        AlsoBlamed = NullIfEmpty(claim.AlsoBlamed),
        Weapons = NullIfEmpty(claim.Weapons),
        Targets = NullIfEmpty(claim.Targets),
        Evidence = NullIfEmpty(claim.Evidence),
        Stance = NullIfEmpty(claim.Stance),
        Cites = NullIfEmpty(claim.Cites),
    };

    public static Claim ToProto(ClaimPayload payload)
    {
        var claim = new Claim
        {
            OccurredOn = payload.OccurredOn ?? "",
            OccurredFrom = payload.OccurredFrom ?? "",
            OccurredTo = payload.OccurredTo ?? "",
            OccurredWeekday = payload.OccurredWeekday ?? "",
            Place = payload.Place ?? "",
            Country = payload.Country ?? "",
            Admin1 = payload.Admin1 ?? "",
            Perpetrator = payload.Perpetrator ?? "",
            Stance = payload.Stance ?? "",
        };
        if (payload.Lat is { } lat) { claim.Lat = lat; }
        if (payload.Lon is { } lon) { claim.Lon = lon; }
        if (payload.KilledMin is { } killedMin) { claim.KilledMin = killedMin; }
        if (payload.KilledMax is { } killedMax) { claim.KilledMax = killedMax; }
        if (payload.InjuredMin is { } injuredMin) { claim.InjuredMin = injuredMin; }
        if (payload.InjuredMax is { } injuredMax) { claim.InjuredMax = injuredMax; }
        if (payload.Civilians is { } civilians) { claim.Civilians = civilians; }
        claim.AlsoBlamed.AddRange(payload.AlsoBlamed ?? []);
        claim.Weapons.AddRange(payload.Weapons ?? []);
        claim.Targets.AddRange(payload.Targets ?? []);
        claim.Evidence.AddRange(payload.Evidence ?? []);
        claim.Cites.AddRange(payload.Cites ?? []);
        return claim;
    }

    internal static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static List<string>? NullIfEmpty(IEnumerable<string> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : list;
    }
}
