namespace Corroboration.Core.Synthetic;

/// <summary>What a written corpus holds: reports, incidents (hoaxes among them) and reports per language.</summary>
public sealed record SyntheticCorpusSummary(int Reports, int Incidents, int Hoaxes, IReadOnlyDictionary<string, int> Languages);
