using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Corroboration.Cli.Remote;
using Corroboration.Protos.V1;
using Corroboration.ServiceDefaults.Security;
using Grpc.Core;

namespace Corroboration.EndToEnd.Tests;

/// <summary>TLS from Kestrel's own configuration, and <c>corro</c>'s channel on an https URL.</summary>
public sealed class TlsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corro-tls-").FullName;

    [Fact]
    public async Task AServiceConfiguredWithACertificateServesGrpcOverTlsToAnHttpsClient()
    {
        var (certificate, certificateFile, keyFile) = SelfSignedLoopbackCertificate();
        using var _ = certificate;
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var url = $"https://127.0.0.1:{ServiceProcess.FreePort()}";
        var settings = new Dictionary<string, string>
        {
            ["Urls"] = url,
            ["Kestrel__Certificates__Default__Path"] = certificateFile,
            ["Kestrel__Certificates__Default__KeyPath"] = keyFile,
            ["Auth__Open"] = "false",
            ["Auth__SigningKey"] = key,
            ["Database__ConnectionString"] = $"Data Source={Path.Combine(_folder, "tls.db")}",
            ["Bus__Transport"] = "inmemory",
        };
        await using var host = ServiceProcess.Start("host", EndToEndFixture.ServiceDll("Host"), settings);
        // The test trusts exactly this certificate; a deployment's clients trust its CA (SSL_CERT_FILE).
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, _) => presented is not null && presented.GetCertHashString() == certificate.GetCertHashString();
        using var channel = ServerChannel.For(url, TokenMinter.Mint(key, "alice", [Role.Reader], TimeSpan.FromMinutes(10)), handler);
        await host.WaitUntilServingAsync(TimeSpan.FromSeconds(90), channel);

        var scores = await new ScoringService.ScoringServiceClient(channel).ListScoresAsync(new ListScoresRequest());
        using var plain = ServerChannel.For(url.Replace("https://", "http://"), token: null);
        var overPlainText = await Assert.ThrowsAsync<RpcException>(() => new ScoringService.ScoringServiceClient(plain).ListScoresAsync(new ListScoresRequest()).ResponseAsync);

        Assert.Empty(scores.Scores);
        Assert.Equal(StatusCode.Unavailable, overPlainText.StatusCode);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (X509Certificate2 Certificate, string CertificateFile, string KeyFile) SelfSignedLoopbackCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var certificateFile = Path.Combine(_folder, "tls.crt");
        var keyFile = Path.Combine(_folder, "tls.key");
        File.WriteAllText(certificateFile, certificate.ExportCertificatePem());
        File.WriteAllText(keyFile, rsa.ExportPkcs8PrivateKeyPem());
        return (certificate, certificateFile, keyFile);
    }
}
