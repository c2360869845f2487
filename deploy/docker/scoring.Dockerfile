# Corroboration.Scoring: the Scoring gRPC service (distributed mode: RabbitMQ + PostgreSQL, configured by Database__* and Bus__*).
# Build context: the repository root, e.g.
#   docker build -f deploy/docker/scoring.Dockerfile -t corroboration-scoring .
# Serves gRPC over plain-text HTTP/2 (prior knowledge) on port 8080 (Urls). Secrets such as
# Auth__SigningKey come from the environment at run time, never from the image.

# ---------------------------------------------------------------- build
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1
WORKDIR /src
# Only what the service projects need (tests, samples and tools are not part of the build).
COPY global.json Directory.Build.props Directory.Build.targets Directory.Packages.props .editorconfig ./
COPY protos/ protos/
COPY services/ services/
RUN dotnet restore services/Corroboration.Scoring/Corroboration.Scoring.csproj
RUN dotnet publish services/Corroboration.Scoring/Corroboration.Scoring.csproj -c Release -o /app --no-restore -p:UseAppHost=false

# ---------------------------------------------------------------- runtime
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
ENV Urls=http://0.0.0.0:8080 \
    DOTNET_gcServer=0
EXPOSE 8080
# The aspnet images ship a non-root user "app" whose UID is in $APP_UID.
USER $APP_UID
# dotnet is PID 1 and receives SIGTERM itself, so shutdown is graceful.
ENTRYPOINT ["dotnet", "Corroboration.Scoring.dll"]
