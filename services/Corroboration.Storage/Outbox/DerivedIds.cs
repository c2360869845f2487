using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Corroboration.Storage.Outbox;

/// <summary>
/// Message ids derived from others, the same every time they are derived from the same ids and
/// unlike any message's: what the inbox records for part of a message handled on its own, and
/// what the relay publishes a message standing for several rows under.
/// </summary>
public static class DerivedIds
{
    /// <summary>Part <paramref name="part"/> of message <paramref name="messageId"/>.</summary>
    public static Guid Part(Guid messageId, int part)
    {
        Span<byte> named = stackalloc byte[20];
        messageId.TryWriteBytes(named);
        BinaryPrimitives.WriteInt32LittleEndian(named[16..], part);
        return new Guid(SHA256.HashData(named)[..16]);
    }

    /// <summary>The messages <paramref name="messageIds"/>, in this order, as one.</summary>
    public static Guid Combined(IReadOnlyList<Guid> messageIds)
    {
        var named = new byte[16 * messageIds.Count];
        for (var i = 0; i < messageIds.Count; i++)
        {
            messageIds[i].TryWriteBytes(named.AsSpan(16 * i));
        }
        return new Guid(SHA256.HashData(named)[..16]);
    }
}
