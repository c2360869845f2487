using System.Text.Json;
using Corroboration.Core.Interchange;
using Corroboration.Core.Matching;

namespace Corroboration.Matching.Linking;

/// <summary>
/// The match model the service links with: the default, or one learned offline by EM
/// (<c>corro corroborate --learn-model --model FILE</c>) and named by <c>Matching:ModelFile</c>.
/// A file that is not a model for today's comparisons stops the service at start, not later.
/// </summary>
public sealed class MatchModelSource
{
    public MatchModelSource(IConfiguration configuration)
    {
        var file = configuration["Matching:ModelFile"];
        Weights = new MatchWeights { Model = string.IsNullOrWhiteSpace(file) ? MatchModel.Default : Load(file) };
        Origin = string.IsNullOrWhiteSpace(file) ? "default" : file;
    }

    public MatchModelSource(MatchWeights weights, string origin) => (Weights, Origin) = (weights, origin);

    public MatchWeights Weights { get; }

    public string Origin { get; }

    public static MatchModel Load(string file)
    {
        MatchModel? model;
        try
        {
            model = JsonSerializer.Deserialize<MatchModel>(File.ReadAllText(file), InterchangeJson.Options);
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"Matching:ModelFile '{file}' cannot be read as a match model: {ex.Message}", ex);
        }
        var expected = MatchModel.Default.Features;
        if (model?.Features is not { } features || model.Prior is <= 0 or >= 1
            || features.Count != expected.Count
            || features.Zip(expected).Any(f => f.First.Name != f.Second.Name || f.First.Levels.Count != f.Second.Levels.Count
                || f.First.Levels.Any(l => l.M is <= 0 or > 1 || l.U is <= 0 or > 1)))
        {
            throw new InvalidOperationException(
                $"Matching:ModelFile '{file}' is not a match model for this version: it needs a prior in (0, 1) and the features "
                + string.Join(", ", expected.Select(f => $"{f.Name} ({f.Levels.Count} levels)")) + ", each m and u in (0, 1]");
        }
        return model;
    }
}
