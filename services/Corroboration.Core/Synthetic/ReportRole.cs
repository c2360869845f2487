namespace Corroboration.Core.Synthetic;

/// <summary>What a generated report is to its incident.</summary>
public enum ReportRole
{
    /// <summary>First-hand and independent: a source's own account.</summary>
    Origin,
    /// <summary>Own wording, but the facts come from a cited source.</summary>
    Citing,
    /// <summary>Near-identical text republished (wire copy, repost, copy-paste).</summary>
    Copy,
    /// <summary>The same story in the other language by a sister outlet of the same group.</summary>
    Translation,
    /// <summary>The accused party denies.</summary>
    Denial,
    /// <summary>The accused party acknowledges the attack.</summary>
    Acknowledgement,
    /// <summary>A credible fact-check that the claimed incident did not happen.</summary>
    Refutation,
}
