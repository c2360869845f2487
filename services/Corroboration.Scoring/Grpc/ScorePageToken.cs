using System.Buffers.Text;
using System.Text.Json;
using Corroboration.Scoring.Data;
using Corroboration.ServiceDefaults;

namespace Corroboration.Scoring.Grpc;

/// <summary>
/// ListScores' page token: the order and the last row's position in it (base64url JSON), so the
/// next page continues exactly there, whatever was scored in between.
/// </summary>
public static class ScorePageToken
{
    private sealed record Token(string O, JsonElement K, string I);

    public static string Of(ScoreOrder order, ScoreRow last)
    {
        var position = order.PositionOf(last);
        var token = new Token(order.Text, JsonSerializer.SerializeToElement(position.Key), position.IncidentId);
        return Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(token));
    }

    /// <returns>Where the previous page ended, or null for the first page.</returns>
    public static ScorePosition? Read(string pageToken, ScoreOrder order)
    {
        if (pageToken.Length == 0)
        {
            return null;
        }
        Token? token;
        try
        {
            token = JsonSerializer.Deserialize<Token>(Base64Url.DecodeFromChars(pageToken));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            token = null;
        }
        object? key = token?.K.ValueKind switch
        {
            JsonValueKind.Number when order.IsNumeric => token.K.GetDouble(),
            JsonValueKind.String when !order.IsNumeric => token.K.GetString(),
            _ => null,
        };
        if (token is null || key is null || token.I is null)
        {
            throw RpcErrors.InvalidArgument("pageToken", "must be a nextPageToken of this list");
        }
        return token.O == order.Text ? new ScorePosition(key, token.I)
            : throw RpcErrors.InvalidArgument("pageToken", "belongs to another orderBy: keep orderBy across the pages of one listing");
    }
}
