using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.AspNetCore.TestHost;

namespace Corroboration.Testing;

/// <summary>gRPC channels to an in-memory test server.</summary>
public static class TestChannels
{
    /// <summary>Each call signed as the analyst it names (<see cref="AnalystTokenInterceptor"/>).</summary>
    public static CallInvoker Signed(TestServer server) => Unsigned(server).Intercept(new AnalystTokenInterceptor());

    /// <summary>No token of its own: for tests of authentication itself.</summary>
    public static GrpcChannel Unsigned(TestServer server) =>
        GrpcChannel.ForAddress(server.BaseAddress, new GrpcChannelOptions { HttpHandler = server.CreateHandler() });
}
