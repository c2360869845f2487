namespace Corroboration.Core.Synthetic;

/// <summary>A rendered report: title, text, the template it came from and what its text states.</summary>
internal sealed record Draft(string? Title, string Text, string Template, bool StatesDate, bool StatesPlace);
