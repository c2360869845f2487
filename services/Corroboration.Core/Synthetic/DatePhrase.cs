namespace Corroboration.Core.Synthetic;

/// <summary>
/// How a report dates its incident: <see cref="Text"/> is ready to drop after a verb phrase
/// ("on 12 March 2022", "yesterday", "اليوم السبت"), empty when the report gives no date.
/// <see cref="Full"/> is set for an absolute date with its year.
/// </summary>
internal sealed record DatePhrase(string Text, bool Full, string Style)
{
    public bool IsEmpty => Text.Length == 0;
}
