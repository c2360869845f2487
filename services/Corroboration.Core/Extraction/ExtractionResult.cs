using Corroboration.Contracts;

namespace Corroboration.Core.Extraction;

/// <summary>What extraction found in one report: its language and one claim per incident.</summary>
public sealed record ExtractionResult(string Language, IReadOnlyList<ClaimPayload> Claims);
