namespace Corroboration.Core.Synthetic;

/// <summary>What happened (or, for a hoax, what is claimed): the truth the reports are written from.</summary>
internal sealed record SyntheticIncident(
    string Id,
    DateOnly Date,
    SyntheticPlace Place,
    Perpetrator Perpetrator,
    Weapon Weapon,
    Target Target,
    int Killed,
    int Injured,
    int Children,
    bool IsHoax);
