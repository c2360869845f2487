namespace Corroboration.Ingest.Intake;

public enum IntakeOutcome
{
    Accepted,
    Updated,
    Unchanged,
    Rejected,
}
