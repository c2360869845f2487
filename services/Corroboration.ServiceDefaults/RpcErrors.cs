using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Corroboration.ServiceDefaults;

/// <summary>gRPC errors with the accurate status code and machine-readable details.</summary>
public static class RpcErrors
{
    /// <summary>INVALID_ARGUMENT carrying a google.rpc.BadRequest with one violation per bad field.</summary>
    public static RpcException InvalidArgument(IEnumerable<(string Field, string Description)> violations)
    {
        var badRequest = new BadRequest();
        foreach (var (field, description) in violations)
        {
            badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = field, Description = description });
        }
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = "invalid request: " + string.Join("; ", badRequest.FieldViolations.Select(v => $"{v.Field} {v.Description}")),
            Details = { Any.Pack(badRequest) },
        };
        return status.ToRpcException();
    }

    public static RpcException InvalidArgument(string field, string description) => InvalidArgument([(field, description)]);

    public static RpcException NotFound(string what) => new(new Grpc.Core.Status(StatusCode.NotFound, $"{what} not found"));
}
