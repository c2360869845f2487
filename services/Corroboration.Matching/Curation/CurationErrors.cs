using Corroboration.Matching.Data;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using CallStatus = Grpc.Core.Status;

namespace Corroboration.Matching.Curation;

/// <summary>
/// The gRPC errors of manual changes that RpcErrors lacks: FAILED_PRECONDITION (the state forbids
/// the change) with a google.rpc.PreconditionFailure naming each constraint, and ALREADY_EXISTS.
/// </summary>
public static class CurationErrors
{
    public const string ConstraintViolation = "CONSTRAINT";
    public const string StateViolation = "STATE";

    public static RpcException FailedPrecondition(string message, string type = StateViolation, string subject = "")
    {
        var failure = new PreconditionFailure();
        failure.Violations.Add(new PreconditionFailure.Types.Violation { Type = type, Subject = subject, Description = message });
        return Build(failure, message);
    }

    /// <summary>The change would break constraints that held before it.</summary>
    public static RpcException ConstraintsBroken(IReadOnlyList<ConstraintState> broken)
    {
        var failure = new PreconditionFailure();
        foreach (var constraint in broken)
        {
            failure.Violations.Add(new PreconditionFailure.Types.Violation
            {
                Type = ConstraintViolation,
                Subject = constraint.Id,
                Description = $"would break {constraint}",
            });
        }
        return Build(failure, $"the change would break {string.Join("; ", broken)}: move the partner too, or remove the constraint first");
    }

    public static RpcException AlreadyExists(string what) => new(new CallStatus(StatusCode.AlreadyExists, $"{what} already exists"));

    private static RpcException Build(PreconditionFailure failure, string message) => new Google.Rpc.Status
    {
        Code = (int)Code.FailedPrecondition,
        Message = message,
        Details = { Any.Pack(failure) },
    }.ToRpcException();
}
