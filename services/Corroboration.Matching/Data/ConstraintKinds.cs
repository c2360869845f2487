namespace Corroboration.Matching.Data;

/// <summary>The values of <c>matching_constraints.kind</c>.</summary>
public static class ConstraintKinds
{
    public const string MustLink = "must_link";
    public const string CannotLink = "cannot_link";
}
