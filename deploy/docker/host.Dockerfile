# Corroboration.Host: all three services in one process (embedded mode: in-memory bus + SQLite in /data).
# Build context: the repository root, e.g.
#   docker build -f deploy/docker/host.Dockerfile -t corroboration-host .
# Serves gRPC over plain-text HTTP/2 (prior knowledge) on port 8080 (Urls). Secrets such as
# Auth__SigningKey come from the environment at run time, never from the image.

# ---------------------------------------------------------------- build
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1
WORKDIR /src
# Only what the service projects need (tests and tools are not part of the build).
COPY global.json Directory.Build.props Directory.Build.targets Directory.Packages.props .editorconfig ./
COPY protos/ protos/
COPY services/ services/
# The Host ships samples/sample.reports.jsonl for Demo:Corpus=samples.
COPY samples/ samples/
RUN dotnet restore services/Corroboration.Host/Corroboration.Host.csproj
RUN dotnet publish services/Corroboration.Host/Corroboration.Host.csproj -c Release -o /app --no-restore -p:UseAppHost=false

# ---------------------------------------------------------------- runtime
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# The embedded default writes its SQLite file here.
RUN mkdir -p /data && chown "$APP_UID" /data
WORKDIR /app
COPY --from=build /app ./
ENV Urls=http://0.0.0.0:8080 \
    DOTNET_gcServer=0 \
    Database__ConnectionString="Data Source=/data/corroboration.db"
EXPOSE 8080
VOLUME ["/data"]
# The aspnet images ship a non-root user "app" whose UID is in $APP_UID.
USER $APP_UID
# dotnet is PID 1 and receives SIGTERM itself, so shutdown is graceful.
ENTRYPOINT ["dotnet", "Corroboration.Host.dll"]
