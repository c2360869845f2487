using Corroboration.Contracts;
using Corroboration.Core.Matching;
using Corroboration.Matching.Data;

namespace Corroboration.Matching.Linking;

/// <summary>A membership row with the member and claim it holds, parsed.</summary>
public sealed record LinkMember(MemberRow Row, IncidentMember Member, ClaimProfile Claim);
