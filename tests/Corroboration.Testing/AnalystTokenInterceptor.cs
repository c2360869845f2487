using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Corroboration.Testing;

/// <summary>
/// Signs every call with a token holding every role, whose subject is the analyst the request
/// names (as a real analyst's client would), or <see cref="TestTokens.DefaultSubject"/>.
/// Servers record the token's subject as the analyst, so existing tests keep their names.
/// </summary>
public sealed class AnalystTokenInterceptor : Interceptor
{
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation) =>
        continuation(request, Signed(context, SubjectOf(request)));

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(TRequest request, ClientInterceptorContext<TRequest, TResponse> context, BlockingUnaryCallContinuation<TRequest, TResponse> continuation) =>
        continuation(request, Signed(context, SubjectOf(request)));

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncServerStreamingCallContinuation<TRequest, TResponse> continuation) =>
        continuation(request, Signed(context, SubjectOf(request)));

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(ClientInterceptorContext<TRequest, TResponse> context, AsyncClientStreamingCallContinuation<TRequest, TResponse> continuation) =>
        continuation(Signed(context, TestTokens.DefaultSubject));

    private static string SubjectOf(object request) =>
        request is IMessage message && message.Descriptor.FindFieldByName("analyst")?.Accessor.GetValue(message) is string analyst && !string.IsNullOrWhiteSpace(analyst)
            ? analyst.Trim()
            : TestTokens.DefaultSubject;

    private static ClientInterceptorContext<TRequest, TResponse> Signed<TRequest, TResponse>(ClientInterceptorContext<TRequest, TResponse> context, string subject)
        where TRequest : class
        where TResponse : class
    {
        var headers = context.Options.Headers ?? [];
        if (headers.Get("authorization") is null)
        {
            headers.Add("authorization", "Bearer " + TestTokens.For(subject));
        }
        return new ClientInterceptorContext<TRequest, TResponse>(context.Method, context.Host, context.Options.WithHeaders(headers));
    }
}
