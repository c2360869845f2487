namespace Corroboration.Contracts;

/// <summary>One incident as a report describes it (the interchange format's Claim).</summary>
public sealed record ClaimPayload
{
    public string? OccurredOn { get; init; }
    public string? OccurredFrom { get; init; }
    public string? OccurredTo { get; init; }
    /// <summary>
    /// The weekday the report gives when it gives no date ("monday" … "sunday"): placed in no
    /// week, yet enough to tell a Friday strike from a Saturday one.
    /// </summary>
    public string? OccurredWeekday { get; init; }
    public string? Place { get; init; }
    public string? Country { get; init; }
    public string? Admin1 { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    public int? KilledMin { get; init; }
    public int? KilledMax { get; init; }
    public int? InjuredMin { get; init; }
    public int? InjuredMax { get; init; }
    public bool? Civilians { get; init; }
    public string? Perpetrator { get; init; }
    /// <summary>
    /// Other parties the report blames for the same attack, jointly or as alternatives ("regime
    /// and Russian shelling", "Russian or regime jets"); <see cref="Perpetrator"/> is the main one.
    /// </summary>
    public IReadOnlyList<string>? AlsoBlamed { get; init; }
    public IReadOnlyList<string>? Weapons { get; init; }
    public IReadOnlyList<string>? Targets { get; init; }
    public IReadOnlyList<string>? Evidence { get; init; }
    /// <summary><c>asserts</c> (default) or <c>denies</c>.</summary>
    public string? Stance { get; init; }
    public IReadOnlyList<string>? Cites { get; init; }
}
