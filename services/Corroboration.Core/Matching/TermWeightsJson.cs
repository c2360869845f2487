using System.Buffers;
using System.Text;
using System.Text.Json;
using Corroboration.Core.Interchange;

namespace Corroboration.Core.Matching;

/// <summary>
/// A vector's weights as a JSON object, byte for byte what the serializer writes for the
/// dictionary with <see cref="InterchangeJson.Options"/>, faster. Every member row stores its
/// claim's terms, and writing a double as its shortest round-trip text was most of the time spent
/// on them; a report's words mostly share one weight (each said once), so a weight equal to the
/// one before is copied as the text written for it.
/// </summary>
public static class TermWeightsJson
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;
    [ThreadStatic]
    private static Utf8JsonWriter? writer;

    public static string Write(TermVector vector)
    {
        var (words, weights) = (vector.Arrays.Words, vector.Arrays.Weights);
        var output = buffer ??= new ArrayBufferWriter<byte>(4096);
        output.ResetWrittenCount();
        // As the serializer sets up its writer: the options' encoder, no indenting, no checks.
        var json = writer ??= new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = InterchangeJson.Options.Encoder, SkipValidation = true });
        json.Reset(output);
        json.WriteStartObject();
        Span<byte> text = stackalloc byte[64]; // a double's longest round-trip text is 24 bytes
        var (written, length) = (0L, 0);
        for (var i = 0; i < words.Length; i++)
        {
            json.WritePropertyName(words[i]);
            // Compared as bits: 0.0 and -0.0 are equal as numbers but written differently.
            var bits = BitConverter.DoubleToInt64Bits(weights[i]);
            if (i > 0 && bits == written)
            {
                json.WriteRawValue(text[..length], skipInputValidation: true);
                continue;
            }
            json.Flush();
            var start = output.WrittenCount;
            json.WriteNumberValue(weights[i]);
            json.Flush();
            output.WrittenSpan[start..].CopyTo(text);
            (written, length) = (bits, output.WrittenCount - start);
        }
        json.WriteEndObject();
        json.Flush();
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }
}
