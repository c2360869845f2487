# Corroboration.Dashboard: the analyst web app for the distributed mode. Serves the static app and
# forwards its HTTP/JSON calls to Ingest, Matching and Scoring (Dashboard__Ingest, __Matching,
# __Scoring: their gRPC URLs, e.g. http://ingest:8080; it refuses to start without them).
# Build context: the repository root, e.g.
#   docker build -f deploy/docker/dashboard.Dockerfile -t corroboration-dashboard .
# Serves HTTP/1.1 on port 8080 (Urls), health at GET /healthz. It holds no secret: the services
# check the token each browser sends.

# ---------------------------------------------------------------- build
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1
WORKDIR /src
# Only what the service projects need (tests, samples and tools are not part of the build);
# the app's map reads the gazetteer from services/Corroboration.Core/Data.
COPY global.json Directory.Build.props Directory.Build.targets Directory.Packages.props .editorconfig ./
COPY protos/ protos/
COPY services/ services/
RUN dotnet restore services/Corroboration.Dashboard/Corroboration.Dashboard.csproj
RUN dotnet publish services/Corroboration.Dashboard/Corroboration.Dashboard.csproj -c Release -o /app --no-restore -p:UseAppHost=false

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
ENTRYPOINT ["dotnet", "Corroboration.Dashboard.dll"]
