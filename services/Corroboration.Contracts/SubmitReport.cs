namespace Corroboration.Contracts;

/// <summary>Command from a newsroom system: ingest this report (same id = update).</summary>
public sealed record SubmitReport(ReportPayload Report);
