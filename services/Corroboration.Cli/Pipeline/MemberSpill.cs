using System.Text;

namespace Corroboration.Cli.Pipeline;

/// <summary>
/// A temporary file for what a batch's reports carry only for scoring and storing — each
/// claim as an incident member (its JSON, evidence and text signature included) and the
/// report's title — so that memory holds only what clustering compares: at a million reports
/// that is about 3 KB a report kept out of the heap. Written in file order while the batch is
/// read, then read back by offset, from any thread, as incidents are scored. It lives beside the
/// batch's database (a million synthetic reports spill 600 MB; /tmp may be small, or held in memory)
/// and leaves nothing behind: unlinked as soon as it is open where the system allows it (so
/// even a killed run leaves no file), deleted on close elsewhere.
/// </summary>
public sealed class MemberSpill : IDisposable
{
    private readonly FileStream _file;

    public MemberSpill(string folder)
    {
        var path = Path.Combine(folder, $"corro-members-{Guid.NewGuid():N}.tmp");
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Delete, bufferSize: 1 << 16, FileOptions.DeleteOnClose);
        if (!OperatingSystem.IsWindows())
        {
            File.Delete(path);
        }
    }

    /// <summary>One report's record, made off the writing thread: its length, then the title and each member's JSON.</summary>
    public static byte[] Pack(string? title, IReadOnlyList<string> memberJsons)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(0);
            writer.Write(title is not null);
            writer.Write(title ?? "");
            writer.Write(memberJsons.Count);
            foreach (var json in memberJsons)
            {
                writer.Write(json);
            }
        }
        var record = buffer.ToArray();
        BitConverter.TryWriteBytes(record, record.Length - sizeof(int));
        return record;
    }

    /// <summary>Appends a packed record; returns where to read it back.</summary>
    public long Append(byte[] record)
    {
        var offset = _file.Position;
        _file.Write(record);
        return offset;
    }

    /// <summary>Makes everything appended readable: call once writing is done.</summary>
    public void Flush() => _file.Flush();

    /// <remarks>Thread-safe once flushed: reads go straight to the file at their offset.</remarks>
    public (string? Title, string[] MemberJsons) Read(long offset)
    {
        Span<byte> length = stackalloc byte[sizeof(int)];
        ReadExactly(length, offset);
        var body = new byte[BitConverter.ToInt32(length)];
        ReadExactly(body, offset + sizeof(int));
        using var reader = new BinaryReader(new MemoryStream(body), Encoding.UTF8);
        var hasTitle = reader.ReadBoolean();
        var title = reader.ReadString();
        var members = new string[reader.ReadInt32()];
        for (var i = 0; i < members.Length; i++)
        {
            members[i] = reader.ReadString();
        }
        return (hasTitle ? title : null, members);
    }

    public void Dispose() => _file.Dispose();

    private void ReadExactly(Span<byte> into, long offset)
    {
        for (var done = 0; done < into.Length;)
        {
            var read = RandomAccess.Read(_file.SafeFileHandle, into[done..], offset + done);
            if (read == 0)
            {
                throw new EndOfStreamException($"the member spill file ends inside the record at {offset}");
            }
            done += read;
        }
    }
}
