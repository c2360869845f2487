namespace Corroboration.Core.Extraction;

/// <summary>A date found in the text. <see cref="From"/> and <see cref="To"/> differ for a whole month.</summary>
public sealed record DateMention(int Offset, int Length, DateOnly From, DateOnly To, bool HasYear, bool IsRelative)
{
    public bool IsDay => From == To;
}
