using Corroboration.Protos.V1;

namespace Corroboration.Cli.Remote;

/// <summary>What an import did, summed over its batches.</summary>
public sealed class ImportTally
{
    public int Sent { get; private set; }

    public int Accepted { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    public int Rejected { get; private set; }

    public int BadLines { get; set; }

    public int Retries { get; set; }

    public void Add(SubmitReportsResponse response)
    {
        Sent += response.Results.Count;
        Accepted += response.Accepted;
        Updated += response.Updated;
        Unchanged += response.Unchanged;
        Rejected += response.Rejected;
    }

    public override string ToString() =>
        $"{Sent} reports sent: accepted {Accepted}, updated {Updated}, unchanged {Unchanged}, rejected {Rejected}"
        + $"; {BadLines} bad lines skipped; {Retries} retries";
}
