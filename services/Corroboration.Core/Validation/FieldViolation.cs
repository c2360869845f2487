namespace Corroboration.Core.Validation;

/// <summary>One thing wrong with one field, named as in the interchange format (<c>claims[0].lat</c>).</summary>
public sealed record FieldViolation(string Field, string Description);
