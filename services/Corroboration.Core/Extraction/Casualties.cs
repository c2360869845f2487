namespace Corroboration.Core.Extraction;

/// <summary>Casualty figures of one incident; a null max means "at least min".</summary>
public sealed record Casualties(int? KilledMin, int? KilledMax, int? InjuredMin, int? InjuredMax, bool? Civilians)
{
    public static Casualties None { get; } = new(null, null, null, null, null);

    public bool HasKilled => KilledMin is not null;
}
