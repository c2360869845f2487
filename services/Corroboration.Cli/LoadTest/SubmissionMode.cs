namespace Corroboration.Cli.LoadTest;

/// <summary>How reports are sent to Ingest: one <c>SubmitReport</c> call each, or many per <c>SubmitReports</c> client stream.</summary>
public enum SubmissionMode
{
    Unary,
    Stream,
}
