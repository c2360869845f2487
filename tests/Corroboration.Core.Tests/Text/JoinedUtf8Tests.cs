using System.Text;
using Corroboration.Core.Text;

namespace Corroboration.Core.Tests.Text;

/// <summary>A report's digest and n-gram hashes read these bytes: they must be those of the joined string.</summary>
public sealed class JoinedUtf8Tests
{
    [Theory]
    [InlineData("five killed in a market")]
    [InlineData("one")]
    [InlineData("")]
    [InlineData("قصف مدفعي على أريحا")]
    [InlineData("a lone \ud83d high and \udca5 low and \ud83d\udca5 paired")]
    [InlineData("ends on a lone high \ud83d")]
    public void TheBytesAreThoseOfTheWordsJoinedBySpaces(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var into = new byte[JoinedUtf8.MaxByteCount(words)];

        var written = JoinedUtf8.Write(words, into);

        Assert.Equal(Encoding.UTF8.GetBytes(string.Join(' ', words)), into[..written]);
    }

    [Fact]
    public void UnpairedSurrogatesAtAWordsEdgeStayUnpaired()
    {
        // Made in code: an attribute's strings may not keep an unpaired surrogate.
        var (high, low) = (char.ConvertFromUtf32(0x1F4A5)[0], char.ConvertFromUtf32(0x1F4A5)[1]);
        string[] words = [$"ends{high}", $"{low}starts", $"{high}", $"{low}", $"whole{high}{low}"];
        var into = new byte[JoinedUtf8.MaxByteCount(words)];

        var written = JoinedUtf8.Write(words, into);

        Assert.Equal(Encoding.UTF8.GetBytes(string.Join(' ', words)), into[..written]);
    }
}
