namespace NewsroomConsumer;

/// <summary>Bad command line: the message is printed with the usage, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
